/**
 * An Astro integration that validates data/ before the build: the same checks and the same
 * messages as `npm run validate`, so nothing invalid is ever published.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chartProblems } from '../lib/charts/redirects';
import { validateDir } from '../lib/load';
import { collapseRepeats, formatProblem, sortProblems } from '../lib/problems';

/** An error Astro prints as its message alone: a data problem is the contributor's to fix, not a crash. */
export function messageOnly(message: string): Error {
  const e = new Error(message);
  e.stack = '';
  return e;
}

/** Fails `astro build` and `astro dev` startup with every data problem, one per line. */
export function validateData(): AstroIntegration {
  return {
    name: 'benchmark-ledger:validate-data',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        // Type checks (`astro check`, which reports as "sync") must not depend on the data.
        if (command !== 'build' && command !== 'dev') return;
        const root = fileURLToPath(config.root);
        const dir = resolve(root, process.env.DATA_DIR ?? 'data');
        const report = validateDir(dir, undefined, root);
        const { dataset } = report;
        // Chart ids are derived, not files: their redirects are checked once the data is valid.
        const problems = report.problems.length ? report.problems : chartProblems(dataset);
        if (problems.length > 0) {
          const lines = collapseRepeats(sortProblems(problems)).map(formatProblem);
          throw messageOnly(`data/ has ${problems.length} problem(s); fix them (npm run validate shows the same):\n${lines.join('\n')}`);
        }
        logger.info(`data/ is valid: ${dataset.results.length} results from ${dataset.sources.size} sources`);
      },
    },
  };
}
