/**
 * What kind of page a built HTML file is, for the search index: results say "Model",
 * "Benchmark", "Source"… beside their title. Pure: decided from the page's site path alone.
 */

/** The kinds a search result can name, by first path segment. */
const KINDS: Record<string, [one: string, list: string]> = {
  models: ['Model', 'List of models'],
  benchmarks: ['Benchmark', 'List of benchmarks'],
  sources: ['Source', 'List of sources'],
  claims: ['Claim', 'List of claims'],
  charts: ['Chart', 'List of charts'],
  compare: ['Comparison', 'Comparisons'],
  changes: ['Changelog', 'Changelog'],
  coverage: ['Coverage', 'Coverage'],
  methodology: ['Methodology', 'Methodology'],
  data: ['Data', 'Data'],
};

/** Folders whose pages are not results: bare embeds, image routes, the search page itself. */
const SKIP = new Set(['embed', 'og', 'search', 'pagefind', '_astro']);

/**
 * The kind of the page at a site path, or undefined when the page is not indexed.
 * @param path the path inside the build, e.g. "models/glm-5-2/index.html" or "/models/"
 */
export function pageKind(path: string): string | undefined {
  const parts = path.replace(/(^|\/)index\.html$/, '').split('/').filter(Boolean);
  if (!parts.length) return 'Home';
  const [top, ...rest] = parts;
  if (SKIP.has(top!)) return undefined;
  const kind = KINDS[top!];
  if (!kind) return 'Page';
  return rest.length ? kind[0] : kind[1];
}

/** Whether an HTML page only forwards elsewhere (a redirect page): it is not indexed. */
export const isRedirectPage = (html: string) => /<meta\s[^>]*http-equiv=["']?refresh/i.test(html);

/**
 * Heading weights by kind (Pagefind's default for an h1 is 7): a record's own page ranks first
 * for its name; a comparison, whose heading names two models, ranks below both model pages.
 */
const HEADING_WEIGHT: Record<string, number> = { Model: 10, Benchmark: 10, Source: 10, Comparison: 2 };

/**
 * The HTML as it is indexed (in memory only: the built file is not changed): the page's kind
 * attached as Pagefind metadata and filter, and its heading weighted by kind (HEADING_WEIGHT).
 */
export function withKind(html: string, kind: string): string {
  const tag = `<span hidden data-pagefind-meta="kind:${kind}" data-pagefind-filter="kind:${kind}"></span>`;
  let out = /<main\b[^>]*>/.test(html) ? html.replace(/<main\b[^>]*>/, (m) => `${m}${tag}`) : html.replace(/<body\b[^>]*>/, (m) => `${m}${tag}`);
  const weight = HEADING_WEIGHT[kind];
  if (weight !== undefined) out = out.replace(/<h1\b/, `<h1 data-pagefind-weight="${weight}"`);
  return out;
}
