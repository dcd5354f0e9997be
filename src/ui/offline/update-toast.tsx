/**
 * The installable app's service worker: registered once the page has loaded, it precaches the
 * whole build so a game starts and plays with the network gone. A new version is only offered
 * ("reload"), never forced: reloading mid-game is the player's choice, and the game is saved.
 */
import { useRegisterSW } from 'virtual:pwa-register/preact';
import { usePrefs } from '../context';

export function UpdateToast() {
  const { t } = usePrefs();
  const { needRefresh: [needRefresh, setNeedRefresh], offlineReady: [offlineReady, setOfflineReady], updateServiceWorker } = useRegisterSW({
    immediate: true,
  });
  if (!needRefresh && !offlineReady) return null;
  return (
    <div class="update-toast" role="status" aria-live="polite">
      <p>{needRefresh ? t('offline.update-ready') : t('offline.ready')}</p>
      {needRefresh && <button type="button" class="button button--primary" onClick={() => void updateServiceWorker(true)}>{t('offline.reload')}</button>}
      <button type="button" class="button button--quiet" onClick={() => { setNeedRefresh(false); setOfflineReady(false); }}>{t('offline.dismiss')}</button>
    </div>
  );
}
