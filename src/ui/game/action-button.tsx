/**
 * A button that sends one legal action, with its cost and effect preview next to it (and tied
 * to it with aria-describedby, so a screen reader reads the preview after the name).
 */
import { useId } from 'preact/hooks';
import type { Action } from '../../engine';
import { actionLabel } from '../action-label';
import { useGame } from '../context';
import { preview } from '../previews';

interface Props {
  action: Action;
  /** A shorter visible label where the context already says the rest; the accessible name stays full. */
  short?: string;
  variant?: 'primary' | 'danger' | 'default';
  /** Hide the preview (when the surrounding text already gives it). */
  bare?: boolean;
}

export function ActionButton({ action, short, variant = 'default', bare = false }: Props) {
  const g = useGame();
  const id = useId();
  const label = actionLabel(g, g.game, action);
  const lines = bare ? [] : preview(g, action);
  return (
    <div class="action">
      <button
        type="button"
        class={`button button--${variant}`}
        aria-label={short ? label : undefined}
        aria-describedby={lines.length ? id : undefined}
        disabled={!!g.session.heldBack}
        onClick={() => g.act(action)}
      >
        {short ?? label}
      </button>
      {lines.length > 0 && (
        <span id={id} class="action__preview">
          {lines.map((l, i) => <span key={i} class="action__line">{l}</span>)}
        </span>
      )}
    </div>
  );
}
