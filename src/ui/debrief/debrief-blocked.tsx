/**
 * "Blocked and why": every objection and reservation of the game, with the reason given and what
 * became of it (an amendment, a package, a change of position, or held to the vote), for the
 * debrief's first question. Built from the log by src/debrief/blocked.ts.
 */
import type { BlockedEntry, BlockResolution } from '../../debrief/blocked';
import type { GameState } from '../../engine';
import { delegationName, proposalTitle, type NameContext } from '../names';
import { reasonText } from '../reason-text';

function thenText(c: NameContext, game: GameState, r: BlockResolution, outcome: BlockedEntry['outcome']): string {
  switch (r.kind) {
    case 'amended': return c.t('debrief.blocked.amended', { amendment: c.t(`amendment.${r.amendment}`) });
    case 'packaged': return c.t('debrief.blocked.packaged', { item: proposalTitle(c, game, r.with) });
    case 'changed': return c.t('debrief.blocked.changed', { stance: c.t(`stance.${r.stance}`) });
    // A withdrawn item never came to a decision.
    case 'stood': return c.t(outcome === 'withdrawn' ? 'debrief.blocked.stood-withdrawn' : 'debrief.blocked.stood');
  }
}

interface Props {
  c: NameContext;
  game: GameState;
  entries: readonly BlockedEntry[];
  names?: Record<string, string>;
}

export function DebriefBlocked({ c, game, entries, names = {} }: Props) {
  const { t } = c;
  if (!entries.length) return <p>{t('debrief.blocked.none')}</p>;
  return (
    <>
      <p class="hint">{t('debrief.blocked.help')}</p>
      <div class="table-wrap">
        <table class="table blocked">
          <caption class="visually-hidden">{t('debrief.blocked')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bar.round')}</th>
              <th scope="col">{t('debrief.blocked.col.item')}</th>
              <th scope="col">{t('debrief.blocked.col.who')}</th>
              <th scope="col">{t('debrief.blocked.col.position')}</th>
              <th scope="col">{t('debrief.blocked.col.why')}</th>
              <th scope="col">{t('debrief.blocked.col.then')}</th>
              <th scope="col">{t('debrief.blocked.col.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.index} class={`blocked__row blocked__row--${e.resolution.kind}`}>
                <td class="num">{c.scenario.calendar.startYear + e.round - 1}</td>
                <td>{proposalTitle(c, game, e.proposal)}</td>
                <th scope="row">{delegationName(c, e.by)}{names[e.by]?.trim() ? <span class="hint"> ({names[e.by]!.trim()})</span> : null}</th>
                <td class={`stance stance--${e.stance}`}>{t(`stance.${e.stance}`)}{e.amendment ? ` (${t(`amendment.${e.amendment}`)})` : ''}</td>
                <td class="reason">{reasonText(c, game, e.reason) ?? t('debrief.blocked.no-reason')}</td>
                <td>{thenText(c, game, e.resolution, e.outcome)}</td>
                <td>{t(`debrief.outcome.${e.outcome}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
