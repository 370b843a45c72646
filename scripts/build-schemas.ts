/** `npm run schemas`: writes public/schemas/v<N>/*.schema.json from the Zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cliArgs } from '../src/lib/cli';
import { jsonSchemaText, schemaPath } from '../src/lib/json-schema';
import { KIND_ORDER } from '../src/schemas';

cliArgs({ usage: 'usage: npm run schemas   (writes public/schemas/ from src/schemas/)' });
for (const kind of KIND_ORDER) {
  const file = join('public', schemaPath(kind));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, jsonSchemaText(kind));
  console.log(`wrote ${file}`);
}
