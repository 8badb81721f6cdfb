// Every HTML release of ../shared/corpus/html and html-2 reads without throwing into positioned items (the time
// bound is bench's, not this test's). Skips with a message when ../shared (or $IXPORT_SHARED) is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';

const SHARED = process.env.IXPORT_SHARED ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared');
const DIRS = ['corpus/html', 'corpus/html-2'].map((d) => join(SHARED, d)).filter((d) => existsSync(d));
if (!DIRS.length) console.log('html corpus: ../shared/corpus/html(-2) absent, skipped');

describe.skipIf(!DIRS.length)('HTML corpus', () => {
  for (const dir of DIRS) {
    for (const f of readdirSync(dir).filter((x) => /\.html?$/.test(x))) {
      it(`${f} reads into placed items`, () => {
        const doc = readHtmlRelease(readFileSync(`${dir}/${f}`, 'utf8'), f);
        expect(doc.items.length).toBeGreaterThan(20);
        for (const it of doc.items) {
          expect(it.pos.line).toBeGreaterThan(0);
          expect(it.pos.line).toBeLessThanOrEqual(doc.lines.length);
        }
        expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
      });
    }
  }
});
