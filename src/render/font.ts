/**
 * The font build-time images are drawn in: DejaVu Sans from the `dejavu-fonts-ttf` npm package,
 * never a system font, so every machine draws the same pixels and embeds the same glyphs.
 */
import { GlobalFonts } from '@napi-rs/canvas';
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
