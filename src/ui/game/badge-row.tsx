/**
 * A row of badges that reads as separate words: pills stand apart on screen, and a comma that
 * only assistive technology (and a copied selection) meets keeps "adopted, sensitive" from
 * running together into "adoptedsensitive" in the row's text and accessible name.
 */
import { Fragment, toChildArray, type ComponentChildren } from 'preact';

export function BadgeRow({ children }: { children: ComponentChildren }) {
  const badges = toChildArray(children);
  return (
    <p class="card__meta badge-row">
      {badges.map((b, i) => (
        <Fragment key={i}>
          {i > 0 && <span class="visually-hidden">, </span>}
          {b}
        </Fragment>
      ))}
    </p>
  );
}
