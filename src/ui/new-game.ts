/**
 * What the start screen (or the workbench, or the tutorial) hands over to begin a game, and the
 * seed it draws. Kept apart from restore.ts so the start page needs none of the game's code.
 */
import type { Difficulty } from '../ai/difficulty';
import type { DelegationId } from '../engine/state';
import type { Scenario } from '../scenario/schema';
import type { ScenarioSource } from './save';

export interface NewGame {
  scenario: Scenario;
  source: ScenarioSource;
  me: DelegationId;
  difficulty: Difficulty;
  seed: number;
}

/** A fresh seed: from the address (?seed=42, for reproducible classroom runs and tests) or random. */
export function newSeed(search: string): number {
  const fromUrl = Number(new URLSearchParams(search).get('seed'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const buf = new Uint32Array(1);
  globalThis.crypto.getRandomValues(buf);
  return (buf[0]! % 2_000_000_000) + 1;
}
