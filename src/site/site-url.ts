import { withBase } from '../lib/paths';

/** The absolute URL of a site path, e.g. for citations and exports. */
export const absoluteUrl = (path: string) => new URL(withBase(import.meta.env.BASE_URL, path), import.meta.env.SITE).href;
