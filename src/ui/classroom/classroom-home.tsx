/**
 * The classroom's start page: set up a new session, continue where play stopped (the newest
 * autosave) or go back to an earlier one, and open a session file. A file is checked through and
 * through before it is used; a corrupt or foreign one is refused with the reason and changes nothing.
 */
import { useId, useState } from 'preact/hooks';
import type { CheckedSession, ScenarioResolver } from '../../session/check';
import { readSessionFile } from '../../session/file';
import { listClasses, listSaves, loadSave, type SaveEntry, type SessionStorage } from '../../session/store';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { PrefsControls } from '../prefs-controls';
import { problemText } from './problem-text';
import { ConsolesSection } from '../network/consoles-section';

interface Props {
  storage: SessionStorage | null;
  resolve: ScenarioResolver;
  /** A problem to show on arrival (a save that could not be resumed after a reload). */
  notice?: string;
  onNew(): void;
  /** Opens a session; `key` is the stored save it resumes, absent for an imported file. */
  onOpen(session: CheckedSession, key?: string): void;
  onBack(): void;
}

export function ClassroomHome({ storage, resolve, notice, onNew, onOpen, onBack }: Props) {
  const { t, lang } = usePrefs();
  const fileId = useId();
  const [saves] = useState<SaveEntry[]>(() => (storage ? listSaves(storage) : []));
  const [problem, setProblem] = useState(notice ?? '');
  const [busy, setBusy] = useState(false);

  const title = (e: Extract<SaveEntry, { ok: true }>) => {
    if (e.scenario.kind === 'file') return e.scenario.fileName;
    const r = resolve(e.scenario);
    return r.ok ? localize(r.scenario.meta.title, lang) : e.scenario.id;
  };
  const open = (key: string) => {
    if (!storage) return;
    const r = loadSave(storage, key, resolve);
    if (r.ok) onOpen(r.value, key);
    else setProblem(t('classroom.save-problem', { reason: problemText(t, r.problem) }));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      const r = readSessionFile(await file.text(), resolve);
      if (r.ok) onOpen(r.value);
      else setProblem(t('classroom.file-problem', { file: file.name, reason: problemText(t, r.problem) }));
    } finally {
      setBusy(false);
    }
  };
  const newest = saves.find((s) => s.ok);
  const classes = listClasses(saves);
  const damaged = saves.filter((e) => !e.ok);
  type Ok = Extract<SaveEntry, { ok: true }>;
  const meta = (e: Ok) => {
    const teams = e.teams.length ? e.teams.join(', ') : t('classroom.class.no-teams');
    const when = new Date(e.savedAt).toLocaleString(lang);
    const mode = t(`setup.mode.${e.mode}`);
    return e.round === null ? t('classroom.class.meta.no-round', { mode, teams, when }) : t('classroom.class.meta', { mode, teams, round: e.round, when });
  };

  return (
    <div class="start classroom-page">
      <header class="start__header">
        <h1>{t('classroom.title')}</h1>
        <p class="start__tagline">{t('classroom.tagline')}</p>
        <PrefsControls />
        <button type="button" class="button button--quiet" onClick={onBack}>{t('classroom.back-to-solo')}</button>
      </header>
      <main id="main" class="classroom-page__main">
        {problem && <p role="alert" class="notice notice--bad classroom-page__wide">{problem}</p>}
        <section class="start__column" aria-labelledby="cls-new">
          <h2 id="cls-new">{t('classroom.new')}</h2>
          <p>{t('classroom.new.help')}</p>
          <button type="button" class="button button--primary button--large" onClick={onNew}>{t('classroom.new.button')}</button>
          <h2 class="classroom-page__sub">{t('classroom.import')}</h2>
          <p id={`${fileId}-hint`}>{t('classroom.import.help')}</p>
          <input
            id={fileId} class="file-input" type="file" accept=".json,application/json" aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void importFile(input.files?.[0]);
              input.value = '';
            }}
          />
          <label for={fileId} class="button">{t('classroom.import.button')}</label>
          <p role="status">{busy ? t('classroom.import.checking') : ''}</p>
        </section>
        <ConsolesSection />
        <section class="start__column classroom-page__saves" aria-labelledby="cls-saves">
          <h2 id="cls-saves">{t('classroom.saves')}</h2>
          {newest?.ok && (
            <p>
              <button type="button" class="button button--primary button--large" onClick={() => open(newest.key)}>{t('classroom.continue')}</button>
            </p>
          )}
          {saves.length === 0 ? <p>{t('classroom.saves.none')}</p> : (
            <ol class="save-list">
              {classes.map((g) => {
                const [latest, ...earlier] = g.saves;
                if (!latest) return null;
                const name = latest.name || t('classroom.class.unnamed');
                return (
                  <li key={g.id} class="card" data-session={g.id}>
                    <p class="card__title">{name}</p>
                    <p class="card__meta">{title(latest)}{latest.locked ? ` · ${t('classroom.class.locked')}` : ''}</p>
                    <p class="card__meta">{meta(latest)}</p>
                    <button type="button" class="button" onClick={() => open(latest.key)}>{t('classroom.class.continue', { name })}</button>
                    {earlier.length > 0 && (
                      <details class="save-list__earlier">
                        <summary>{t('classroom.class.earlier', { n: earlier.length })}</summary>
                        <ol class="plain-list">
                          {earlier.map((e) => (
                            <li key={e.key}>
                              <button type="button" class="button button--quiet" onClick={() => open(e.key)}>{t('classroom.save.open', { when: new Date(e.savedAt).toLocaleTimeString(lang) })}</button>
                              <span class="hint"> {meta(e)}</span>
                            </li>
                          ))}
                        </ol>
                      </details>
                    )}
                  </li>
                );
              })}
              {damaged.map((e) => <li key={e.key} class="card"><p class="tone--bad">{!e.ok && t('classroom.save.damaged', { reason: problemText(t, e.problem) })}</p></li>)}
            </ol>
          )}
        </section>
      </main>
    </div>
  );
}
