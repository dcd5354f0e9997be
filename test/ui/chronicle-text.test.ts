import { describe, expect, it } from 'vitest';
import type { ChronicleEntry } from '../../src/engine';
import { briefChronicleText, briefList, charterProblemText, chronicleText, chronicleTone } from '../../src/ui/chronicle-text';
import { Driver } from '../engine/driver';
import { en, ru, scenario } from './support';
import { chronicleOf } from '../../src/engine';

const d = new Driver(scenario, 2).act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } });
const game = d.state;

const ENTRIES: Array<[ChronicleEntry, string]> = [
  [{ kind: 'round', round: 2, chair: 'BBB' }, 'Round 2 opens (2027); BBB chairs.'],
  [{ kind: 'event', round: 2, event: 'shock' }, 'Event: Shock.'],
  [{ kind: 'injected', round: 1, effects: 1 }, 'The facilitator applied 1 effect.'],
  [{ kind: 'tabled', round: 1, proposal: 'p1', by: 'AAA' }, 'AAA tabled: Exchanges.'],
  [{ kind: 'decision', round: 1, proposal: 'p1', adopted: true, blockers: [], abstained: [] }, 'Adopted: Exchanges.'],
  [{ kind: 'decision', round: 1, proposal: 'p1', adopted: false, blockers: ['BBB', 'CCC'], abstained: [] }, 'Blocked: Exchanges; objections from BBB and CCC.'],
  [{ kind: 'decision', round: 1, proposal: 'p1', adopted: false, blockers: [], abstained: [], why: 'not-summit,cohesion' }, 'Not adopted: Exchanges; only a summit can adopt it and cohesion is too low.'],
  [{ kind: 'withdrawn', round: 1, proposal: 'p1' }, 'Withdrawn: Exchanges.'],
  [{ kind: 'pledge', round: 1, by: 'DDD', proposal: 'p1', kept: false }, 'DDD broke its pledge on Exchanges.'],
  [{ kind: 'mediation', round: 1, flashpoint: 'fp', by: 'AAA', tool: 'good-offices', preventive: true }, 'AAA acted as special envoy: B-C. (preventive: before a crisis)'],
  [{ kind: 'fact-finding-refused', round: 1, flashpoint: 'fp', by: 'DDD' }, 'The fact-finding mission requested by DDD was refused: B-C.'],
  [{ kind: 'stage', round: 1, flashpoint: 'fp', from: 'strained', to: 'crisis' }, 'B-C escalated from strained to crisis.'],
  [{ kind: 'stage', round: 1, flashpoint: 'fp', from: 'crisis', to: 'strained' }, 'B-C eased from crisis to strained.'],
  [{ kind: 'implemented', round: 1, measure: 'm1', by: ['AAA'] }, 'AAA completed implementing Exchanges.'],
  [{ kind: 'bloc-founded', round: 1, members: ['AAA', 'BBB', 'CCC'] }, 'The Energy Security Partnership was founded by AAA, BBB, and CCC.'],
  [{ kind: 'bloc-joined', round: 1, by: 'DDD' }, 'DDD joined the Energy Security Partnership.'],
  [{ kind: 'corridor', round: 1, corridor: 'c1', by: 'AAA' }, 'AAA launched a corridor project: A-B.'],
  [{ kind: 'charter', round: 3 }, 'The Charter was adopted: CICA becomes a full-fledged international organisation.'],
  [{ kind: 'concluded', round: 3, reason: 'stalled' }, 'The process stalled: cohesion fell too low to go on.'],
];

describe('chronicle in words', () => {
  it.each(ENTRIES)('%j', (entry, text) => {
    expect(chronicleText(en, game, entry)).toBe(text);
  });

  it.each(ENTRIES)('has a complete Russian sentence for %j', (entry) => {
    const text = chronicleText(ru, game, entry);
    expect(text).not.toMatch(/[{}]/);
    expect(text.length).toBeGreaterThan(5);
  });

  it('reads the tone of decisions and stage changes', () => {
    expect(chronicleTone(ENTRIES[4]![0])).toBe('good');
    expect(chronicleTone(ENTRIES[5]![0])).toBe('bad');
    expect(chronicleTone(ENTRIES[11]![0])).toBe('bad');
    expect(chronicleTone(ENTRIES[12]![0])).toBe('good');
  });

  it('names charter problems, ignoring unknown ones', () => {
    expect(charterProblemText(en, ['clusters', 'nonsense'])).toBe('not every cluster is agreed');
    expect(charterProblemText(ru, ['conflict'])).toBe('идёт вооружённый конфликт между членами');
  });

  it('words everything a real game records', () => {
    const played = new Driver(scenario, 4)
      .act({ type: 'proposal.table', by: 'AAA', subject: { kind: 'measure', measure: 'm1' } })
      .act({ type: 'diplomacy.early-warning', by: 'DDD', flashpoint: 'fp' })
      .readyAll().positions({ CCC: 'objection' }).decide();
    for (const e of chronicleOf(played.state)) expect(chronicleText(ru, played.state, e)).not.toMatch(/[{}]/);
  });
});

describe('turning points in a few words', () => {
  const five = ['AAA', 'BBB', 'CCC', 'DDD', 'OOO'];

  it('names up to four delegations and counts the rest, the player first', () => {
    expect(briefList(en, five.slice(0, 4))).toBe('AAA, BBB, CCC, and DDD');
    expect(briefList(en, five)).toBe('AAA, BBB, CCC, and 2 others');
    expect(briefList(en, five, 3, ['DDD'])).toBe('DDD, AAA, BBB, and 2 others');
    expect(briefList(ru, five)).toBe('AAA, BBB, CCC и ещё 2');
  });

  it('says a blocked item with its blockers counted, and gives the whole sentence when names were left out', () => {
    const e: ChronicleEntry = { kind: 'decision', round: 1, proposal: 'p1', adopted: false, blockers: five, abstained: [] };
    expect(briefChronicleText(en, game, e)).toEqual({ text: 'Blocked: Exchanges; objections from AAA, BBB, CCC, and 2 others.', full: chronicleText(en, game, e) });
    const few: ChronicleEntry = { ...e, blockers: ['BBB', 'CCC'] };
    expect(briefChronicleText(en, game, few)).toEqual({ text: chronicleText(en, game, few) });
  });

  it('is shorter than the full sentence for stages, the bloc, refusals and the Charter, in both languages', () => {
    const entries: ChronicleEntry[] = [
      { kind: 'stage', round: 1, flashpoint: 'fp', from: 'strained', to: 'crisis' },
      { kind: 'bloc-founded', round: 1, members: five },
      { kind: 'fact-finding-refused', round: 1, flashpoint: 'fp', by: 'DDD' },
      { kind: 'charter', round: 3 },
    ];
    expect(entries.map((e) => briefChronicleText(en, game, e).text)).toEqual([
      'B-C: strained → crisis.', 'Energy Security Partnership founded, 5 members.', 'B-C: fact-finding refused.', 'The Charter was adopted.',
    ]);
    for (const c of [en, ru]) {
      for (const e of entries) {
        const brief = briefChronicleText(c, game, e).text;
        expect(brief).not.toMatch(/[{}]/);
        expect(brief.length).toBeLessThan(chronicleText(c, game, e).length);
      }
    }
    // The founders are counted, not named: the full sentence names them.
    expect(briefChronicleText(ru, game, entries[1]!).full).toBe(chronicleText(ru, game, entries[1]!));
  });
});
