/**
 * The social preview of a claim (1200×630 PNG, drawn at build time): the quote, the computed
 * verdict and the reason, on an explicit white background.
 */
import { createCanvas } from '@napi-rs/canvas';
import { wrapText } from '../lib/wrap';
import type { ClaimVerdict } from '../lib/verdicts';
import { ensureImageFont, FAMILY, guardText } from './font';
import { palettePng } from './png';

const COLOURS: Record<string, string> = {
  Supported: '#15803d', 'Partly supported': '#b45309', 'Not supported': '#b91c1c', Unverifiable: '#475569', Opinion: '#6d28d9',
};

/** The claim's card as PNG bytes. */
export function claimCardPng(v: ClaimVerdict, version: string): Promise<Buffer> {
  ensureImageFont();
  const canvas = createCanvas(1200, 630);
  const ctx = guardText(canvas.getContext('2d'));
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, 1200, 630);
  ctx.fillStyle = '#5b616e';
  ctx.font = `28px "${FAMILY}"`;
  ctx.fillText('Benchmark Ledger · a claim of “GLM 5.2 Unleashed”', 60, 70);
  ctx.fillStyle = '#1b1d21';
  ctx.font = `44px "${FAMILY}"`;
  const quote = wrapText(`“${v.claim.quote}”`, 1080, 4, (s) => ctx.measureText(s).width);
  quote.forEach((l, i) => ctx.fillText(l, 60, 150 + i * 58));
  const y = 150 + quote.length * 58 + 50;
  ctx.fillStyle = COLOURS[v.verdict] ?? '#1b1d21';
  ctx.font = `bold 52px "${FAMILY}"`;
  ctx.fillText(v.verdict, 60, y);
  const reason = (v.atLaunch ?? v.today)?.reason ?? 'Shown, not scored: an opinion or prediction.';
  ctx.fillStyle = '#1b1d21';
  ctx.font = `30px "${FAMILY}"`;
  wrapText(reason, 1080, 2, (s) => ctx.measureText(s).width).forEach((l, i) => ctx.fillText(l, 60, y + 56 + i * 40));
  ctx.fillStyle = '#5b616e';
  ctx.font = `22px "${FAMILY}"`;
  ctx.fillText(`Computed from published figures · data version ${version}`, 60, 600);
  return palettePng(canvas, ['#ffffff', '#5b616e', '#1b1d21', ...Object.values(COLOURS)]);
}
