/**
 * `npm run permalinks [-- DIST]`: adds every URL the built site publishes to permalinks.txt.
 * It never removes a line (a published URL is a promise); it prints listed URLs the build
 * no longer serves, and exits 1 if there are any.
 *
 * `npm run permalinks -- --base <git-ref>`: compares permalinks.txt with the file at the ref
 * (the pull request's base branch) and exits 1 when a line was removed that no redirect in
 * data/redirects/ covers. Needs no build.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { MANIFEST } from '../src/integrations/permalinks';
import { cliArgs } from '../src/lib/cli';
import { formatManifest, isPublished, missingPermalinks, parseManifest } from '../src/lib/permalinks';
import { checkAgainstBase } from '../src/lib/permalinks-base';

const USAGE = `usage: npm run permalinks [-- DIST]             (after npm run build; DIST defaults to dist/)
       npm run permalinks -- --base GIT-REF      (compare ${MANIFEST} with the base branch, e.g. origin/main)`;
const args = cliArgs({ usage: USAGE, strings: ['base'], maxPositionals: 1 });

if (typeof args.values.base === 'string') {
  const r = checkAgainstBase(process.cwd(), args.values.base, MANIFEST);
  if (!r.ok) {
    console.error(r.message);
    process.exit(2);
  }
  if (r.removed.length) {
    console.error(`${r.removed.length} URL(s) removed from ${MANIFEST} since ${args.values.base} with no redirect (a published URL must keep resolving: restore the line and add data/redirects/<kind>-<old-id>.json):\n${r.removed.join('\n')}`);
    process.exit(1);
  }
  console.log(`${MANIFEST}: none of the ${r.listedBefore} URLs listed at ${args.values.base} was removed without a redirect`);
  process.exit(0);
}

const dist = args.positionals[0] ?? 'dist';
function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(`/${relative(dist, full)}`.replace(/index\.html$/, ''));
  }
  return out;
}

if (!existsSync(dist)) {
  console.error(`no build at ${dist}: run npm run build first`);
  process.exit(1);
}
const listed = existsSync(MANIFEST) ? parseManifest(readFileSync(MANIFEST, 'utf8')) : [];
const built = walk(dist).filter(isPublished);
const missing = missingPermalinks(listed, (f) => existsSync(join(dist, f)));
writeFileSync(MANIFEST, formatManifest([...listed, ...built]));
console.log(`${MANIFEST}: ${new Set([...listed, ...built]).size} URLs (${built.length} built, ${listed.length} listed before)`);
if (missing.length) {
  console.error(`listed but not built (add a redirect in data/redirects/):\n${missing.join('\n')}`);
  process.exit(1);
}
