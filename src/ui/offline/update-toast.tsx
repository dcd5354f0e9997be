/**
 * The installable app's service worker: registered once the page has loaded, it precaches the
 * whole build so a game starts and plays with the network gone. A new version is only offered
 * ("reload"), never forced: reloading mid-game is the player's choice, and the game is saved.
 */
import { useEffect } from 'preact/hooks';
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { usePrefs } from '../context';

const OFFLINE_NOTE_MS = 8000;

export function UpdateToast() {
  const { t } = usePrefs();
  const { needRefresh: [needRefresh, setNeedRefresh], offlineReady: [offlineReady, setOfflineReady], updateServiceWorker } = useRegisterSW({
    immediate: true,
  });
  // "Works offline" is news, not a question: it never takes a click, and it clears itself after a
  // while or as soon as the player does anything, so it never hides what they reach for.
  useEffect(() => {
    if (!offlineReady || needRefresh) return;
    const clear = () => setOfflineReady(false);
    const timer = setTimeout(clear, OFFLINE_NOTE_MS);
    const events = ['pointerdown', 'keydown', 'wheel'] as const;
    for (const e of events) window.addEventListener(e, clear, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const e of events) window.removeEventListener(e, clear, { capture: true });
    };
  }, [offlineReady, needRefresh]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div class={`update-toast${needRefresh ? '' : ' update-toast--note'}`} role="status" aria-live="polite">
      <p>{needRefresh ? t('offline.update-ready') : t('offline.ready')}</p>
      {needRefresh && <button type="button" class="button button--primary" onClick={() => void updateServiceWorker(true)}>{t('offline.reload')}</button>}
      {needRefresh && <button type="button" class="button button--quiet" onClick={() => setNeedRefresh(false)}>{t('offline.dismiss')}</button>}
    </div>
  );
}
