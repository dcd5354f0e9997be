/**
 * The plenary: the agenda, the item under discussion with the consensus meter and every
 * member's position, the player's own position controls, the proposer's options (amend, link,
 * withdraw, call the decision), and the decisions taken this round.
 */
import { currentItem, takesAmendments, type Action } from '../../engine';
import { useGame } from '../context';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { delegationName, packageTitle } from '../names';
import { ActionButton } from './action-button';
import { WithdrawButton } from './withdraw-button';
import { Term } from '../help/term';
import { ConsensusMeter } from './consensus-meter';
import { PanelHeading } from './panel-heading';
import { PositionsTable } from './positions-table';
import { WhatWouldMove } from './what-would-move';
import { chronicleOfRound } from '../../engine';

function PlenaryAgenda() {
  const g = useGame();
  const { t, game } = g;
  const pl = game.plenary;
  if (!pl) return null;
  return (
    <section class="section" aria-labelledby="plenary-agenda">
      <h3 id="plenary-agenda">{t('plenary.agenda')}</h3>
      <ol class="agenda">
        {pl.agenda.map((id, i) => {
          const p = game.proposals[id]!;
          const state = i < pl.current ? p.status : i === pl.current ? 'current' : 'next';
          return (
            <li key={id} class={`agenda__item agenda__item--${state}`} aria-current={i === pl.current ? 'step' : undefined}>
              {packageTitle(g, game, id)} <span class="agenda__state">— {t(`plenary.item.${state}`)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function Decisions() {
  const g = useGame();
  const { t, game } = g;
  const entries = chronicleOfRound(game, game.round).filter((e) => (e.kind === 'decision' || e.kind === 'withdrawn'));
  if (!entries.length) return null;
  return (
    <section class="section" aria-labelledby="plenary-decisions">
      <h3 id="plenary-decisions">{t('plenary.decisions')}</h3>
      <ul class="plain-list">
        {entries.map((e, i) => <li key={i} class={`tone--${chronicleTone(e)}`}>{chronicleText(g, game, e)}</li>)}
      </ul>
    </section>
  );
}

export function PlenaryPanel() {
  const g = useGame();
  const { t, game, legal, me } = g;
  const item = game.phase === 'plenary' ? currentItem(game) : null;
  const positions = legal.filter((a) => a.type === 'plenary.position');
  const proposerActions = legal.filter((a): a is Action => a.type === 'plenary.decide' || a.type === 'plenary.amend' || a.type === 'plenary.link' || a.type === 'plenary.unlink' || a.type === 'plenary.withdraw');
  return (
    <>
      <PanelHeading title={t('tab.plenary')} />
      {game.phase !== 'plenary' && <p class="notice">{t(game.phase === 'consultations' ? 'plenary.not-yet' : 'plenary.over')}</p>}
      {item && (
        <>
          <section class="section section--attention" aria-labelledby="plenary-item">
            <h3 id="plenary-item">{t('plenary.item', { proposal: packageTitle(g, game, item.id) })}</h3>
            <p class="card__meta">
              {t('plenary.proposed-by', { name: delegationName(g, item.proposer) })}
              {item.amendments.length > 0 && ` · ${t('plenary.amended', { list: item.amendments.map((a) => t(`amendment.${a}`)).join(', ') })}`}
            </p>
            {positions.length > 0 && item.proposer === me && <p class="hint">{t(takesAmendments(item) ? 'plenary.own-item' : 'plenary.own-item.fixed')}</p>}
            {positions.length > 0 && (
              <div role="group" aria-label={t('plenary.your-position')} class="action-grid">
                <p class="action-grid__label">{t('plenary.your-position')}</p>
                {positions.map((a) => <ActionButton key={JSON.stringify(a)} action={a} variant={a.type === 'plenary.position' && a.stance === 'support' ? 'primary' : 'default'} />)}
              </div>
            )}
            {positions.length > 0 && (
              <p class="hint">
                <Term id="consensus">{t('term.consensus')}</Term> · <Term id="reservation">{t('term.reservation')}</Term> · <Term id="abstain">{t('term.abstain')}</Term> · <Term id="objection">{t('term.objection')}</Term> · <Term id="package">{t('term.package')}</Term>
              </p>
            )}
            {proposerActions.length > 0 && (
              <div role="group" aria-label={t('plenary.as-proposer')} class="action-grid">
                <p class="action-grid__label">{t('plenary.as-proposer')}</p>
                {proposerActions.map((a) => a.type === 'plenary.withdraw'
                  ? <WithdrawButton key={JSON.stringify(a)} action={a} />
                  : <ActionButton key={JSON.stringify(a)} action={a} variant={a.type === 'plenary.decide' ? 'primary' : 'default'} />)}
              </div>
            )}
            {item.proposer !== me && game.plenary?.step === 'proposer' && <p>{t('plenary.awaiting-proposer', { name: delegationName(g, item.proposer) })}</p>}
            <WhatWouldMove proposal={item.id} />
          </section>
          <ConsensusMeter proposal={item} />
          <PositionsTable proposal={item} />
        </>
      )}
      <PlenaryAgenda />
      <Decisions />
    </>
  );
}
