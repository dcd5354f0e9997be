/**
 * The workbench's text kept in browser storage, so a reload (or a closed tab) loses nothing.
 * One key; a value that cannot be read is treated as absent, never as an error that blocks work.
 */
export const WORKBENCH_KEY = 'cica.workbench.v1';

export interface WorkbenchDraft {
  fileName: string;
  text: string;
}

export function loadDraft(storage: Pick<Storage, 'getItem'> | null): WorkbenchDraft | null {
  try {
    const raw = storage?.getItem(WORKBENCH_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<WorkbenchDraft>;
    return typeof v.text === 'string' && typeof v.fileName === 'string' ? { text: v.text, fileName: v.fileName } : null;
  } catch {
    return null;
  }
}

/** Saves the draft; returns false when the browser refuses (storage full or disabled). */
export function saveDraft(storage: Pick<Storage, 'setItem'> | null, draft: WorkbenchDraft): boolean {
  try {
    storage?.setItem(WORKBENCH_KEY, JSON.stringify(draft));
    return storage !== null;
  } catch {
    return false;
  }
}
