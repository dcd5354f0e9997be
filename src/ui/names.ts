/**
 * Names of the things on the table (delegations, measures, flashpoints, proposals...) in the
 * player's language. Scenario texts go through `localize`; ids that the scenario does not know
 * are shown as they are rather than hidden.
 */
import { indexScenario, type GameState } from '../engine';
import { isMessageKey, type Translate } from '../i18n';
import type { Scenario } from '../scenario/schema';
import { localize, type Language } from '../scenario/text';

/** Everything a naming helper needs: the scenario, the language and the translator. */
export interface NameContext {
  scenario: Scenario;
  lang: Language;
  t: Translate;
}

export function delegationName(c: NameContext, id: string): string {
  const d = indexScenario(c.scenario).delegation.get(id);
  return d ? localize(d.name, c.lang) : id;
}

/** A list of delegation names joined the way the language joins lists ("A, B and C"). */
export function delegationList(c: NameContext, ids: readonly string[]): string {
  return joinList(c.lang, ids.map((id) => delegationName(c, id)));
}

export function joinList(lang: Language, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** Alternatives as the language lists them ("A, B or C", "A, B или C"). */
export function orList(lang: Language, items: readonly string[]): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'disjunction' }).format(items);
}

export function measureTitle(c: NameContext, id: string): string {
  const m = indexScenario(c.scenario).measure.get(id);
  return m ? localize(m.title, c.lang) : id;
}

export function clusterTitle(c: NameContext, id: string): string {
  const cl = indexScenario(c.scenario).cluster.get(id);
  return cl ? localize(cl.title, c.lang) : id;
}

export function flashpointName(c: NameContext, id: string): string {
  const f = indexScenario(c.scenario).flashpoint.get(id);
  return f ? localize(f.name, c.lang) : id;
}

/** The stage a flashpoint is at, as a predicate ("in crisis", "in armed conflict"). */
export function flashpointStageIn(c: NameContext, game: GameState, id: string): string {
  return c.t(`stage.in.${game.flashpoints[id]?.stage ?? 'crisis'}`);
}

export function corridorName(c: NameContext, id: string): string {
  const k = indexScenario(c.scenario).corridor.get(id);
  return k ? localize(k.name, c.lang) : id;
}

export function eventTitle(c: NameContext, id: string): string {
  const e = indexScenario(c.scenario).event.get(id);
  return e ? localize(e.title, c.lang) : id;
}

/** The title of a proposal: the measure or cluster it puts forward, or the charter. */
export function proposalTitle(c: NameContext, game: GameState, id: string): string {
  const p = game.proposals[id];
  if (!p) return id;
  switch (p.subject.kind) {
    case 'measure': return measureTitle(c, p.subject.measure);
    case 'cluster': return c.t('proposal.cluster', { title: clusterTitle(c, p.subject.cluster) });
    case 'charter': return c.t('proposal.charter');
  }
}

/** A proposal's title with its package, for the plenary ("A + B"). */
export function packageTitle(c: NameContext, game: GameState, id: string): string {
  const p = game.proposals[id];
  if (!p || p.package.length === 0) return proposalTitle(c, game, id);
  return [id, ...p.package].map((x) => proposalTitle(c, game, x)).join(' + ');
}

/** A region slug from the scenario ("central-asia") in words; unknown slugs are shown as written. */
export function regionName(c: NameContext, region: string): string {
  const key = `region.${region}`;
  return isMessageKey(key) ? c.t(key) : region;
}

/** Organisation codes the catalogue names in each language; an authored code outside it is shown as written. */
const NAMED_ORGS = ['ASEAN', 'CSTO', 'EAEU', 'ECO', 'GCC', 'LAS', 'OIC', 'OTS', 'SAARC', 'SCO'] as const;

export function organisationName(t: Translate, code: string): string {
  return (NAMED_ORGS as readonly string[]).includes(code) ? t(`org.${code as (typeof NAMED_ORGS)[number]}`) : code;
}
