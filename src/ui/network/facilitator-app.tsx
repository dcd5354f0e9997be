/**
 * The facilitator's console of a networked session, opened with the facilitator key this
 * device received when it created the session (the key is kept here and sent to no student):
 * who is connected, who has acted, who is idle; the clock; pause; end the phase; inject an
 * event; seats to the AI and back; undo; the idle-to-AI time; export; the debrief and replay.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { awaited, currentItem, replay, type Action, type GameState } from '../../engine';
import { localize } from '../../scenario/text';
import { makeSessionFile, sessionFileName } from '../../session/file';
import type { SessionRecord } from '../../session/record';
import { actionLabel } from '../action-label';
import { downloadText } from '../classroom/download';
import { usePrefs } from '../context';
import { DebriefApp } from '../debrief/debrief-app';
import { delegationList, delegationName, packageTitle } from '../names';
import { silentNames } from '../classroom/end-confirm';
import { PrefsControls } from '../prefs-controls';
import { PrintScreen } from '../print/print-screen';
import { READING_MINUTES } from '../classroom/setup-wizard';
import { DEFAULT_DURATIONS } from '../../flow/session.machine';
import { rememberConsole } from './consoles';
import { keyKey, NetClient } from './net-client';
import { CLASSROOM_HASH } from '../routes';
import { NetStatus } from './net-status';
import { useClient } from './use-client';

/** How long the answer to a command stays on the console. */
const NOTE_MS = 8000;

export function FacilitatorApp({ session, onExit }: { session: string; onExit(): void }) {
  const { t, lang } = usePrefs();
  const key = useMemo(() => {
    try {
      return localStorage.getItem(keyKey(session));
    } catch {
      return null;
    }
  }, [session]);
  const client = useMemo(() => (key ? new NetClient({ role: 'facilitator', session, key }) : null), [session, key]);
  useClient(client, true);
  const [note, setNote] = useState('');
  const [event, setEvent] = useState('');
  const [idle, setIdle] = useState('');
  const [debrief, setDebrief] = useState<{ record: SessionRecord; game: GameState } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [printing, setPrinting] = useState(false);
  // A note answers the last command; it goes once read, so it never stands beside a later state.
  useEffect(() => {
    if (!note) return;
    const timer = setTimeout(() => setNote(''), NOTE_MS);
    return () => clearTimeout(timer);
  }, [note]);
  const welcome = client?.welcome ?? null;
  const title = client?.view ? localize(client.view.scenario.meta.title, lang) : '';
  // The list of this device's consoles shows the session as the server names it (a console opened with the PIN knew only the code).
  useEffect(() => {
    if (key && welcome?.code && title) rememberConsole({ id: session, code: welcome.code, name: welcome.name ?? '', title, at: Date.now() }, key);
  }, [key, session, welcome?.code, welcome?.name, title]);
  if (!client) {
    return (
      <main id="main" class="classroom-page">
        <p role="alert" class="notice notice--bad">{t('net.fac.no-key')}</p>
        <p>{t('net.consoles.pin.help')}</p>
        <p><a class="button" href={CLASSROOM_HASH}>{t('net.fac.to-classroom')}</a></p>
      </main>
    );
  }
  const view = client.view;
  const status = client.status;
  if (!view) return <main id="main" class="classroom-page"><h1>{t('net.fac.title')}</h1><NetStatus client={client} seat={null} /></main>;
  const names = { scenario: view.scenario, lang, t };
  const run = async (c: Parameters<NetClient['command']>[0]) => {
    const r = await client.command<{ undone?: string; action?: Action; record?: SessionRecord }>(c);
    // The action taken back, in the words its button had (the type alone is a code).
    const undone = r.ok && r.undone ? (r.action ? actionLabel(names, view.game, r.action) : r.undone) : null;
    setNote(r.ok ? (undone ? t('net.fac.undone', { action: undone }) : t('net.fac.done')) : r.error.message);
    return r;
  };
  const exportRecord = async (): Promise<SessionRecord | null> => {
    const r = await run({ cmd: 'export' });
    return r.ok && r.record ? r.record : null;
  };
  if (printing) {
    return <PrintScreen scenario={view.scenario} names={Object.fromEntries((status?.seats ?? []).filter((x) => x.name).map((x) => [x.id, x.name]))}
      seats={Object.fromEntries((status?.seats ?? []).map((x) => [x.id, x.seat]))} durations={welcome?.durations ?? DEFAULT_DURATIONS} readingMinutes={welcome?.readingMinutes ?? READING_MINUTES} onBack={() => setPrinting(false)} />;
  }
  if (debrief) {
    return <DebriefApp scenario={view.scenario} seed={debrief.record.seed} game={debrief.game} actions={debrief.record.actions as Action[]} names={debrief.record.names} onBack={() => setDebrief(null)} />;
  }
  const paused = view.clock.paused;
  return (
    <div class="classroom-page net-facilitator" data-phase={view.game.phase} data-round={view.game.round} data-version={view.v}>
      <header class="start__header">
        <h1>{t('net.fac.title')}: {title}</h1>
        {welcome?.name && <p class="start__tagline">{welcome.name}</p>}
        <PrefsControls />
        <button type="button" class="button button--quiet" onClick={() => { client.close(); onExit(); }}>{t('classroom.leave')}</button>
      </header>
      <main id="main" class="classroom-page__main">
        <p>{t('net.fac.code', { code: status?.code ?? client.welcome?.code ?? '' })}{status?.codeExpired ? ` (${t('net.fac.code-expired')})` : ''} · {status?.joinUrl ?? ''} · {t('bar.round')} {t('bar.round.value', { round: view.game.round, rounds: view.scenario.calendar.rounds, year: view.scenario.calendar.startYear + view.game.round - 1 })} · {t(`phase.${view.game.phase}`)}</p>
        <NetStatus client={client} seat={null} />
        <div class="button-row">
          <button type="button" class="button" onClick={() => void run({ cmd: paused ? 'resume' : 'pause' })}>{paused ? t('net.fac.resume') : t('net.fac.pause')}</button>
          <button type="button" class="button" aria-expanded={confirming} onClick={() => setConfirming(true)}>{t('net.fac.end-phase')}</button>
          <button type="button" class="button" onClick={() => void run({ cmd: 'undo' })}>{t('net.fac.undo')}</button>
          <button type="button" class="button" onClick={() => void run({ cmd: 'new-code' })}>{t('net.fac.new-code')}</button>
          <a class="button" href={`#net/projector=${status?.code ?? client.welcome?.code ?? ''}`} target="_blank" rel="noopener">{t('net.fac.projector')}</a>
          <button type="button" class="button" onClick={async () => { const r = await exportRecord(); if (r) downloadText(sessionFileName(r), makeSessionFile(r)); }}>{t('net.fac.export')}</button>
          <button type="button" class="button" onClick={async () => { const r = await exportRecord(); if (r) setDebrief({ record: r, game: replay(view.scenario, r.seed, r.actions) }); }}>{t('net.fac.debrief')}</button>
          <button type="button" class="button" onClick={() => setPrinting(true)}>{t('console.print')}</button>
        </div>
        {confirming && <EndPhaseConfirm game={view.game} names={names} seats={status?.seats ?? []} onYes={() => { setConfirming(false); void run({ cmd: 'end-phase' }); }} onNo={() => setConfirming(false)} />}
        <p class="net-fac-auto">
          <input id="fac-auto-end" type="checkbox" checked={status?.autoEnd ?? false} onChange={(e) => void run({ cmd: 'auto-end', on: (e.currentTarget as HTMLInputElement).checked })} />
          <label for="fac-auto-end">{t('console.auto-end')}</label>
        </p>
        {note && <p role="status" class="notice">{note}</p>}
        <section class="section" aria-labelledby="fac-seats">
          <h2 id="fac-seats">{t('net.fac.seats')}</h2>
          <p>{t('net.fac.observers', { n: status?.observers ?? 0 })}</p>
          <div class="table-wrap">
            <table class="table">
              <thead><tr><th scope="col">{t('net.fac.col.delegation')}</th><th scope="col">{t('net.fac.col.seat')}</th><th scope="col">{t('net.fac.col.devices')}</th><th scope="col">{t('net.fac.col.acted')}</th><th scope="col">{t('net.fac.col.idle')}</th><th scope="col"><span class="visually-hidden">{t('net.fac.col.switch')}</span></th></tr></thead>
              <tbody>
                {(status?.seats ?? []).map((s) => {
                  const name = delegationName(names, s.id);
                  return (
                    <tr key={s.id} data-seat={s.id} data-devices={s.devices} data-played-by={s.seat}>
                      <th scope="row">{name}{s.name ? ` (${s.name})` : ''}{s.awaited ? ` · ${t('net.fac.awaited')}` : ''}</th>
                      <td>{s.seat === 'ai' ? (s.auto ? t('net.fac.auto') : t('net.fac.ai')) : t('net.fac.human')}</td>
                      <td>{s.devices}</td>
                      <td>{s.actedThisPhase ? t('net.fac.yes') : t('net.fac.no')}</td>
                      <td>{t('net.fac.seconds', { n: s.idleSeconds })}</td>
                      <td><button type="button" class="button" onClick={() => void run({ cmd: 'seat', seat: s.id, to: s.seat === 'ai' ? 'human' : 'ai' })}>{s.seat === 'ai' ? t(s.students ? 'net.fac.to-human' : 'net.fac.to-students', { name }) : t('net.fac.to-ai', { name })}</button></td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
        <form class="section" onSubmit={(e) => { e.preventDefault(); if (event) void run({ cmd: 'inject', event }); }}>
          <label for="fac-event">{t('net.fac.inject')}</label>
          <select id="fac-event" value={event} onChange={(e) => setEvent((e.target as HTMLSelectElement).value)}>
            <option value="" />
            {view.scenario.events.map((ev) => <option key={ev.id} value={ev.id}>{localize(ev.title, lang)}</option>)}
          </select>
          <button type="submit" class="button">{t('net.fac.inject-go')}</button>
        </form>
        <form class="section" onSubmit={(e) => { e.preventDefault(); void run({ cmd: 'idle-ai', seconds: idle.trim() === '' ? null : Math.max(10, Number(idle)) }); }}>
          <label for="fac-idle">{t('net.fac.idle-ai')}</label>
          <input id="fac-idle" class="input" type="number" min={10} max={3600} value={idle} placeholder={status?.idleAiSeconds ? String(status.idleAiSeconds) : ''} onInput={(e) => setIdle((e.target as HTMLInputElement).value)} />
          <button type="submit" class="button">{t('net.fac.idle-set')}</button>
        </form>
      </main>
    </div>
  );
}

/**
 * Before the facilitator ends a phase or calls the question on a student's device-run session:
 * who is still silent, teams by name and the AI delegations counted, as the local console asks.
 */
function EndPhaseConfirm({ game, names, seats, onYes, onNo }: {
  game: GameState; names: Parameters<typeof delegationList>[0]; seats: ReadonlyArray<{ id: string; seat: string }>; onYes(): void; onNo(): void;
}) {
  const { t } = names;
  const yes = useRef<HTMLButtonElement>(null);
  // Focus goes to the choice once, when it opens: the console re-renders every second.
  useEffect(() => yes.current?.focus(), []);
  const silent = silentNames(names, awaited(names.scenario, game), (d) => seats.find((s) => s.id === d)?.seat === 'human');
  const item = game.phase === 'plenary' ? currentItem(game) : null;
  const text = item ? t('confirm.call-question', { item: packageTitle(names, game, item.id), names: silent }) : t('confirm.end-phase', { names: silent });
  return (
    <div class="notice notice--bad end-confirm" role="alertdialog" aria-label={text} aria-describedby="net-end-confirm-text">
      <p id="net-end-confirm-text">{text}</p>
      <div class="button-row">
        <button ref={yes} type="button" class="button button--danger" onClick={onYes}>{t(item ? 'confirm.yes-call' : 'confirm.yes')}</button>
        <button type="button" class="button" onClick={onNo}>{t('confirm.cancel')}</button>
      </div>
    </div>
  );
}
