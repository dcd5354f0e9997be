/**
 * Creating a networked session from the setup wizard: the classroom server checks the scenario
 * and answers with the session, its join code and the facilitator key, which stays on this
 * device only. Then this device becomes the facilitator's console.
 */
import type { Translate } from '../../i18n';
import type { ClassroomSetup } from '../classroom/setup-wizard';
import { keyKey } from './net-client';

import { FACILITATOR_HASH } from '../routes';

export { FACILITATOR_HASH, JOIN_HASH, PROJECTOR_HASH } from '../routes';

/** Resolves to a problem in words, or null once the console opens. */
export async function createNetworkSession(setup: ClassroomSetup, t: Translate): Promise<string | null> {
  const body = {
    scenario: setup.source, difficulty: setup.difficulty,
    // Every delegation that plays may be a student's, observers the scenario lets play included (as the engine's players).
    seats: Object.fromEntries(Object.entries(setup.seats).filter(([id]) => setup.scenario.delegations.some((d) => d.id === id && (d.player ?? d.role === 'member')))),
    names: setup.names, durations: setup.durations, autoEnd: setup.autoEnd,
  };
  let r: Response;
  try {
    r = await fetch('/api/sessions', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return t('net.no-server');
  }
  const j = (await r.json().catch(() => null)) as { ok: boolean; id?: string; key?: string; message?: string; issues?: Array<{ file: string; line: number; message: string }> } | null;
  if (!j) return t('net.no-server');
  if (!j.ok || !j.id || !j.key) return t('net.create-failed', { reason: [j.message, ...(j.issues ?? []).slice(0, 3).map((i) => `${i.file}:${i.line} ${i.message}`)].join(' ') });
  localStorage.setItem(keyKey(j.id), j.key);
  location.hash = `${FACILITATOR_HASH}${j.id}`;
  return null;
}
