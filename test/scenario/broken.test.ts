/**
 * The corpus of broken scenarios: each file under broken/ holds one mistake an author makes,
 * and the checker must name it with the right code, line and path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseScenarioBytes } from '../../src/scenario/load';

const DIR = fileURLToPath(new URL('./broken/', import.meta.url));

// [file, code, line, path] — one row per expected error ('' is the whole file).
const EXPECTED: [string, string, number, string][] = [
  ['bad-indentation.yaml', 'yaml-syntax', 11, ''],
  ['bad-scenario-id.yaml', 'bad-format', 3, 'meta.id'],
  ['bad-weight.yaml', 'invalid-choice', 27, 'delegations[1].weight'],
  ['binary.yaml', 'binary-content', 2, ''],
  ['charter-out-of-reach.yaml', 'charter-unreachable', 18, 'rules.charter.minDimensions'],
  ['clusters-without-summit.yaml', 'charter-unreachable', 9, 'calendar.summitRounds'],
  ['comma-in-text.yaml', 'unknown-field', 33, 'delegations[1].brief["and a transit state."]'],
  ['condition-never-true.yaml', 'condition-never-true', 42, 'events[0].trigger.when[0].below'],
  ['debrief-objective-out-of-range.yaml', 'objective-index', 37, 'debrief.questions[0].objective'],
  ['duplicate-delegation.yaml', 'duplicate-id', 25, 'delegations[1].id'],
  ['duplicate-key.yaml', 'duplicate-key', 8, 'meta.durationMinutes'],
  ['empty.yaml', 'empty-file', 1, ''],
  ['event-after-calendar.yaml', 'round-out-of-range', 39, 'events[0].trigger.fromRound'],
  ['event-ends-before-it-starts.yaml', 'event-rounds', 40, 'events[0].trigger.toRound'],
  ['flashpoint-party-twice.yaml', 'duplicate-party', 38, 'flashpoints[0].parties[1]'],
  ['interest-out-of-range.yaml', 'too-big', 32, 'delegations[1].profile.interests.energy'],
  ['latin1.yaml', 'invalid-encoding', 4, ''],
  ['lowercase-trust-key.json', 'bad-key', 57, 'delegations[0].trust.kgz'],
  ['map-id-as-number.yaml', 'wrong-type', 22, 'delegations[0].mapId'],
  ['missing-title.yaml', 'missing-field', 2, 'meta.title'],
  ['misspelt-field.yaml', 'unknown-field', 4, 'meta.titel'],
  ['no-member-plays.yaml', 'too-few-players', 15, 'delegations'],
  ['observer-chair.yaml', 'chair-not-player', 12, 'calendar.chairs[0]'],
  ['observer-chair.yaml', 'too-few-players', 15, 'delegations'],
  ['one-delegation.json', 'too-few', 28, 'delegations'],
  ['players-min-above-max.yaml', 'players-range', 8, 'meta.players.min'],
  ['requires-cycle.yaml', 'requires-cycle', 40, 'measures[0].requires[0]'],
  ['rounds-as-text.json', 'wrong-type', 17, 'calendar.rounds'],
  ['stages-out-of-order.json', 'stages-order', 90, 'rules.stages.conflict'],
  ['summit-after-last-round.yaml', 'round-out-of-range', 12, 'calendar.summitRounds[0]'],
  ['top-level-list.yaml', 'not-a-mapping', 2, ''],
  ['trailing-comma.json', 'json-syntax', 38, ''],
  ['trust-conflict.json', 'trust-conflict', 88, 'delegations[1].trust.KAZ'],
  ['trust-in-itself.json', 'self-trust', 85, 'delegations[1].trust.KGZ'],
  ['unclosed-bracket.json', 'json-syntax', 21, ''],
  ['unknown-chair.yaml', 'unknown-delegation', 12, 'calendar.chairs[1]'],
  ['unknown-cluster-in-condition.yaml', 'unknown-cluster', 42, 'events[0].trigger.when[0].cluster'],
  ['unknown-corridor-in-goal.yaml', 'unknown-corridor', 37, 'delegations[1].objectives[0].goal.corridor'],
  ['unknown-flashpoint-in-effect.json', 'unknown-flashpoint', 95, 'events[0].effects[0].flashpoint'],
  ['unknown-goal-type.yaml', 'unknown-type', 28, 'delegations[0].objectives[0].goal.type'],
  ['unknown-measure-in-red-line.yaml', 'unknown-measure', 26, 'delegations[0].profile.redLines[0].measure'],
  ['unresolved-alias.yaml', 'yaml-alias', 4, ''],
];

function check(file: string) {
  return parseScenarioBytes(readFileSync(DIR + file), file);
}

describe('the broken-scenario corpus', () => {
  it.each(EXPECTED)('%s: %s at line %i (%s)', (file, code, line, path) => {
    const result = check(file);
    expect(result.ok).toBe(false);
    const errors = result.ok ? [] : result.errors;
    expect(errors.map(({ code: c, line: l, path: p }) => ({ code: c, line: l, path: p }))).toContainEqual({ code, line, path });
  });

  it('lists every file in the corpus, and reports exactly the expected errors for each', () => {
    const files = readdirSync(DIR).sort();
    expect(files.length).toBeGreaterThanOrEqual(25);
    expect([...new Set(EXPECTED.map(([f]) => f))].sort()).toEqual(files);
    for (const file of files) {
      const result = check(file);
      const errors = result.ok ? [] : result.errors;
      const expected = EXPECTED.filter(([f]) => f === file).map(([, code]) => code).sort();
      expect({ file, codes: errors.map((e) => e.code).sort() }).toEqual({ file, codes: expected });
    }
  });

  it('writes every message as one plain line, without zod or yaml jargon', () => {
    for (const file of readdirSync(DIR)) {
      const result = check(file);
      for (const e of result.ok ? [] : result.errors) {
        expect(e.message).not.toMatch(/Invalid input|expected .* received|ZodError|undefined|\[object/);
        expect(e.message).not.toContain('\n');
        expect(e.message).toMatch(/^[a-z]/);
        expect(e.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
