/** A delegation's reason names what it is about in the player's language, never by its id. */
import { describe, expect, it } from 'vitest';
import { createGame } from '../../src/engine';
import { reasonText } from '../../src/ui/reason-text';
import { en, ru, scenario } from './support';

describe('reason texts', () => {
  it('name the Charter cluster a delegation wants to slow down by its title, not its id', () => {
    const game = createGame(scenario, 1);
    const reason = { code: 'transformation-pace', params: { cluster: 'charter-text', proposer: 'AAA' } };
    for (const c of [en, ru]) {
      const text = reasonText(c, game, reason)!;
      expect(text).toContain('Charter text');
      expect(text).not.toContain('charter-text');
    }
  });
});
