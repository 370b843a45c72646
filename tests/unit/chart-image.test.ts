import { describe, expect, it } from 'vitest';
import { barChartFor } from '../../src/lib/charts/bar';
import { overTimeChartFor } from '../../src/lib/charts/over-time';
import { scatterChartFor } from '../../src/lib/charts/scatter';
import { chartSize, imageSize } from '../../src/lib/charts/size';
import { chartOgPng, chartPng, chartSvg, compactSvg, MAX_PNG_HEIGHT, PNG_SCALE, pngScale } from '../../src/render/chart-image';
import { circleOf, circlesFromPaths } from '../../src/render/svg-shapes';
import { createCanvas } from '@napi-rs/canvas';
import { ensureImageFont, FAMILY, inImageFont } from '../../src/render/font';
import { ADVANCE_TOLERANCE, followsAdvances, xmlText } from '../../src/render/svg-text';
import { validateCase } from '../support/fixtures';

const data = validateCase().dataset;
const caption = { title: 'T', subtitle: 'Benchmark Ledger · https://x.org/charts/bench-pct/ · dataset abc' };
/** Entries in a PNG's PLTE chunk. */
const paletteSize = (b: Buffer) => b.readUInt32BE(b.indexOf('PLTE') - 4) / 3;
const png = (b: Buffer) => ({ signature: b.subarray(1, 4).toString(), width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe('build-time chart images', () => {
  for (const def of [barChartFor(data, 'bench-pct')!, scatterChartFor(data, 'price', 'bench-pct')!, overTimeChartFor(data, 'bench-pct')!]) {
    it(`draw a ${def.kind} chart as a palette PNG at 1.25 times its size, and a social image at 1200×630`, async () => {
      const { width } = chartSize(def);
      const download = await chartPng(def, caption);
      expect(png(download)).toMatchObject({ signature: 'PNG', width: width * PNG_SCALE });
      // The page's <img> states the image's size (imageSize): same shape, so nothing stretches or jumps.
      const shown = imageSize(def);
      expect(png(download).height / png(download).width).toBeCloseTo(shown.height / shown.width, 2);
      const svg = (await chartSvg(def, caption)).toString('utf8');
      expect(/<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).map(Number)).toEqual([shown.width, shown.height]);
      expect(download[25], 'colour type 3: indexed').toBe(3);
      expect(paletteSize(download), 'the fewest colours that keep quality 80, not a full 256-colour palette').toBeLessThan(128);
      expect(png(await chartOgPng(def, caption))).toEqual({ signature: 'PNG', width: 1200, height: 630 });
    });
  }
  it('draw SVG with real, searchable text in an embedded subset of the image font, on an explicit background', async () => {
    const svg = (await chartSvg(barChartFor(data, 'bench-pct')!, caption)).toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*\?><svg [^>]*><title>T<\/title><style>@font-face\{font-family:"Ledger Sans";font-weight:400;src:url\(data:font\/woff2;base64,/);
    // One face only: every text is regular weight (a bold face for the title alone was 1.2 MB over 460 SVGs).
    expect(svg.match(/@font-face/g)).toHaveLength(1);
    expect(svg).not.toContain('font-weight="700"');
    expect(svg).toMatch(/<text [^>]*>Benchmark Ledger · https:\/\/x.org\/charts\/bench-pct\/ · dataset abc<\/text>/);
    // The family and the mitre limit are set once in the style, not on each of hundreds of elements.
    expect(svg).toContain('text{font-family:"Ledger Sans";font-kerning:none;font-variant-ligatures:none}path{stroke-miterlimit:10}</style>');
    expect(svg).not.toMatch(/font-family="|stroke-miterlimit="|stroke-width="1"/);
    expect(svg).not.toMatch(/<text[^>]*><\/text>/);
    expect(svg).not.toMatch(/DejaVu|<path[^>]*d="[^"]*\d\.\d\d/);
    expect(svg).toContain('fill="white"');
  });
  it('keep only the first x of a run whose glyphs stand where the font\'s advances put them, every x of any other', async () => {
    ensureImageFont();
    const ctx = createCanvas(1, 1).getContext('2d');
    const font = `12px "${FAMILY}"`;
    ctx.font = font;
    const chars = [...'GLM-5.2 · 77.8%'];
    const xs = chars.reduce<number[]>((a, _, i) => [...a, i === 0 ? 10 : a[i - 1]! + ctx.measureText(chars[i - 1]!).width], []);
    expect(followsAdvances(xs, chars, font)).toBe(true);
    expect(followsAdvances(xs.map((x, i) => (i === 5 ? x + ADVANCE_TOLERANCE * 2 : x)), chars, font)).toBe(false);
    expect(followsAdvances(xs.slice(1), chars, font), 'one position per character, or the list stays').toBe(false);
    const svg = (await chartSvg(barChartFor(data, 'bench-pct')!, caption)).toString('utf8');
    const runs = [...svg.matchAll(/<text [^>]*?x="([^"]*)"[^>]*>([^<]*)<\/text>/g)].filter((m) => [...xmlText(m[2]!)].length > 1);
    expect(runs.some((m) => !m[1]!.includes(' ')), 'some runs keep one x').toBe(true);
    for (const m of runs) if (m[1]!.includes(' ')) expect(m[1]!.split(' ')).toHaveLength([...xmlText(m[2]!)].length);
  });
  it('embed only the glyphs the chart uses: a chart with more text carries a larger font', async () => {
    const font = (s: Buffer) => s.toString('utf8').match(/base64,([^)]*)/)![1]!.length;
    const def = barChartFor(data, 'bench-pct')!;
    const small = await chartSvg(def, { title: 'T', subtitle: 'x' });
    const big = await chartSvg(def, { title: 'T', subtitle: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789' });
    expect(font(big)).toBeGreaterThan(font(small));
    expect(font(small)).toBeLessThan(12_000);
  });
  it('size PNG downloads for their use: 1.25× pixels for ordinary charts, a lower scale for tall ones, never under 1×', () => {
    expect(pngScale(600)).toBe(1.25);
    expect(pngScale(1900)).toBe(1.25);
    expect(pngScale(2100)).toBe(1);
    expect(pngScale(2906)).toBe(1);
    for (const h of [100, 900, 1201, 2400, 5000]) expect(h * pngScale(h) <= MAX_PNG_HEIGHT || pngScale(h) === 1).toBe(true);
  });
  it('draw only glyphs of the bundled font: a character it lacks shows as U+FFFD, never in a system font', async () => {
    expect(inImageFont('GLM τ²-bench “x” · 数据')).toBe('GLM τ²-bench “x” · \uFFFD\uFFFD');
    const svg = (await chartSvg(barChartFor(data, 'bench-pct')!, { title: '模型 T', subtitle: 'x' })).toString('utf8');
    expect(svg).toContain('>\uFFFD\uFFFD T</text>');
    expect(svg).not.toMatch(/<text[^>]*><\/text>|x=""/);
  });
  it('write scatter points as <circle>, not as a hundred curve segments; other paths stay', () => {
    const arc = Array.from({ length: 40 }, (_, i) => {
      const a = (i / 40) * 2 * Math.PI;
      return `${(10 + 3 * Math.cos(a)).toFixed(1)} ${(20 + 3 * Math.sin(a)).toFixed(1)}`;
    });
    const d = `M${arc[0]}${arc.slice(1).map((p, i) => `Q${p} ${arc[(i + 2) % 40]}`).join('')}Z`;
    expect(circleOf(d)).toMatchObject({ r: expect.closeTo(3, 0) });
    expect(circlesFromPaths(`<path fill="#B45309" d="${d}"/>`)).toBe('<circle fill="#B45309" cx="10" cy="20" r="3"/>');
    const line = '<path fill="none" stroke="#D9DCE1" d="M288.5 123L288.5 2892.8"/>';
    expect(circlesFromPaths(line)).toBe(line);
    const blob = `M0 0${Array.from({ length: 10 }, (_, i) => `Q${i} ${i * i} ${i + 1} ${i}`).join('')}Z`;
    expect(circleOf(blob)).toBeUndefined();
  });
  it('read XML text nodes as the characters they stand for', () => {
    expect(xmlText('a &lt;b&gt; &amp; &#964;&#x00B2; &quot;')).toBe('a <b> & τ² "');
  });
  it('keep SVG compact: one decimal in paths, no indentation, no attribute that repeats a default or the style', () => {
    expect(compactSvg('<a>\n\t<path d="M1.23456 7.8"/>\n</a>')).toBe('<a><path d="M1.2 7.8"/></a>');
    expect(compactSvg('<path stroke="#D9DCE1" stroke-width="1" stroke-miterlimit="10" d="M1 2"/><path stroke-width="1.5" stroke-miterlimit="100"/>'))
      .toBe('<path stroke="#D9DCE1" d="M1 2"/><path stroke-width="1.5" stroke-miterlimit="100"/>');
  });
});
