/**
 * The workbench, loaded on first use: CodeMirror and the workbench's code are a chunk of their
 * own, fetched only when an author opens it, so the start page's JavaScript does not grow.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePrefs } from '../context';
import type { NewGame } from '../new-game';

/** The address of the workbench, so that a reload comes back to it. */
export const WORKBENCH_HASH = '#workbench';

interface Props {
  onBack(): void;
  onStart(game: NewGame): void;
}

export function LazyWorkbench(props: Props) {
  const { t } = usePrefs();
  const [Screen, setScreen] = useState<ComponentType<Props> | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    import('./workbench-screen').then((m) => setScreen(() => m.WorkbenchScreen), (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
  }, []);
  if (failed) return <p role="alert">{t('workbench.load-failed', { reason: failed })}</p>;
  return Screen ? <Screen {...props} /> : <p role="status">{t('workbench.loading')}</p>;
}
