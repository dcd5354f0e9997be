/**
 * Every member's position on the item under discussion, with the amendment a reservation asks
 * for and the delegation's reason in words. Stances carry a symbol as well as a colour.
 */
import { indexScenario, type Proposal, type Stance } from '../../engine';
import { useGame } from '../context';
import { delegationName } from '../names';
import { reasonText } from '../reason-text';
import { DelegationLink } from './delegation-link';

const SYMBOL: Record<Stance | 'pending', string> = { support: '✓', reservation: '≈', objection: '✗', abstain: '○', pending: '…' };

export function PositionsTable({ proposal }: { proposal: Proposal }) {
  const g = useGame();
  const { t, lang, game, scenario, me } = g;
  const voters = [...indexScenario(scenario).voters].sort((a, b) =>
    Number(b === me) - Number(a === me) || delegationName(g, a).localeCompare(delegationName(g, b), lang));
  return (
    <section class="section" aria-labelledby="positions-heading">
      <h3 id="positions-heading">{t('positions.heading')}</h3>
      <div class="table-wrap table-wrap--tall">
        <table class="table positions">
          <caption class="visually-hidden">{t('positions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.delegation')}</th>
              <th scope="col">{t('col.position')}</th>
              <th scope="col">{t('col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {voters.map((v) => {
              const p = proposal.positions[v];
              const stance = p?.stance ?? 'pending';
              return (
                <tr key={v} class={v === me ? 'row--me' : ''}>
                  <th scope="row"><DelegationLink id={v} /></th>
                  <td class={`stance stance--${stance}`}>
                    <span aria-hidden="true">{SYMBOL[stance]} </span>
                    {t(`stance.${stance}`)}
                    {p?.amendment && (
                      <span class="stance__amend">
                        {' '}({stance === 'objection' ? t('stance.unless', { amendment: t(`amendment.${p.amendment}`) }) : t(`amendment.${p.amendment}`)})
                      </span>
                    )}
                  </td>
                  <td class="reason">{reasonText(g, game, p?.reason) ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
