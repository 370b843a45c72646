/**
 * Site paths of records: one place that knows the URL scheme, so every page links the same
 * way and the permalink manifest can list them.
 */

/** Slug of a variant for a chart id: lowercase words joined by hyphens. */
export const variantSlug = (variant: string) => variant.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export const claimPath = (id: string) => `/claims/${id}/`;
export const modelPath = (id: string) => `/models/${id}/`;
export const benchmarkPath = (id: string) => `/benchmarks/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
/** The bar chart of a benchmark (and variant): `/charts/<benchmark>[--<variant>]/`. */
export const benchmarkChartPath = (benchmark: string, variant?: string) =>
  `/charts/${variant ? `${benchmark}--${variantSlug(variant)}` : benchmark}/`;
