/**
 * Site paths of records: one place that knows the URL scheme, so every page links the same
 * way and the permalink manifest can list them.
 */

export const claimPath = (id: string) => `/claims/${id}/`;
export const modelPath = (id: string) => `/models/${id}/`;
export const benchmarkPath = (id: string) => `/benchmarks/${id}/`;
export const sourcePath = (id: string) => `/sources/${id}/`;
// Chart paths follow the chart id rule in src/lib/charts/ids.ts (chartPath, barChartIdOf).
