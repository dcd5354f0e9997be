/**
 * Checks that a well-formed scenario can actually be played: rounds inside the calendar,
 * thresholds in order and within reach, prerequisites without cycles, enough players.
 */
import { formatPath, type Wording } from './issues';
import { DIMENSIONS } from './schema';
import { error, isPlayer, warn, type CheckContext } from './semantic-context';

export function checkPlayers(ctx: CheckContext): void {
  const { players } = ctx.s.meta;
  if (players.min > players.max) {
    const params = { min: players.min, max: players.max };
    error(ctx, ['meta', 'players', 'min'], 'players-range', `meta.players.min (${players.min}) is greater than meta.players.max (${players.max})`, { params });
  }
  const playing = ctx.s.delegations.filter((d) => d.role === 'member' && isPlayer(d));
  if (playing.length < 2) {
    const names = playing.map((d) => d.id).join(', ');
    const message = `only ${playing.length} member delegation plays (${names || 'none'}); a conference needs at least two members that play`;
    const wording = { params: { count: playing.length, names }, variant: names === '' ? 'none' : undefined };
    error(ctx, ['delegations'], 'too-few-players', message, wording);
  }
}

function roundRange(ctx: CheckContext, path: (string | number)[], round: number | undefined): void {
  const { rounds } = ctx.s.calendar;
  if (round === undefined || (round >= 1 && round <= rounds)) return;
  const params = { path: formatPath(path), round, rounds };
  error(ctx, path, 'round-out-of-range', `${formatPath(path)} is round ${round}, but the calendar runs rounds 1 to ${rounds}`, { params });
}

export function checkCalendar(ctx: CheckContext): void {
  ctx.s.calendar.summitRounds.forEach((r, i) => roundRange(ctx, ['calendar', 'summitRounds', i], r));
  ctx.s.events.forEach((ev, i) => {
    const { fromRound, toRound } = ev.trigger;
    roundRange(ctx, ['events', i, 'trigger', 'fromRound'], fromRound);
    roundRange(ctx, ['events', i, 'trigger', 'toRound'], toRound);
    if (fromRound !== undefined && toRound !== undefined && toRound < fromRound) {
      const path = ['events', i, 'trigger', 'toRound'];
      const params = { path: formatPath(path), to: toRound, from: fromRound };
      error(ctx, path, 'event-rounds', `${formatPath(path)} (${toRound}) is before fromRound (${fromRound}), so the event can never fire`, { params });
    }
    ev.trigger.when.forEach((c, k) => {
      if (c.type !== 'tension' && c.type !== 'cohesion' && c.type !== 'trust') return;
      const path = ['events', i, 'trigger', 'when', k];
      const { atLeast, below } = c;
      const where = formatPath(path);
      if (atLeast === undefined && below === undefined) {
        const params = { path: where, type: c.type };
        warn(ctx, path, 'condition-without-threshold', `${where} (${c.type}) sets neither atLeast nor below, so it always holds`, { params });
      } else if (atLeast !== undefined && below !== undefined && atLeast >= below) {
        const params = { path: where, atLeast: String(atLeast), below: String(below) };
        error(ctx, [...path, 'below'], 'condition-never-true', `${where} asks for at least ${atLeast} and below ${below} at once, so it can never hold`, { params });
      }
    });
  });
}

export function checkRules(ctx: CheckContext): void {
  const { strained, crisis, conflict } = ctx.s.rules.stages;
  if (!(strained < crisis && crisis < conflict)) {
    const at = strained >= crisis ? 'crisis' : 'conflict';
    const params = { strained: String(strained), crisis: String(crisis), conflict: String(conflict) };
    const message = `rules.stages must rise from strained to crisis to conflict; found strained ${strained}, crisis ${crisis}, conflict ${conflict}`;
    error(ctx, ['rules', 'stages', at], 'stages-order', message, { params });
  }
  ctx.s.debrief.questions.forEach((q, i) => {
    const count = ctx.s.meta.objectives.length;
    if (q.objective === undefined || q.objective < count) return;
    const path = ['debrief', 'questions', i, 'objective'];
    const entries = count === 1 ? 'only 1 entry, numbered 0' : `${count} entries, numbered 0 to ${count - 1}`;
    const params = { path: formatPath(path), index: q.objective, count, last: count - 1 };
    error(ctx, path, 'objective-index', `${formatPath(path)} is ${q.objective}, but meta.objectives has ${entries}`, { params, variant: count === 1 ? 'one' : undefined });
  });
}

/** The charter's thresholds, checked only when the transformation track can lead to a charter. */
export function checkCharter(ctx: CheckContext): void {
  const { s } = ctx;
  const { clusters, enabled } = s.transformation;
  if (!enabled) return;
  if (s.calendar.summitRounds.length === 0) {
    if (clusters.length > 0) {
      const message = 'transformation has clusters but calendar.summitRounds is empty; the charter can be adopted only at a summit round, so add one';
      error(ctx, ['calendar', 'summitRounds'], 'charter-unreachable', message, { params: {}, variant: 'no-summit' });
    } else {
      const message = 'transformation is enabled but there are no clusters and no summit rounds; set transformation.enabled: false if the scenario has no charter track';
      warn(ctx, ['transformation'], 'charter-idle', message, { params: {} });
    }
    return;
  }
  const { minDimensions, minImplemented, minCohesion } = s.rules.charter;
  const dims = DIMENSIONS.filter((d) => s.measures.some((m) => m.dimension === d));
  if (minDimensions > dims.length) {
    const have = dims.length === 1 ? '1 dimension has' : `${dims.length} dimensions have`;
    const message = `rules.charter.minDimensions is ${minDimensions}, but only ${have} measures (${dims.join(', ') || 'none'}), so the charter can never be adopted`;
    const params = { min: minDimensions, count: dims.length, dimensions: dims.join(', ') };
    error(ctx, ['rules', 'charter', 'minDimensions'], 'charter-unreachable', message, { params, variant: dims.length === 0 ? 'no-dimensions' : 'dimensions' });
  }
  if (minImplemented > s.measures.length) {
    const message = `rules.charter.minImplemented is ${minImplemented}, but the scenario has only ${s.measures.length} measures, so the charter can never be adopted`;
    const params = { min: minImplemented, count: s.measures.length };
    error(ctx, ['rules', 'charter', 'minImplemented'], 'charter-unreachable', message, { params, variant: 'implemented' });
  }
  if (minCohesion >= 100) {
    const message = 'rules.charter.minCohesion is 100, which needs every pair of members at full trust; use a value below 100';
    error(ctx, ['rules', 'charter', 'minCohesion'], 'charter-unreachable', message, { params: {}, variant: 'cohesion' });
  }
}

/** Every cycle in a prerequisite graph, each once, as the ids in order with the first repeated at the end. */
export function findCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const seen = new Set<string>();
  const done = new Set<string>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    if (done.has(id)) return;
    const at = stack.indexOf(id);
    if (at >= 0) {
      const cycle = stack.slice(at);
      const key = [...cycle].sort().join(' ');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push([...cycle, id]);
      }
      return;
    }
    stack.push(id);
    for (const next of edges.get(id) ?? []) if (edges.has(next)) visit(next);
    stack.pop();
    done.add(id);
  };
  for (const id of edges.keys()) visit(id);
  return cycles;
}

export function checkCycles(ctx: CheckContext): void {
  const { measures } = ctx.s;
  const edges = new Map(measures.map((m) => [m.id, m.requires] as const));
  for (const cycle of findCycles(edges)) {
    const i = measures.findIndex((m) => m.id === cycle[0]);
    const k = measures[i]!.requires.indexOf(cycle[1]!);
    const path = ['measures', i, 'requires', k];
    const params = { cycle: cycle.join(' → ') };
    error(ctx, path, 'requires-cycle', `measures require each other in a cycle: ${params.cycle}; none of them could ever be adopted`, { params });
  }
}

/** Warnings: things that load and play but are probably not what the author meant. */
export function checkPlayability(ctx: CheckContext): void {
  const { s } = ctx;
  s.delegations.forEach((d, i) => {
    if (isPlayer(d) && d.objectives.length === 0) {
      const params = { path: `delegations[${i}]`, id: d.id };
      warn(ctx, ['delegations', i], 'no-objectives', `delegations[${i}] (${d.id}) plays but has no objectives, so it scores on interests and prestige only`, { params });
    }
  });
  const unlocked = new Set(
    s.events.flatMap((e) => e.effects).flatMap((e) => (e.type === 'measure-availability' && e.available ? [e.measure] : [])),
  );
  // The first of two measures with one id is the one the id means; the second is already a
  // duplicate-id error, and judging either by the other's availability would be a false warning.
  const byId = new Map<string, (typeof s.measures)[number]>();
  for (const m of s.measures) if (!byId.has(m.id)) byId.set(m.id, m);
  const memo = new Map<string, string | null>();
  // The measure (this one or a prerequisite) that keeps it off the table, or null when none does.
  const blocker = (id: string): string | null => {
    if (memo.has(id)) return memo.get(id)!;
    memo.set(id, null);
    const m = byId.get(id);
    let found: string | null = null;
    if (m && !m.available && !unlocked.has(id)) found = id;
    for (const r of m?.requires ?? []) if (found === null && byId.has(r)) found = blocker(r);
    memo.set(id, found);
    return found;
  };
  s.measures.forEach((m, i) => {
    if (byId.get(m.id) !== m) return;
    const b = blocker(m.id);
    if (b === null) return;
    const why = b === m.id ? 'it is not available' : `it requires ${b}, which is not available`;
    const wording: Wording = b === m.id ? { params: { path: `measures[${i}]`, id: m.id } } : { params: { path: `measures[${i}]`, id: m.id, blocker: b }, variant: 'requires' };
    warn(ctx, ['measures', i], 'measure-untableable', `measures[${i}] (${m.id}) can never be tabled: ${why} and no event makes it available`, wording);
  });
  const energy = s.energy;
  if (energy.enabled) {
    const players = s.delegations.filter(isPlayer);
    const producers = players.filter((d) => d.energy === 'producer').length;
    const importers = players.filter((d) => d.energy === 'importer').length;
    if (producers < energy.minProducers || importers < energy.minImporters) {
      const message = `the energy bloc needs ${energy.minProducers} producers and ${energy.minImporters} importers, but the players include ${producers} and ${importers}; set energy.enabled: false if the scenario has no energy track`;
      const params = { minProducers: energy.minProducers, minImporters: energy.minImporters, producers, importers };
      warn(ctx, ['energy'], 'bloc-unreachable', message, { params });
    }
  } else {
    s.measures.forEach((m, i) => {
      if (!m.energyBloc) return;
      const params = { path: `measures[${i}]`, id: m.id };
      warn(ctx, ['measures', i, 'energyBloc'], 'energy-disabled', `measures[${i}] (${m.id}) brings the energy bloc under CICA, but energy.enabled is false`, { params });
    });
  }
}
