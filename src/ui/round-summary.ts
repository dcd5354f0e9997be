/**
 * What changed in a round and why: decisions, events, stage changes, implementations, and the
 * movement of cohesion, trust toward the player, influence and prestige. Derived from the game
 * as the round opened and as it closed: the next round's opening (its income, costs and events)
 * belongs to the next round's summary.
 */
import { cohesion, indexScenario, trustOf, type ChronicleEntry, type DelegationId, type GameState } from '../engine';
import { localize } from '../scenario/text';
import { chronicleText, chronicleTone } from './chronicle-text';
import { delegationName, type NameContext } from './names';
import { chronicleOfRound } from '../engine';

export interface SummaryLine {
  text: string;
  tone: 'good' | 'bad' | 'neutral';
}

export interface SummaryEvent {
  title: string;
  text: string;
}

export interface TrustMove {
  id: DelegationId;
  name: string;
  delta: number;
  now: number;
}

export interface RoundSummary {
  round: number;
  year: number;
  decisions: SummaryLine[];
  events: SummaryEvent[];
  flashpoints: SummaryLine[];
  implemented: SummaryLine[];
  diplomacy: SummaryLine[];
  cohesion: { before: number; after: number };
  influence: { before: number; after: number };
  prestige: { before: number; after: number };
  /** The largest changes in trust toward the player, biggest first. */
  trust: TrustMove[];
}

const DECISION_KINDS: ReadonlySet<ChronicleEntry['kind']> = new Set(['decision', 'withdrawn', 'charter']);
const DIPLOMACY_KINDS: ReadonlySet<ChronicleEntry['kind']> = new Set(['pledge', 'mediation', 'fact-finding-refused', 'bloc-founded', 'bloc-joined', 'corridor']);

function events(c: NameContext, entries: readonly ChronicleEntry[]): SummaryEvent[] {
  const idx = indexScenario(c.scenario);
  return entries.flatMap((e) => {
    if (e.kind !== 'event') return [];
    const def = idx.event.get(e.event);
    return def ? [{ title: localize(def.title, c.lang), text: localize(def.text, c.lang) }] : [];
  });
}

/**
 * The summary of `round`, from the game when it opened (`before`: as the previous round closed)
 * to when it closed (`after`: after its review, before the next opening). Only the chronicle of
 * `round` is read, so events that open the next round never appear here.
 */
export function roundSummary(c: NameContext, before: GameState, after: GameState, round: number, me: DelegationId, maxTrust = 6): RoundSummary {
  const idx = indexScenario(c.scenario);
  const inRound = chronicleOfRound(after, round);
  const line = (e: ChronicleEntry): SummaryLine => ({ text: chronicleText(c, after, e), tone: chronicleTone(e) });
  const trust = idx.allIds
    .filter((id) => id !== me)
    .map((id) => ({ id, name: delegationName(c, id), now: trustOf(after, me, id), delta: Math.round((trustOf(after, me, id) - trustOf(before, me, id)) * 10) / 10 }))
    .filter((m) => m.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name))
    .slice(0, maxTrust);
  return {
    round,
    year: c.scenario.calendar.startYear + round - 1,
    decisions: inRound.filter((e) => DECISION_KINDS.has(e.kind)).map(line),
    events: events(c, inRound),
    flashpoints: inRound.filter((e) => e.kind === 'stage').map(line),
    implemented: inRound.filter((e) => e.kind === 'implemented').map(line),
    diplomacy: inRound.filter((e) => DIPLOMACY_KINDS.has(e.kind)).map(line),
    cohesion: { before: cohesion(idx, before), after: cohesion(idx, after) },
    influence: { before: before.delegations[me]?.influence ?? 0, after: after.delegations[me]?.influence ?? 0 },
    prestige: { before: before.delegations[me]?.prestige ?? 0, after: after.delegations[me]?.prestige ?? 0 },
    trust,
  };
}
