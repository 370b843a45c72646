/**
 * The content-collection loader of one data/ folder. It reads through src/lib/load.ts and
 * src/lib/json.ts, the same reader as `npm run validate`, so the build and the validator accept
 * exactly the same files (a UTF-8 byte-order mark, for one, is accepted by both; Astro's glob
 * loader would have thrown on it).
 */
import type { Loader } from 'astro/loaders';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RecordKind } from '../schemas';
import { parseJson } from '../lib/json';
import { readDataDir } from '../lib/load';
import { formatProblem } from '../lib/problems';

const EMPTY = '\u0000empty';

/** @param dataDir the data folder, relative to the project root */
export function dataLoader(kind: RecordKind, dataDir: string): Loader {
  return {
    name: `benchmark-ledger:data:${kind}`,
    load: async ({ config, store, parseData, generateDigest, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = resolve(root, dataDir);
      const sync = async () => {
        const { files, problems } = readDataDir(dir, root);
        // validate-data has already failed the build on these; `astro sync` only reports them.
        for (const p of problems) if (p.file.includes(`/${kind}/`) || p.file.endsWith(`/${kind}`)) logger.error(formatProblem(p));
        store.clear();
        for (const f of files.filter((x) => x.kind === kind)) {
          const parsed = parseJson(f.text);
          if (!parsed.ok) {
            logger.error(formatProblem({ file: f.file, path: '', line: parsed.line, column: parsed.column, message: parsed.message }));
            continue;
          }
          const data = await parseData({ id: f.id, data: parsed.value as Record<string, unknown>, filePath: f.file });
          store.set({ id: f.id, data, filePath: f.file, digest: generateDigest(f.text) });
        }
        // An empty folder (data/redirects/ on a fresh clone) is an empty collection, not a missing
        // one: Astro's store has no call for that, but deleting an entry keeps the collection,
        // so getCollection() returns [] without warning that the collection does not exist.
        if (store.keys().length === 0) {
          store.set({ id: EMPTY, data: {} });
          store.delete(EMPTY);
        }
      };
      await sync();
      watcher?.add(dir);
      const onChange = (path: string) => {
        if (!relative(resolve(dir, kind), path).startsWith('..')) void sync();
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher?.on(event, onChange);
    },
  };
}
