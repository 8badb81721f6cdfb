// Rewrites taxonomy/ from definition.ts: `npm run build && node dist/src/taxonomy/generate-main.js`; then the
// parsed snapshot (snapshot.ts) from the XML just written.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BASE_ENTRY, BASE_TAXONOMY_DIR } from './constants.js';
import { generateBaseTaxonomy } from './generate.js';
import { loadTaxonomy } from './index.js';
import { BASE_SNAPSHOT, snapshotText } from './snapshot.js';

function writeAtomic(name: string, text: string): void {
  const path = join(BASE_TAXONOMY_DIR, name);
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
  console.log(`wrote ${path}`);
}

for (const [name, text] of generateBaseTaxonomy()) writeAtomic(name, text);
// An explicit entry point parses the XML (no argument would read the old snapshot).
writeAtomic(BASE_SNAPSHOT, snapshotText(loadTaxonomy(join(BASE_TAXONOMY_DIR, BASE_ENTRY))));
