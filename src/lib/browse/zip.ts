/**
 * Packs text files into a ZIP with fflate (deflate level 9). Every entry gets the same fixed
 * timestamp so the same data always yields the same bytes, and the archive's hash changes
 * only when the data does.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

/** 1980-01-01, the earliest date a ZIP header can hold: no build time leaks into the archive. */
const FIXED_MTIME = new Date(Date.UTC(1980, 0, 1, 12));

/** Zips `files` (path → text or bytes), in the map's order. */
export function zipFiles(files: Map<string, string | Uint8Array>): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  for (const [path, body] of files) entries[path] = [typeof body === 'string' ? strToU8(body) : body, { level: 9, mtime: FIXED_MTIME }];
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}
