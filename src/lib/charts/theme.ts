/** Chart colours for light and dark, the same values as the CSS variables in global.css. */
import type { Origin } from '../origin';
import type { Provenance } from '../provenance';

export interface ChartTheme {
  name: 'light' | 'dark';
  bg: string;
  fg: string;
  muted: string;
  grid: string;
  font: string;
  provenance: Record<Provenance, string>;
  origin: Record<Origin, string>;
}

const SYSTEM_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export const LIGHT: ChartTheme = {
  name: 'light', bg: '#ffffff', fg: '#1b1d21', muted: '#5b616e', grid: '#d9dce1', font: SYSTEM_FONT,
  provenance: { 'self-reported': '#b45309', 'rival-reported': '#7c3aed', independent: '#047857' },
  origin: { china: '#c81e1e', west: '#1d4ed8', elsewhere: '#6b7280' },
};

export const DARK: ChartTheme = {
  name: 'dark', bg: '#14161a', fg: '#e8eaee', muted: '#a2a8b3', grid: '#343840', font: SYSTEM_FONT,
  provenance: { 'self-reported': '#f59e0b', 'rival-reported': '#a78bfa', independent: '#34d399' },
  origin: { china: '#f87171', west: '#7cb7ff', elsewhere: '#9ca3af' },
};

/** A colour with an alpha channel, from #rrggbb. */
export const withAlpha = (hex: string, alpha: number) =>
  `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
