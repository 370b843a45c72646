/**
 * <ledger-chart data-def="…">: draws a chart definition (JSON) with Chart.js in the element's
 * .chart-box. Follows the reader's colour scheme (and a data-theme on <html>), and the URL
 * state `?highlight=<model-id>,…`, which survives reload and share.
 */
import { toChartConfig } from '../lib/charts/config';
import { DARK, LIGHT } from '../lib/charts/theme';
import type { ChartDef } from '../lib/charts/types';
import { Chart } from './chart-parts';

const dark = matchMedia('(prefers-color-scheme: dark)');

/** The models named in the URL's `highlight` parameter. */
export function highlighted(search = location.search): Set<string> {
  return new Set((new URLSearchParams(search).get('highlight') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

class LedgerChart extends HTMLElement {
  private chart: Chart | undefined;
  private readonly redraw = () => this.draw();

  connectedCallback() {
    this.draw();
    dark.addEventListener('change', this.redraw);
    new MutationObserver(this.redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  }

  disconnectedCallback() {
    dark.removeEventListener('change', this.redraw);
    this.chart?.destroy();
  }

  private draw() {
    const def = JSON.parse(this.dataset.def ?? 'null') as ChartDef | null;
    const box = this.querySelector<HTMLElement>('.chart-box');
    if (!def || !box) return;
    const theme = document.documentElement.dataset.theme ?? (dark.matches ? 'dark' : 'light');
    const highlight = highlighted();
    this.chart?.destroy();
    box.querySelector('noscript')?.remove();
    const canvas = box.querySelector('canvas') ?? box.appendChild(document.createElement('canvas'));
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', def.summary);
    this.chart = new Chart(canvas, toChartConfig(def, { theme: theme === 'dark' ? DARK : LIGHT, highlight }));
    for (const row of this.closest('figure')?.querySelectorAll<HTMLElement>('tr[data-model]') ?? [])
      row.toggleAttribute('data-highlighted', highlight.has(row.dataset.model ?? ''));
  }
}

if (!customElements.get('ledger-chart')) customElements.define('ledger-chart', LedgerChart);
