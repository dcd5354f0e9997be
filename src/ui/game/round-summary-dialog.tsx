/** The round summary, shown when a round ends (and on request from the chronicle). */
import { useGame } from '../context';
import { RoundSummaryView } from './round-summary-view';
import { Modal } from './modal';

export function RoundSummaryDialog({ round, onClose }: { round: number; onClose(): void }) {
  const { t, scenario, game } = useGame();
  const last = game.phase === 'concluded' && round === game.round;
  return (
    <Modal
      title={t('summary.title', { round, year: scenario.calendar.startYear + round - 1 })}
      closeLabel={t(last ? 'summary.to-results' : 'summary.continue')}
      onClose={onClose}
      wide
    >
      <RoundSummaryView round={round} />
    </Modal>
  );
}
