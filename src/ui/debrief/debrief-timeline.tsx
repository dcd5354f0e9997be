/**
 * The timeline, round by round: events, proposals, decisions (with every position and who
 * blocked it and why), pledges kept and broken, mediation, stage changes and implementation.
 */
import type { TimelineEntry } from '../../debrief/build';
import { foldTimeline, type TimelineItem } from '../../debrief/timeline-fold';
import type { GameState } from '../../engine';
import type { Scenario } from '../../scenario/schema';
import { chronicleText, chronicleTone } from '../chronicle-text';
import { usePrefs } from '../context';
import { delegationName, type NameContext } from '../names';
import { reasonText } from '../reason-text';

function Decision({ c, game, entry }: { c: NameContext; game: GameState; entry: TimelineEntry & { kind: 'decision' } }) {
  const { t } = c;
  const d = entry.decision;
  if (!d) return null;
  const rows = Object.entries(d.positions).sort(([a], [b]) => delegationName(c, a).localeCompare(delegationName(c, b), c.lang));
  return (
    <details class="decision">
      <summary>{t('debrief.positions', { n: rows.length })}</summary>
      {entry.blockers.length > 0 && (
        <ul class="plain-list">
          {entry.blockers.map((b) => (
            <li key={b}><strong>{t('debrief.blocked-by', { name: delegationName(c, b) })}</strong> {reasonText(c, game, d.positions[b]?.reason) ?? t('meter.no-reason')}</li>
          ))}
        </ul>
      )}
      <table class="table">
        <caption class="visually-hidden">{t('debrief.positions', { n: rows.length })}</caption>
        <thead><tr><th scope="col">{t('col.delegation')}</th><th scope="col">{t('col.position')}</th><th scope="col">{t('col.reason')}</th></tr></thead>
        <tbody>
          {rows.map(([id, p]) => (
            <tr key={id}>
              <th scope="row">{delegationName(c, id)}</th>
              <td class={`stance stance--${p.stance}`}>{t(`stance.${p.stance}`)}{p.amendment ? ` (${t(`amendment.${p.amendment}`)})` : ''}</td>
              <td class="reason">{reasonText(c, game, p.reason) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

function Entry({ c, game, e }: { c: NameContext; game: GameState; e: TimelineEntry }) {
  return (
    <li class={`log__entry tone--${chronicleTone(e)}`}>
      {chronicleText(c, game, e)}
      {e.kind === 'decision' && <Decision c={c} game={game} entry={e} />}
    </li>
  );
}

function Item({ c, game, item }: { c: NameContext; game: GameState; item: TimelineItem }) {
  if (item.kind === 'entry') return <Entry c={c} game={game} e={item.entry} />;
  return (
    <li class="log__entry log__folded">
      <details>
        <summary>{c.t('debrief.folded', { n: item.entries.length })}</summary>
        <ol class="log">{item.entries.map((e, i) => <Entry key={i} c={c} game={game} e={e} />)}</ol>
      </details>
    </li>
  );
}

interface Props {
  scenario: Scenario;
  game: GameState;
  timeline: readonly TimelineEntry[];
  /** Only the entries about these delegations (and what concerns everyone). */
  teams?: ReadonlySet<string>;
}

/** The timeline round by round, routine entries folded. */
export function DebriefTimeline({ scenario, game, timeline, teams }: Props) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const rounds = [...new Set(timeline.map((e) => e.round))].sort((a, b) => a - b);
  if (!rounds.length) return <p>{t('debrief.timeline.none')}</p>;
  return (
    <>
      {rounds.map((r) => (
        <section key={r} class="timeline__round" aria-labelledby={`tl-${r}`}>
          <h3 id={`tl-${r}`}>{t('chronicle.round-heading', { round: r, year: scenario.calendar.startYear + r - 1 })}</h3>
          <ol class="log">
            {foldTimeline(timeline.filter((e) => e.round === r), game, teams).map((item, i) => <Item key={i} c={c} game={game} item={item} />)}
          </ol>
        </section>
      ))}
    </>
  );
}
