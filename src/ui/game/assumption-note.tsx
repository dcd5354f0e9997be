/**
 * A game assumption marked as one: a rule or fact of the game that players could read as a fact
 * about the real CICA (tools it does not have, the chairs after 2026, what a cluster needs).
 */
import type { MessageKey } from '../../i18n';
import { usePrefs } from '../context';

export type AssumptionId = 'preventive' | 'chair' | 'cluster-measure';

export function AssumptionNote({ id }: { id: AssumptionId }) {
  const { t } = usePrefs();
  return (
    <p class="assumption" data-assumption={id}>
      <strong>{t('assumption.label')}</strong> {t(`assumption.${id}` as MessageKey)}
    </p>
  );
}

/** The last year whose CICA chair is known (Azerbaijan, 2024–2026); later chairs are the game's. */
export const LAST_KNOWN_CHAIR_YEAR = 2026;

/** Whether the scenario runs past the last year with a known chair. */
export function chairsAssumed(startYear: number, rounds: number): boolean {
  return startYear + rounds - 1 > LAST_KNOWN_CHAIR_YEAR;
}
