/**
 * A modal dialog on the native <dialog> element: the browser traps focus inside and closes it
 * on Escape; on closing, focus returns to where it was before the dialog opened.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  title: string;
  onClose(): void;
  children: ComponentChildren;
  /** The label of the closing button. */
  closeLabel: string;
  wide?: boolean;
}

export function Modal({ title, onClose, children, closeLabel, wide = false }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      // The control that opened the dialog may be gone (a round ended); the panel heading is home then.
      if (before && document.contains(before) && before !== document.body) before.focus();
      else document.querySelector<HTMLElement>('#main h2')?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      class={`modal${wide ? ' modal--wide' : ''}`}
      aria-labelledby="modal-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div class="modal__head">
        <h2 id="modal-title" tabIndex={-1} data-autofocus>{title}</h2>
      </div>
      <div class="modal__body" tabIndex={0}>{children}</div>
      <div class="modal__foot">
        <button type="button" class="button button--primary" onClick={onClose}>{closeLabel}</button>
      </div>
    </dialog>
  );
}
