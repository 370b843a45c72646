/**
 * <ledger-chart data-src="…/charts/<id>.json">: fetches the chart's definition (its JSON download,
 * one file the chart page and the embed page share) and draws it with Chart.js in the element's
 * .chart-box, replacing the build-time image the page shows first (which stays if the fetch
 * fails). The file names each document once (src/lib/charts/file.ts) and drawing reads none,
 * so its chart is drawn as it stands. Once drawn, adds to each row of the chart's table a
 * button that sets and clears its highlight.
 * Follows the reader's colour scheme (and a data-theme on <html>) and the URL state, which
 * survives reload and share: `?highlight=<model-id>,…` (set and cleared by the table's buttons,
 * so by keyboard too) and, on bar charts, `?order=origin` (the order control; best first
 * without it).
 */
import { toChartConfig } from '../lib/charts/config';
import { BAR_ORDERS, orderFigures, type BarOrder } from '../lib/charts/order';
import { DARK, LIGHT } from '../lib/charts/theme';
import type { ChartFile } from '../lib/charts/file';
import type { ChartDef } from '../lib/charts/types';
import { Chart } from './chart-parts';

const dark = matchMedia('(prefers-color-scheme: dark)');

/** The models named in the URL's `highlight` parameter. */
export function highlighted(search = location.search): Set<string> {
  return new Set((new URLSearchParams(search).get('highlight') ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

/** The bar order named in the URL's `order` parameter (best first by default). */
export function orderOf(search = location.search): BarOrder {
  const o = new URLSearchParams(search).get('order');
  return (BAR_ORDERS as readonly string[]).includes(o ?? '') ? (o as BarOrder) : 'score';
}

/** Writes one URL parameter (removed when empty) without a reload. */
function setParam(name: string, value: string) {
  const q = new URLSearchParams(location.search);
  if (value) q.set(name, value);
  else q.delete(name);
  history.replaceState(null, '', `${location.pathname}${q.size ? `?${q}` : ''}${location.hash}`);
}

class LedgerChart extends HTMLElement {
  private chart: Chart | undefined;
  private def: Promise<ChartDef | null> | undefined;
  private label: string | undefined;
  private readonly redraw = () => this.draw();

  connectedCallback() {
    this.draw();
    dark.addEventListener('change', this.redraw);
    new MutationObserver(this.redraw).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const figure = this.closest('figure');
    const select = figure?.querySelector<HTMLSelectElement>('select[data-order]');
    if (select) {
      select.value = orderOf();
      select.addEventListener('change', () => { setParam('order', select.value === 'score' ? '' : select.value); this.draw(); });
    }
    figure?.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-highlight], button[data-clear-highlight]');
      if (!button) return;
      const set = highlighted();
      const model = button.dataset.highlight;
      if (model === undefined) set.clear();
      else if (set.has(model)) set.delete(model);
      else set.add(model);
      setParam('highlight', [...set].join(','));
      this.draw();
    });
    figure?.querySelector('.chart-controls')?.removeAttribute('data-pending');
  }

  disconnectedCallback() {
    dark.removeEventListener('change', this.redraw);
    this.chart?.destroy();
  }

  private async draw() {
    this.def ??= fetch(this.dataset.src!).then((r) => r.json()).then((j: ChartFile) => j.chart).catch(() => null);
    let def = await this.def;
    const box = this.querySelector<HTMLElement>('.chart-box');
    if (!def || !box) return;
    const order = orderOf();
    if (def.kind === 'bar') def = { ...def, figures: orderFigures(def.figures, order, def.higherIsBetter) };
    const theme = document.documentElement.dataset.theme ?? (dark.matches ? 'dark' : 'light');
    const highlight = highlighted();
    this.chart?.destroy();
    const canvas = box.querySelector('canvas') ?? box.appendChild(document.createElement('canvas'));
    canvas.setAttribute('role', 'img');
    // The canvas says what the image said (the summary, and where the table is: below, or on the chart page).
    canvas.setAttribute('aria-label', (this.label ??= box.querySelector('img')!.alt));
    this.chart = new Chart(canvas, toChartConfig(def, { theme: theme === 'dark' ? DARK : LIGHT, highlight }));
    // The canvas now stands where the build-time image stood.
    box.querySelector('img.chart-image')?.remove();
    box.dataset.drawn = '';
    const figure = this.closest('figure');
    for (const row of figure?.querySelectorAll<HTMLElement>('tr[data-model]') ?? []) {
      const on = highlight.has(row.dataset.model ?? '');
      row.toggleAttribute('data-highlighted', on);
      // Each row's highlight button, made at the first drawing (without a chart there is nothing to highlight).
      const th = row.querySelector('th')!;
      let b = th.querySelector('button');
      if (!b) {
        b = document.createElement('button');
        b.dataset.highlight = row.dataset.model;
        b.setAttribute('aria-label', `highlight ${th.textContent} on the chart`);
        b.textContent = 'highlight';
        th.append(b);
      }
      b.setAttribute('aria-pressed', String(on));
    }
    const clear = figure?.querySelector<HTMLButtonElement>('button[data-clear-highlight]');
    if (clear) clear.disabled = highlight.size === 0;
    if (def.kind === 'bar') {
      const body = figure?.querySelector<HTMLElement>('[data-testid=chart-table] tbody');
      const now = [...(body?.querySelectorAll<HTMLElement>('tr[data-model]') ?? [])];
      // Rows move only when the order changed (moving a row would take the keyboard focus from it).
      if (now.map((r) => r.id).join('|') !== def.figures.map((f) => `f-${f.key}`).join('|')) {
        const rows = new Map(now.map((r) => [r.id, r]));
        for (const f of def.figures) { const r = rows.get(`f-${f.key}`); if (r) body!.appendChild(r); }
      }
    }
  }
}

if (!customElements.get('ledger-chart')) customElements.define('ledger-chart', LedgerChart);
