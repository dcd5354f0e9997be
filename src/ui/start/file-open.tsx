/**
 * Opening a scenario file: a file picker and a drop zone. The file goes through the same
 * checker as the bundled scenarios; its findings are listed, located, under the picker.
 */
import { useId, useState } from 'preact/hooks';
import type { ScenarioResult } from '../../scenario/issues';
import { usePrefs } from '../context';
import { loadScenarioParser } from '../scenario-source';
import { IssueList } from './issue-list';

export interface OpenedFile {
  fileName: string;
  text: string;
  result: ScenarioResult;
}

interface Props {
  opened: OpenedFile | null;
  onOpened(file: OpenedFile): void;
}

async function readFile(file: File): Promise<OpenedFile> {
  // The checker is loaded with the first file (see scenario-source.ts); the game it starts needs it too.
  const [{ loadScenarioFile }] = await Promise.all([import('../../scenario/load'), loadScenarioParser()]);
  const result = await loadScenarioFile(file);
  // The text is kept so that a saved game can be resumed without the file.
  const text = result.ok ? await file.text() : '';
  return { fileName: file.name, text, result };
}

export function FileOpen({ opened, onOpened }: Props) {
  const { t } = usePrefs();
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [busy, setBusy] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    try {
      onOpened(await readFile(file));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      class={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void take(e.dataTransfer?.files[0]);
      }}
    >
      <p id={hintId} class="drop-zone__hint">{t('start.file.hint')}</p>
      <input
        id={inputId}
        class="file-input"
        type="file"
        accept=".yaml,.yml,.json,application/json,text/yaml"
        aria-describedby={hintId}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          void take(input.files?.[0]);
          input.value = '';
        }}
      />
      <label for={inputId} class="button">{t('start.file.open')}</label>
      <p role="status" class="drop-zone__status">
        {busy ? t('start.file.checking') : opened?.result.ok ? t('start.file.ok', { file: opened.fileName }) : ''}
      </p>
      {opened && !opened.result.ok && <IssueList errors={opened.result.errors} warnings={opened.result.warnings} fileName={opened.fileName} />}
      {opened && opened.result.ok && opened.result.warnings.length > 0 && <IssueList errors={[]} warnings={opened.result.warnings} fileName={opened.fileName} />}
    </div>
  );
}
