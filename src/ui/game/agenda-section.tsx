/**
 * This round's agenda: the proposals tabled so far, in the order the plenary will take them,
 * with pledges made on each, the player's pledge buttons and (for the chair) the agenda order.
 */
import { roundAgenda, type ActionOf } from '../../engine';
import { useGame } from '../context';
import { delegationList, delegationName, proposalTitle } from '../names';
import { ActionButton } from './action-button';
import { WhatWouldMove } from './what-would-move';

interface Props {
  pledges: ActionOf<'consult.pledge'>[];
  agenda: ActionOf<'agenda.order'>[];
}

export function AgendaSection({ pledges, agenda }: Props) {
  const g = useGame();
  const { t, game, me } = g;
  const items = roundAgenda(game);
  return (
    <section class="section" aria-labelledby="consult-agenda">
      <h3 id="consult-agenda">{t('agenda.heading', { n: items.length })}</h3>
      {items.length === 0 ? <p>{t('agenda.empty')}</p> : (
        <>
          {game.chair === me ? agenda.length > 0 && <p class="hint">{t('agenda.chair-help')}</p>
            : items.length > 1 && <p class="hint">{t('agenda.order-help', { chair: delegationName(g, game.chair) })}</p>}
          <ol class="cards">
            {items.map((id) => {
              const p = game.proposals[id]!;
              const pledgers = game.pledges.filter((x) => x.proposal === id && x.status === 'open').map((x) => x.by);
              const pledge = pledges.find((a) => a.proposal === id);
              const order = agenda.find((a) => a.order[0] === id);
              return (
                <li key={id} class="card">
                  <p class="card__title">{proposalTitle(g, game, id)}</p>
                  <p class="card__meta">
                    {t('agenda.proposer', { name: delegationName(g, p.proposer) })}
                    {pledgers.length > 0 && ` · ${t('agenda.pledged', { names: delegationList(g, pledgers), n: pledgers.length })}`}
                  </p>
                  <div class="card__actions">
                    {pledge && <ActionButton action={pledge} />}
                    {order && <ActionButton action={order} />}
                  </div>
                  <WhatWouldMove proposal={id} />
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
