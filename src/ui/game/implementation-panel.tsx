/**
 * Implementation: for each adopted measure, the player's voluntary choice to implement it (with
 * cost per round and rounds needed) or to stay out, the progress of what is under way, and ready.
 */
import { implementationTerms, indexScenario, type ActionOf } from '../../engine';
import { useGame } from '../context';
import { inSensitiveCrisis } from '../../engine/common';
import { delegationList, flashpointName, flashpointStageIn, measureTitle } from '../names';
import { ActionButton } from './action-button';
import { PanelHeading } from './panel-heading';

export function ImplementationPanel() {
  const g = useGame();
  const { t, game, scenario, legal, me } = g;
  const idx = indexScenario(scenario);
  const choices = legal.filter((a): a is ActionOf<'implement.choose'> => a.type === 'implement.choose');
  const ready = legal.find((a): a is ActionOf<'ready'> => a.type === 'ready');
  const adopted = scenario.measures.filter((m) => game.measures[m.id]!.status === 'adopted');
  return (
    <>
      <PanelHeading title={t('tab.implementation')} />
      <p class="hint">{t('implementation.help')}</p>
      {game.phase !== 'implementation' && <p class="notice">{t('implementation.not-now')}</p>}
      {ready && <div class="panel__bar"><ActionButton action={ready} variant="primary" /></div>}
      {adopted.length === 0 ? <p>{t('implementation.none')}</p> : (
        <ul class="cards">
          {adopted.map((m) => {
            const s = game.measures[m.id]!;
            const terms = implementationTerms(idx, m.id, s.amendments);
            const mine = s.implementation[me];
            const implementers = Object.entries(s.implementation).filter(([, i]) => i.choice === 'in').map(([id]) => id);
            const done = Object.entries(s.implementation).filter(([, i]) => i.done).map(([id]) => id);
            const acts = choices.filter((a) => a.measure === m.id);
            // When only "stay out" is offered, say why "Implement" is missing.
            const barred = acts.length > 0 && !acts.some((a) => a.optIn);
            const influence = game.delegations[me]?.influence ?? 0;
            const crisis = barred && idx.isSensitive(m) ? inSensitiveCrisis(idx, game, me) : null;
            return (
              <li key={m.id} class="card">
                <h3 id={`impl-${m.id}`} class="card__title">{measureTitle(g, m.id)}</h3>
                <p class="card__meta">
                  {t(`dimension.${m.dimension}`)} · {t('measure.terms', { cost: terms.cost, rounds: terms.rounds })}
                  {s.amendments.length > 0 && ` · ${s.amendments.map((a) => t(`amendment.${a}`)).join(', ')}`}
                </p>
                <p class="card__status">
                  {!mine ? t('implementation.mine.undecided')
                    : mine.done ? t('measure.mine.done')
                      : mine.choice === 'in' ? t('measure.mine.progress', { progress: mine.progress, rounds: terms.rounds })
                        : t('measure.mine.out')}
                </p>
                <p class="card__meta">
                  {implementers.length ? t('implementation.implementers', { names: delegationList(g, implementers), n: implementers.length }) : t('implementation.no-implementers')}
                  {done.length > 0 && ` · ${t('implementation.done', { n: done.length })}`}
                </p>
                {barred && (
                  <p class="card__status warning" role="note">
                    {crisis ? t('implementation.why-not.crisis', { flashpoint: flashpointName(g, crisis), stage: flashpointStageIn(g, game, crisis) })
                      : influence < terms.cost ? t('implementation.why-not.influence', { cost: terms.cost, have: influence })
                        : t('implementation.why-not.other')}
                  </p>
                )}
                {acts.length > 0 && <div class="card__actions">{acts.map((a) => <ActionButton key={String(a.optIn)} action={a} variant={a.optIn ? 'primary' : 'default'} />)}</div>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
