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
  // "Works offline" is news, not a question: it clears itself and never takes a click.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setOfflineReady(false), OFFLINE_NOTE_MS);
    return () => clearTimeout(timer);
  }, [offlineReady]);
  if (!needRefresh && !offlineReady) return null;
  return (
    <div class={`update-toast${needRefresh ? '' : ' update-toast--note'}`} role="status" aria-live="polite">
      <p>{needRefresh ? t('offline.update-ready') : t('offline.ready')}</p>
      {needRefresh && <button type="button" class="button button--primary" onClick={() => void updateServiceWorker(true)}>{t('offline.reload')}</button>}
      {needRefresh && <button type="button" class="button button--quiet" onClick={() => setNeedRefresh(false)}>{t('offline.dismiss')}</button>}
    </div>
  );
}
