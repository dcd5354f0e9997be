/** The scenarios a player may choose from: the bundled ones that load, plus a file opened here. */
import { useMemo, useState } from 'preact/hooks';
import { browserStorage } from '../save';
import { bundledChoices, scenarioParser } from '../scenario-source';
import type { OpenedFile } from './file-open';
import type { ScenarioOption } from './scenario-choice';

export interface ScenarioOptions {
  options: ScenarioOption[];
  opened: OpenedFile | null;
  setOpened(file: OpenedFile): void;
}

/** Where the last scenario file opened on the start screen is kept, so a reload still offers it. */
export const OPENED_KEY = 'cica.opened-file.v1';

/** Whether the browser keeps a file opened on the start screen (main.ts then loads the checker first). */
export function hasOpened(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return !!storage?.getItem(OPENED_KEY);
  } catch {
    return false;
  }
}

/** The file opened before the reload, checked again (the checker may have changed since). */
export function restoreOpened(storage: Pick<Storage, 'getItem'> | null): OpenedFile | null {
  try {
    const raw = storage?.getItem(OPENED_KEY);
    const parse = scenarioParser();
    if (!raw || !parse) return null;
    const { fileName, text } = JSON.parse(raw) as { fileName?: unknown; text?: unknown };
    if (typeof fileName !== 'string' || typeof text !== 'string') return null;
    const result = parse(text, fileName);
    return result.ok ? { fileName, text, result } : null;
  } catch {
    return null;
  }
}

function keepOpened(storage: Pick<Storage, 'setItem'> | null, file: OpenedFile): void {
  if (!file.result.ok) return;
  try {
    storage?.setItem(OPENED_KEY, JSON.stringify({ fileName: file.fileName, text: file.text }));
  } catch {
    // A full or disabled storage only means the file is not offered after a reload.
  }
}

export function useScenarioOptions(): ScenarioOptions {
  const bundled = useMemo(() => bundledChoices(), []);
  const storage = browserStorage();
  const [opened, setOpenedState] = useState<OpenedFile | null>(() => restoreOpened(storage));
  const setOpened = (file: OpenedFile) => {
    keepOpened(storage, file);
    setOpenedState(file);
  };
  const options = useMemo(() => {
    const list: ScenarioOption[] = bundled.flatMap((b) => (b.result.ok ? [{ key: `bundled:${b.id}`, scenario: b.result.scenario }] : []));
    if (opened?.result.ok) list.push({ key: 'file', scenario: opened.result.scenario, fileName: opened.fileName });
    return list;
  }, [bundled, opened]);
  return { options, opened, setOpened };
}

/** Where the chosen scenario comes from, as a save records it. */
export function sourceOfOption(option: ScenarioOption, opened: OpenedFile | null): { kind: 'file'; fileName: string; text: string } | { kind: 'bundled'; id: string } {
  return option.key === 'file' && opened
    ? { kind: 'file', fileName: opened.fileName, text: opened.text }
    : { kind: 'bundled', id: option.key.slice('bundled:'.length) };
}
