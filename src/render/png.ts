/**
 * PNG bytes of a finished canvas, as a palette image: charts are flat colours and their
 * anti-aliased edges, so a small palette (libimagequant, through sharp) looks the same and
 * weighs a fraction. The same pixels always give the same bytes.
 */
import type { Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';

// One image at a time, nothing kept: the build draws ~900 images in turn, and memory is budgeted.
sharp.cache(false);
sharp.concurrency(1);

/**
 * How the palette is chosen. `quality: 80` lets libimagequant stop at the fewest colours that
 * keep the image within that quality (15–65 for our charts, not always 256), and no dithering:
 * flat fills stay flat instead of speckled. Measured on 17 charts: downloads 685 KB → 523 KB,
 * social cards 292 KB → 219 KB, with the error against the unquantised canvas at 50 dB PSNR.
 */
export const PNG_OPTIONS = { palette: true, quality: 80, dither: 0, effort: 4, compressionLevel: 9 } as const;

/**
 * The canvas as an 8-bit palette PNG (every image here has an opaque background). The pixels
 * are copied first: the chart is destroyed, and its canvas cleared, before sharp reads them.
 */
export function palettePng(canvas: Canvas): Promise<Buffer> {
  const { width, height } = canvas;
  return sharp(Buffer.from(canvas.data()), { raw: { width, height, channels: 4 } })
    .png(PNG_OPTIONS)
    .toBuffer();
}
