// Inline XBRL of HTML releases (src/write/inline/html): every corpus HTML release that converts writes the
// company's own document as XHTML valid against the Inline XBRL 1.1 schema, read back (src/readback) into the
// instance's facts, with no script and no event handler left.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../src/pipeline/convert.js';
import { readInline } from '../../src/readback/index.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInlineXsd } from '../helpers/xsd.js';
import { factKeys } from './compare.js';

const CORPUS = join(process.env.IXPORT_SHARED ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus');
const ONLY = process.env.IXPORT_HTML_ONLY;
const files = ['html', 'html-2']
  .map((d) => join(CORPUS, d))
  .filter((d) => existsSync(d))
  .flatMap((d) => readdirSync(d).filter((f) => /\.html?$/.test(f)).sort().map((f) => join(d, f)))
  .filter((f) => !ONLY || f.includes(ONLY));

describe.skipIf(!files.length || !SHARED_AVAILABLE)('HTML releases: inline document of the company\'s own page', () => {
  if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);
  test.each(files.map((f) => [f.split('/').pop()!, f]))('%s', async (_name, file) => {
    const text = readFileSync(file, 'utf8');
    let c;
    try {
      c = convertText(text, file, { kind: 'html-release' });
    } catch (e) {
      // A release the reader or mapper refuses is not this writer's concern.
      console.warn(`${file}: does not convert: ${(e as Error).message}`);
      return;
    }
    const xhtml = c.inline;
    expect(xhtml).not.toMatch(/<script\b/i);
    expect(xhtml).not.toMatch(/\son[a-z]+\s*=/i);
    expect(xhtml).not.toMatch(/<!DOCTYPE/i);
    expect(xhtml).not.toMatch(/<(?:document|type|sequence|filename|description|text)\b/i);
    const entities = new Set((xhtml.match(/&[A-Za-z][A-Za-z0-9]*;/g) ?? []).filter((e) => !['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'].includes(e)));
    expect([...entities]).toEqual([]);
    const v = await validateInlineXsd([{ fileName: 'doc.xhtml', contents: xhtml }]);
    expect(v.errors.slice(0, 10)).toEqual([]);
    const back = readInline(xhtml, `${file}.xhtml`);
    expect(back.messages.filter((m) => m.severity === 'error').slice(0, 10)).toEqual([]);
    expect(factKeys(back.factSet)).toEqual(factKeys(c.factSet));
    // The numbers are tagged where they are printed: few facts go hidden.
    const numeric = c.factSet.facts.filter((f) => f.numeric).length;
    const hidden = c.messages.filter((m) => m.ruleId === 'write.hidden-fact' && m.severity === 'warning').length;
    expect(hidden, `${hidden} of ${numeric} numeric facts hidden`).toBeLessThanOrEqual(Math.max(2, numeric * 0.02));
  }, 120_000);
});
