/**
 * Starting and resuming games: a new game from the start screen's choices, or a saved game
 * replayed from its record. Resuming never throws; it says why a save cannot be restored.
 */
import type { Translate } from '../i18n';
import { issueText } from '../i18n/checker-text';
import { GameSession } from './game-session';
import type { NewGame } from './new-game';
import type { SaveRecord } from './save';
import { resolveScenario } from './scenario-source';

export type { NewGame } from './new-game';

export type Restored = { ok: true; session: GameSession } | { ok: false; reason: string };

export function newSession(game: NewGame, storage: Pick<Storage, 'setItem'> | null): GameSession {
  return new GameSession({ ...game, storage });
}

/** Replays a saved game; with `t`, a scenario that no longer loads is explained in the reader's language. */
export function restoreSession(record: SaveRecord, storage: Pick<Storage, 'setItem'> | null, t?: Translate): Restored {
  const result = resolveScenario(record.scenario);
  if (!result.ok) {
    const first = result.errors[0];
    const text = first && (t ? issueText(t, first) : first.message);
    return { ok: false, reason: first ? `${first.file}:${first.line}:${first.column} ${text}` : 'the scenario does not load' };
  }
  if (!result.scenario.delegations.some((d) => d.id === record.me)) return { ok: false, reason: `the scenario has no delegation ${record.me}` };
  try {
    const session = new GameSession({
      scenario: result.scenario, source: record.scenario, me: record.me, difficulty: record.difficulty,
      seed: record.seed, log: record.actions, storage,
    });
    return { ok: true, session };
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? e.message : String(e) };
  }
}
