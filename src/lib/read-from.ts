/**
 * Whether a source's `readFrom` names the exact document that was read: a file at a commit, a
 * capture, an archive or a specific page — never a search, never the original again, never a
 * branch that moves. Pure; the validator (cross-checks.ts) turns each answer into a problem.
 */

const COMMIT = /^[0-9a-f]{40}$/i;

/**
 * What was read, as exports print it: the copy's URL, or, for a copy with no address to link,
 * what identifies it ("look-up index file 70968833802"); empty for a source read in the original.
 */
export const copyRead = (readFrom: { url?: string | undefined; copy?: string | undefined } | undefined): string => readFrom?.url ?? readFrom?.copy ?? '';

const HOW = 'link the exact copy you read: a GitHub file at a commit (https://github.com/<owner>/<repo>/blob/<40-hex commit>/<path>), a capture, an archive URL or the specific page';

/** Parses an https link; `undefined` for anything the schema would already refuse. */
function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** True for a search-results page: GitHub search, a web search, any `?q=` search. */
export function isSearchLink(url: string): boolean {
  const u = parse(url);
  if (!u) return false;
  const path = u.pathname.toLowerCase().replace(/\/+$/, '');
  const searchPath = path === '/search' || path.startsWith('/search/') || path.endsWith('/search');
  return searchPath || u.searchParams.has('q') || u.searchParams.has('query');
}

/** A link reduced to what names the document: no scheme, www., fragment, trailing slash, default branch or README. */
export function documentKey(url: string): string {
  const u = parse(url);
  if (!u) return url;
  const host = u.hostname.toLowerCase().replace(/^www\./, '');
  const path = u.pathname
    .replace(/\/+$/, '')
    .replace(/\/(?:blob|tree|resolve|raw)\/(?:main|master)(?=\/|$)/, '')
    .replace(/\/readme\.md$/i, '');
  return `${host}${path}${u.search}`;
}

/** The branch name in a GitHub or Hugging Face file link that names a branch rather than a commit. */
export function movingRef(url: string): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const host = u.hostname.toLowerCase();
  const parts = u.pathname.split('/').filter(Boolean);
  let ref: string | undefined;
  if (host === 'github.com' || host === 'huggingface.co') {
    const at = parts.findIndex((p, i) => i >= 2 && ['blob', 'tree', 'raw', 'resolve'].includes(p));
    if (at >= 0) ref = parts[at + 1];
  } else if (host === 'raw.githubusercontent.com') ref = parts[2];
  return ref !== undefined && !COMMIT.test(ref) ? decodeURIComponent(ref) : undefined;
}

/** What is wrong with `readFrom.url` for a source whose original is `url`, or `undefined`. */
export function readFromProblem(url: string, readFrom: string): string | undefined {
  if (isSearchLink(readFrom))
    return `"${readFrom}" is a search-results link, not the document read (${HOW}; open the search's result and copy its permalink)`;
  if (documentKey(readFrom) === documentKey(url))
    return `"${readFrom}" is the original (url) again (if you read the original, remove readFrom; if you read a copy, ${HOW})`;
  const ref = movingRef(readFrom);
  if (ref !== undefined)
    return `"${readFrom}" names the branch "${ref}", which moves (replace "${ref}" with the 40-hex commit of the version you read)`;
  return undefined;
}
