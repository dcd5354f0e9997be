/**
 * What changed in a round and why: decisions, events, stage changes, implementations, and the
 * movement of cohesion, trust toward the player, influence and prestige. Derived from the game
 * as the round opened and as it closed: the next round's opening (its income, costs and events)
 * belongs to the next round's summary.
 */
import { cohesion, indexScenario, trustOf, type ChronicleEntry, type DelegationId, type GameState } from '../engine';
import { localize } from '../scenario/text';
import { BRIEF_NAMES, briefList, chronicleText, chronicleTone } from './chronicle-text';
import { delegationList, delegationName, flashpointName, proposalTitle, type NameContext } from './names';
import { stageRank } from '../engine/common';
import { chronicleOfRound } from '../engine';
import { trustCausesText, trustLosses, type TrustCause } from './trust-causes';

export interface SummaryLine {
  text: string;
  tone: 'good' | 'bad' | 'neutral';
  /** The whole of a line that counts names rather than naming them all. */
  full?: string;
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
  /** For a loss, what cost the trust, as far as the round's record tells (empty when it does not). */
  losses: TrustCause[];
  /** The losses in words, when there are any. */
  why?: string;
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
const DIPLOMACY_KINDS: ReadonlySet<ChronicleEntry['kind']> = new Set(['mediation', 'fact-finding-refused', 'bloc-founded', 'bloc-joined', 'corridor']);

function events(c: NameContext, entries: readonly ChronicleEntry[]): SummaryEvent[] {
  const idx = indexScenario(c.scenario);
  return entries.flatMap((e) => {
    if (e.kind !== 'event') return [];
    const def = idx.event.get(e.event);
    return def ? [{ title: localize(def.title, c.lang), text: localize(def.text, c.lang) }] : [];
  });
}

/**
 * Pledges settled in the round, one line per proposal and outcome ("Pledges kept on X: A, B, C
 * and 9 others."), the player named first; the whole list comes along when names are counted.
 */
function pledgeLines(c: NameContext, game: GameState, entries: readonly ChronicleEntry[], me: DelegationId): SummaryLine[] {
  const groups = new Map<string, { proposal: string; kept: boolean; by: DelegationId[] }>();
  for (const e of entries) {
    if (e.kind !== 'pledge') continue;
    const key = `${e.kept ? 'k' : 'b'}:${e.proposal}`;
    const g = groups.get(key) ?? { proposal: e.proposal, kept: e.kept, by: [] };
    g.by.push(e.by);
    groups.set(key, g);
  }
  return [...groups.values()].map((g): SummaryLine => {
    const params = { proposal: proposalTitle(c, game, g.proposal), n: g.by.length };
    const key = g.kept ? 'brief.pledges-kept' : 'brief.pledges-broken';
    const text = c.t(key, { ...params, names: briefList(c, g.by, BRIEF_NAMES, [me]) });
    const all = c.t(key, { ...params, names: delegationList(c, [...g.by.filter((b) => b === me), ...g.by.filter((b) => b !== me)]) });
    return { text, tone: g.kept ? 'good' : 'bad', ...(all !== text ? { full: all } : {}) };
  });
}

/**
 * The summary of `round`, from the game when it opened (`before`: as the previous round closed)
 * to when it closed (`after`: after its review, before the next opening). Only the chronicle of
 * `round` is read, so events that open the next round never appear here. Influence is counted
 * from `opened`, the game once this round's opening has paid its income, when given: a player
 * who receives its income and spends it all sees what it spent, not "0 → 0".
 */
/**
 * A dispute's changes of stage in the round, one line per dispute: one change as the chronicle
 * says it, several as the path they took ("strained → crisis → strained"), so an escalation and
 * the easing that undid it do not read as two contradicting lines.
 */
function stageLines(c: NameContext, inRound: readonly ChronicleEntry[], line: (e: ChronicleEntry) => SummaryLine): SummaryLine[] {
  const byDispute = new Map<string, Array<Extract<ChronicleEntry, { kind: 'stage' }>>>();
  for (const e of inRound) if (e.kind === 'stage') byDispute.set(e.flashpoint, [...(byDispute.get(e.flashpoint) ?? []), e]);
  return [...byDispute.values()].map((changes) => {
    if (changes.length === 1) return line(changes[0]!);
    const first = changes[0]!;
    const last = changes[changes.length - 1]!;
    const path = [first.from, ...changes.map((x) => x.to)].map((st) => c.t(`stage.${st}`)).join(' → ');
    const tone = stageRank(last.to) > stageRank(first.from) ? 'bad' : stageRank(last.to) < stageRank(first.from) ? 'good' : 'neutral';
    return { text: c.t('summary.stage.path', { flashpoint: flashpointName(c, first.flashpoint), path }), tone };
  });
}

export function roundSummary(c: NameContext, before: GameState, after: GameState, round: number, me: DelegationId, maxTrust = 6, opened?: GameState): RoundSummary {
  const idx = indexScenario(c.scenario);
  const inRound = chronicleOfRound(after, round);
  const line = (e: ChronicleEntry): SummaryLine => ({ text: chronicleText(c, after, e), tone: chronicleTone(e) });
  const trust = idx.allIds
    .filter((id) => id !== me)
    .map((id) => ({ id, name: delegationName(c, id), now: trustOf(after, me, id), delta: Math.round((trustOf(after, me, id) - trustOf(before, me, id)) * 10) / 10 }))
    .filter((m) => m.delta !== 0)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.name.localeCompare(b.name))
    .slice(0, maxTrust)
    .map((m): TrustMove => {
      const losses = m.delta < 0 ? trustLosses(c.scenario, after, round, me, m.id) : [];
      return losses.length ? { ...m, losses, why: trustCausesText(c, after, losses) } : { ...m, losses };
    });
  return {
    round,
    year: c.scenario.calendar.startYear + round - 1,
    decisions: inRound.filter((e) => DECISION_KINDS.has(e.kind)).map(line),
    events: events(c, inRound),
    flashpoints: stageLines(c, inRound, line),
    implemented: inRound.filter((e) => e.kind === 'implemented').map(line),
    diplomacy: [...pledgeLines(c, after, inRound, me), ...inRound.filter((e) => DIPLOMACY_KINDS.has(e.kind)).map(line)],
    cohesion: { before: cohesion(idx, before), after: cohesion(idx, after) },
    influence: { before: (opened ?? before).delegations[me]?.influence ?? 0, after: after.delegations[me]?.influence ?? 0 },
    prestige: { before: before.delegations[me]?.prestige ?? 0, after: after.delegations[me]?.prestige ?? 0 },
    trust,
  };
}
