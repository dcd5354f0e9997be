/** The debrief's charts: cohesion, each delegation's trust in the others, flashpoint tension, prestige. */
import type { Series } from '../../debrief/build';
import type { Scenario } from '../../scenario/schema';
import { usePrefs } from '../context';
import { delegationName, flashpointName } from '../names';
import { seriesFromStart } from './chart-series';
import { LineChart } from './line-chart';

interface Props {
  scenario: Scenario;
  seed: number;
  series: Series;
  names?: Record<string, string>;
  me?: string;
}

export function DebriefCharts({ scenario, seed, series: byRound, names, me }: Props) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  if (byRound.rounds.length === 0) return <p>{t('debrief.charts.none')}</p>;
  const series = seriesFromStart(scenario, seed, byRound);
  const labels = series.rounds.map((r) => (r === 0 ? t('debrief.chart.start') : t('debrief.chart.round-end', { year: scenario.calendar.startYear + r - 1 })));
  const who = (id: string) => (names?.[id]?.trim() ? `${delegationName(c, id)} (${names[id]!.trim()})` : delegationName(c, id));
  // In a solo game the player's own line is drawn first, bold and dark, over the others.
  const byDelegation = (values: Record<string, number[]>) => Object.entries(values)
    .sort(([a], [b]) => Number(b === me) - Number(a === me))
    .map(([id, data]) => ({ label: id === me ? `${who(id)} (${t('you')})` : who(id), data, highlight: id === me }));
  return (
    <div class="charts">
      <LineChart title={t('debrief.chart.cohesion')} labels={labels} series={[{ label: t('bar.cohesion'), data: series.cohesion }]} max={100} />
      <LineChart title={t('debrief.chart.tension')} labels={labels} max={100}
        series={Object.entries(series.tension).map(([id, data]) => ({ label: flashpointName(c, id), data }))} />
      <LineChart title={t('debrief.chart.trust')} labels={labels} max={100}
        series={byDelegation(series.trust)} />
      <LineChart title={t('debrief.chart.prestige')} labels={labels}
        series={byDelegation(series.prestige)} />
    </div>
  );
}
