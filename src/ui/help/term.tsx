/**
 * A game term with its short explanation: the term is focusable, its definition is its
 * accessible description and shows as a tooltip on hover or focus.
 */
import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { usePrefs } from '../context';
import { termDefinition, type TermId } from './glossary';

export function Term({ id, children }: { id: TermId; children: ComponentChildren }) {
  const { t } = usePrefs();
  const tip = useId();
  return (
    <span class="term">
      <dfn class="term__word" tabIndex={0} aria-describedby={tip}>{children}</dfn>
      <span class="term__tip" role="tooltip" id={tip}>{t(termDefinition(id))}</span>
    </span>
  );
}
