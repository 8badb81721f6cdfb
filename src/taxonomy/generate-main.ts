// Rewrites taxonomy/ from definition.ts: `npm run build && node dist/src/taxonomy/generate-main.js`.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASE_TAXONOMY_DIR } from './constants.js';
import { generateBaseTaxonomy } from './generate.js';

for (const [name, text] of generateBaseTaxonomy()) {
  const path = join(BASE_TAXONOMY_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  console.log(`wrote ${path}`);
}
