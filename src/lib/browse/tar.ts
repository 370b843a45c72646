/**
 * Packs text files into one uncompressed POSIX ustar archive, the same bytes for the same files
 * (fixed time, owner and mode). The dataset archive holds its 3,400 Every Eval Ever files as one
 * tar entry: ZIP compresses each file alone, so one entry of all of them is about a tenth the size.
 */
import { strToU8 } from 'fflate';

const BLOCK = 512;
/** 1980-01-01 12:00 UTC, the same fixed time the ZIP entries carry (zip.ts). */
const FIXED_MTIME = Date.UTC(1980, 0, 1, 12) / 1000;

/** `n` as a zero-padded octal field of `width` bytes (the last one NUL). */
const octal = (n: number, width: number) => `${n.toString(8).padStart(width - 1, '0')}\0`;

/** Splits a path into ustar's prefix (≤155 bytes) and name (≤100 bytes), at a slash. */
function splitPath(path: string): [prefix: string, name: string] {
  if (strToU8(path).length <= 100) return ['', path];
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
    const [prefix, name] = [path.slice(0, i), path.slice(i + 1)];
    if (strToU8(prefix).length <= 155 && strToU8(name).length <= 100) return [prefix, name];
  }
  throw new Error(`tar: the path "${path}" is too long for a ustar header (155 + 100 bytes)`);
}

/** One file's 512-byte header. */
function header(path: string, size: number): Uint8Array {
  const h = new Uint8Array(BLOCK);
  const put = (text: string, at: number) => h.set(strToU8(text), at);
  const [prefix, name] = splitPath(path);
  put(name, 0);
  put(octal(0o644, 8), 100);
  put(octal(0, 8), 108);
  put(octal(0, 8), 116);
  put(octal(size, 12), 124);
  put(octal(FIXED_MTIME, 12), 136);
  put('        ', 148);
  put('0', 156);
  put('ustar\0' + '00', 257);
  put(prefix, 345);
  const sum = h.reduce((a, b) => a + b, 0);
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return h;
}

/** Tars `files` (path → text), in the map's order. */
export function tarFiles(files: Map<string, string>): Uint8Array {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const [path, text] of files) {
    const body = strToU8(text);
    const padded = Math.ceil(body.length / BLOCK) * BLOCK;
    parts.push(header(path, body.length), body, new Uint8Array(padded - body.length));
    length += BLOCK + padded;
  }
  parts.push(new Uint8Array(BLOCK * 2));
  length += BLOCK * 2;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
