/** The Every Eval Ever export for pages, computed once per build. */
import { eeeFiles } from '../lib/eee/record';
import { loadDataset } from './dataset';

let cached: Promise<Map<string, string>> | undefined;

/** Every measurement's Every Eval Ever record, by path under /data/eee/. */
export function loadEee(): Promise<Map<string, string>> {
  cached ??= loadDataset().then(eeeFiles);
  return cached;
}
