/**
 * Creating a networked session from the setup wizard: the classroom server checks the scenario
 * and answers with the session, its join code and the facilitator key, which stays on this
 * device only. Then this device becomes the facilitator's console.
 */
import type { Language, Translate } from '../../i18n';
import { localize } from '../../scenario/text';
import type { ClassroomSetup } from '../classroom/setup-wizard';
import { rememberConsole } from './consoles';

import { FACILITATOR_HASH } from '../routes';

export { FACILITATOR_HASH, JOIN_HASH, PROJECTOR_HASH } from '../routes';

/** Resolves to a problem in words, or null once the console opens. */
export async function createNetworkSession(setup: ClassroomSetup, t: Translate, lang: Language): Promise<string | null> {
  const body = {
    scenario: setup.source, difficulty: setup.difficulty,
    // Every delegation that plays may be a student's, observers the scenario lets play included (as the engine's players).
    seats: Object.fromEntries(Object.entries(setup.seats).filter(([id]) => setup.scenario.delegations.some((d) => d.id === id && (d.player ?? d.role === 'member')))),
    names: setup.names, durations: setup.durations, autoEnd: setup.autoEnd,
    name: setup.name, readingMinutes: setup.readingMinutes, ...(setup.lock ? { lock: setup.lock } : {}),
  };
  let r: Response;
  try {
    r = await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return t('net.no-server');
  }
  const j = (await r.json().catch(() => null)) as { ok: boolean; id?: string; key?: string; code?: string; message?: string; issues?: Array<{ file: string; line: number; message: string }> } | null;
  if (!j) return t('net.no-server');
  if (!j.ok || !j.id || !j.key) return t('net.create-failed', { reason: [j.message, ...(j.issues ?? []).slice(0, 3).map((i) => `${i.file}:${i.line} ${i.message}`)].join(' ') });
  rememberConsole({ id: j.id, code: j.code ?? '', name: setup.name, title: localize(setup.scenario.meta.title, lang), at: Date.now() }, j.key);
  location.hash = `${FACILITATOR_HASH}${j.id}`;
  return null;
}

/**
 * Opens the console of a session on this device with its join code and the facilitator PIN
 * (the server answers with a key of this device's own). Resolves to a problem in words, or null
 * once the console opens.
 */
export async function openConsoleWithPin(code: string, pin: string, t: Translate): Promise<string | null> {
  let r: Response;
  try {
    r = await fetch('/api/console', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: code.trim().toUpperCase(), pin: pin.trim() }) });
  } catch {
    return t('net.no-server');
  }
  const j = (await r.json().catch(() => null)) as { ok: boolean; id?: string; key?: string; message?: string } | null;
  if (!j) return t('net.no-server');
  if (!j.ok || !j.id || !j.key) {
    const why = r.status === 404 ? 'net.console.no-session' : r.status === 429 ? 'net.console.too-many' : r.status === 403 && /no facilitator PIN/.test(j.message ?? '') ? 'net.console.no-pin' : r.status === 403 ? 'net.console.wrong-pin' : null;
    return why ? t(why) : t('net.console.failed', { reason: j.message ?? '' });
  }
  // The list's name and title come from the console itself once it connects (see facilitator-app.tsx).
  rememberConsole({ id: j.id, code: code.trim().toUpperCase(), name: '', title: '', at: Date.now() }, j.key);
  location.hash = `${FACILITATOR_HASH}${j.id}`;
  return null;
}
