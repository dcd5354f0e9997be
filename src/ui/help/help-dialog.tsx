/**
 * The rules in the game, opened by the help button on every screen: the blocks of
 * how-to-play rendered as elements (never as HTML), then the glossary of the game's terms.
 */
import { Fragment } from 'preact';
import { useEffect, useId, useRef } from 'preact/hooks';
import { usePrefs } from '../context';
import { TERMS, termDefinition, termLabel } from './glossary';
import type { Block, Inline, MdList } from './markdown';
import { rulesBlocks } from './rules-text';

function InlineText({ parts }: { parts: Inline[] }) {
  return (
    <>
      {parts.map((p, i) => p.kind === 'strong' ? <strong key={i}>{p.text}</strong> : p.kind === 'em' ? <em key={i}>{p.text}</em> : <Fragment key={i}>{p.text}</Fragment>)}
    </>
  );
}

function ListView({ list }: { list: MdList }) {
  const items = list.items.map((item, i) => (
    <li key={i}>
      <InlineText parts={item.inline} />
      {item.children && <ListView list={item.children} />}
    </li>
  ));
  return list.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function BlockView({ block }: { block: Block }) {
  if (block.kind === 'heading') return block.level <= 1 ? null : <h3>{block.text}</h3>;
  if (block.kind === 'paragraph') return <p><InlineText parts={block.inline} /></p>;
  return <ListView list={block} />;
}

export function HelpDialog({ onClose }: { onClose(): void }) {
  const { t, lang } = usePrefs();
  const ref = useRef<HTMLDialogElement>(null);
  const title = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement as HTMLElement | null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('h2')?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (before && document.contains(before)) before.focus();
    };
  }, []);
  return (
    <dialog ref={ref} class="modal modal--wide help" aria-labelledby={title} lang={lang} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <div class="modal__head"><h2 id={title} tabIndex={-1}>{t('help.title')}</h2></div>
      <div class="modal__body help__body" tabIndex={0}>
        {rulesBlocks(lang).map((b, i) => <BlockView key={i} block={b} />)}
        <h3>{t('help.glossary')}</h3>
        <dl class="help__glossary">
          {TERMS.map((id) => (
            <Fragment key={id}>
              <dt><dfn>{t(termLabel(id))}</dfn></dt>
              <dd>{t(termDefinition(id))}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
      <div class="modal__foot"><button type="button" class="button button--primary" onClick={onClose}>{t('help.close')}</button></div>
    </dialog>
  );
}
