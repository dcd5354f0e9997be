/**
 * "What would move them", shown under an agenda item or the item before the plenary: a toggle
 * that opens, for every other delegation, its expected position and why, and the levers that
 * would change it (a weaker text, a package, trust, talks, an offer). The estimate is computed
 * from the player's own view only (src/ai/levers.ts), and only while the panel is open.
 */
import { useMemo, useState } from 'preact/hooks';
import { isDifficulty, type Difficulty } from '../../ai/difficulty';
import { viewerContext, whatWouldMove, type KnownRedLine, type Lever, type Terms } from '../../ai/levers';
import { trustOf, type GameState } from '../../engine';
import { formatNumber } from '../../i18n';
import { useGame, type GameUi } from '../context';
import { delegationName, measureTitle, packageTitle } from '../names';
import { reasonText } from '../reason-text';
import { DelegationLink } from './delegation-link';

const SYMBOL = { support: '✓', reservation: '≈', objection: '✗', abstain: '○' } as const;

/** The difficulty the AI delegations play at, when the session says (solo and classroom games do). */
function difficultyOf(g: GameUi): Difficulty {
  const d = (g.session as { difficulty?: unknown }).difficulty;
  return typeof d === 'string' && isDifficulty(d) ? d : 'normal';
}

/** One lever in words, with the position it would bring. */
export function leverText(g: GameUi, game: GameState, who: string, proposer: string, lever: Lever): string {
  const { t } = g;
  const stance = t(`stance.${lever.stance}`);
  switch (lever.code) {
    case 'amend': return t('levers.amend', { amendment: t(`amendment.${lever.amendment}`), stance });
    case 'package': return t('levers.package', { proposal: packageTitle(g, game, lever.with), stance });
    case 'trust': return t('levers.trust', { proposer: delegationName(g, proposer), trust: lever.trust, now: formatNumber(g.lang, Math.round(trustOf(game, who, proposer))), stance });
    case 'talks': return t('levers.talks', { proposer: delegationName(g, lever.proposer), stance });
    case 'offer-influence': return t('levers.offer-influence', { amount: lever.amount, stance });
    case 'offer-support': return t('levers.offer-support', { proposal: packageTitle(g, game, lever.proposal), stance });
  }
}

function redLineText(g: GameUi, r: KnownRedLine): string {
  if (r.kind === 'measure') return g.t(r.weakened ? 'levers.red-line.measure-weakened' : 'levers.red-line.measure', { measure: measureTitle(g, r.measure) });
  return g.t(r.kind === 'military' ? 'levers.red-line.military' : 'levers.red-line.energy-bloc');
}

function Row({ row, proposer }: { row: Terms; proposer: string }) {
  const g = useGame();
  const { t, game } = g;
  const text = (lever: Lever) => leverText(g, game, row.who, proposer, lever);
  return (
    <tr>
      <th scope="row"><DelegationLink id={row.who} /></th>
      <td class={`stance stance--${row.stance}`}>
        <span aria-hidden="true">{SYMBOL[row.stance]} </span>
        {t(`stance.${row.stance}`)}
        {row.amendment && <span class="stance__amend"> ({row.stance === 'objection' ? t('stance.unless', { amendment: t(`amendment.${row.amendment}`) }) : t(`amendment.${row.amendment}`)})</span>}
        {row.stated && <span class="hint"> · {t('levers.stated')}</span>}
      </td>
      <td class="reason">
        {reasonText(g, game, row.reason) ?? ''}
        {row.redLines.map((r, i) => <span key={i} class="levers__red-line"><br />{redLineText(g, r)}</span>)}
      </td>
      <td class="reason">
        {row.stance === 'support' ? t('levers.supports')
          : row.levers.length === 0 ? t(row.stance === 'objection' ? 'levers.none' : 'levers.none.abstain')
            : <ul class="plain-list levers__list">{row.levers.map((l, i) => <li key={i}>{text(l)}</li>)}</ul>}
      </td>
    </tr>
  );
}

function LeversTable({ proposal, regionId }: { proposal: string; regionId: string }) {
  const g = useGame();
  const { t, game, scenario, me } = g;
  const difficulty = difficultyOf(g);
  const item = useMemo(() => whatWouldMove(viewerContext(scenario, game, me, difficulty), proposal), [game, scenario, me, proposal, difficulty]);
  const rows = [...item.rows].sort((a, b) => (a.stance === 'support' ? 1 : 0) - (b.stance === 'support' ? 1 : 0));
  const moving = rows.filter((r) => r.stance !== 'support');
  return (
    <section id={regionId} class="levers" aria-label={t('levers.region', { proposal: packageTitle(g, game, proposal) })}>
      <p class="hint">{t('levers.help')}</p>
      {moving.length === 0 ? <p>{t('levers.everyone-supports')}</p> : (
        <div class="table-wrap">
          <table class="table positions">
            <caption class="visually-hidden">{t('levers.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('col.delegation')}</th>
                <th scope="col">{t('levers.col.expected')}</th>
                <th scope="col">{t('col.reason')}</th>
                <th scope="col">{t('levers.col.move')}</th>
              </tr>
            </thead>
            <tbody>
              {moving.map((row) => <Row key={row.who} row={row} proposer={item.proposer} />)}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The toggle and, when open, the table for one tabled proposal. */
export function WhatWouldMove({ proposal }: { proposal: string }) {
  const g = useGame();
  const [open, setOpen] = useState(false);
  const regionId = `levers-${proposal}`;
  if (!g.game.proposals[proposal] || g.game.proposals[proposal]!.status !== 'tabled') return null;
  return (
    <div class="levers__wrap">
      <button type="button" class="button button--quiet" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen(!open)}>
        {g.t(open ? 'levers.toggle.hide' : 'levers.toggle')}
      </button>
      {open && <LeversTable proposal={proposal} regionId={regionId} />}
    </div>
  );
}
