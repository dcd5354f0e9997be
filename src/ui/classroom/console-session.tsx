/** Taking back the last action, and the session's files and screens: export, debrief, printing, replay. */
import { useState } from 'preact/hooks';
import { PUBLIC } from '../../engine';
import { actionVisibleTo } from '../../debrief/replay-cursor';
import { makeSessionFile, sessionFileName } from '../../session/file';
import { actionLabel } from '../action-label';
import { usePrefs } from '../context';
import { delegationName } from '../names';
import type { ClassroomSession } from './classroom-session';
import { downloadText } from './download';

export type ClassroomView = 'debrief' | 'replay' | 'print';

export function ConsoleUndo({ session }: { session: ClassroomSession }) {
  const { t, lang } = usePrefs();
  const c = { scenario: session.scenario, lang, t };
  const [done, setDone] = useState('');
  const last = session.undoable();
  // The console may be on the shared screen: a private offer is named only as such.
  const what = last && (actionVisibleTo(session.game, last, PUBLIC) ? actionLabel(c, session.game, last) : t('console.undo.private'));
  const who = last ? (last.by === 'facilitator' ? t('console.undo.facilitator') : delegationName(c, last.by)) : '';
  return (
    <section class="console__section" aria-labelledby="console-undo">
      <h3 id="console-undo">{t('console.undo')}</h3>
      <p>{last ? t('console.undo.what', { who, what: what ?? '' }) : t('console.undo.nothing')}</p>
      <button type="button" class="button" disabled={!last || session.aiBusy} onClick={() => {
        const undone = session.undo();
        setDone(undone ? t('console.undo.done') : '');
      }}>{t('console.undo.button')}</button>
      <p role="status">{done}</p>
    </section>
  );
}

export function ConsoleFiles({ session, onView }: { session: ClassroomSession; onView(view: ClassroomView): void }) {
  const { t } = usePrefs();
  const [room, setRoom] = useState('');
  const exportFile = () => {
    const record = session.sessionRecord();
    downloadText(sessionFileName(record), makeSessionFile(record));
  };
  return (
    <section class="console__section" aria-labelledby="console-files">
      <h3 id="console-files">{t('console.session')}</h3>
      <div class="button-row">
        <button type="button" class="button" onClick={exportFile}>{t('console.export')}</button>
        <button type="button" class="button" onClick={() => onView('debrief')}>{t('console.debrief')}</button>
        <button type="button" class="button" onClick={() => onView('replay')}>{t('console.replay')}</button>
        <button type="button" class="button" onClick={() => onView('print')}>{t('console.print')}</button>
      </div>
      {session.storageFull && (
        <div class="notice notice--bad">
          <p>{t('classroom.storage-full')}</p>
          <div class="button-row">
            <button type="button" class="button button--primary" onClick={exportFile}>{t('console.export')}</button>
            <button type="button" class="button button--danger" onClick={() => {
              const n = session.makeRoom();
              setRoom(n === null ? t('classroom.storage-full.none') : t('classroom.storage-full.done', { n }));
            }}>{t('classroom.storage-full.room')}</button>
          </div>
        </div>
      )}
      <p role="status">{room}</p>
    </section>
  );
}
