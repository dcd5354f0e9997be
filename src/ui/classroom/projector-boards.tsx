/** What the room sees of each phase on the projector: public facts only, never a delegation's secrets. */
import { currentItem, roundAgenda, type DelegationId } from '../../engine';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { useGame } from '../context';
import { ConsensusMeter } from '../game/consensus-meter';
import { ActionButton } from '../game/action-button';
import { delegationList, delegationName, measureTitle, packageTitle, proposalTitle } from '../names';
import { ActingAs } from './acting-as';
import type { ClassroomSession } from './classroom-session';
import { PositionsRecorder } from './positions-recorder';
import { chronicleOfRound } from '../../engine';

/** Who is still to finish: the student teams by name, the AI delegations only counted. */
function Waiting({ session, ids }: { session: ClassroomSession; ids: readonly DelegationId[] }) {
  const g = useGame();
  if (!ids.length) return <p class="projector__waiting">{g.t('projector.waiting', { names: g.t('waiting.nobody'), n: 0 })}</p>;
  const teams = ids.filter((d) => session.snapshot.seats[d] === 'human');
  const ai = ids.length - teams.length;
  return (
    <div class="projector__waiting">
      {teams.length > 0 && <p class="projector__waiting-teams">{g.t('projector.waiting.teams', { names: delegationList(g, teams), n: teams.length })}</p>}
      {ai > 0 && <p class="projector__waiting-ai hint">{g.t('projector.waiting.ai', { n: ai })}</p>}
    </div>
  );
}

export function ConsultationsBoard({ session }: { session: ClassroomSession }) {
  const g = useGame();
  const { t, game } = g;
  const items = roundAgenda(game);
  return (
    <section class="section" aria-labelledby="board-agenda">
      <h2 id="board-agenda">{t('projector.consultations')}</h2>
      <Waiting session={session} ids={session.snapshot.awaiting} />
      <h3>{t('agenda.heading', { n: items.length })}</h3>
      {items.length === 0 ? <p>{t('agenda.empty')}</p> : (
        <ol class="agenda">
          {items.map((id) => {
            const p = game.proposals[id]!;
            const pledgers = game.pledges.filter((x) => x.proposal === id && x.status === 'open').map((x) => x.by);
            return (
              <li key={id}>
                <strong>{proposalTitle(g, game, id)}</strong> — {t('agenda.proposer', { name: delegationName(g, p.proposer) })}
                {pledgers.length > 0 && ` · ${t('agenda.pledged', { names: delegationList(g, pledgers), n: pledgers.length })}`}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

export function PlenaryBoard({ session }: { session: ClassroomSession }) {
  const g = useGame();
  const { t, game } = g;
  const item = currentItem(game);
  const pl = game.plenary;
  const decisions = chronicleOfRound(game, game.round).filter((e) => (e.kind === 'decision' || e.kind === 'withdrawn'));
  const humanProposer = item && pl?.step === 'proposer' && session.snapshot.seats[item.proposer] === 'human';
  return (
    <>
      <h2>{t('tab.plenary')}</h2>
      {item && (
        <>
          <section class="section section--attention" aria-labelledby="board-item">
            <h3 id="board-item">{t('plenary.item', { proposal: packageTitle(g, game, item.id) })}</h3>
            <p class="card__meta">{t('plenary.proposed-by', { name: delegationName(g, item.proposer) })}</p>
            {pl?.step === 'proposer' && !humanProposer && <p>{t('plenary.awaiting-proposer', { name: delegationName(g, item.proposer) })}</p>}
            {humanProposer && (
              <ActingAs session={session} id={item.proposer}>
                <ProposerMoves />
              </ActingAs>
            )}
          </section>
          <ConsensusMeter proposal={item} />
          <PositionsRecorder session={session} proposal={item} />
        </>
      )}
      {pl && (
        <section class="section" aria-labelledby="board-agenda">
          <h3 id="board-agenda">{t('plenary.agenda')}</h3>
          <ol class="agenda">
            {pl.agenda.map((id, i) => (
              <li key={id} class={`agenda__item agenda__item--${i === pl.current ? 'current' : 'other'}`} aria-current={i === pl.current ? 'step' : undefined}>
                {packageTitle(g, game, id)} <span class="agenda__state">— {t(`plenary.item.${i < pl.current ? game.proposals[id]!.status : i === pl.current ? 'current' : 'next'}`)}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {decisions.length > 0 && (
        <section class="section" aria-labelledby="board-decisions">
          <h3 id="board-decisions">{t('plenary.decisions')}</h3>
          <ul class="plain-list">{decisions.map((e, i) => <li key={i} class={`tone--${chronicleTone(e)}`}>{chronicleText(g, game, e)}</li>)}</ul>
        </section>
      )}
    </>
  );
}

function ProposerMoves() {
  const { t, legal, me } = useGame();
  const g = useGame();
  const moves = legal.filter((a) => a.type === 'plenary.decide' || a.type === 'plenary.amend' || a.type === 'plenary.link' || a.type === 'plenary.unlink' || a.type === 'plenary.withdraw');
  return (
    <div role="group" aria-label={t('projector.record-proposer', { name: delegationName(g, me) })} class="action-grid">
      <p class="action-grid__label">{t('projector.record-proposer', { name: delegationName(g, me) })}</p>
      {moves.map((a) => <ActionButton key={JSON.stringify(a)} action={a} variant={a.type === 'plenary.decide' ? 'primary' : 'default'} />)}
    </div>
  );
}

export function ImplementationBoard({ session }: { session: ClassroomSession }) {
  const g = useGame();
  const { t, game, scenario } = g;
  const adopted = scenario.measures.filter((m) => game.measures[m.id]!.status === 'adopted');
  return (
    <section class="section" aria-labelledby="board-impl">
      <h2 id="board-impl">{t('tab.implementation')}</h2>
      <Waiting session={session} ids={session.snapshot.awaiting} />
      {adopted.length === 0 ? <p>{t('implementation.none')}</p> : (
        <ul class="plain-list">
          {adopted.map((m) => {
            const ins = Object.entries(game.measures[m.id]!.implementation).filter(([, i]) => i.choice === 'in').map(([d]) => d);
            return (
              <li key={m.id}>
                <strong>{measureTitle(g, m.id)}</strong>: {ins.length ? t('implementation.implementers', { names: delegationList(g, ins), n: ins.length }) : t('implementation.no-implementers')}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
