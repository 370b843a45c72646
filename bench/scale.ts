/**
 * `npm run bench:scale`: builds the site from today's data (1×) and from three times the data
 * (3×: every model, source and results file copied under new ids, bench/scale-data.ts), back to
 * back, each from a temporary data folder (DATA_DIR) into a temporary dist. Prints build time,
 * peak memory, total size and size per result, and fails over the budgets:
 * 1× ≤ 120 MB; 3× size and time ≤ 3.3 × 1×; 3× peak RSS ≤ 1.5 GB. `--keep` keeps the folders.
 * Each build is `npm run build`, whose script (scripts/build.mjs) sets glibc's allocator: MALLOC_MMAP_THRESHOLD_
 * fixes the size above which a block is mapped on its own (and returned when freed), where glibc
 * raised it after the first freed image buffer and kept every later one in its heaps, and
 * MALLOC_ARENA_MAX=2 bounds the per-thread heaps. Without them the freed pixel buffers of ~900
 * images and the archive's buffers stayed resident as fragments. Measured at 3× (peak RSS):
 * neither 1.55 GB; 1 MB threshold and 64 MB trim threshold 1.47 GB; 128 KB and 64 MB trim
 * 1.50 GB; 128 KB and two arenas (these) 1.27 GB, for about a fifth more CPU time at 1×.
 * Compare pages are built by the pair rule alone here: published pairs (rule 5) are read only for
 * the project's own data/, so the scaled builds test the rule's growth, not a fixed set.
 * Slow (two full builds): CI runs only the 1× size budget (npm run budgets:size).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeScaledData } from './scale-data';
import { kindLines, mb, SITE_TARGET, siteSize, type SiteSize } from './scale-measure';

const ROOT = join(import.meta.dirname, '..');
const GROWTH_BUDGET = 3.3;
const RSS_BUDGET = 1.5 * 2 ** 30;

interface Run { scale: number; results: number; seconds: number; peakRss: number; size: SiteSize }

/** Peak resident memory of a live process so far (VmHWM), in bytes; 0 once it has gone. */
function highWater(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The live processes under `pid` (children, theirs, …) with their command names. */
function descendants(pid: number): { pid: number; comm: string }[] {
  const kids: number[] = [];
  try {
    for (const t of readdirSync(`/proc/${pid}/task`))
      kids.push(...readFileSync(`/proc/${pid}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return [];
  }
  return kids.flatMap((k) => {
    let comm = '';
    try { comm = readFileSync(`/proc/${k}/comm`, 'utf8').trim(); } catch { /* gone */ }
    return [{ pid: k, comm }, ...descendants(k)];
  });
}

/**
 * Runs the build exactly as CI and the deploy do (`npm run build`, with the environment its
 * script sets) on `dataDir` into `outDir`, sampling memory every 100 ms. Peak RSS is the
 * largest VmHWM of the build's Node processes (the astro process; Pagefind's indexer is a
 * separate binary, not counted, as before).
 */
function build(dataDir: string, outDir: string): Promise<{ seconds: number; peakRss: number }> {
  return new Promise((done, fail) => {
    const started = process.hrtime.bigint();
    const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
      cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir }, stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peakRss = 0;
    let stderr = '';
    const timer = setInterval(() => {
      for (const p of descendants(child.pid!)) if (!p.comm.startsWith('pagefind')) peakRss = Math.max(peakRss, highWater(p.pid));
    }, 100);
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) return fail(new Error(`npm run build of ${dataDir} exited ${code}\n${stderr.slice(-4000)}`));
      done({ seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRss });
    });
  });
}

const keep = process.argv.includes('--keep');
/** `--scales=3` builds only some scales (the budgets need both 1 and 3). */
const scales = (process.argv.find((a) => a.startsWith('--scales='))?.slice(9) ?? '1,3').split(',').map(Number);

const report = (r: Run) =>
  console.log(`${r.scale}×: ${r.results} results, build ${r.seconds.toFixed(1)} s, peak RSS ${mb(r.peakRss)}, ` +
    `total ${mb(r.size.total)} in ${r.size.files} files, ${(r.size.total / r.results / 1024).toFixed(1)} KB per result\n${kindLines(r.size).join('\n')}`);
const tmp = mkdtempSync(join(tmpdir(), 'ledger-scale-'));
const runs: Run[] = [];
try {
  for (const scale of scales) {
    const data = join(tmp, `data-${scale}x`);
    const out = join(tmp, `dist-${scale}x`);
    const { results } = writeScaledData(join(ROOT, 'data'), data, scale);
    console.log(`bench:scale: building ${scale}× (${results} results) …`);
    const b = await build(data, out);
    runs.push({ scale, results, ...b, size: siteSize(out) });
    report(runs.at(-1)!);
  }
} catch (e) {
  console.error(`bench:scale: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`bench:scale: kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

if (runs.length === 2) {
  const [one, three] = runs as [Run, Run];
  const sizeRatio = three.size.total / one.size.total;
  const timeRatio = three.seconds / one.seconds;
  console.log(`\n3× / 1×: size ${sizeRatio.toFixed(2)}×, build time ${timeRatio.toFixed(2)}×`);
  const over = [
    one.size.total > SITE_TARGET && `1× site ${mb(one.size.total)} > ${mb(SITE_TARGET)}`,
    sizeRatio > GROWTH_BUDGET && `3× size grew ${sizeRatio.toFixed(2)}× > ${GROWTH_BUDGET}×`,
    timeRatio > GROWTH_BUDGET && `3× build time grew ${timeRatio.toFixed(2)}× > ${GROWTH_BUDGET}×`,
    three.peakRss > RSS_BUDGET && `3× peak RSS ${mb(three.peakRss)} > ${mb(RSS_BUDGET)}`,
  ].filter(Boolean);
  console.log(over.length ? `bench:scale: over budget: ${over.join('; ')}` : 'bench:scale: within budgets');
  if (over.length) process.exitCode = 1;
}
