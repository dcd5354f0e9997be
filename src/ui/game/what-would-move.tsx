/**
 * "What would move them", shown under an agenda item or the item before the plenary: a toggle
 * that opens, for every other delegation, its expected position and why, and the levers that
 * would change it (a weaker text, a package, trust, talks, an offer). The estimate is computed
 * from the player's own view only (src/ai/levers.ts), and only while the panel is open.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { isDifficulty, type Difficulty } from '../../ai/difficulty';
import { itemsInPlay, termsOf, viewerContext, whatWouldMove, type KnownRedLine, type Lever, type Terms } from '../../ai/levers';
import { checkAction, indexScenario, trustOf, type Action, type GameState } from '../../engine';
import { MAX_OFFER_INFLUENCE } from '../../engine/rules/consultations';
import { formatNumber } from '../../i18n';
import { useGame, type GameUi } from '../context';
import { delegationName, flashpointName, flashpointStageIn, measureTitle, packageTitle } from '../names';
import { reasonText } from '../reason-text';
import { ActionButton } from './action-button';
import { DelegationLink } from './delegation-link';

const SYMBOL = { support: '✓', reservation: '≈', objection: '✗', abstain: '○' } as const;

/** The difficulty the AI delegations play at, when the session says (solo and classroom games do). */
function difficultyOf(g: GameUi): Difficulty {
  const d = (g.session as { difficulty?: unknown }).difficulty;
  return typeof d === 'string' && isDifficulty(d) ? d : 'normal';
}

/**
 * The game as it stood when the AI delegations last finished acting: an open panel is computed
 * again once they are done, not after each of their moves.
 */
function useSettledGame(g: GameUi): GameState {
  const ref = useRef(g.game);
  if (!g.session.aiBusy) ref.current = g.game;
  return ref.current;
}

/** One lever in words, with the position it would bring. */
export function leverText(g: GameUi, game: GameState, who: string, proposer: string, lever: Lever): string {
  const { t } = g;
  const stance = t(`stance.${lever.stance}`);
  const named = (id: string) => (id === g.me ? `${delegationName(g, id)} (${t('you')})` : delegationName(g, id));
  switch (lever.code) {
    case 'amend': return t('levers.amend', { amendment: t(`amendment.${lever.amendment}`), stance });
    case 'package': return t('levers.package', { proposal: packageTitle(g, game, lever.with), stance });
    case 'trust': return t('levers.trust', { proposer: named(proposer), trust: lever.trust, now: formatNumber(g.lang, Math.round(trustOf(game, who, proposer))), stance });
    case 'talks': return t('levers.talks', { proposer: named(lever.proposer), stance });
    case 'offer-influence': return t('levers.offer-influence', { amount: lever.amount, stance });
    case 'offer-support': return t('levers.offer-support', { proposal: packageTitle(g, game, lever.proposal), stance });
  }
}

/** The move a lever names, whether or not the rules would let the viewer make it now. */
function leverMove(g: GameUi, who: string, proposal: string, lever: Lever): Action | null {
  const ask = { kind: 'support' as const, proposal };
  if (lever.code === 'offer-influence') return { type: 'consult.offer', by: g.me, to: who, give: { kind: 'influence', amount: lever.amount }, ask };
  if (lever.code === 'offer-support') return { type: 'consult.offer', by: g.me, to: who, give: { kind: 'support', proposal: lever.proposal }, ask };
  if (lever.code === 'talks' && lever.proposer === g.me) return { type: 'consult.talks', by: g.me, with: who };
  return null;
}

/**
 * The move a lever names, when the viewer can make it now: an offer to this delegation for its
 * support on the item, or talks with it when the viewer is the proposer. The rules decide, not
 * the listing: an offer may ask support for anyone's item, not only the viewer's own.
 */
export function leverAction(g: GameUi, game: GameState, who: string, proposal: string, lever: Lever): Action | null {
  const action = leverMove(g, who, proposal, lever);
  return action && !checkAction(g.scenario, game, action) ? action : null;
}

/**
 * The influence the viewer lacks for the move a lever names, when that alone stops it: the
 * lever still works, so the player is told its price and purse rather than left without a button.
 */
export function leverShortfall(g: GameUi, game: GameState, who: string, proposal: string, lever: Lever): { cost: number; have: number } | null {
  const action = leverMove(g, who, proposal, lever);
  const r = action && checkAction(g.scenario, game, action);
  if (!r || r.code !== 'insufficient-influence') return null;
  return { cost: Number(r.params?.cost ?? 0), have: Number(r.params?.have ?? 0) };
}

function redLineText(g: GameUi, r: KnownRedLine): string {
  if (r.kind === 'measure') return g.t(r.weakened ? 'levers.red-line.measure-weakened' : 'levers.red-line.measure', { measure: measureTitle(g, r.measure) });
  return g.t(r.kind === 'military' ? 'levers.red-line.military' : 'levers.red-line.energy-bloc');
}

/** Packages shown by name; the rest are counted, so that a long agenda does not bury the other levers. */
const PACKAGES_SHOWN = 2;

function packagesFirst(levers: readonly Lever[]): Lever[] {
  return levers.filter((l) => l.code === 'package').sort((a, b) => (b.stance === 'support' ? 1 : 0) - (a.stance === 'support' ? 1 : 0));
}

function shown(levers: readonly Lever[]): Lever[] {
  const keep = new Set(packagesFirst(levers).slice(0, PACKAGES_SHOWN));
  return levers.filter((l) => l.code !== 'package' || keep.has(l));
}

function morePackages(levers: readonly Lever[]): number {
  return Math.max(0, packagesFirst(levers).length - PACKAGES_SHOWN);
}

/** One delegation's terms on one item; `head` names what the row is about (the delegation, or the item in a dossier). */
function Row({ row, proposer, proposal, head }: { row: Terms; proposer: string; proposal: string; head: ComponentChildren }) {
  const g = useGame();
  const { t, game } = g;
  const text = (lever: Lever) => leverText(g, game, row.who, proposer, lever);
  const reason = reasonText(g, game, row.reason);
  const beyondCap = row.offerBeyondCap === undefined ? null : t('levers.offer-beyond-cap', { amount: row.offerBeyondCap, max: MAX_OFFER_INFLUENCE });
  return (
    <li class="levers__row">
      <p class="levers__who">
        {head}{' '}
        <span class={`stance stance--${row.stance}`}>
          <span aria-hidden="true">{SYMBOL[row.stance]} </span>
          {t(`stance.${row.stance}`)}
          {row.amendment && <span class="stance__amend"> ({row.stance === 'objection' ? t('stance.unless', { amendment: t(`amendment.${row.amendment}`) }) : t(`amendment.${row.amendment}`)})</span>}
        </span>
        {row.stated && <span class="hint"> · {t('levers.stated')}</span>}
      </p>
      {reason && <p class="reason">{reason}</p>}
      {row.redLines.map((r, i) => <p key={i} class="reason levers__red-line">{redLineText(g, r)}</p>)}
      {row.unseen.map((u, i) => (
        <p key={`u${i}`} class="reason levers__unseen">
          {t('levers.unseen.crisis', { flashpoint: flashpointName(g, u.flashpoint), measure: measureTitle(g, u.measure), stage: flashpointStageIn(g, game, u.flashpoint) })}
          {u.exempt && ` ${t('levers.unseen.exempt', { amendment: t('amendment.exempt-crisis') })}`}
        </p>
      ))}
      {row.stance !== 'support' && <p class="levers__move-label">{t('levers.move')}:</p>}
      {row.stance === 'support' ? null : row.levers.length === 0
        ? <p class={beyondCap ? 'reason levers__beyond-cap' : 'reason'}>{beyondCap ?? t(row.stance === 'objection' ? 'levers.none' : 'levers.none.abstain')}</p>
        : (
          <ul class="levers__list">
            {shown(row.levers).map((l, i) => {
              const action = g.session.aiBusy ? null : leverAction(g, game, row.who, proposal, l);
              const short = action ? null : leverShortfall(g, game, row.who, proposal, l);
              return (
                <li key={i}>
                  {text(l)}
                  {short && <span class="levers__short">{t('levers.cannot-afford', { cost: short.cost, have: short.have })}</span>}
                  {action && <ActionButton action={action} short={t(action.type === 'consult.talks' ? 'levers.do.talks' : 'levers.do.offer')} />}
                </li>
              );
            })}
            {morePackages(row.levers) > 0 && <li>{t('levers.package-more', { n: morePackages(row.levers) })}</li>}
            {beyondCap && <li class="levers__beyond-cap">{beyondCap}</li>}
          </ul>
        )}
    </li>
  );
}

function LeversList({ proposal, regionId }: { proposal: string; regionId: string }) {
  const g = useGame();
  const { t, game, scenario, me } = g;
  const difficulty = difficultyOf(g);
  const settled = useSettledGame(g);
  const item = useMemo(() => whatWouldMove(viewerContext(scenario, settled, me, difficulty), proposal), [settled, scenario, me, proposal, difficulty]);
  // A supporter that may still object on grounds the viewer cannot see is listed too.
  const moving = item.rows.filter((r) => r.stance !== 'support' || r.unseen.length > 0);
  const supporters = item.rows.length - moving.length;
  return (
    <section id={regionId} class="levers" aria-label={t('levers.region', { proposal: packageTitle(g, game, proposal) })}>
      <p class="hint">{t('levers.help')}</p>
      {moving.length === 0 ? <p>{t('levers.everyone-supports')}</p> : (
        <>
          <ul class="levers__rows" aria-label={t('levers.caption')}>
            {moving.map((row) => <Row key={row.who} row={row} proposer={item.proposer} proposal={proposal} head={<DelegationLink id={row.who} />} />)}
          </ul>
          {supporters > 0 && <p class="hint">{t('levers.others-support', { n: supporters })}</p>}
        </>
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
      {open && <LeversList proposal={proposal} regionId={regionId} />}
    </div>
  );
}

function DelegationTerms({ who, regionId }: { who: string; regionId: string }) {
  const g = useGame();
  const { t, game, scenario, me } = g;
  const difficulty = difficultyOf(g);
  const settled = useSettledGame(g);
  const rows = useMemo(() => {
    const ctx = viewerContext(scenario, settled, me, difficulty);
    return itemsInPlay(settled).filter((id) => settled.proposals[id]!.proposer !== who).map((id) => ({ id, terms: termsOf(ctx, who, id) }));
  }, [settled, scenario, me, who, difficulty]);
  return (
    <section id={regionId} class="levers" aria-label={t('levers.dossier.region', { name: delegationName(g, who) })}>
      <p class="hint">{t('levers.help')}</p>
      {rows.length === 0 ? <p>{t('levers.dossier.none')}</p> : (
        <ul class="levers__rows" aria-label={t('levers.dossier.caption')}>
          {rows.map(({ id, terms }) => <Row key={id} row={terms} proposer={game.proposals[id]!.proposer} proposal={id} head={<strong>{packageTitle(g, game, id)}</strong>} />)}
        </ul>
      )}
    </section>
  );
}

/** In a delegation's dossier: its expected position on every item still to be decided, and what would move it. */
export function DossierTerms({ who }: { who: string }) {
  const g = useGame();
  const [open, setOpen] = useState(false);
  const regionId = `levers-of-${who}`;
  if (who === g.me || !indexScenario(g.scenario).voters.includes(who) || itemsInPlay(g.game).length === 0) return null;
  return (
    <div class="levers__wrap">
      <button type="button" class="button button--quiet" aria-expanded={open} aria-controls={open ? regionId : undefined} onClick={() => setOpen(!open)}>
        {g.t(open ? 'levers.dossier.hide' : 'levers.dossier.toggle')}
      </button>
      {open && <DelegationTerms who={who} regionId={regionId} />}
    </div>
  );
}
