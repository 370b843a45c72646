/** The font build-time images are drawn in: Debian's DejaVu Sans, registered once. */
import { GlobalFonts } from '@napi-rs/canvas';
import { existsSync } from 'node:fs';

/** Fonts tried in order; the first found is used (and embedded as paths in SVG). */
const FONT_FILES = ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf'];
/** The family name images use. */
export const FAMILY = 'Ledger Sans';
let ready = false;

/** Registers the image font the first time it is needed. */
export function ensureImageFont(): void {
  if (ready) return;
  const file = FONT_FILES.find((f) => existsSync(f));
  if (file) GlobalFonts.registerFromPath(file, FAMILY);
  ready = true;
}
