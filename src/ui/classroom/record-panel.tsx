/**
 * On the projector, the facilitator records the public moves of delegations played by people:
 * talks, pledges, proposals, preventive diplomacy, the energy bloc, implementation choices and
 * "ready". Each group folds away, so the shared screen stays readable.
 */
import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import type { Action } from '../../engine';
import { groupActions } from '../action-groups';
import { useGame } from '../context';
import { ActionButton } from '../game/action-button';
import { delegationName } from '../names';
import { ActingAs } from './acting-as';
import type { ClassroomSession } from './classroom-session';

function Group({ title, actions }: { title: string; actions: readonly Action[] }) {
  if (!actions.length) return null;
  return (
    <details class="record__group">
      <summary>{title} ({actions.length})</summary>
      <div class="action-list">{actions.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}</div>
    </details>
  );
}

/**
 * Offers are private, yet a delegation must answer them before it may declare itself ready. On
 * the shared screen they can only be declined together, with neither sender nor terms shown.
 */
function PrivateOffers({ session, id }: { session: ClassroomSession; id: string }) {
  const g = useGame();
  const declines = session.aiBusy ? [] : session.conductor.legalFor(id).filter((a) => a.type === 'consult.answer' && !a.accept);
  if (!declines.length) return null;
  const name = delegationName(g, id);
  return (
    <p class="record__private">
      <span>{g.t('record.private', { n: declines.length })}</span>{' '}
      <button type="button" class="button" onClick={() => { for (const a of declines) g.act(a); }}>
        {g.t('record.decline-private', { name, n: declines.length })}
      </button>
    </p>
  );
}

function Moves() {
  const { t, legal, game } = useGame();
  const groups = groupActions(legal);
  const consents = [...groups.diplomacy.values()].flat().filter((a) => a.type === 'diplomacy.consent');
  if (game.phase === 'implementation') {
    const choices = legal.filter((a) => a.type === 'implement.choose');
    return (
      <>
        {groups.ready && <ActionButton action={groups.ready} variant="primary" />}
        <div class="action-list">{choices.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}</div>
      </>
    );
  }
  const diplomacy = [...groups.diplomacy.values()].flat().filter((a) => a.type !== 'diplomacy.consent');
  return (
    <>
      {groups.ready && <ActionButton action={groups.ready} variant="primary" />}
      {consents.length > 0 && <div class="action-list">{consents.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}</div>}
      <Group title={t('record.talks')} actions={groups.talks} />
      <Group title={t('record.pledges')} actions={groups.pledges} />
      <Group title={t('record.table')} actions={groups.tabling} />
      <Group title={t('record.agenda')} actions={groups.agenda} />
      <Group title={t('record.diplomacy')} actions={diplomacy} />
      <Group title={t('record.energy')} actions={groups.energy} />
    </>
  );
}

export function RecordPanel({ session, children }: { session: ClassroomSession; children?: ComponentChildren }) {
  const g = useGame();
  const { t } = g;
  const selectId = useId();
  const humans = session.humans();
  const awaiting = humans.filter((d) => session.snapshot.awaiting.includes(d));
  const [chosen, setChosen] = useState<string | null>(null);
  const id = chosen && humans.includes(chosen) ? chosen : awaiting.includes(session.me) ? session.me : awaiting[0] ?? humans[0];
  if (!id) return null;
  const label = (d: string) => {
    const student = session.names[d]?.trim();
    const name = delegationName(g, d);
    const done = awaiting.includes(d) ? '' : ` ${t('record.done')}`;
    return `${student ? t('record.option', { name, student }) : name}${done}`;
  };
  return (
    <section class="section section--attention record" aria-labelledby="record-heading">
      <h3 id="record-heading">{t('record.heading')}</h3>
      <p class="field field--inline">
        <label for={selectId}>{t('record.for')}</label>
        <select id={selectId} value={id} onChange={(e) => setChosen((e.currentTarget as HTMLSelectElement).value)}>
          {humans.map((d) => <option key={d} value={d}>{label(d)}</option>)}
        </select>
      </p>
      <ActingAs session={session} id={id}>
        {awaiting.includes(id) ? <><PrivateOffers session={session} id={id} /><Moves /></> : <p>{t('record.nothing', { name: delegationName(g, id) })}</p>}
        {children}
      </ActingAs>
    </section>
  );
}
