import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { articleText } from '../../../lib/article';
import { changedSinceManifest } from '../../../lib/versions/manifest';
import { href } from '../../../site/href';
import { loadVersions } from '../../../site/versions';

/** What changed since each older version (read by the "changed since" note on chart and claim pages). */
export const GET: APIRoute = async () => Response.json(changedSinceManifest(await loadVersions(), articleText(readFileSync), href));
