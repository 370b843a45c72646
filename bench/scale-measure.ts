/** Sizes of a built site: total bytes, bytes and files per kind (file extension). */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

export interface SiteSize {
  total: number;
  files: number;
  /** Bytes and files per extension ("html", "png", …), largest first. */
  kinds: { kind: string; bytes: number; files: number }[];
}

/** Walks `dir` and adds up its files. */
export function siteSize(dir: string): SiteSize {
  const kinds = new Map<string, { bytes: number; files: number }>();
  let total = 0;
  let files = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full);
      if (st.isDirectory()) { walk(full); continue; }
      const kind = extname(name).slice(1) || '(none)';
      const k = kinds.get(kind) ?? { bytes: 0, files: 0 };
      k.bytes += st.size;
      k.files += 1;
      kinds.set(kind, k);
      total += st.size;
      files += 1;
    }
  };
  walk(dir);
  return { total, files, kinds: [...kinds].map(([kind, v]) => ({ kind, ...v })).sort((a, b) => b.bytes - a.bytes) };
}

/** Megabytes (10^6 bytes), one decimal. */
export const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** One line per kind: "png  412 files  23.1 MB". */
export const kindLines = (s: SiteSize) => s.kinds.map((k) => `  ${k.kind.padEnd(6)} ${String(k.files).padStart(6)} files ${mb(k.bytes).padStart(10)}`);

/**
 * The most a build of today's data may weigh, in bytes: 120 MB, the budget at 1×
 * (GitHub Pages refuses a site over 1 GB). On 2026-12-01 the build was 208.7 MB; compact images
 * (palette PNGs, SVG without repeated attributes), unindented chart JSON and versions that store
 * their archive only (1.1 MB each instead of 6.9 MB) took it to 175.1 MB, and pages without
 * per-element style attributes, inlined styles or copies of the chart definition (HTML 86.5 →
 * 45.2 MB) to 136.7 MB, under a gate of 150 MB. Then, the same day: chart JSON and
 * measurements.json naming each document once (10.1 → 6.3 and 4.2 → 3.1 MB), the archive's
 * Every Eval Ever files as one tar entry (archive 5.7 → 1.6 MB), SVG text runs with one x
 * where the font's advances place the glyphs (11.2 → 10.5 MB), 16-colour PNGs where they keep
 * every chart colour and PNG downloads at 1.25× (charts 14.2 → 9.4, social cards 7.8 → 6.3 MB),
 * past versions holding each record once (1.0 → 0.6 MB each) and the Every Eval Ever export in
 * the archive only (the 8.8 MB of copies under /data/eee/ gone) took it to 110.4 MB with one
 * more version and the data added meanwhile, and the gate to 120 MB: about 10 MB for the
 * versions (0.6 MB each) and data growth to come.
 */
export const SITE_BUDGET = 120e6;
/** Where the 1× site should be (bench/scale.ts): the budget itself, which CI now enforces. */
export const SITE_TARGET = SITE_BUDGET;

/** The dataset versions a build publishes (dist/data/versions/<id>/): how many, and what each costs. */
export function versionsSize(dist: string): { count: number; bytes: number; perVersion: number } {
  const root = join(dist, 'data', 'versions');
  let dirs: string[] = [];
  try {
    dirs = readdirSync(root).filter((n) => statSync(join(root, n)).isDirectory());
  } catch {
    return { count: 0, bytes: 0, perVersion: 0 };
  }
  const bytes = dirs.reduce((sum, d) => sum + siteSize(join(root, d)).total, 0);
  return { count: dirs.length, bytes, perVersion: dirs.length ? Math.round(bytes / dirs.length) : 0 };
}

/** One line for the versions: "versions: 4 × 1.1 MB = 4.3 MB (one archive per data-changing commit)". */
export const versionsLine = (v: ReturnType<typeof versionsSize>) =>
  `  versions: ${v.count} × ${mb(v.perVersion)} = ${mb(v.bytes)} (the site grows by one version per data-changing commit)`;
