/** The saved game, if any: what it is and a button to continue it; or why it cannot be restored. */
import { useMemo } from 'preact/hooks';
import { gameChunk } from '../game-loader';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import type { SaveLoad } from '../save';
import { resolveScenario } from '../scenario-source';

interface Props {
  saved: SaveLoad;
  resumeError: string | null;
  onResume(): void;
}

export function ContinueGame({ saved, resumeError, onResume }: Props) {
  const { t, lang } = usePrefs();
  // The game's code is fetched before the first render when there is a save (main.ts); should the
  // fetch have failed, the game is offered to continue and resuming says what went wrong.
  const finished = useMemo(() => saved.kind === 'ok' && (gameChunk()?.savedGameFinished(saved.record) ?? false), [saved]);
  if (saved.kind === 'none') return null;
  if (saved.kind === 'corrupt' || resumeError) {
    return (
      <section class="start__continue notice notice--bad" aria-labelledby="continue-heading">
        <h2 id="continue-heading">{t('start.continue.heading')}</h2>
        <p role="alert">{t('start.continue.corrupt', { reason: saved.kind === 'corrupt' ? saved.reason : resumeError ?? '' })}</p>
        <p>{t('start.continue.kept')}</p>
      </section>
    );
  }
  const r = saved.record;
  const result = resolveScenario(r.scenario);
  const scenario = result.ok ? result.scenario : null;
  const title = scenario ? localize(scenario.meta.title, lang) : r.scenario.kind === 'file' ? r.scenario.fileName : r.scenario.id;
  const def = scenario?.delegations.find((d) => d.id === r.me);
  const when = new Date(r.savedAt);
  return (
    <section class="start__continue notice" aria-labelledby="continue-heading">
      <h2 id="continue-heading">{t('start.continue.heading')}</h2>
      <p>
        {t('start.continue.what', {
          scenario: title,
          delegation: def ? localize(def.name, lang) : r.me,
          when: Number.isNaN(when.getTime()) ? r.savedAt : when.toLocaleString(lang),
          n: r.actions.length,
        })}
      </p>
      {finished && <p>{t('start.continue.finished')}</p>}
      <button type="button" class="button button--primary" onClick={onResume}>{finished ? t('start.continue.result') : t('start.continue.button')}</button>
    </section>
  );
}

