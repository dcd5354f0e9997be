/**
 * Withdrawing a proposal that carries a package: when the package holds another delegation's
 * item, that item is withdrawn too, so the button first says so and asks to confirm.
 */
import { useState } from 'preact/hooks';
import type { ActionOf } from '../../engine';
import { useGame } from '../context';
import { proposalTitle } from '../names';
import { ActionButton } from './action-button';

export function WithdrawButton({ action }: { action: ActionOf<'plenary.withdraw'> }) {
  const g = useGame();
  const { t, game, me } = g;
  const [asking, setAsking] = useState(false);
  const item = game.proposals[action.proposal];
  const others = (item?.package ?? []).filter((id) => game.proposals[id]?.proposer !== me);
  if (others.length === 0) return <ActionButton action={action} variant="danger" />;
  if (!asking) {
    return (
      <div class="action">
        <button type="button" class="button button--danger" onClick={() => setAsking(true)}>{t('action.withdraw')}</button>
      </div>
    );
  }
  return (
    <div class="withdraw-confirm" role="alert">
      <p>{t('feedback.withdraw-linked', { proposal: proposalTitle(g, game, action.proposal), linked: others.map((id) => proposalTitle(g, game, id)).join('; ') })}</p>
      <button type="button" class="button button--danger" onClick={() => g.act(action)}>{t('feedback.withdraw-confirm')}</button>
      <button type="button" class="button button--quiet" onClick={() => setAsking(false)}>{t('feedback.cancel')}</button>
    </div>
  );
}
