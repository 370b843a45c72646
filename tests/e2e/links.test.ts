/**
 * No broken internal link anywhere on the built site: every href and src on every page
 * points at a file the build wrote (checked on disk, so all pages are covered quickly).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './support/build';
import { htmlFiles } from './support/html-files';


/** The file a root-relative URL path is served from. */
const fileFor = (path: string) => {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  return clean.endsWith('/') ? join(DIST, clean, 'index.html') : join(DIST, clean);
};

describe('internal links', () => {
  it('all resolve to a built file', () => {
    const broken: string[] = [];
    let checked = 0;
    const pages = htmlFiles(DIST);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src)="(\/[^"]*)"/g)) {
        if (url!.startsWith('//')) continue;
        checked++;
        if (!existsSync(fileFor(url!))) broken.push(`${url} on /${relative(DIST, page)}`);
      }
    }
    expect(pages.length).toBeGreaterThan(500);
    expect(checked).toBeGreaterThan(10 * pages.length);
    expect(broken.slice(0, 20)).toEqual([]);
  });
});
