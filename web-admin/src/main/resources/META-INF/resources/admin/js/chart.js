// Charts through Chart.js (WebJar, ES module build), imported the first time a chart is drawn: it is the admin's
// heaviest library, and most pages draw none. Only the bar chart's parts are registered. Every chart sits beside a
// table of the same numbers: the table is what screen readers and keyboard users read, the canvas is a picture of
// it (role img with a label).
import { html } from 'lit';
import { Page } from './ui.js';

let library;

function chartJs() {
  library ??= import('chart.js').then((c) => {
    c.Chart.register(c.BarController, c.BarElement, c.CategoryScale, c.LinearScale, c.Legend, c.Tooltip);
    return c.Chart;
  });
  return library;
}

/** Colours that keep 3:1 against white and apart from each other for the common colour blindnesses. */
export const COLOURS = ['#1d4ed8', '#c2410c', '#047857', '#7e22ce', '#a16207', '#be123c'];

/**
 * A bar chart. labels: the categories; series: [{ label, data: [numbers] }]; percent: values are 0..1 shown as %.
 * description: the canvas's accessible name.
 */
class BarChart extends Page {
  static properties = {
    labels: { attribute: false }, series: { attribute: false }, description: {}, percent: { type: Boolean },
    stacked: { type: Boolean },
  };

  render() {
    return html`<div class="chart"><canvas role="img" aria-label=${this.description ?? 'Chart'}></canvas></div>`;
  }

  async updated() {
    const Chart = await chartJs();
    if (!this.isConnected) return;
    const data = {
      labels: this.labels ?? [],
      datasets: (this.series ?? []).map((s, i) => ({
        label: s.label, data: s.data, backgroundColor: s.colour ?? COLOURS[i % COLOURS.length], borderWidth: 0,
      })),
    };
    if (this.chart) {
      this.chart.data = data;
      this.chart.update();
      return;
    }
    const format = this.percent ? (v) => Math.round(v * 100) + '%' : (v) => v;
    this.chart = new Chart(this.querySelector('canvas'), {
      type: 'bar',
      data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: {
          x: { stacked: !!this.stacked },
          y: { beginAtZero: true, stacked: !!this.stacked, ticks: { precision: this.percent ? undefined : 0, callback: format } },
        },
        plugins: {
          legend: { position: 'bottom' },
          tooltip: { callbacks: { label: (c) => `${c.dataset.label}: ${format(c.parsed.y)}` } },
        },
      },
    });
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.chart?.destroy();
    this.chart = null;
  }
}
customElements.define('sb-bar-chart', BarChart);

export function percent(value) {
  return value === null || value === undefined ? '–' : Math.round(value * 1000) / 10 + '%';
}
