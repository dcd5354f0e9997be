/**
 * The setup wizard for a classroom session: the scenario, the mode (projector or hot-seat) and
 * the AI's difficulty, which delegations are played by people (with student or team names), and
 * the phase clock. The last step starts the session or prints the briefing packets first.
 */
import { useRef, useState } from 'preact/hooks';
import type { Difficulty } from '../../ai/difficulty';
import type { Seat } from '../../flow/conductor';
import { DEFAULT_DURATIONS, type TimedPhase } from '../../flow/session.machine';
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import type { SessionScenarioSource } from '../../session/record';
import { usePrefs } from '../context';
import { PrintScreen } from '../print/print-screen';
import { DEFAULT_SCENARIO_ID } from '../scenario-source';
import { FileOpen } from '../start/file-open';
import { ScenarioChoice } from '../start/scenario-choice';
import { sourceOfOption, useScenarioOptions } from '../start/scenario-options';
import { makeLock, type FacilitatorLock } from '../../session/pin';
import { sessionMinutes, suggestedDurations } from '../../session/fit-clock';
import { ClassStep, defaultClassName, pinProblem, type ClassFields } from './setup-class';
import { ClockStep, ModeStep, SeatsStep, type WizardMode } from './setup-steps';

/** Reading time suggested for the briefing packets. */
export const READING_MINUTES = 10;

export interface ClassroomSetup {
  scenario: Scenario;
  source: SessionScenarioSource;
  /** `devices`: students on their own devices, through the classroom server. */
  mode: WizardMode;
  difficulty: Difficulty;
  seats: Record<string, Seat>;
  names: Record<string, string>;
  durations: Record<TimedPhase, number>;
  autoEnd: boolean;
  /** The class's name for the session. */
  name: string;
  lock?: FacilitatorLock;
  /** Minutes to read the briefing packets before the first round (in the timing plan). */
  readingMinutes: number;
}

const STEPS = ['scenario', 'mode', 'seats', 'clock'] as const;

interface Props {
  onStart(setup: ClassroomSetup): void;
  onCancel(): void;
}

export function SetupWizard({ onStart, onCancel }: Props) {
  const { t, lang } = usePrefs();
  const { options, opened, setOpened } = useScenarioOptions();
  const [step, setStep] = useState(0);
  const [choice, setChoice] = useState(`bundled:${DEFAULT_SCENARIO_ID}`);
  const [mode, setMode] = useState<WizardMode>('projector');
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');
  const [humans, setHumans] = useState<Record<string, string | undefined>>({});
  // Until the instructor sets the clock, it follows the scenario chosen and the reading time.
  const [ownDurations, setDurations] = useState<Record<TimedPhase, number> | null>(null);
  const [autoEnd, setAutoEnd] = useState(false);
  const [reading, setReading] = useState(READING_MINUTES);
  const [fields, setFields] = useState<ClassFields>(() => ({ name: defaultClassName(t, lang), pin: '', pinAgain: '' }));
  const [problem, setProblem] = useState('');
  // Printing keeps the wizard mounted, so coming back finds every choice as it was.
  const [printing, setPrinting] = useState<ClassroomSetup | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const option = options.find((o) => o.key === choice) ?? options[0];
  const scenario = option?.scenario;
  const durations = ownDurations ?? (scenario ? suggestedDurations(scenario.calendar.rounds, scenario.meta.durationMinutes, reading) : DEFAULT_DURATIONS);

  const setup = (): ClassroomSetup | null => {
    if (!scenario || !option) return null;
    const source: SessionScenarioSource = sourceOfOption(option, opened);
    const seats: Record<string, Seat> = {};
    const names: Record<string, string> = {};
    for (const d of scenario.delegations) {
      const name = humans[d.id];
      seats[d.id] = name === undefined ? 'ai' : 'human';
      if (name !== undefined && name.trim()) names[d.id] = name.trim();
    }
    return { scenario, source, mode, difficulty, seats, names, durations, autoEnd, name: fields.name.trim() || defaultClassName(t, lang), readingMinutes: reading };
  };
  const begin = async () => {
    const s = setup();
    if (!s) return;
    onStart(fields.pin ? { ...s, lock: await makeLock(fields.pin) } : s);
  };

  const humanCount = scenario ? scenario.delegations.filter((d) => humans[d.id] !== undefined).length : 0;
  const go = (next: number) => {
    if (STEPS[step] === 'seats' && next > step && mode === 'hot-seat' && humanCount === 0) {
      setProblem(t('setup.seats.none'));
      return;
    }
    const pin = STEPS[step] === 'mode' && next > step ? pinProblem(t, fields) : '';
    if (pin) {
      setProblem(pin);
      return;
    }
    setProblem('');
    setStep(next);
    requestAnimationFrame(() => heading.current?.focus());
  };
  if (printing) return <PrintScreen scenario={printing.scenario} names={printing.names} seats={printing.seats} durations={printing.durations} readingMinutes={printing.readingMinutes} onBack={() => setPrinting(null)} />;

  return (
    <div class="start classroom-page">
      <header class="start__header">
        <h1>{t('setup.title')}</h1>
        <button type="button" class="button button--quiet" onClick={onCancel}>{t('setup.cancel')}</button>
      </header>
      <main id="main" class="classroom-page__main wizard">
        <ol class="wizard__steps" aria-label={t('setup.steps')}>
          {STEPS.map((s, i) => <li key={s} aria-current={i === step ? 'step' : undefined} class={i === step ? 'is-current' : i < step ? 'is-done' : ''}>{t(`setup.step.${s}`)}</li>)}
        </ol>
        <section class="start__column wizard__body" aria-labelledby="wizard-heading">
          <h2 id="wizard-heading" ref={heading} tabIndex={-1}>{t('setup.heading', { n: step + 1, total: STEPS.length, title: t(`setup.step.${STEPS[step]!}`) })}</h2>
          {STEPS[step] === 'scenario' && (
            <>
              <ScenarioChoice options={options} value={option?.key ?? ''} onChange={(k) => { setChoice(k); setHumans({}); }} />
              <h3>{t('start.file.heading')}</h3>
              <FileOpen opened={opened} onOpened={(f) => { setOpened(f); if (f.result.ok) { setChoice('file'); setHumans({}); } }} />
            </>
          )}
          {STEPS[step] === 'mode' && (
            <>
              <ModeStep mode={mode} difficulty={difficulty} onMode={setMode} onDifficulty={setDifficulty} />
              <ClassStep fields={fields} mode={mode} onChange={setFields} />
            </>
          )}
          {STEPS[step] === 'seats' && scenario && <SeatsStep scenario={scenario} humans={humans} onChange={setHumans} />}
          {STEPS[step] === 'clock' && scenario && (
            <>
              <ClockStep
                durations={durations} autoEnd={autoEnd} rounds={scenario.calendar.rounds} suggested={scenario.meta.durationMinutes} reading={reading}
                onDurations={setDurations} onAutoEnd={setAutoEnd} onReading={setReading}
              />
              <p class="start__summary">
                {t('setup.summary', {
                  scenario: localize(scenario.meta.title, lang), mode: t(`setup.mode.${mode}`), n: humanCount,
                  minutes: sessionMinutes(durations, scenario.calendar.rounds, reading), rounds: scenario.calendar.rounds, suggested: scenario.meta.durationMinutes,
                })}
              </p>
            </>
          )}
          {problem && <p role="alert" class="notice notice--bad">{problem}</p>}
          <div class="button-row wizard__nav">
            {step > 0 && <button type="button" class="button" onClick={() => go(step - 1)}>{t('setup.back')}</button>}
            {step < STEPS.length - 1 && <button type="button" class="button button--primary" disabled={!scenario} onClick={() => go(step + 1)}>{t('setup.next')}</button>}
            {step === STEPS.length - 1 && (
              <>
                <button type="button" class="button" onClick={() => { const s = setup(); if (s) setPrinting(s); }}>{t('setup.print')}</button>
                <button type="button" class="button button--primary button--large" onClick={() => void begin()}>{t('setup.start')}</button>
              </>
            )}
          </div>
        </section>
      </main>
    </div>
  );
}
