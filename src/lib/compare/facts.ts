/** Two models' facts side by side, each with its source: the rows of the facts table. Pure. */
import type { Dataset } from '../dataset';
import { modelFacts, type FactView } from '../browse/model';
import { formatPrice } from '../format';
import { ORIGIN_LABELS, originOfModel } from '../origin';

export interface FactPair {
  label: string;
  a: Pick<FactView, 'text' | 'source' | 'locator' | 'undisclosed'> | undefined;
  b: Pick<FactView, 'text' | 'source' | 'locator' | 'undisclosed'> | undefined;
}

/** The price line of a model: its first published list price, with the day it applied. */
function priceOf(data: Dataset, id: string): FactPair['a'] {
  const p = data.models.get(id)?.prices.find((x) => !x.tier) ?? data.models.get(id)?.prices[0];
  if (!p) return undefined;
  return {
    text: `${formatPrice(p.input, p.currency)} in / ${formatPrice(p.output, p.currency)} out per million tokens, as of ${p.asOf}${p.tier ? ` (${p.tier})` : ''}`,
    source: p.source, locator: p.locator, undisclosed: false,
  };
}

/** Developer, origin, release, open weights, licence, parameters, context and price of both. */
export function factPairs(data: Dataset, a: string, b: string): FactPair[] {
  const [fa, fb] = [a, b].map((id) => new Map(modelFacts(data.models.get(id)!).map((f) => [f.key, f])));
  const dev = (id: string) => {
    const m = data.models.get(id)!;
    return { text: `${data.organizations.get(m.developer)?.name ?? m.developer} (${ORIGIN_LABELS[originOfModel(data, id)]})`, source: '', locator: '', undisclosed: false };
  };
  return [
    { label: 'Developer', a: dev(a), b: dev(b) },
    ...[...fa!.keys()].map((k) => ({ label: fa!.get(k)!.label, a: fa!.get(k), b: fb!.get(k) })),
    { label: 'API price', a: priceOf(data, a), b: priceOf(data, b) },
  ];
}
