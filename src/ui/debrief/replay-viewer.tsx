/**
 * The replay: steps through the game action by action and round by round, and shows at each step
 * only what the chosen viewer could see then (a delegation: the public conference, its own
 * offers and its own secret objectives; the room: the public conference; the facilitator: all).
 */
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { ReplayCursor } from '../../debrief/replay-cursor';
import { FACILITATOR, PUBLIC, type Viewer } from '../../engine';
import { localize } from '../../scenario/text';
import { actionLabel } from '../action-label';
import { usePrefs } from '../context';
import { delegationName } from '../names';
import { PrefsControls } from '../prefs-controls';
import type { DebriefInput } from './debrief-app';
import { ReplayState } from './replay-state';
import { PinForm } from '../classroom/pin-gate';

export function ReplayViewer({ scenario, seed, actions, lock, onBack }: DebriefInput & { onBack(): void }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const ids = { viewer: useId(), position: useId() };
  const heading = useRef<HTMLHeadingElement>(null);
  const cursor = useMemo(() => new ReplayCursor(scenario, seed, actions), [scenario, seed, actions]);
  const [index, setIndex] = useState(0);
  // The replay is usually shown to the room: it starts with what the room could see.
  const [chosen, setViewer] = useState<Viewer>(PUBLIC);
  const [, unlocked] = useState(0);
  // Replaying as the facilitator or as a delegation shows secrets: behind the PIN when there is one.
  const open = !lock || lock.unlocked;
  const viewer = open ? chosen : PUBLIC;
  useEffect(() => heading.current?.focus(), []);
  cursor.seek(index);
  const state = cursor.stateAt(index);
  const view = cursor.view(viewer);
  const last = cursor.lastAction(viewer);
  const move = (f: () => void) => {
    cursor.seek(index);
    f();
    setIndex(cursor.index);
  };
  const lastText = index === 0 ? t('replay.start')
    : last ? `${last.by === FACILITATOR ? t('console.undo.facilitator') : delegationName(c, last.by)}: ${actionLabel(c, cursor.stateAt(index - 1), last)}`
      : t('replay.hidden');
  const players = state.players;
  return (
    <div class="debrief-page">
      <header class="debrief__bar">
        <h1 ref={heading} tabIndex={-1}>{t('replay.title', { scenario: localize(scenario.meta.title, lang) })}</h1>
        <div class="button-row debrief__tools">
          <button type="button" class="button button--quiet" onClick={onBack}>{t('replay.back')}</button>
          <PrefsControls />
        </div>
      </header>
      <main id="main" class="debrief replay">
        <div class="replay__controls" role="group" aria-label={t('replay.controls')}>
          <label class="field field--inline" for={ids.viewer}>
            <span>{t('replay.viewer')}</span>
            <select id={ids.viewer} value={viewer} onChange={(e) => setViewer((e.currentTarget as HTMLSelectElement).value)}>
              {open && <option value={FACILITATOR}>{t('replay.viewer.facilitator')}</option>}
              <option value={PUBLIC}>{t('replay.viewer.public')}</option>
              {open && players.map((d) => <option key={d} value={d}>{delegationName(c, d)}</option>)}
            </select>
          </label>
          {!open && lock && (
            <details class="replay__lock">
              <summary>{t('lock.locked')}</summary>
              <PinForm target={lock} onOpen={() => unlocked((n) => n + 1)} />
            </details>
          )}
          <div class="button-row">
            <button type="button" class="button" disabled={index === 0} onClick={() => setIndex(0)}>{t('replay.first')}</button>
            <button type="button" class="button" disabled={index === 0} onClick={() => move(() => cursor.stepRound(-1))}>{t('replay.prev-round')}</button>
            <button type="button" class="button" disabled={index === 0} onClick={() => move(() => cursor.step(-1))}>{t('replay.prev')}</button>
            <button type="button" class="button button--primary" disabled={index === cursor.length} onClick={() => move(() => cursor.step(1))}>{t('replay.next')}</button>
            <button type="button" class="button" disabled={index === cursor.length} onClick={() => move(() => cursor.stepRound(1))}>{t('replay.next-round')}</button>
            <button type="button" class="button" disabled={index === cursor.length} onClick={() => setIndex(cursor.length)}>{t('replay.last')}</button>
          </div>
          <label class="field replay__slider" for={ids.position}>
            <span>{t('replay.position', { n: index, total: cursor.length })}</span>
            <input id={ids.position} type="range" min={0} max={cursor.length} value={index} onInput={(e) => setIndex(Number((e.currentTarget as HTMLInputElement).value))} />
          </label>
        </div>
        <p class="replay__step" role="status">
          <strong>{t('replay.where', { round: state.round, year: scenario.calendar.startYear + state.round - 1, phase: t(`phase.${state.phase}`) })}</strong>{' '}
          {lastText}
        </p>
        <ReplayState scenario={scenario} view={view} viewer={viewer} />
      </main>
    </div>
  );
}
