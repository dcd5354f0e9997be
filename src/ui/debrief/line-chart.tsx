/**
 * A line chart drawn by chart.js, with the same figures in a table beside it for screen readers
 * and for anyone who prefers numbers. Colours follow the Okabe–Ito set, and each line also has
 * its own dash pattern, so that lines never differ by colour alone.
 */
import { useEffect, useId, useRef } from 'preact/hooks';
import type { Chart } from 'chart.js';
import { formatNumber } from '../../i18n';
import { usePrefs } from '../context';

let chartModule: Promise<typeof Chart> | null = null;

/** chart.js is loaded the first time a chart is drawn, so it stays out of the start page's script. */
function loadChart(): Promise<typeof Chart> {
  chartModule ??= import('chart.js').then((m) => {
    m.Chart.register(m.LineController, m.LineElement, m.PointElement, m.LinearScale, m.CategoryScale, m.Legend, m.Tooltip);
    return m.Chart;
  });
  return chartModule;
}

const COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#8C6D00'];
const DASHES: number[][] = [[], [6, 3], [2, 2], [8, 3, 2, 3]];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;

export interface LineSeries {
  label: string;
  data: number[];
  /** Singled out (a student team, or the player): drawn thick and in colour, the rest thin and grey. */
  highlight?: boolean;
}

const GREY = '#a9a9a9';
/** Large enough to read from the back of a classroom, and on paper. */
const FONT = { size: 15 };

interface Props {
  title: string;
  /** The x-axis labels (years). */
  labels: string[];
  series: LineSeries[];
  max?: number;
  /** The legend's item for the grey lines when some are singled out. */
  othersLabel?: string;
}

interface Styled extends LineSeries {
  colour: string;
  dash: number[];
  point: (typeof POINTS)[number];
}

/** Colours and dashes: singled-out series take the palette in turn, the others are grey. */
function styled(series: readonly LineSeries[]): Styled[] {
  const some = series.some((s) => s.highlight);
  let n = 0;
  return series.map((s) => {
    if (some && !s.highlight) return { ...s, colour: GREY, dash: [], point: 'circle' };
    const i = n++;
    return { ...s, colour: COLOURS[i % COLOURS.length]!, dash: DASHES[Math.floor(i / COLOURS.length) % DASHES.length]!, point: POINTS[i % POINTS.length]! };
  });
}

export function LineChart({ title, labels, series, max, othersLabel }: Props) {
  const { t, lang } = usePrefs();
  const lines = styled(series);
  const some = series.some((s) => s.highlight);
  const shown = some ? lines.filter((s) => s.highlight) : lines;
  const canvas = useRef<HTMLCanvasElement>(null);
  const tableId = useId();
  useEffect(() => {
    let chart: Chart | null = null;
    let gone = false;
    void loadChart().then((ChartClass) => {
      if (gone || !canvas.current) return;
      chart = new ChartClass(canvas.current, {
        type: 'line',
        data: {
          labels,
          datasets: lines.map((s) => {
            const quiet = some && !s.highlight;
            return {
              label: s.label,
              data: s.data,
              borderColor: s.colour,
              backgroundColor: s.colour,
              borderDash: s.dash,
              pointStyle: s.point,
              pointRadius: quiet ? 0 : 4,
              borderWidth: quiet ? 1 : 3.5,
              // Singled-out lines are drawn last, over the grey ones.
              order: quiet ? 1 : 0,
              tension: 0,
            };
          }),
        },
        options: {
          // No animation: the chart is read at once, and printed as drawn.
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          locale: lang,
          scales: {
            x: { ticks: { font: FONT } },
            y: { ...(max === undefined ? {} : { min: 0, max }), ticks: { font: FONT } },
          },
          // The legend is HTML below the chart: legible at any size, and it prints as text.
          plugins: { legend: { display: false } },
        },
      });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [labels.join(), JSON.stringify(series), lang, max]);
  return (
    <figure class="chart">
      <figcaption class="chart__title">{title}</figcaption>
      <div class="chart__canvas">
        <canvas ref={canvas} role="img" aria-label={t('debrief.chart-label', { title })} aria-describedby={tableId} />
      </div>
      <ul class="chart__legend">
        {shown.map((s) => (
          <li key={s.label}>
            <svg class="chart__key" width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke={s.colour} stroke-width="4" stroke-dasharray={s.dash.join(' ') || undefined} /></svg>
            {s.label}
          </li>
        ))}
        {some && othersLabel && (
          <li class="chart__others">
            <svg class="chart__key" width="34" height="12" aria-hidden="true"><line x1="1" y1="6" x2="33" y2="6" stroke={GREY} stroke-width="1.5" /></svg>
            {othersLabel}
          </li>
        )}
      </ul>
      <details class="chart__data">
        <summary>{t('debrief.chart-table')}</summary>
        <div class="table-wrap">
          <table class="table" id={tableId}>
            <caption class="visually-hidden">{title}</caption>
            <thead><tr><th scope="col">{t('debrief.series')}</th>{labels.map((l) => <th key={l} scope="col">{l}</th>)}</tr></thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.label}><th scope="row">{s.label}</th>{s.data.map((v, i) => <td key={i} class="num">{formatNumber(lang, v)}</td>)}</tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
