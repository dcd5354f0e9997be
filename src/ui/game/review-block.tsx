/** The Review phase made visible in the round summary: each dispute's tension over the year and why it moved. */
import { formatNumber, signed, type MessageKey } from '../../i18n';
import { useGame } from '../context';
import { flashpointName, joinList, measureTitle } from '../names';
import { reviewLines, type ReviewReason } from '../review-text';
import type { GameState } from '../../engine';
import { localize } from '../../scenario/text';

export function ReviewBlock({ before, after, round }: { before: GameState; after: GameState; round: number }) {
  const g = useGame();
  const { t, lang, scenario } = g;
  const lines = reviewLines(scenario, before, after, round);
  if (lines.length === 0) return null;
  const reason = (r: ReviewReason): string => {
    switch (r.kind) {
      case 'event': {
        const ev = scenario.events.find((e) => e.id === r.event);
        return t('review.reason.event', { title: ev ? localize(ev.title, lang) : r.event, n: signed(lang, r.delta) });
      }
      case 'drift': return t('review.reason.drift', { n: signed(lang, r.drift) });
      case 'low-trust': return t('review.reason.low-trust', { n: formatNumber(lang, r.trust) });
      case 'high-trust': return t('review.reason.high-trust', { n: formatNumber(lang, r.trust) });
      case 'diplomacy': return t('review.reason.diplomacy', { tools: joinList(lang, r.tools.map((x) => t(`tool.${x}` as MessageKey))) });
      case 'hotline': return t('review.reason.hotline');
      case 'implemented': return t('review.reason.implemented', { measure: measureTitle(g, r.measure) });
      case 'bloc-divide': return t('review.reason.bloc-divide', { n: signed(lang, r.n) });
      case 'chance': return t('review.reason.chance', { n: formatNumber(lang, r.volatility) });
    }
  };
  return (
    <section class="summary__block review" aria-labelledby={`review-${round}`}>
      <h3 id={`review-${round}`}>{t('review.heading')}</h3>
      <p class="hint">{t('review.help')}</p>
      <ul class="plain-list">
        {lines.map((l) => {
          const delta = Math.round((l.after - l.before) * 10) / 10;
          const tone = l.to !== l.from ? (stageUp(l.from, l.to) ? 'bad' : 'good') : delta > 0 ? 'bad' : delta < 0 ? 'good' : 'neutral';
          return (
            <li key={l.flashpoint} class={`tone--${tone}`}>
              <strong>{flashpointName(g, l.flashpoint)}</strong>{': '}
              {t('review.tension', { before: formatNumber(lang, l.before), after: formatNumber(lang, l.after), delta: signed(lang, delta) })}
              {' · '}{l.to !== l.from ? t('review.stage-changed', { from: t(`stage.${l.from}`), to: t(`stage.${l.to}`) }) : t('review.stage-same', { stage: t(`stage.${l.to}`) })}
              {l.reasons.length > 0 && <span class="review__why">. {t('review.why', { list: l.reasons.map(reason).join('; ') })}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const ORDER = ['stable', 'strained', 'crisis', 'conflict'];
function stageUp(from: string, to: string): boolean {
  return ORDER.indexOf(to) > ORDER.indexOf(from);
}
