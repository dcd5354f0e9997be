import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseScenario } from '../../src/scenario/parse';
import { SCENARIO_LIMITS } from '../../src/scenario/schema';

const base = parse(readFileSync(new URL('../../scenarios/preventive-diplomacy.yaml', import.meta.url), 'utf8')) as Record<string, unknown[]> & { delegations: Array<Record<string, unknown>> };

describe('the scenario checker bounds what a scenario may hold', () => {
  it('refuses a file of hundreds of delegations (above the bound) with a located error, quickly', () => {
    const many = { ...base, delegations: Array.from({ length: 400 }, (_, i) => ({ ...base.delegations[0]!, id: `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + ((i / 26) | 0) % 26)}${String.fromCharCode(65 + ((i / 676) | 0))}` })) };
    const t0 = performance.now();
    const r = parseScenario(JSON.stringify(many, null, 1), 'many.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const e = r.errors.find((x) => x.code === 'too-many');
    expect(e, JSON.stringify(r.errors.slice(0, 3))).toBeDefined();
    if (!e) return;
    expect(e.path).toBe('delegations');
    expect(e.line).toBeGreaterThan(1);
    expect(e.message).toContain(String(SCENARIO_LIMITS.delegations));
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('refuses an oversized text and names where it is', () => {
    const long = { ...base, delegations: base.delegations.map((d, i) => (i === 1 ? { ...d, brief: { public: 'x'.repeat(SCENARIO_LIMITS.text + 1), confidential: 'y' } } : d)) };
    const r = parseScenario(JSON.stringify(long, null, 1), 'long.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.some((x) => x.code === 'too-long' && x.path.startsWith('delegations[1].brief.public'))).toBe(true);
  });

  it('accepts every bundled scenario within the bounds', () => {
    for (const f of ['road-to-the-charter', 'energy-security', 'preventive-diplomacy']) {
      expect(parseScenario(readFileSync(new URL(`../../scenarios/${f}.yaml`, import.meta.url), 'utf8'), `${f}.yaml`).ok).toBe(true);
    }
  });
});
