/** A delegation's name as a button that opens its dossier. */
import { useGame } from '../context';
import { delegationName } from '../names';

export function DelegationLink({ id }: { id: string }) {
  const g = useGame();
  const shown = id === g.me ? `${delegationName(g, id)} (${g.t('you')})` : delegationName(g, id);
  return (
    <button type="button" class="link" aria-label={g.t('dossier.open', { name: shown })} onClick={() => g.select(id)}>
      {shown}
    </button>
  );
}
