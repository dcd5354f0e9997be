/** The scenarios a player may choose from: the bundled ones that load, plus a file opened here. */
import { useMemo, useState } from 'preact/hooks';
import { bundledChoices } from '../scenario-source';
import type { OpenedFile } from './file-open';
import type { ScenarioOption } from './scenario-choice';

export interface ScenarioOptions {
  options: ScenarioOption[];
  opened: OpenedFile | null;
  setOpened(file: OpenedFile): void;
}

export function useScenarioOptions(): ScenarioOptions {
  const bundled = useMemo(() => bundledChoices(), []);
  const [opened, setOpened] = useState<OpenedFile | null>(null);
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
