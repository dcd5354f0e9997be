/**
 * A delegation's dossier: profile, public brief, interests (public), trust, flashpoints and
 * implemented measures. Confidential instructions, red lines and secret objectives appear only for the
 * player's own delegation: they come from `scenarioView`, which blanks everyone else's.
 */
import { canSeeSecretsOf, indexScenario, scenarioView, trustOf } from '../../engine';
import { formatNumber, formatTrust } from '../../i18n';
import { localize } from '../../scenario/text';
import { useGame, useSelected } from '../context';
import { delegationName, flashpointName, measureTitle, organisationName, regionName } from '../names';
import { DelegationLink } from './delegation-link';
import { InterestsList, SecretsSection } from './secrets-section';
import { StageBadge } from './stage-badge';
import { DossierTerms } from './what-would-move';

export function Dossier() {
  const g = useGame();
  const { t, lang, game, scenario, me } = g;
  const selected = useSelected();
  const id = selected ?? me;
  const visible = scenarioView(scenario, me);
  const def = visible.delegations.find((d) => d.id === id);
  if (!def) return null;
  const idx = indexScenario(scenario);
  const state = game.delegations[id];
  const others = idx.allIds.filter((x) => x !== id).map((x) => ({ x, v: trustOf(game, id, x) })).sort((a, b) => b.v - a.v);
  const flashpoints = idx.partyTo.get(id) ?? [];
  const done = scenario.measures.filter((m) => game.measures[m.id]!.implementation[id]?.done).map((m) => m.id);
  const underway = scenario.measures.filter((m) => {
    const i = game.measures[m.id]!.implementation[id];
    return i?.choice === 'in' && !i.done;
  }).map((m) => m.id);
  const row = (label: string, value: string) => (<><dt>{label}</dt><dd>{value}</dd></>);
  return (
    <section class="dossier" aria-labelledby="dossier-heading">
      <div class="dossier__head">
        <h2 id="dossier-heading" tabIndex={-1}>{t('dossier.heading', { name: localize(def.name, lang) })}</h2>
        {id !== me && <button type="button" class="button button--quiet" onClick={() => g.select(me)}>{t('dossier.mine')}</button>}
      </div>
      <dl class="facts">
        {row(t('dossier.role'), `${t(`role.${def.role}`)}${id === me ? ` (${t('you')})` : ''}`)}
        {row(t('dossier.region'), regionName(g, def.region))}
        {row(t('dossier.capital'), localize(def.capital.name, lang))}
        {row(t('dossier.weight'), t(`weight.${def.weight}`))}
        {row(t('dossier.energy'), t(`energy.profile.${def.energy}`))}
        {row(t('dossier.memberships'), def.memberships.length ? def.memberships.map((o) => organisationName(t, o)).join(', ') : t('dossier.none'))}
        {state && row(t('bar.prestige'), formatNumber(lang, state.prestige))}
        {state && id === me && row(t('bar.influence'), formatNumber(lang, state.influence))}
        {id !== me && row(t('dossier.trust-you'), formatTrust(lang, trustOf(game, id, me)))}
        {game.energy.members.includes(id) && row(t('dossier.bloc'), t('dossier.bloc.member'))}
      </dl>
      <h3>{t('dossier.brief')}</h3>
      <p class="prose">{localize(def.brief.public, lang)}</p>
      <InterestsList def={def} />
      {flashpoints.length > 0 && (
        <>
          <h3>{t('dossier.flashpoints')}</h3>
          <ul class="plain-list">
            {flashpoints.map((f) => <li key={f}>{flashpointName(g, f)} <StageBadge stage={game.flashpoints[f]!.stage} /></li>)}
          </ul>
        </>
      )}
      <h3>{t('dossier.trust')}</h3>
      <p class="hint">{t('dossier.trust-help')}</p>
      <ul class="trust-list">
        {[...others.slice(0, 3), ...others.slice(-3)].filter((o, i, all) => all.findIndex((y) => y.x === o.x) === i).map((o) => (
          <li key={o.x}><DelegationLink id={o.x} /> <span class="num">{formatTrust(lang, o.v)}</span></li>
        ))}
      </ul>
      <DossierTerms who={id} />
      <h3>{t('dossier.measures')}</h3>
      <p>
        {done.length ? t('dossier.measures.done', { list: done.map((m) => measureTitle(g, m)).join('; ') }) : t('dossier.measures.none')}
        {underway.length > 0 && ` ${t('dossier.measures.underway', { list: underway.map((m) => measureTitle(g, m)).join('; ') })}`}
      </p>
      {canSeeSecretsOf(me, id) && <SecretsSection def={def} />}
      {id !== me && <p class="hint">{t('dossier.secret-note', { name: delegationName(g, id) })}</p>}
    </section>
  );
}
