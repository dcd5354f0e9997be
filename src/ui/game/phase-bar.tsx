/**
 * The phase bar: the year and round, the chair, the phase, what to do now and whom the game
 * waits for, with the Conference's cohesion and the player's influence and prestige.
 */
import { cohesion, indexScenario, isSummit } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { useGame } from '../context';
import { delegationName } from '../names';
import { guidance, waitingFor } from '../phase-guidance';
import { PrefsControls } from '../prefs-controls';
import { Term } from '../help/term';
import type { TermId } from '../help/glossary';
import { LAST_KNOWN_CHAIR_YEAR } from './assumption-note';

export function PhaseBar({ onLeave }: { onLeave(): void }) {
  const g = useGame();
  const { t, lang, game, scenario, me, session } = g;
  const idx = indexScenario(scenario);
  const mine = game.delegations[me];
  // Delegations that only wait to close after the players are not still at work.
  const closing = session.snapshot.closingAfterHumans ?? [];
  const working = session.snapshot.awaiting.filter((d) => !closing.includes(d));
  const year = scenario.calendar.startYear + game.round - 1;
  const stat = (label: string, value: string, cls = '', term?: TermId) => (
    <div class={`stat ${cls}`}>
      <dt>{term ? <Term id={term}>{label}</Term> : label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <header class="game__header phase-bar">
      <div class="phase-bar__top">
        <h1 class="phase-bar__title">{localize(scenario.meta.title, lang)}</h1>
        <dl class="phase-bar__stats">
          {stat(t('bar.round'), t('bar.round.value', { round: game.round, rounds: scenario.calendar.rounds, year }))}
          {isSummit(idx, game.round) && stat(t('bar.summit'), t('bar.summit.value'))}
          {stat(t('bar.chair'), year > LAST_KNOWN_CHAIR_YEAR ? t('bar.chair.assumed', { name: delegationName(g, game.chair) }) : delegationName(g, game.chair))}
          {stat(t('bar.phase'), t(`phase.${game.phase}`), 'stat--phase')}
          {stat(t('bar.cohesion'), formatNumber(lang, cohesion(idx, game)), '', 'cohesion')}
          {mine && stat(t('bar.influence'), formatNumber(lang, mine.influence), 'stat--mine', 'influence')}
          {mine && stat(t('bar.prestige'), formatNumber(lang, mine.prestige), 'stat--mine', 'prestige')}
        </dl>
      </div>
      <div class="phase-bar__guide">
        <p class="phase-bar__now">
          <strong>{t('bar.you-are', { name: delegationName(g, me) })}</strong> {guidance(g, game, me, working, session.aiBusy, g.legal)}
        </p>
        <p class="phase-bar__waiting">
          {session.aiBusy
            ? <span class="busy">{t('bar.ai-busy', { n: session.aiSteps })}</span>
            : game.phase !== 'concluded' && t('bar.waiting', { who: waitingFor(g, me, working) })}
          {!session.aiBusy && closing.length > 0 && ` ${t(Object.values(session.snapshot.seats).filter((x) => x === 'human').length > 1 ? 'bar.waiting.closing.players' : 'bar.waiting.closing', { n: closing.length })}`}
          {session.saveFailed && <span class="warning"> {t('bar.save-failed')}</span>}
        </p>
        <div class="phase-bar__tools">
          <PrefsControls />
          <button type="button" class="button button--quiet" onClick={onLeave}>{t('bar.leave')}</button>
        </div>
      </div>
    </header>
  );
}
