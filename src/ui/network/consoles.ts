/**
 * The networked sessions whose facilitator console this device holds (their keys are kept under
 * `keyKey`): listed on the classroom's start page, so a console left is opened again. Only what
 * the list shows is kept beside the key; nothing here is a secret but the key itself.
 */
import { keyKey } from './net-client';

export interface ConsoleEntry {
  id: string;
  code: string;
  /** The class's name for the session. */
  name: string;
  /** The scenario's title as it was shown when the console was opened here. */
  title: string;
  /** When this device first held the console (ms). */
  at: number;
}

const LIST_KEY = 'cica-consoles';
/** Older entries drop off the list (their keys go with them). */
const MAX_CONSOLES = 12;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function valid(e: unknown): e is ConsoleEntry {
  const x = e as Partial<ConsoleEntry> | null;
  return !!x && typeof x.id === 'string' && typeof x.code === 'string' && typeof x.name === 'string' && typeof x.title === 'string' && typeof x.at === 'number';
}

/** The consoles this device holds, newest first; entries whose key is gone are left out. */
export function listConsoles(s: Storage | null = storage()): ConsoleEntry[] {
  if (!s) return [];
  let raw: unknown;
  try {
    raw = JSON.parse(s.getItem(LIST_KEY) ?? '[]');
  } catch {
    return [];
  }
  return (Array.isArray(raw) ? raw.filter(valid) : []).filter((e) => s.getItem(keyKey(e.id)) !== null).sort((a, b) => b.at - a.at);
}

/** Keeps the key of a console opened on this device, and its entry in the list. */
export function rememberConsole(entry: ConsoleEntry, key: string, s: Storage | null = storage()): void {
  if (!s) return;
  const kept = listConsoles(s).filter((e) => e.id !== entry.id);
  const list = [entry, ...kept];
  for (const old of list.slice(MAX_CONSOLES)) s.removeItem(keyKey(old.id));
  s.setItem(keyKey(entry.id), key);
  s.setItem(LIST_KEY, JSON.stringify(list.slice(0, MAX_CONSOLES)));
}

/** Forgets a console on this device (the session itself goes on on the server). */
export function forgetConsole(id: string, s: Storage | null = storage()): void {
  if (!s) return;
  s.removeItem(keyKey(id));
  s.setItem(LIST_KEY, JSON.stringify(listConsoles(s).filter((e) => e.id !== id)));
}
