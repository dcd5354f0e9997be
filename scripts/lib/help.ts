/** The `--help` text of every script command, one place so the guide and the tools agree. */

const SIM_OPTIONS = [
  '  <scenario>            a scenario file (.yaml or .json) or a bundled scenario id (such as road-to-the-charter)',
  '  --games N             how many AI-only games to play (default {games}; at most 10000)',
  '  --seed S              the first game\'s seed; game k uses seed S + k (default 1)',
  '  --difficulty D        how the AI delegations play: easy (less predictable, forgives more),',
  '                        normal (the default) or hard (bargains harder, holds grudges longer)',
  '  --json                print the report as JSON instead of text',
  '  -h, --help            print this help',
];

export const SIMULATE_HELP = [
  'usage: npm run simulate -- <scenario> [--games N] [--seed S] [--difficulty easy|normal|hard] [--json]',
  'Plays AI-only games of a scenario and prints each game\'s outcome (rounds, grade, score, charter,',
  'cohesion, conflicts) and an aggregate. The same arguments always print the same bytes.',
  '',
  ...SIM_OPTIONS.map((l) => l.replace('{games}', '10')),
].join('\n');

export const BALANCE_HELP = [
  'usage: npm run balance -- <scenario> [--games N] [--seed S] [--difficulty easy|normal|hard] [--json]',
  'Plays AI-only games and says what to tune: how often the charter passes, cohesion, conflicts,',
  'scores; per event how often and when it fires; per measure how often and in which round it is',
  'adopted, blocked (by whom) or never tabled; per objective how often it is met; per red line how',
  'often it acts; per dispute its mediation and final stages; then warnings naming the field to change.',
  '',
  ...SIM_OPTIONS.map((l) => l.replace('{games}', '20')),
].join('\n');

export const SCENARIO_HELP = [
  'usage: npm run scenario -- <command>',
  '  check [--warnings] <file-or-id...>   check scenario files; each mistake is one line: file:line:column  field  message',
  '                                       (exit 0 when all are valid, 1 when one has errors); --warnings (-w) lists warnings too',
  '  new [<file>] [--json] [--force]      write a complete minimal scenario to start from (default scenarios/my-scenario.yaml);',
  '                                       it passes the checker with no errors; --json writes JSON; --force overwrites',
  '  schema                               regenerate scenarios/scenario.schema.json from the schema',
  '  -h, --help                           print this help',
].join('\n');

export const BENCH_HELP = [
  'usage: npm run bench -- [<scenario>] [--games N] [--balance-games N] [--no-browser] [--json]',
  'Prints performance figures (never pass/fail): engine games per second, replay time, AI decision',
  'times, and, in headless Chromium, the built game (JS size, time to a drawn map, frame time while',
  'panning, heap after a game) and the workbench (longest main-thread block during a balance run).',
  '',
  '  <scenario>      a scenario file or bundled id (default road-to-the-charter)',
  '  --games N       AI-only games for the engine figures (default 30)',
  '  --balance-games N  balance games timed on worker threads, the first ten of each thread as warm-up (default 48)',
  '  --no-browser    skip the Chromium sections',
  '  --json          print one JSON document instead of the text',
  '  -h, --help      print this help',
].join('\n');

export const wantsHelp = (argv: readonly string[]): boolean => argv.includes('--help') || argv.includes('-h');
