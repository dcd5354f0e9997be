/** The game the guided first round starts: the bundled Preventive Diplomacy, as Kyrgyzstan, on easy. */
import type { NewGame } from '../new-game';
import { resolveScenario } from '../scenario-source';
import { TUTORIAL_DELEGATION, TUTORIAL_SCENARIO } from './steps';

export function tutorialGame(seed: number): NewGame | null {
  const source = { kind: 'bundled' as const, id: TUTORIAL_SCENARIO };
  const result = resolveScenario(source);
  if (!result.ok) return null;
  return { scenario: result.scenario, source, me: TUTORIAL_DELEGATION, difficulty: 'easy', seed };
}
