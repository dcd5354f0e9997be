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
/** The player's line: near-black, so it stands out from every palette colour. */
const HIGHLIGHT = '#111111';
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot'] as const;

export interface LineSeries {
  label: string;
  data: number[];
  /** The player's own line: drawn bold and dark while the others fade. */
  highlight?: boolean;
}

interface Props {
  title: string;
  /** The x-axis labels (years). */
  labels: string[];
  series: LineSeries[];
  max?: number;
}

export function LineChart({ title, labels, series, max }: Props) {
  const { t, lang } = usePrefs();
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
          datasets: series.map((s, i) => {
            const fade = series.some((x) => x.highlight) && !s.highlight;
            const colour = s.highlight ? HIGHLIGHT : `${COLOURS[i % COLOURS.length]}${fade ? '59' : ''}`;
            return {
              label: s.label,
              data: s.data,
              borderColor: colour,
              backgroundColor: colour,
              borderDash: s.highlight ? [] : DASHES[Math.floor(i / COLOURS.length) % DASHES.length],
              pointStyle: POINTS[i % POINTS.length],
              borderWidth: s.highlight ? 4 : fade ? 1 : 2,
              pointRadius: s.highlight ? 4 : fade ? 1.5 : 3,
              order: s.highlight ? 0 : 1,
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
          scales: { y: max === undefined ? {} : { min: 0, max } },
          plugins: { legend: { position: 'bottom', labels: { boxWidth: 18, usePointStyle: true } } },
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
