/**
 * Where a model comes from, by the written rule the whole site uses: a model's origin is the
 * country of its developer (organizations/<id>.json `country`).
 * - China: developer based in CN.
 * - West: developer based in the United States, Canada, the United Kingdom, the European
 *   Union, EFTA, Australia or New Zealand.
 * - Elsewhere: any other country, or a developer whose country we have not established.
 */
import type { Dataset } from './dataset';

export const ORIGINS = ['china', 'west', 'elsewhere'] as const;
export type Origin = (typeof ORIGINS)[number];

/** Labels for display. */
export const ORIGIN_LABELS: Record<Origin, string> = { china: 'China', west: 'West', elsewhere: 'Elsewhere' };

const WEST = new Set([
  'US', 'CA', 'GB', 'AU', 'NZ', 'CH', 'NO', 'IS', 'LI',
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT',
  'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

/** The rule above in words, for pages that let readers filter by origin. */
export const ORIGIN_RULE =
  'A model\'s origin is the country of its developer. China: a developer based in China. ' +
  'West: a developer based in the United States, Canada, the United Kingdom, the European Union, ' +
  'EFTA (Switzerland, Norway, Iceland, Liechtenstein), Australia or New Zealand. Elsewhere: any ' +
  'other country, or a developer whose country we have not established.';

/** The origin of a country code (null = not established). */
export function originOfCountry(country: string | null | undefined): Origin {
  if (country === 'CN') return 'china';
  return country && WEST.has(country) ? 'west' : 'elsewhere';
}

/** The origin of a model, by its developer's country. */
export function originOfModel(data: Pick<Dataset, 'models' | 'organizations'>, modelId: string): Origin {
  const developer = data.models.get(modelId)?.developer;
  return originOfCountry(developer ? data.organizations.get(developer)?.country : null);
}
