/**
 * SVG downloads keep their text as text: Skia writes each run as a `<text>` with one x position
 * per glyph; this module names our font in it, embeds a subset of that font (only the glyphs the
 * chart uses, as WOFF2) and trims the numbers, so the file is small, searchable and looks the
 * same everywhere. A run whose glyphs stand exactly where the font's own advances put them
 * keeps its first x only: the embedded font, without kerning or ligatures (TEXT_CSS), puts
 * them there again.
 */
import { readFileSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import subsetFont from 'subset-font';
import { ensureImageFont, FACES, FAMILY } from './font';

const TEXT = /<text ([^>]*)>([^<]*)<\/text>/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The characters of an XML text node (entities decoded). */
export const xmlText = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(Number.parseInt(e.slice(1).replace(/^x/i, ''), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : ENTITIES[e] ?? m);

/** Skia writes bold as a weight of 600 or more; anything lighter is drawn with the regular face. */
const faceOf = (attrs: string) => (Number(/font-weight="(\d+)"/.exec(attrs)?.[1] ?? 400) >= 600 ? 700 : 400);

/** A list of glyph positions, each cut to a tenth of a pixel and separated by single spaces. */
const positions = (list: string) => list.split(/[\s,]+/).filter(Boolean).map((n) => String(Math.round(Number(n) * 10) / 10)).join(' ');

/** How far (px) a glyph may stand from where the font's advances put it for its x to be left out: the tenth positions are cut to. */
export const ADVANCE_TOLERANCE = 0.11;

let measure: ReturnType<ReturnType<typeof createCanvas>['getContext']> | undefined;
const advances = new Map<string, number>();
/** The advance of one character in a font (CSS shorthand), as Skia lays it out. */
function advance(font: string, ch: string): number {
  const key = `${font}|${ch}`;
  let w = advances.get(key);
  if (w === undefined) {
    ensureImageFont();
    measure ??= createCanvas(1, 1).getContext('2d');
    measure.font = font;
    w = measure.measureText(ch).width;
    advances.set(key, w);
  }
  return w;
}

/**
 * Whether glyph positions `xs` of the run `chars` are the font's own advances from the first,
 * each within ADVANCE_TOLERANCE: then the first x alone places them all.
 */
export function followsAdvances(xs: number[], chars: string[], font: string): boolean {
  if (xs.length !== chars.length || xs.some((x) => !Number.isFinite(x))) return false;
  let at = xs[0]!;
  for (let i = 1; i < chars.length; i++) {
    at += advance(font, chars[i - 1]!);
    if (Math.abs(at - xs[i]!) > ADVANCE_TOLERANCE) return false;
  }
  return true;
}

/** Rewrites one Skia text element: weight and compact positions; the family is set once, in the style (TEXT_CSS). */
function rewriteText(attrs: string, content: string): string {
  const weight = faceOf(attrs);
  const font = `${weight === 700 ? 'bold ' : ''}${/font-size="([\d.]+)"/.exec(attrs)?.[1] ?? '12'}px "${FAMILY}"`;
  const chars = [...xmlText(content)];
  return attrs
    .replace(/font-family="[^"]*"/, '')
    .replace(/font-weight="\d+"/, () => (weight === 700 ? 'font-weight="700"' : ''))
    .replace(/ (x|y)="([^"]*)"/g, (_, k: string, v: string) => {
      const list = positions(v);
      const xs = list.split(' ').map(Number);
      return ` ${k}="${k === 'x' && xs.length > 1 && followsAdvances(v.split(/[\s,]+/).filter(Boolean).map(Number), chars, font) ? xs[0] : list}"`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

const fontCache = new Map<number, Buffer>();
const fontFile = (weight: number) => fontCache.get(weight) ?? fontCache.set(weight, readFileSync(FACES.find((f) => f.weight === weight)!.file)).get(weight)!;

/** One @font-face rule with the glyphs of `chars` from the face of that weight, as WOFF2. */
async function fontFace(weight: number, chars: string): Promise<string> {
  const woff2 = await subsetFont(fontFile(weight), chars, { targetFormat: 'woff2', noHinting: true });
  return `@font-face{font-family:"${FAMILY}";font-weight:${weight};src:url(data:font/woff2;base64,${woff2.toString('base64')}) format("woff2")}`;
}

/**
 * Every text element is in our family (one rule instead of an attribute on each of hundreds of
 * runs), laid out by the font's advances alone, as the runs that keep only their first x need.
 */
export const TEXT_CSS = `text{font-family:"${FAMILY}";font-kerning:none;font-variant-ligatures:none}`;

/**
 * Turns Skia's SVG into the download: text runs rewritten, empty runs dropped, a `<title>`
 * and a `<style>` holding the font subsets, TEXT_CSS and `css` added after the opening tag.
 */
export async function embedFontSubset(svg: string, title: string, css = ''): Promise<string> {
  const used = new Map<number, Set<string>>();
  const body = svg.replace(TEXT, (_, attrs: string, content: string) => {
    if (!content) return '';
    const weight = faceOf(attrs);
    const set = used.get(weight) ?? used.set(weight, new Set()).get(weight)!;
    for (const ch of xmlText(content)) set.add(ch);
    return `<text ${rewriteText(attrs, content)}>${content}</text>`;
  });
  const faces: string[] = [];
  for (const [weight, chars] of [...used].sort((a, b) => a[0] - b[0])) faces.push(await fontFace(weight, [...chars].sort().join('')));
  const head = `<title>${escapeXml(title)}</title><style>${faces.join('')}${TEXT_CSS}${css}</style>`;
  return body.replace(/(<svg [^>]*>)/, `$1${head}`);
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
