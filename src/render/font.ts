/**
 * The font build-time images are drawn in: DejaVu Sans from the `dejavu-fonts-ttf` npm package,
 * never a system font, so every machine draws the same pixels and embeds the same glyphs.
 */
import { GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { Blob as FontBlob, Face } from 'harfbuzzjs';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const TTF = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
/** The faces images use, by CSS weight: the files PNGs are drawn with and SVGs embed a subset of. */
export const FACES = [
  { weight: 400, file: join(TTF, 'DejaVuSans.ttf') },
  { weight: 700, file: join(TTF, 'DejaVuSans-Bold.ttf') },
] as const;
/** The family name images use (SVGs declare it with @font-face, so no local font is asked for). */
export const FAMILY = 'Ledger Sans';
let ready = false;

/** Registers the image font the first time it is needed; a missing file is a broken install. */
export function ensureImageFont(): void {
  if (ready) return;
  for (const f of FACES) {
    if (!GlobalFonts.registerFromPath(f.file, FAMILY)) throw new Error(`image font ${f.file} could not be loaded: run npm install`);
  }
  ready = true;
}

let covered: Set<number> | undefined;
/** The code points every face of the image font draws. */
function coverage(): Set<number> {
  if (covered) return covered;
  const sets = FACES.map((f) => new Set(new Face(new FontBlob(readFileSync(f.file)), 0).collectUnicodes()));
  covered = new Set([...sets[0]!].filter((c) => sets.every((s) => s.has(c))));
  return covered;
}

/** The text with each character the image font lacks shown as U+FFFD, so no system font is asked for it. */
export function inImageFont(text: string): string {
  const c = coverage();
  let out = '';
  for (const ch of text) out += c.has(ch.codePointAt(0)!) ? ch : '\uFFFD';
  return out;
}

/** Makes a 2D context draw and measure all text through `inImageFont` (Chart.js draws on it unaware). */
export function guardText(ctx: SKRSContext2D): SKRSContext2D {
  const { fillText, strokeText, measureText } = ctx;
  ctx.fillText = (t, x, y, w) => (w === undefined ? fillText.call(ctx, inImageFont(t), x, y) : fillText.call(ctx, inImageFont(t), x, y, w));
  ctx.strokeText = (t, x, y, w) => (w === undefined ? strokeText.call(ctx, inImageFont(t), x, y) : strokeText.call(ctx, inImageFont(t), x, y, w));
  ctx.measureText = (t) => measureText.call(ctx, inImageFont(t));
  return ctx;
}
