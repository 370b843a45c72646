import type { APIRoute } from 'astro';
import { versionsManifest } from '../../lib/versions/manifest';
import { absoluteUrl } from '../../site/site-url';
import { loadVersions } from '../../site/versions';

/** Every published version of the dataset: id, date, counts, files and what changed. */
export const GET: APIRoute = async () => Response.json(versionsManifest(await loadVersions(), absoluteUrl));
