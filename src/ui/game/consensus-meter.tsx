/**
 * The consensus meter: how the room stands on the item (support, reservations, abstentions,
 * objections, still to speak), whether it would pass if the question were called now, and who
 * blocks it and why.
 */
import { indexScenario, tally, type Proposal } from '../../engine';
import { useGame } from '../context';
import { delegationName, type NameContext } from '../names';
import { reasonLineParts, reasonText } from '../reason-text';

const ORDER = ['support', 'reservation', 'abstain', 'objection', 'pending'] as const;

export function ConsensusMeter({ proposal }: { proposal: Proposal }) {
  const g = useGame();
  const { t, game, scenario } = g;
  const idx = indexScenario(scenario);
  const tl = tally(scenario.rules.decision, proposal, idx.voters);
  const total = idx.voters.length || 1;
  return (
    <section class="section meter" aria-labelledby="meter-heading">
      <h3 id="meter-heading">{t('meter.heading', { rule: t(`rule.${scenario.rules.decision}`) })}</h3>
      <div class="meter__bar" aria-hidden="true">
        {ORDER.map((k) => tl[k].length > 0 && (
          <span key={k} class={`meter__seg meter__seg--${k}`} style={{ width: `${(tl[k].length / total) * 100}%` }} />
        ))}
      </div>
      <ul class="meter__legend">
        {ORDER.map((k) => (
          <li key={k}><span class={`swatch swatch--${k}`} aria-hidden="true" />{t(`meter.${k}`, { n: tl[k].length })}</li>
        ))}
      </ul>
      <p class={`meter__verdict ${tl.passes ? 'good' : 'bad'}`}>
        {tl.passes
          ? t(tl.pending.length ? 'meter.passes-so-far' : 'meter.passes')
          : t('meter.blocked', { n: tl.blockers.length })}
      </p>
      {tl.blockers.length > 0 && (
        <ul class="plain-list">
          {tl.blockers.map((b) => (
            <BlockerLine key={b} g={g} id={b} reason={reasonText(g, game, proposal.positions[b]?.reason) ?? t('meter.no-reason')} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One blocker and its reason, the name in bold wherever the language puts it. */
function BlockerLine({ g, id, reason }: { g: NameContext; id: string; reason: string }) {
  const { before, after } = reasonLineParts(g, reason);
  return <li>{before}<strong>{delegationName(g, id)}</strong>{after}</li>;
}
