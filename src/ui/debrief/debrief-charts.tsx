/** The debrief's charts: cohesion, each delegation's trust in the others, flashpoint tension, prestige. */
import type { Series } from '../../debrief/build';
import type { Scenario } from '../../scenario/schema';
import { usePrefs } from '../context';
import { delegationName, flashpointName } from '../names';
import { LineChart } from './line-chart';

export function DebriefCharts({ scenario, series, names }: { scenario: Scenario; series: Series; names?: Record<string, string> }) {
  const { t, lang } = usePrefs();
  const c = { scenario, lang, t };
  if (series.rounds.length === 0) return <p>{t('debrief.charts.none')}</p>;
  const labels = series.rounds.map((r) => String(scenario.calendar.startYear + r - 1));
  const who = (id: string) => (names?.[id]?.trim() ? `${delegationName(c, id)} (${names[id]!.trim()})` : delegationName(c, id));
  return (
    <div class="charts">
      <LineChart title={t('debrief.chart.cohesion')} labels={labels} series={[{ label: t('bar.cohesion'), data: series.cohesion }]} max={100} />
      <LineChart title={t('debrief.chart.tension')} labels={labels} max={100}
        series={Object.entries(series.tension).map(([id, data]) => ({ label: flashpointName(c, id), data }))} />
      <LineChart title={t('debrief.chart.trust')} labels={labels} max={100}
        series={Object.entries(series.trust).map(([id, data]) => ({ label: who(id), data }))} />
      <LineChart title={t('debrief.chart.prestige')} labels={labels}
        series={Object.entries(series.prestige).map(([id, data]) => ({ label: who(id), data }))} />
    </div>
  );
}
