/**
 * The start screen: continue a saved game, or choose a scenario (bundled or opened from a
 * file), a delegation, a difficulty, and begin.
 */
import { useState } from 'preact/hooks';
import type { Difficulty } from '../../ai/difficulty';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { PrefsControls } from '../prefs-controls';
import { newSeed, type NewGame } from '../new-game';
import type { SaveLoad } from '../save';
import { DEFAULT_SCENARIO_ID } from '../scenario-source';
import { JOIN_HASH } from '../routes';
import { ContinueGame } from './continue-game';
import { DelegationChoice, playerDelegations } from './delegation-choice';
import { FileOpen } from './file-open';
import { DifficultyChoice } from './difficulty-choice';
import { ScenarioChoice } from './scenario-choice';
import { sourceOfOption, useScenarioOptions } from './scenario-options';

interface Props {
  saved: SaveLoad;
  resumeError: string | null;
  onStart(game: NewGame): void;
  onResume(): void;
  /** Opens the classroom (setup, saved sessions, session files). */
  onClassroom?(): void;
  /** Opens the scenario workbench (editor, checker, preview, balance). */
  onWorkbench?(): void;
  /** Starts the guided first round. */
  onTutorial?(): void;
}

export function StartScreen({ saved, resumeError, onStart, onResume, onClassroom, onWorkbench, onTutorial }: Props) {
  const { t, lang } = usePrefs();
  const { options, opened, setOpened } = useScenarioOptions();
  // A file opened before a reload is offered again, and stays the choice.
  const [choice, setChoice] = useState(() => (opened ? 'file' : `bundled:${DEFAULT_SCENARIO_ID}`));
  const option = options.find((o) => o.key === choice) ?? options[0];
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');

  const scenario = option?.scenario;
  const players = scenario ? playerDelegations(scenario, lang) : [];
  const firstChair = scenario?.calendar.chairs[0];
  const me = (option && picked[option.key]) ?? players.find((d) => d.id === firstChair)?.id ?? players[0]?.id ?? '';

  const begin = () => {
    if (!option || !scenario || !me) return;
    const source = sourceOfOption(option, opened);
    onStart({ scenario, source, me, difficulty, seed: newSeed(location.search) });
  };

  return (
    <div class="start">
      <header class="start__header">
        <h1>{t('app.title')}</h1>
        <p class="start__tagline">{t('app.tagline')}</p>
        <PrefsControls />
        {onClassroom && <button type="button" class="button" onClick={onClassroom}>{t('classroom.entry')}</button>}
        {/* The address the classroom server prints lands here: a student needs a way to the code. */}
        <a class="button" href={JOIN_HASH}>{t('start.join-class')}</a>
        {onWorkbench && <button type="button" class="button" onClick={onWorkbench}>{t('workbench.entry')}</button>}
      </header>
      <main class="start__main" id="main">
        {onTutorial && (
          <section class="start__learn notice" aria-labelledby="learn-heading">
            <h2 id="learn-heading">{t('tutorial.entry')}</h2>
            <p>{t('tutorial.entry.help')}</p>
            <button type="button" class="button button--primary" onClick={onTutorial}>{t('tutorial.entry')}</button>
          </section>
        )}
        <ContinueGame saved={saved} resumeError={resumeError} onResume={onResume} />
        <section class="start__column" aria-labelledby="start-scenario">
          <h2 id="start-scenario">{t('start.step.scenario')}</h2>
          {/* The drop zone comes first: below the scenarios' long summaries nobody found it. */}
          <h3>{t('start.file.heading')}</h3>
          <FileOpen opened={opened} onOpened={(f) => {
            setOpened(f);
            if (f.result.ok) setChoice('file');
          }} />
          <ScenarioChoice options={options} value={option?.key ?? ''} onChange={setChoice} />
        </section>
        <section class="start__column" aria-labelledby="start-delegation">
          <h2 id="start-delegation">{t('start.step.delegation')}</h2>
          {scenario && <DelegationChoice scenario={scenario} value={me} onChange={(id) => option && setPicked({ ...picked, [option.key]: id })} />}
        </section>
        <section class="start__column" aria-labelledby="start-settings">
          <h2 id="start-settings">{t('start.step.settings')}</h2>
          <DifficultyChoice legend={t('start.difficulty.legend')} value={difficulty} onChange={setDifficulty} />
          {scenario && me && (
            <p class="start__summary">
              {t('start.summary', {
                scenario: localize(scenario.meta.title, lang),
                delegation: localize(scenario.delegations.find((d) => d.id === me)!.name, lang),
                difficulty: t(`difficulty.${difficulty}`),
              })}
            </p>
          )}
          <button type="button" class="button button--primary button--large" disabled={!scenario || !me} onClick={begin}>
            {t('start.begin')}
          </button>
          {saved.kind !== 'none' && <p class="hint">{t('start.overwrite-note')}</p>}
        </section>
      </main>
    </div>
  );
}
