/**
 * Toasts (and screen-reader announcements) for what the player's moves led to: offers
 * answered, missions refused with the reason, disputes escalating or calming, and each plenary
 * decision with its result. The chronicle keeps the lasting record; this says it when it happens.
 */
import { useEffect, useRef } from 'preact/hooks';
import { indexScenario, type GameState } from '../../engine';
import { chronicleText } from '../chronicle-text';
import type { MessageKey } from '../../i18n';
import type { PlaySession } from '../play-session';
import { delegationList, delegationName, flashpointName, type NameContext } from '../names';
import { moveFeedback, type Feedback } from './feedback';

/** `game`: the state after the change, for the titles of the proposals it names. */
export function feedbackText(c: NameContext, game: GameState, f: Feedback): string {
  const { t } = c;
  switch (f.kind) {
    case 'offer':
      return t(`feedback.offer-${f.status}` as MessageKey, { name: delegationName(c, f.to) });
    case 'mission-refused': {
      const flashpoint = flashpointName(c, f.flashpoint);
      return f.refused.length > 0
        ? t('feedback.mission-refused', { flashpoint, who: delegationList(c, f.refused) })
        : t('feedback.mission-unanswered', { flashpoint, who: delegationList(c, f.unanswered) });
    }
    case 'stage':
      return t('feedback.escalated', { flashpoint: flashpointName(c, f.flashpoint), from: t(`stage.${f.from}`), to: t(`stage.${f.to}`) });
    case 'decision': {
      // The chronicle's own sentence says the result and who objected; the toast says what it leaves implicit.
      const parts = [t('feedback.decision'), chronicleText(c, game, f.entry)];
      if (f.items > 1) parts.push(t('feedback.decision.package', { n: f.items }));
      if (f.amendments.length) parts.push(t('feedback.decision.amended', { n: f.amendments.length, list: f.amendments.map((a) => t(`amendment.${a}`)).join(', ') }));
      return parts.join(' ');
    }
  }
}

export function useMoveFeedback(session: PlaySession, names: NameContext, announce: (text: string) => void): void {
  const prev = useRef<GameState>(session.game);
  const game = session.game;
  useEffect(() => {
    const before = prev.current;
    prev.current = game;
    if (before === game) return;
    const idx = indexScenario(session.scenario);
    const parties = (id: string) => idx.flashpoint.get(id)?.parties ?? [];
    for (const f of moveFeedback(before, game, session.me, parties)) announce(feedbackText(names, game, f));
  }, [game]);
}
