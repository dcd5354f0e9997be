import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectiveOutcome, indexScenario, replay } from '../../src/engine';
import { randomPolicy } from '../../src/sim/policy';
import { runGame } from '../../src/sim/run-game';
import { loadScenario } from '../../scripts/lib/load-scenario';

const ids = readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, ''));

describe('every bundled scenario', () => {
  it('is one of the three the design names', () => {
    expect(ids.sort()).toEqual(['energy-security', 'preventive-diplomacy', 'road-to-the-charter']);
  });

  it.each(ids)('%s plays to its end in the engine and replays exactly', (id) => {
    const loaded = loadScenario(id);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const { state, actions } = runGame(loaded.scenario, { seed: 7, fallback: randomPolicy });
    expect(state.phase).toBe('concluded');
    expect(state.history.length).toBeGreaterThan(0);
    expect(collectiveOutcome(indexScenario(loaded.scenario), state).grade).toMatch(/^[ABCDF]$/);
    expect(replay(loaded.scenario, 7, actions)).toEqual(state);
  });
});
