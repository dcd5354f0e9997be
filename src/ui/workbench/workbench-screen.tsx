/**
 * The scenario workbench: edit a scenario's text with the checker's findings live, preview it
 * as any delegation would see it, run a balance in a Web Worker, download it, or start a game
 * from it. Loaded on demand (dynamic import), so the start page's JavaScript does not grow.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { parseDocument, stringify } from 'yaml';
import type { Difficulty } from '../../ai/difficulty';
import { issueText } from '../../i18n/checker-text';
import { bundledScenarios } from '../../scenario/bundled';
import type { ScenarioIssue } from '../../scenario/issues';
import templateText from '../../scenario/template.yaml?raw';
import { usePrefs } from '../context';
import { BriefingPacket } from '../print/briefing-packet';
import { useMapAsset } from '../print/use-map-asset';
import { newSeed, type NewGame } from '../new-game';
import { browserStorage } from '../save';
import { DifficultyChoice } from '../start/difficulty-choice';
import { playerDelegations } from '../start/delegation-choice';
import { createEditor, type Format, type WorkbenchEditor } from './editor';
import { ReportView } from './report-view';
import { useBalance } from './use-balance';
import { useChecker } from './use-checker';
import { loadDraft, saveDraft } from './store';
import { parseScenario } from '../../scenario/parse';
import { setScenarioParser } from '../scenario-source';
import '../print/print.css';
import './workbench.css';

// A game started here comes from a file, which the start screen resolves when it is left.
setScenarioParser(parseScenario);

interface Props {
  onBack(): void;
  onStart(game: NewGame): void;
}

const formatOf = (fileName: string): Format => (/\.json$/i.test(fileName) ? 'json' : 'yaml');
const TEMPLATE_NAME = 'my-scenario.yaml';

/** The text in the other format, or null when it does not parse. */
function convert(text: string, to: Format): string | null {
  const doc = parseDocument(text);
  if (doc.errors.length) return null;
  const data: unknown = doc.toJS();
  return to === 'json' ? `${JSON.stringify(data, null, 2)}\n` : stringify(data, { lineWidth: 0 });
}

export function WorkbenchScreen({ onBack, onStart }: Props) {
  const { t, lang } = usePrefs();
  const storage = browserStorage();
  const initial = useMemo(() => loadDraft(storage) ?? { fileName: TEMPLATE_NAME, text: templateText }, []);
  const [text, setText] = useState(initial.text);
  const [fileName, setFileName] = useState(initial.fileName);
  const [copyId, setCopyId] = useState(bundledScenarios()[0]?.id ?? '');
  const [note, setNote] = useState<string | null>(null);
  const [viewer, setViewer] = useState('');
  const [player, setPlayer] = useState('');
  const [difficulty, setDifficulty] = useState<Difficulty>('normal');
  const [games, setGames] = useState(10);
  const editorHost = useRef<HTMLDivElement>(null);
  const editor = useRef<WorkbenchEditor | null>(null);
  const { result, checking } = useChecker(text, fileName);
  const balance = useBalance();
  const asset = useMapAsset();
  const format = formatOf(fileName);

  useEffect(() => {
    if (!editorHost.current) return;
    editor.current = createEditor(editorHost.current, text, format, t('workbench.editor-label', { format: format.toUpperCase() }), setText);
    return () => editor.current?.destroy();
  }, []);
  useEffect(() => editor.current?.setFormat(format), [format]);
  useEffect(() => {
    saveDraft(storage, { fileName, text });
  }, [text, fileName]);

  const issues: ScenarioIssue[] = result ? [...(result.ok ? [] : result.errors), ...result.warnings].sort((a, b) => a.line - b.line) : [];
  useEffect(() => {
    editor.current?.showFindings(issues.map((i) => ({ line: i.line, column: i.column, severity: i.severity, message: issueText(t, i) })));
  }, [result, lang]);

  const scenario = result?.ok ? result.scenario : null;
  const players = scenario ? playerDelegations(scenario, lang) : [];
  const shownViewer = scenario?.delegations.some((d) => d.id === viewer) ? viewer : scenario?.delegations[0]?.id ?? '';
  const me = players.some((d) => d.id === player) ? player : players[0]?.id ?? '';
  const errors = result && !result.ok ? result.errors.length : 0;

  const replace = (next: string, name: string) => {
    if (text !== next && text.trim() && !window.confirm(t('workbench.replace-confirm'))) return;
    setFileName(name);
    setText(next);
    editor.current?.setText(next);
  };
  const switchFormat = (to: Format) => {
    if (to === format) return;
    const converted = convert(text, to);
    if (converted === null) {
      setNote(t('workbench.convert-failed'));
      return;
    }
    setNote(null);
    setFileName(fileName.replace(/\.(ya?ml|json)$/i, '') + (to === 'json' ? '.json' : '.yaml'));
    setText(converted);
    editor.current?.setText(converted);
  };
  const download = () => {
    const blob = new Blob([text], { type: format === 'json' ? 'application/json' : 'text/yaml' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const goTo = (issue: ScenarioIssue) => {
    const view = editor.current?.view;
    if (!view) return;
    const line = view.state.doc.line(Math.min(issue.line, view.state.doc.lines));
    view.dispatch({ selection: { anchor: Math.min(line.from + issue.column - 1, line.to) }, scrollIntoView: true });
    view.focus();
  };

  return (
    <div class="workbench">
      <header class="workbench__header">
        <h1>{t('workbench.title')}</h1>
        <button type="button" class="button" onClick={onBack}>{t('workbench.back')}</button>
      </header>
      <p class="workbench__intro">{t('workbench.intro')}</p>
      <main class="workbench__main" id="main">
        <section class="workbench__edit" aria-labelledby="workbench-edit">
          <h2 id="workbench-edit">{t('workbench.editor')}</h2>
          <div class="workbench__toolbar" role="group" aria-label={t('workbench.start-points')}>
            <button type="button" class="button" onClick={() => replace(templateText, TEMPLATE_NAME)}>{t('workbench.template')}</button>
            <label>
              {t('workbench.copy-choice')}{' '}
              <select value={copyId} onChange={(e) => setCopyId((e.currentTarget as HTMLSelectElement).value)}>
                {bundledScenarios().map((b) => <option key={b.id} value={b.id}>{b.id}</option>)}
              </select>
            </label>
            <button type="button" class="button" onClick={() => {
              const b = bundledScenarios().find((x) => x.id === copyId);
              if (b) void bundledSource(b.fileName).then((text) => { if (text !== null) replace(text, `${b.id}-copy.yaml`); });
            }}>{t('workbench.copy')}</button>
          </div>
          <div class="workbench__toolbar">
            <label>{t('workbench.file-name')} <input type="text" value={fileName} onInput={(e) => setFileName((e.currentTarget as HTMLInputElement).value || TEMPLATE_NAME)} /></label>
            <label>
              {t('workbench.format')}{' '}
              <select value={format} onChange={(e) => switchFormat((e.currentTarget as HTMLSelectElement).value as Format)}>
                <option value="yaml">{t('workbench.format.yaml')}</option>
                <option value="json">{t('workbench.format.json')}</option>
              </select>
            </label>
            <button type="button" class="button" onClick={download}>{t('workbench.download')}</button>
            <span class="hint">{t('workbench.saved')}</span>
          </div>
          {note && <p role="alert" class="hint">{note}</p>}
          <div class="workbench__editor" ref={editorHost} />
          <h3>{t('workbench.findings')}</h3>
          <p role="status" class="workbench__status">
            {checking || !result ? t('workbench.checking')
              : errors ? t('workbench.status.errors', { n: errors, w: result.warnings.length }) : t('workbench.status.ok', { n: result.warnings.length })}
          </p>
          <ul class="workbench__findings" aria-label={t('workbench.findings')}>
            {issues.map((i, k) => (
              <li key={k} class={`issue issue--${i.severity}`}>
                <button type="button" class="link-button" aria-label={t('workbench.finding.go', { line: i.line })} onClick={() => goTo(i)}>
                  {t('workbench.finding.where', { line: i.line, column: i.column })}
                </button>{' '}
                <span class="issue__severity">{t(`workbench.severity.${i.severity}`)}</span>{' '}
                {i.path && <code class="issue__path">{i.path}</code>}{' '}
                <span class="issue__message">{issueText(t, i)}</span>
              </li>
            ))}
          </ul>
        </section>
        <section class="workbench__side" aria-labelledby="workbench-play">
          <h2 id="workbench-play">{t('workbench.play')}</h2>
          {scenario ? (
            <div class="workbench__play">
              <label>{t('workbench.play.as')}{' '}
                <select value={me} onChange={(e) => setPlayer((e.currentTarget as HTMLSelectElement).value)}>
                  {players.map((d) => <option key={d.id} value={d.id}>{d.id}</option>)}
                </select>
              </label>
              <DifficultyChoice legend={t('start.difficulty.legend')} value={difficulty} onChange={setDifficulty} />
              <button type="button" class="button button--primary" disabled={!me} onClick={() => onStart({ scenario, source: { kind: 'file', fileName, text }, me, difficulty, seed: newSeed(location.search) })}>
                {t('workbench.play.start')}
              </button>
            </div>
          ) : <p class="hint">{t('workbench.preview.blocked')}</p>}
          <h2>{t('workbench.balance')}</h2>
          <p class="hint">{t('workbench.balance.intro')}</p>
          <div class="workbench__toolbar">
            <label>{t('workbench.balance.games')} <input type="number" min={1} max={200} value={games} onInput={(e) => setGames(Math.max(1, Math.min(200, Number((e.currentTarget as HTMLInputElement).value) || 1)))} /></label>
            <button type="button" class="button" disabled={!scenario || balance.run.kind === 'running'} onClick={() => balance.start({ text, fileName, games, seed: 1, difficulty })}>
              {t('workbench.balance.run')}
            </button>
            {balance.run.kind === 'running' && <button type="button" class="button" onClick={balance.stop}>{t('workbench.balance.cancel')}</button>}
          </div>
          {balance.run.kind === 'running' && (
            <div>
              <progress aria-label={t('workbench.balance.progress')} max={balance.run.total} value={balance.run.done} />
              <p role="status">{t('workbench.balance.progress-text', { done: Math.floor(balance.run.done / 2), total: balance.run.total / 2 })}</p>
            </div>
          )}
          {balance.run.kind === 'failed' && <p role="alert">{t('workbench.balance.failed', { reason: balance.run.reason })}</p>}
          {balance.run.kind === 'stopped' && <p role="status">{t('workbench.balance.stopped')}</p>}
          {balance.run.kind === 'done' && <ReportView report={balance.run.report} stale={balance.run.text !== text} />}
          <h2>{t('workbench.preview')}</h2>
          {scenario ? (
            <>
              <label>{t('workbench.preview.as')}{' '}
                <select value={shownViewer} onChange={(e) => setViewer((e.currentTarget as HTMLSelectElement).value)}>
                  {scenario.delegations.map((d) => <option key={d.id} value={d.id}>{d.id}</option>)}
                </select>
              </label>
              {shownViewer && <BriefingPacket scenario={scenario} delegation={shownViewer} asset={asset.kind === 'ready' ? asset.asset : null} />}
            </>
          ) : <p class="hint">{t('workbench.preview.blocked')}</p>}
        </section>
      </main>
    </div>
  );
}

/** The text of a bundled scenario file, loaded on demand (the game itself ships them parsed). */
const SOURCES = import.meta.glob('../../../scenarios/*.yaml', { query: '?raw', import: 'default' });

async function bundledSource(fileName: string): Promise<string | null> {
  const load = Object.entries(SOURCES).find(([path]) => path.endsWith(`/${fileName}`))?.[1];
  return load ? ((await load()) as string) : null;
}
