/**
 * One measure of the catalogue: what it is, who coordinates it, what it needs first
 * (graduality), whether it is sensitive, what implementing it costs, where it stands, and the
 * button to table it when the rules allow.
 */
import { implementationTerms, indexScenario, type ActionOf } from '../../engine';
import { localize } from '../../scenario/text';
import { useGame } from '../context';
import { delegationList, flashpointName, flashpointStageIn, measureTitle, organisationName } from '../names';
import { sensitiveVetoes } from '../help/crisis-warning';
import { Term } from '../help/term';
import { ActionButton } from './action-button';
import { BadgeRow } from './badge-row';

export function MeasureCard({ id, table }: { id: string; table?: ActionOf<'proposal.table'> }) {
  const g = useGame();
  const { t, lang, game, scenario } = g;
  const idx = indexScenario(scenario);
  const m = idx.measure.get(id)!;
  const s = game.measures[id]!;
  const terms = implementationTerms(idx, id, s.amendments);
  const mine = s.implementation[g.me];
  // "Open for tabling" only when graduality allows it: every measure it builds on is adopted.
  const locked = s.status === 'available' && m.requires.some((r) => game.measures[r]?.status !== 'adopted');
  const vetoes = s.status === 'adopted' ? [] : sensitiveVetoes(idx, game, id);
  return (
    <article class={`card measure measure--${s.status}`} aria-labelledby={`m-${id}`}>
      <h4 id={`m-${id}`} class="card__title">{measureTitle(g, id)}</h4>
      <BadgeRow>
        <span class={`badge status status--${locked ? 'unavailable' : s.status}`}>{locked ? t('measure.status.locked') : t(`measure.status.${s.status}`)}</span>
        {idx.isSensitive(m) && <span class="badge badge--warn"><Term id="sensitive">{t('measure.sensitive')}</Term></span>}
        {m.partner && <span class="badge">{t('measure.partner', { org: organisationName(t, m.partner) })}</span>}
        {m.energyBloc && <span class="badge">{t('measure.energy-bloc')}</span>}
        {s.amendments.map((a) => <span key={a} class="badge">{t(`amendment.${a}`)}</span>)}
      </BadgeRow>
      <details>
        <summary>{t('measure.about')}</summary>
        <p>{localize(m.description, lang)}</p>
        <dl class="facts">
          {m.coordinators.length > 0 && (<><dt>{t('measure.coordinators')}</dt><dd>{delegationList(g, m.coordinators)}</dd></>)}
          <dt>{t('measure.implementation')}</dt>
          <dd>{t('measure.terms', { cost: terms.cost, rounds: terms.rounds })}</dd>
          <dt>{t('measure.effects')}</dt>
          <dd>{t('measure.effects.value', { trust: m.effects.trust, prestige: m.effects.prestige, tension: m.effects.tension })}</dd>
        </dl>
      </details>
      {vetoes.map((v) => (
        <p key={v.flashpoint} class="card__status crisis-warning" role="note">
          {t('term.crisis-warning', { measure: measureTitle(g, id), parties: delegationList(g, v.parties), flashpoint: flashpointName(g, v.flashpoint), stage: flashpointStageIn(g, game, v.flashpoint) })}
        </p>
      ))}
      {m.requires.length > 0 && (
        <p class="card__status">
          <Term id="graduality">{t('measure.requires')}</Term>{' '}
          {m.requires.map((r, i) => {
            const ok = game.measures[r]?.status === 'adopted';
            return (
              <span key={r} class={ok ? 'req req--ok' : 'req req--missing'}>
                {i > 0 ? ', ' : ''}<span aria-hidden="true">{ok ? '✓ ' : '✗ '}</span>{measureTitle(g, r)}
                <span class="visually-hidden"> ({t(ok ? 'measure.req.ok' : 'measure.req.missing')})</span>
              </span>
            );
          })}
        </p>
      )}
      {mine && <p class="card__status">{mine.done ? t('measure.mine.done') : mine.choice === 'in' ? t('measure.mine.progress', { progress: mine.progress, rounds: terms.rounds }) : t('measure.mine.out')}</p>}
      {table && <div class="card__actions"><ActionButton action={table} variant="primary" /></div>}
    </article>
  );
}
