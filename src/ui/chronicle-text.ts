/**
 * The chronicle in words: every entry the engine records becomes one sentence in the player's
 * language, for the log feed, the round summary and the end screen.
 */
import { stageRank } from '../engine/common';
import type { ChronicleEntry, GameState } from '../engine';
import type { CharterProblem } from '../engine';
import { corridorName, delegationList, delegationName, eventTitle, flashpointName, joinList, measureTitle, packageTitle, proposalTitle, type NameContext } from './names';

/** Charter problems the engine records on a failed charter decision, as words. */
export function charterProblemText(c: NameContext, problems: readonly string[]): string {
  const known: readonly CharterProblem[] = ['not-summit', 'clusters', 'cohesion', 'dimensions', 'implemented', 'conflict'];
  return joinList(c.lang, problems.filter((p): p is CharterProblem => (known as readonly string[]).includes(p)).map((p) => c.t(`charter.${p}`)));
}

export function chronicleText(c: NameContext, game: GameState, e: ChronicleEntry): string {
  const { t } = c;
  switch (e.kind) {
    case 'round':
      return t('chronicle.round', { round: e.round, year: c.scenario.calendar.startYear + e.round - 1, chair: delegationName(c, e.chair) });
    case 'event':
      return t('chronicle.event', { title: eventTitle(c, e.event) });
    case 'injected':
      return t('chronicle.injected', { n: e.effects });
    case 'tabled':
      return t('chronicle.tabled', { name: delegationName(c, e.by), proposal: proposalTitle(c, game, e.proposal) });
    case 'decision': {
      const proposal = packageTitle(c, game, e.proposal);
      if (e.adopted) return t('chronicle.adopted', { proposal });
      if (e.blockers.length) return t('chronicle.blocked', { proposal, names: delegationList(c, e.blockers) });
      if (e.why) return t('chronicle.charter-failed', { proposal, problems: charterProblemText(c, e.why.split(',')) });
      return t('chronicle.rejected', { proposal });
    }
    case 'withdrawn':
      return t('chronicle.withdrawn', { proposal: packageTitle(c, game, e.proposal) });
    case 'pledge':
      return t(e.kept ? 'chronicle.pledge-kept' : 'chronicle.pledge-broken', { name: delegationName(c, e.by), proposal: proposalTitle(c, game, e.proposal) });
    case 'mediation': {
      const text = t(`chronicle.mediation.${e.tool}`, { name: delegationName(c, e.by), flashpoint: flashpointName(c, e.flashpoint) });
      return e.preventive ? `${text} ${t('chronicle.preventive')}` : text;
    }
    case 'fact-finding-refused':
      return t('chronicle.fact-finding-refused', { name: delegationName(c, e.by), flashpoint: flashpointName(c, e.flashpoint) });
    case 'stage':
      return t(stageRank(e.to) > stageRank(e.from) ? 'chronicle.stage.up' : 'chronicle.stage.down', {
        flashpoint: flashpointName(c, e.flashpoint), from: t(`stage.${e.from}`), to: t(`stage.${e.to}`),
      });
    case 'implemented':
      return t('chronicle.implemented', { names: delegationList(c, e.by), n: e.by.length, measure: measureTitle(c, e.measure) });
    case 'bloc-founded':
      return t('chronicle.bloc-founded', { names: delegationList(c, e.members) });
    case 'bloc-joined':
      return t('chronicle.bloc-joined', { name: delegationName(c, e.by) });
    case 'corridor':
      return t('chronicle.corridor', { name: delegationName(c, e.by), corridor: corridorName(c, e.corridor) });
    case 'charter':
      return t('chronicle.charter');
    case 'concluded':
      return t(`chronicle.concluded.${e.reason}`);
  }
}

/** Names shown in a brief line before the rest are counted ("A, B, C and 9 others"). */
export const BRIEF_NAMES = 3;

/** A list of delegations, the first `max` by name and the rest counted; `first` go to the front. */
export function briefList(c: NameContext, ids: readonly string[], max = BRIEF_NAMES, first: readonly string[] = []): string {
  const ordered = [...ids.filter((id) => first.includes(id)), ...ids.filter((id) => !first.includes(id))];
  if (ordered.length <= max + 1) return delegationList(c, ordered);
  const shown = ordered.slice(0, max).map((id) => delegationName(c, id));
  return joinList(c.lang, [...shown, c.t('brief.more', { n: ordered.length - max })]);
}

/** A line in a few words, with the full sentence when the few words leave something out (names counted, not named). */
export interface BriefLine {
  text: string;
  full?: string;
}

/**
 * An entry in a few words, for lists that gather many of them (the end screen's turning points):
 * long lists of names are cut to a few and counted, and the wording is shorter. The full
 * sentence stays `chronicleText`, and comes along wherever names were left out.
 */
export function briefChronicleText(c: NameContext, game: GameState, e: ChronicleEntry): BriefLine {
  const { t } = c;
  const cut = (text: string, names: readonly string[]): BriefLine => (names.length > BRIEF_NAMES + 1 ? { text, full: chronicleText(c, game, e) } : { text });
  switch (e.kind) {
    case 'decision':
      if (!e.adopted && e.blockers.length) return cut(t('chronicle.blocked', { proposal: packageTitle(c, game, e.proposal), names: briefList(c, e.blockers) }), e.blockers);
      return { text: chronicleText(c, game, e) };
    case 'stage':
      return { text: t('brief.stage', { flashpoint: flashpointName(c, e.flashpoint), from: t(`stage.${e.from}`), to: t(`stage.${e.to}`) }) };
    case 'bloc-founded':
      return { text: t('brief.bloc-founded', { n: e.members.length }), full: chronicleText(c, game, e) };
    case 'fact-finding-refused':
      return { text: t('brief.fact-finding-refused', { flashpoint: flashpointName(c, e.flashpoint) }) };
    case 'charter':
      return { text: t('brief.charter') };
    default:
      return { text: chronicleText(c, game, e) };
  }
}

/** How an entry reads at a glance, for styling the feed (good news, bad news, neutral). */
export function chronicleTone(e: ChronicleEntry): 'good' | 'bad' | 'neutral' {
  switch (e.kind) {
    case 'decision': return e.adopted ? 'good' : 'bad';
    case 'pledge': return e.kept ? 'good' : 'bad';
    case 'stage': return stageRank(e.to) > stageRank(e.from) ? 'bad' : 'good';
    case 'fact-finding-refused': return 'bad';
    case 'implemented':
    case 'charter':
    case 'bloc-founded':
    case 'mediation':
      return 'good';
    default: return 'neutral';
  }
}
