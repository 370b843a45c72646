/**
 * PNG bytes of a finished canvas, as a palette image: charts are flat colours and their
 * anti-aliased edges, so 256 colours (libimagequant, through sharp) look the same and weigh a
 * third. The same pixels always give the same bytes.
 */
import type { Canvas } from '@napi-rs/canvas';
import sharp from 'sharp';

// One image at a time, nothing kept: the build draws ~900 images in turn, and memory is budgeted.
sharp.cache(false);
sharp.concurrency(1);

/**
 * The canvas as an 8-bit palette PNG (every image here has an opaque background). The pixels
 * are copied first: the chart is destroyed, and its canvas cleared, before sharp reads them.
 */
export function palettePng(canvas: Canvas): Promise<Buffer> {
  const { width, height } = canvas;
  return sharp(Buffer.from(canvas.data()), { raw: { width, height, channels: 4 } })
    .png({ palette: true, colours: 256, effort: 4, compressionLevel: 9 })
    .toBuffer();
}
