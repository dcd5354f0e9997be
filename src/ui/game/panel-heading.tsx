/** A panel's heading; focusable from script so that focus has a home when a used control disappears. */
import type { ComponentChildren } from 'preact';

export function PanelHeading({ title, children }: { title: string; children?: ComponentChildren }) {
  return (
    <div class="panel__head">
      <h2 tabIndex={-1}>{title}</h2>
      {children}
    </div>
  );
}
