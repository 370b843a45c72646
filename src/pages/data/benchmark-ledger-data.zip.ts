/**
 * /data/benchmark-ledger-data.zip: the whole dataset as one archive, built at build time.
 * The URL is a permalink (ARCHIVE_NAME); the contents are described by its README.
 */
import type { APIRoute } from 'astro';
import { currentArchive } from '../../site/archive';

export const GET: APIRoute = async () => new Response(await currentArchive(), { headers: { 'content-type': 'application/zip' } });
