/**
 * The facilitator's guide: the scenario and its learning objectives, who plays which delegation,
 * a timing plan round by round from the session's phase clock, the disputes and the event deck
 * (for injections), and the debrief questions.
 */
import type { Seat } from '../../flow/conductor';
import { TIMED_PHASES, type TimedPhase } from '../../flow/session.machine';
import type { Scenario } from '../../scenario/schema';
import { localize } from '../../scenario/text';
import { usePrefs } from '../context';
import { delegationList, delegationName, flashpointName } from '../names';
import { playerDelegations } from '../start/delegation-choice';

/** Minutes suggested for the closing debrief; the guide says it is a suggestion. */
export const DEBRIEF_MINUTES = 15;

interface Props {
  scenario: Scenario;
  names: Record<string, string>;
  seats: Record<string, Seat>;
  durations: Record<TimedPhase, number>;
  readingMinutes?: number;
}

export function FacilitatorGuide({ scenario, names, seats, durations, readingMinutes = 0 }: Props) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  const cal = scenario.calendar;
  const perRound = TIMED_PHASES.reduce((n, p) => n + durations[p], 0) / 60;
  const rounds = Array.from({ length: cal.rounds }, (_, i) => i + 1);
  const minutes = (p: TimedPhase) => Math.round(durations[p] / 60);
  const people = playerDelegations(scenario, lang);
  const teams = people.filter((d) => seats[d.id] === 'human');
  const reading = readingMinutes;
  const total = reading + Math.round(perRound * cal.rounds) + DEBRIEF_MINUTES;
  return (
    <article class="print-page guide" aria-labelledby="guide-title">
      <header class="print-page__head">
        <p class="print-page__kicker">{t('print.guide.kicker')}</p>
        <h2 id="guide-title">{t('print.guide.title', { scenario: localize(scenario.meta.title, lang) })}</h2>
      </header>
      <section class="print-block">
        <p class="prose">{localize(scenario.meta.summary, lang)}</p>
        <h3>{t('print.guide.objectives')}</h3>
        <ul>{scenario.meta.objectives.map((o, i) => <li key={i}>{localize(o, lang)}</li>)}</ul>
      </section>
      <section class="print-block">
        <h3>{t('print.guide.timing')}</h3>
        <p>{t('print.guide.timing.help', { minutes: total, suggested: scenario.meta.durationMinutes, debrief: DEBRIEF_MINUTES })}</p>
        <table class="table">
          <caption class="visually-hidden">{t('print.guide.timing')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('bar.round')}</th>
              <th scope="col">{t('bar.chair')}</th>
              {TIMED_PHASES.map((p) => <th key={p} scope="col">{t(`phase.${p}`)}</th>)}
              <th scope="col">{t('print.guide.elapsed')}</th>
            </tr>
          </thead>
          <tbody>
            {reading > 0 && (
              <tr>
                <th scope="row">{t('print.guide.reading')}</th>
                {/* Like the debrief's row: the time is the elapsed column's, not under a round's columns. */}
                <td colSpan={TIMED_PHASES.length + 1} />
                <td class="num">{t('print.guide.minutes', { n: reading })}</td>
              </tr>
            )}
            {rounds.map((r) => (
              <tr key={r}>
                <th scope="row">{t('print.guide.round', { round: r, year: cal.startYear + r - 1 })}{cal.summitRounds.includes(r) ? ` · ${t('bar.summit')}` : ''}</th>
                <td>{delegationName(c, cal.chairs[(r - 1) % cal.chairs.length]!)}</td>
                {TIMED_PHASES.map((p) => <td key={p} class="num">{t('print.guide.minutes', { n: minutes(p) })}</td>)}
                <td class="num">{t('print.guide.minutes', { n: reading + Math.round(perRound * r) })}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('print.guide.debrief')}</th>
              <td colSpan={TIMED_PHASES.length + 1} />
              <td class="num">{t('print.guide.minutes', { n: total })}</td>
            </tr>
          </tbody>
        </table>
      </section>
      <section class="print-block">
        <h3>{t('print.guide.teams')}</h3>
        {teams.length
          ? <ol class="guide__teams">{teams.map((d) => <li key={d.id}><strong>{localize(d.name, lang)}</strong>{names[d.id]?.trim() ? `: ${names[d.id]!.trim()}` : ''}</li>)}</ol>
          : <p>{t('debrief.teams.none')}</p>}
      </section>
      <section class="print-block">
        <h3>{t('print.guide.seats')}</h3>
        <ul class="guide__seats">
          {people.map((d) => (
            <li key={d.id}>
              <strong>{localize(d.name, lang)}</strong>: {seats[d.id] === 'human' ? (names[d.id]?.trim() || t('seat.human')) : t('seat.ai')}
            </li>
          ))}
        </ul>
      </section>
      {scenario.flashpoints.length > 0 && (
        <section class="print-block">
          <h3>{t('print.guide.flashpoints')}</h3>
          <ul>
            {scenario.flashpoints.map((f) => (
              <li key={f.id}><strong>{flashpointName(c, f.id)}</strong> ({delegationList(c, f.parties)}): {t('fp.tension', { n: f.tension })}. {localize(f.description, lang)}</li>
            ))}
          </ul>
        </section>
      )}
      {scenario.events.length > 0 && (
        <section class="print-block">
          <h3>{t('print.guide.events')}</h3>
          <p class="hint">{t('print.guide.events.help')}</p>
          <ul>
            {scenario.events.map((e) => (
              <li key={e.id}>
                <strong>{localize(e.title, lang)}</strong>
                {e.trigger.fromRound !== undefined && ` (${t('print.guide.event-from', { round: e.trigger.fromRound })})`}: {localize(e.text, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="print-block">
        <h3>{t('results.debrief')}</h3>
        {scenario.debrief.questions.length
          ? <ol>{scenario.debrief.questions.map((q, i) => <li key={i}>{localize(q.text, lang)}</li>)}</ol>
          : <p>{t('debrief.questions.none')}</p>}
      </section>
    </article>
  );
}
