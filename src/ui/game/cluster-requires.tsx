/**
 * The measures a Charter cluster needs adopted before it can be tabled, each marked: a tick and
 * the word "adopted" (for screen readers, which do not read the glyph) on those already met,
 * the plain title on those still to come, so the player sees at a glance what is left.
 */
import type { GameState } from '../../engine';
import { useGame } from '../context';
import { measureTitle } from '../names';

/** Each required measure with whether it is adopted, in the scenario's order. */
export function requirementMarks(game: GameState, requires: readonly string[]): { measure: string; met: boolean }[] {
  return requires.map((measure) => ({ measure, met: game.measures[measure]?.status === 'adopted' }));
}

/** The required measures, marked, inline. */
export function RequirementList({ requires }: { requires: readonly string[] }) {
  const g = useGame();
  const { t, game } = g;
  return (
    <>
      {requirementMarks(game, requires).map(({ measure, met }, i) => (
        <span key={measure} class={met ? 'req req--ok' : 'req req--open'}>
          {i > 0 ? ', ' : ''}
          {met && <span aria-hidden="true">✓ </span>}
          {measureTitle(g, measure)}
          <span class="visually-hidden"> ({t(met ? 'measure.req.ok' : 'measure.req.missing')})</span>
        </span>
      ))}
    </>
  );
}

/** A cluster card's line of required measures. */
export function ClusterRequires({ requires }: { requires: readonly string[] }) {
  const { t } = useGame();
  if (!requires.length) return null;
  return <p class="card__status">{t('cluster.requires')} <RequirementList requires={requires} /></p>;
}
