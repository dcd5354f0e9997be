/** The steps of the setup wizard after the scenario: the mode, who plays which delegation, and the clock. */
import { useId, useState } from 'preact/hooks';
import type { Difficulty } from '../../ai/difficulty';
import { TIMED_PHASES, type TimedPhase } from '../../flow/session.machine';
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { fitDurations, sessionMinutes } from '../../session/fit-clock';
import { MODES, type ClassroomMode } from '../../session/record';
import { usePrefs } from '../context';
import { playerDelegations } from '../start/delegation-choice';
import { DifficultyChoice } from '../start/difficulty-choice';

/** The local modes, and students on their own devices (a session on the classroom server). */
export const WIZARD_MODES = [...MODES, 'devices'] as const;
export type WizardMode = ClassroomMode | 'devices';

export function ModeStep({ mode, difficulty, onMode, onDifficulty }: { mode: WizardMode; difficulty: Difficulty; onMode(m: WizardMode): void; onDifficulty(d: Difficulty): void }) {
  const { t } = usePrefs();
  return (
    <>
      <fieldset class="choice-list">
        <legend>{t('setup.mode.legend')}</legend>
        {WIZARD_MODES.map((m) => (
          <label key={m} class={`choice${mode === m ? ' choice--checked' : ''}`}>
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => onMode(m)} />
            <span class="choice__body">
              <strong class="choice__title">{t(`setup.mode.${m}`)}</strong>
              <span class="choice__text">{t(`setup.mode.${m}.help`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <DifficultyChoice legend={t('setup.difficulty')} value={difficulty} onChange={onDifficulty} />
    </>
  );
}

interface SeatsProps {
  scenario: Scenario;
  humans: Record<string, string | undefined>;
  onChange(humans: Record<string, string | undefined>): void;
}

/** Each player delegation: played by people (with a student or team name) or by the AI. `humans[id]` is the name, '' when none yet. */
export function SeatsStep({ scenario, humans, onChange }: SeatsProps) {
  const { t, lang } = usePrefs();
  const list = playerDelegations(scenario, lang);
  const count = list.filter((d) => humans[d.id] !== undefined).length;
  return (
    <>
      <p>{t('setup.seats.help')}</p>
      <p class="hint" role="status">{t('setup.seats.count', { n: count, total: list.length })}</p>
      <div class="table-wrap table-wrap--tall">
        <table class="table seats">
          <caption class="visually-hidden">{t('setup.seats.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('col.delegation')}</th>
              <th scope="col">{t('setup.seats.person')}</th>
              <th scope="col">{t('console.student')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => {
              const name = localize(d.name, lang);
              const human = humans[d.id] !== undefined;
              return (
                <tr key={d.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <label class="toggle">
                      <input type="checkbox" checked={human} onChange={(e) => onChange({ ...humans, [d.id]: (e.currentTarget as HTMLInputElement).checked ? '' : undefined })} />
                      {t('setup.seats.played-by', { name })}
                    </label>
                  </td>
                  <td>
                    <input
                      type="text" class="input" maxLength={60} disabled={!human} value={humans[d.id] ?? ''}
                      aria-label={t('console.student-for', { name })}
                      onInput={(e) => onChange({ ...humans, [d.id]: (e.currentTarget as HTMLInputElement).value })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

interface ClockProps {
  durations: Record<TimedPhase, number>;
  autoEnd: boolean;
  rounds: number;
  /** The scenario's suggested length, the first value of "fit to". */
  suggested: number;
  reading: number;
  onDurations(d: Record<TimedPhase, number>): void;
  onAutoEnd(v: boolean): void;
  onReading(minutes: number): void;
}

export function ClockStep({ durations, autoEnd, rounds, suggested, reading, onDurations, onAutoEnd, onReading }: ClockProps) {
  const { t } = usePrefs();
  const autoId = useId();
  const ids = { reading: useId(), fit: useId() };
  const [target, setTarget] = useState(suggested);
  const [fitNote, setFitNote] = useState('');
  const fit = () => {
    const r = fitDurations(durations, rounds, target, reading);
    onDurations(r.durations);
    setFitNote(r.fits ? t('setup.fit.done', { minutes: sessionMinutes(r.durations, rounds, reading) }) : t('setup.fit.impossible', { minutes: target }));
  };
  return (
    <>
      <p class="field field--inline">
        <label for={ids.reading}>{t('setup.reading')}</label>
        <input
          id={ids.reading} type="number" min={0} max={60} class="input input--short" value={reading}
          onChange={(e) => {
            const m = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isInteger(m) && m >= 0 && m <= 60) onReading(m);
          }}
        />
        <span class="hint">{t('console.minutes')}</span>
      </p>
      <p class="field field--inline">
        <label for={ids.fit}>{t('setup.fit.label')}</label>
        <input
          id={ids.fit} type="number" min={10} max={600} class="input input--short" value={target}
          onChange={(e) => {
            const m = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isInteger(m) && m >= 10 && m <= 600) setTarget(m);
          }}
        />
        <span class="hint">{t('console.minutes')}</span>
        <button type="button" class="button" onClick={fit}>{t('setup.fit.button', { minutes: target })}</button>
      </p>
      <p role="status" class="hint">{fitNote}</p>
      <fieldset class="durations">
        <legend>{t('console.durations')}</legend>
        {TIMED_PHASES.map((p) => (
          <label key={p} class="field field--inline">
            <span>{t(`phase.${p}`)}</span>
            <input
              type="number" min={1} max={120} class="input input--short" value={Math.round(durations[p] / 60)}
              onChange={(e) => {
                const m = Number((e.currentTarget as HTMLInputElement).value);
                if (Number.isFinite(m) && m >= 1 && m <= 120) onDurations({ ...durations, [p]: Math.round(m * 60) });
              }}
            />
            <span class="hint">{t('console.minutes')}</span>
          </label>
        ))}
      </fieldset>
      <p class="field field--inline">
        <input id={autoId} type="checkbox" checked={autoEnd} onChange={(e) => onAutoEnd((e.currentTarget as HTMLInputElement).checked)} />
        <label for={autoId}>{t('console.auto-end')}</label>
      </p>
    </>
  );
}
