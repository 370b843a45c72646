/**
 * The one import of Zod in the project. package.json pins `zod` at exactly the version Astro
 * depends on, so npm installs a single copy (`npm ls zod` shows it deduped): the schemas that
 * Astro's content collections check, the validator CLI and the JSON Schema generator use the
 * same Zod as `astro/zod`.
 */
export * as z from 'zod';
