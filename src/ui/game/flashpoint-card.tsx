/**
 * A flashpoint: its parties, stage and tension, the diplomacy already at work on it this round,
 * and the preventive-diplomacy tools the player may use on it now.
 */
import { indexScenario, type Action } from '../../engine';
import { formatNumber } from '../../i18n';
import { localize } from '../../scenario/text';
import { useGame } from '../context';
import { delegationList, delegationName } from '../names';
import { ActionButton } from './action-button';
import { StageBadge } from './stage-badge';

export function FlashpointCard({ id, actions }: { id: string; actions: readonly Action[] }) {
  const g = useGame();
  const { t, lang, game, scenario } = g;
  const def = indexScenario(scenario).flashpoint.get(id)!;
  const s = game.flashpoints[id]!;
  const headingId = `fp-${id}`;
  const atWork: string[] = [];
  if (s.earlyWarning) atWork.push(t('fp.status.early-warning'));
  if (s.envoy) atWork.push(t('fp.status.envoy', { name: delegationName(g, s.envoy) }));
  if (s.factFinding !== 'none') atWork.push(t(`fp.status.fact-finding.${s.factFinding}`, { name: s.factFindingBy ? delegationName(g, s.factFindingBy) : '' }));
  if (s.hotline) atWork.push(t('fp.status.hotline'));
  return (
    <article class={`card flashpoint flashpoint--${s.stage}`} aria-labelledby={headingId}>
      <h4 id={headingId} class="card__title">{localize(def.name, lang)}</h4>
      <p class="card__meta">
        <StageBadge stage={s.stage} /> {t('fp.tension', { n: formatNumber(lang, s.tension) })} · {t('fp.parties', { names: delegationList(g, def.parties) })}
      </p>
      <meter class="tension-meter" min={0} max={100} low={scenario.rules.stages.strained} high={scenario.rules.stages.crisis} optimum={0} value={s.tension}
        aria-label={t('fp.tension-meter', { name: localize(def.name, lang) })} />
      <details>
        <summary>{t('fp.about')}</summary>
        <p>{localize(def.description, lang)}</p>
      </details>
      {atWork.length > 0 && <p class="card__status">{t('fp.at-work', { list: atWork.join('; ') })}</p>}
      {actions.length > 0 && <div class="card__actions">{actions.map((a) => <ActionButton key={JSON.stringify(a)} action={a} />)}</div>}
    </article>
  );
}
