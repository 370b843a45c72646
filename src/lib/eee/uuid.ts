/**
 * Name-based UUIDs (RFC 9562 version 5: SHA-1 of a namespace and a name), so the same
 * measurement id always gives the same file name and re-exports do not churn.
 */
import { createHash } from 'node:crypto';

/** Our namespace: the v5 UUID of "benchmark-ledger/measurement" in the RFC's URL namespace, fixed forever. */
export const LEDGER_NAMESPACE = 'eca18e1a-411c-5592-93ff-56f68234ba0e';

const bytes = (uuid: string) => Buffer.from(uuid.replace(/-/g, ''), 'hex');

/**
 * The version-5 UUID of a name in a namespace.
 * @param name any text, e.g. a measurement id
 * @param namespace a UUID (ours by default)
 */
export function uuidV5(name: string, namespace = LEDGER_NAMESPACE): string {
  const hash = createHash('sha1').update(bytes(namespace)).update(name, 'utf8').digest().subarray(0, 16);
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const h = hash.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
