/** A flashpoint stage as a badge: colour and shape (as the map draws it) and the stage's name. */
import type { Stage } from '../../scenario/schema';
import { useGame } from '../context';

/** The same shapes as the map's markers, so stage never depends on colour alone. */
const SHAPES: Record<Stage, string> = { stable: '●', strained: '◯', crisis: '▲', conflict: '✸' };

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useGame();
  return (
    <span class={`badge stage stage--${stage}`}>
      <span aria-hidden="true">{SHAPES[stage]} </span>
      {t(`stage.${stage}`)}
    </span>
  );
}
