/**
 * A screen loaded on first use: its code is a chunk of its own, fetched when the screen opens,
 * so the start page and the first game do not carry it. While it loads a status says so; a
 * chunk that cannot be fetched leaves an alert that says to reload.
 */
import type { ComponentType, JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePrefs } from './context';

/** A component that loads `load()`'s component the first time it renders, then shows it. */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): (props: P) => JSX.Element {
  let loaded: ComponentType<P> | null = null;
  return function LazyScreen(props: P) {
    const { t } = usePrefs();
    const [Screen, setScreen] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState<string | null>(null);
    useEffect(() => {
      if (Screen) return;
      load().then((c) => {
        loaded = c;
        setScreen(() => c);
      }, (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)));
    }, []);
    if (failed) return <p role="alert">{t('app.load-failed', { reason: failed })}</p>;
    return Screen ? <Screen {...props} /> : <p role="status">{t('app.loading')}</p>;
  };
}
