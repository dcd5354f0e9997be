/** What changed in a round and why, in sections that only appear when they have something to say. */
import type { ComponentChildren } from 'preact';
import { formatNumber, formatTrust, signed } from '../../i18n';
import { useGame } from '../context';
import { roundSummary, type SummaryLine } from '../round-summary';
import { ReviewBlock } from './review-block';

function Lines({ title, lines }: { title: string; lines: readonly SummaryLine[] }) {
  if (!lines.length) return null;
  return (
    <Block title={title}>
      <ul class="plain-list">
        {lines.map((l, i) => (
          <li key={i} class={`tone--${l.tone}`}>
            {l.full ? <details class="log__more"><summary>{l.text}</summary><p>{l.full}</p></details> : l.text}
          </li>
        ))}
      </ul>
    </Block>
  );
}

function Block({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="summary__block">
      <h3>{title}</h3>
      {children}
    </section>
  );
}

export function RoundSummaryView({ round }: { round: number }) {
  const g = useGame();
  const { t, lang, session, me } = g;
  // A round runs from the previous round's close (so its own opening counts) to its own close.
  const before = session.roundEnd?.(round - 1) ?? session.roundStart.get(round);
  const after = session.roundEnd?.(round) ?? session.roundStart.get(round + 1) ?? session.game;
  if (!before) return <p>{t('summary.unavailable')}</p>;
  // The round as its opening left it (income paid): influence is counted from there.
  const opened = session.roundStart.get(round);
  const s = roundSummary(g, before, after, round, me, undefined, opened);
  const change = (a: number, b: number) => `${formatNumber(lang, a)} → ${formatNumber(lang, b)} (${signed(lang, Math.round((b - a) * 10) / 10)})`;
  const quiet = !s.decisions.length && !s.events.length && !s.flashpoints.length && !s.implemented.length && !s.diplomacy.length;
  return (
    <div class="summary">
      <dl class="summary__stats">
        <div><dt>{t('bar.cohesion')}</dt><dd>{change(s.cohesion.before, s.cohesion.after)}</dd></div>
        <div><dt>{t('bar.influence')}</dt><dd>{change(s.influence.before, s.influence.after)}</dd></div>
        <div><dt>{t('bar.prestige')}</dt><dd>{change(s.prestige.before, s.prestige.after)}</dd></div>
      </dl>
      <ReviewBlock before={before} after={after} round={round} />
      {quiet && <p>{t('summary.quiet')}</p>}
      <Lines title={t('summary.decisions')} lines={s.decisions} />
      {s.events.length > 0 && (
        <Block title={t('summary.events')}>
          {s.events.map((e, i) => <div key={i} class="event"><h4>{e.title}</h4><p>{e.text}</p></div>)}
        </Block>
      )}
      <Lines title={t('summary.flashpoints')} lines={s.flashpoints} />
      <Lines title={t('summary.implemented')} lines={s.implemented} />
      <Lines title={t('summary.diplomacy')} lines={s.diplomacy} />
      {s.trust.length > 0 && (
        <Block title={t('summary.trust')}>
          <ul class="plain-list">
            {s.trust.map((m) => (
              <li key={m.id} class={m.delta > 0 ? 'tone--good' : 'tone--bad'}>
                {m.why
                  ? t('summary.trust.line-why', { name: m.name, delta: signed(lang, m.delta), now: formatTrust(lang, m.now), causes: m.why, n: m.losses.length })
                  : t('summary.trust.line', { name: m.name, delta: signed(lang, m.delta), now: formatTrust(lang, m.now) })}
              </li>
            ))}
          </ul>
        </Block>
      )}
    </div>
  );
}
