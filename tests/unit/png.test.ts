/**
 * Palette PNGs (src/render/png.ts): sixteen colours when they keep every colour the image is
 * drawn in, each within a shade and none merged with another; the palette by quality otherwise.
 */
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { COLOUR_TOLERANCE, keepsColours, palettePng } from '../../src/render/png';

const rgba = (...px: number[][]) => Uint8Array.from(px.flatMap((p) => [...p, 255]));
const rgb = (...px: number[][]) => Uint8Array.from(px.flat());
const RED = 0xc81e1e;
const ORANGE = 0xb45309;

describe('keepsColours', () => {
  const before = rgba([0xc8, 0x1e, 0x1e], [0xb4, 0x53, 0x09], [0x10, 0x20, 0x30]);
  const colours = new Set([RED, ORANGE]);
  it('holds when every pixel of a listed colour stays within the tolerance; others may move', () => {
    expect(keepsColours(before, rgb([0xc8, 0x1e, 0x1e], [0xb4, 0x53, 0x09], [0x90, 0x90, 0x90]), 3, colours)).toBe(true);
    expect(keepsColours(before, rgb([0xc8 + COLOUR_TOLERANCE, 0x1e, 0x1e], [0xb4, 0x53, 0x09], [0, 0, 0]), 3, colours)).toBe(true);
  });
  it('fails when a listed colour moves further (a China triangle drawn in orange)', () => {
    expect(keepsColours(before, rgb([0xb4, 0x53, 0x09], [0xb4, 0x53, 0x09], [0, 0, 0]), 3, colours)).toBe(false);
    expect(keepsColours(before, rgb([0xc8 + COLOUR_TOLERANCE + 1, 0x1e, 0x1e], [0xb4, 0x53, 0x09], [0, 0, 0]), 3, colours)).toBe(false);
  });
  it('fails when two listed colours come out as one, even within the tolerance', () => {
    const near = new Set([0x808080, 0x808090]);
    expect(keepsColours(rgba([0x80, 0x80, 0x80], [0x80, 0x80, 0x90]), rgb([0x80, 0x80, 0x88], [0x80, 0x80, 0x88]), 3, near)).toBe(false);
  });
});

/** A canvas of `n` vertical stripes, each in its own colour. */
function stripes(colours: string[]) {
  const canvas = createCanvas(colours.length * 20, 40);
  const ctx = canvas.getContext('2d');
  colours.forEach((c, i) => { ctx.fillStyle = c; ctx.fillRect(i * 20, 0, 20, 40); });
  return canvas;
}
const bitDepth = (png: Buffer) => png[24];

describe('palettePng', () => {
  it('writes 4 bits a pixel when sixteen colours keep the image\'s colours', async () => {
    const colours = ['#ffffff', '#1b1d21', '#b45309', '#7c3aed', '#047857', '#c81e1e', '#1d4ed8'];
    const png = await palettePng(stripes(colours), colours);
    expect(png[25], 'colour type 3: indexed').toBe(3);
    expect(bitDepth(png)).toBe(4);
  });
  it('keeps the palette by quality when sixteen colours would merge some of them', async () => {
    const colours = Array.from({ length: 40 }, (_, i) => `#${(i * 6).toString(16).padStart(2, '0')}${(255 - i * 6).toString(16).padStart(2, '0')}80`);
    expect(bitDepth(await palettePng(stripes(colours), colours))).toBe(8);
    expect(bitDepth(await palettePng(stripes(colours)))).toBe(8);
  });
});

describe('imageColours', () => {
  it('names each dataset colour as the canvas paints it: a tint to the byte the canvas blends', async () => {
    const { imageColours } = await import('../../src/render/chart-image');
    const { LIGHT } = await import('../../src/lib/charts/theme');
    const tint = '#7c3aed26';
    const canvas = createCanvas(4, 4);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = LIGHT.bg;
    ctx.fillRect(0, 0, 4, 4);
    ctx.fillStyle = tint;
    ctx.fillRect(0, 0, 4, 4);
    const [r, g, b] = ctx.getImageData(1, 1, 1, 1).data;
    const colours = imageColours({ type: 'bar', data: { datasets: [{ data: [1], backgroundColor: [tint, '#b45309'], borderColor: '#047857' }] } }, LIGHT);
    expect(colours).toContain(`#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`);
    expect(colours).toEqual(expect.arrayContaining(['#b45309', '#047857', LIGHT.bg, LIGHT.fg, LIGHT.grid, ...Object.values(LIGHT.origin)]));
  });
});
