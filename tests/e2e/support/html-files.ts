/** Walking the built site for checks over every page. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under `dir`, recursively. */
export function htmlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) htmlFiles(full, out);
    else if (name.endsWith('.html')) out.push(full);
  }
  return out;
}

/** Whether a built page is the meta-refresh redirect of a retired id rather than a page of its own. */
export const isRedirectPage = (indexHtml: string) => /http-equiv="refresh"/i.test(readFileSync(indexHtml, 'utf8'));
