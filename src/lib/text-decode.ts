/** Bytes of a data file to text: UTF-8 only, with a message naming the first bad byte. */
import { isUtf8 } from 'node:buffer';

/** Offset of the first byte that breaks UTF-8, or -1 when the buffer is valid UTF-8. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    const d1 = b[i + 1] ?? 0;
    if ((c === 0xe0 && d1 < 0xa0) || (c === 0xed && d1 >= 0xa0) || (c === 0xf0 && d1 < 0x90) || (c === 0xf4 && d1 >= 0x90)) return i;
    i += len;
  }
  return -1;
}

/** The text of a file, or why it is not UTF-8. A UTF-8 byte-order mark is kept (the JSON reader skips it). */
export function decodeUtf8(b: Uint8Array): { text: string } | { error: string } {
  if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return { error: 'the file is UTF-16 (save it as UTF-8)' };
  const bad = isUtf8(b) ? -1 : firstInvalidUtf8(b); // the native check first; the scan only to say where
  if (bad >= 0) return { error: `byte ${bad + 1} is not UTF-8 (save the file as UTF-8)` };
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(b) };
}
