/**
 * A deal two teams made face to face, recorded on the projector as what it is in the rules: an
 * offer from one team and its acceptance by the other. Only the facilitator's choice of terms
 * names them, folded away; once recorded, the room sees that a private deal was made, not what.
 */
import { useId, useState } from 'preact/hooks';
import type { ActionOf, DelegationId } from '../../engine';
import { actionLabel } from '../action-label';
import { useGame } from '../context';
import { delegationName } from '../names';
import type { ClassroomSession } from './classroom-session';

export function DealRecorder({ session }: { session: ClassroomSession }) {
  const g = useGame();
  const { t } = g;
  const ids = { from: useId(), to: useId(), term: useId() };
  const humans = session.humans();
  const [from, setFrom] = useState<DelegationId>(humans[0] ?? '');
  const [to, setTo] = useState<DelegationId>(humans.find((d) => d !== from) ?? '');
  const [term, setTerm] = useState(0);
  const [done, setDone] = useState('');
  if (humans.length < 2 || session.game.phase !== 'consultations') return null;
  const partner = to !== from && humans.includes(to) ? to : humans.find((d) => d !== from) ?? '';
  const offers = session.aiBusy ? [] : session.conductor.legalFor(from).filter((a): a is ActionOf<'consult.offer'> => a.type === 'consult.offer' && a.to === partner);
  const chosen = offers[Math.min(term, offers.length - 1)];
  const record = () => {
    if (!chosen) return;
    if (session.act(chosen)) return setDone(t('record.deal.none'));
    const offer = [...session.game.offers].reverse().find((o) => o.from === from && o.to === partner && o.status === 'open');
    const refused = offer ? session.act({ type: 'consult.answer', by: partner, offer: offer.id, accept: true }) : true;
    setDone(refused ? t('record.deal.none') : t('record.deal.done'));
    setTerm(0);
  };
  const name = (d: DelegationId) => {
    const team = session.names[d]?.trim();
    return team ? t('record.option', { name: delegationName(g, d), student: team }) : delegationName(g, d);
  };
  return (
    <details class="record__group deal">
      <summary>{t('record.deal')}</summary>
      <p class="hint">{t('record.deal.help')}</p>
      <p class="field field--inline">
        <label for={ids.from}>{t('record.deal.from')}</label>
        <select id={ids.from} value={from} onChange={(e) => { setFrom((e.currentTarget as HTMLSelectElement).value); setTerm(0); }}>
          {humans.map((d) => <option key={d} value={d}>{name(d)}</option>)}
        </select>
        <label for={ids.to}>{t('record.deal.to')}</label>
        <select id={ids.to} value={partner} onChange={(e) => { setTo((e.currentTarget as HTMLSelectElement).value); setTerm(0); }}>
          {humans.filter((d) => d !== from).map((d) => <option key={d} value={d}>{name(d)}</option>)}
        </select>
      </p>
      {offers.length ? (
        <p class="field field--inline">
          <label for={ids.term}>{t('record.deal.term')}</label>
          <select id={ids.term} value={String(term)} onChange={(e) => setTerm(Number((e.currentTarget as HTMLSelectElement).value))}>
            {offers.map((a, i) => <option key={i} value={String(i)}>{actionLabel(g, session.game, a)}</option>)}
          </select>
          <button type="button" class="button button--primary" onClick={record}>{t('record.deal.record')}</button>
        </p>
      ) : <p>{t('record.deal.none')}</p>}
      <p role="status">{done}</p>
    </details>
  );
}
