/**
 * Prints the SHA-256 of one fixture chart's PNG, SVG and social PNG, drawn by the build's own
 * renderer. With FOREIGN_FONTS=1 it first registers a different font under every family name a
 * system might supply (Arial, Helvetica, sans-serif, DejaVu Sans, …), as another machine would.
 * Run in a child process by tests/unit/image-fonts.test.ts.
 */
import { GlobalFonts } from '@napi-rs/canvas';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { barChartFor } from '../../src/lib/charts/bar';
import { scatterChartFor } from '../../src/lib/charts/scatter';
import { chartOgPng, chartPng, chartSvg } from '../../src/render/chart-image';
import { validateCase } from './fixtures';

if (process.env.FOREIGN_FONTS === '1') {
  const mono = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf', 'DejaVuSansMono.ttf');
  for (const family of ['Arial', 'Helvetica', 'Helvetica Neue', 'sans-serif', 'DejaVu Sans', 'Liberation Sans', 'system-ui']) GlobalFonts.registerFromPath(mono, family);
}
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const data = validateCase().dataset;
const caption = { title: 'Bench pct — τ² 数据', subtitle: 'Benchmark Ledger · https://x.org/charts/bench-pct/ · dataset abc' };
const out: Record<string, string> = {};
for (const def of [barChartFor(data, 'bench-pct')!, scatterChartFor(data, 'price', 'bench-pct')!]) {
  out[`${def.kind}.png`] = sha(await chartPng(def, caption));
  out[`${def.kind}.svg`] = sha(await chartSvg(def, caption));
  out[`${def.kind}.og.png`] = sha(await chartOgPng(def, caption));
}
process.stdout.write(JSON.stringify(out));
