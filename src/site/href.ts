import { withBase } from '../lib/paths';

/** A root-relative site path (e.g. "/charts/hle/") under the configured base. */
export const href = (path: string) => withBase(import.meta.env.BASE_URL, path);
