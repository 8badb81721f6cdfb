// Issue #7 acceptance on the three dev gold releases (copied into test/fixtures/map/dev): every gold cell is a fact
// (base or extension) of the mapped fact set, and every gold cell the reader finds is a fact of the converted
// Inline XBRL document, read back by the inline reader (an independent reading of the XHTML).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clark } from '../../src/model/fact.js';
import { coverageOf, defaultExtension, mapRelease } from '../../src/map/index.js';
import { convertText } from '../../src/pipeline/convert.js';
import { readInline } from '../../src/readback/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { DEV, devDocument, FIXTURES } from './gold.js';

const taxonomy = loadTaxonomy();

describe('dev gold: every cell is tagged', () => {
  for (const name of DEV) {
    it(`${name}: every gold cell is a fact of the mapped fact set`, () => {
      const { doc, gold } = devDocument(name);
      const mapped = mapRelease(doc, taxonomy, { cik: '1', extension: defaultExtension(doc, '1') });
      const cov = coverageOf(doc, mapped);
      const numericGold = gold.filter((g) => /\d/.test(g.value));
      expect(cov.cells).toBe(numericGold.length);
      expect(cov.untagged).toEqual([]);
      expect(cov.tagged).toBe(cov.cells);
      expect(mapped.unmapped).toEqual([]);
      // Extension concepts appear in the fact set under the extension prefix, with a concept in the filing's DTS.
      for (const f of mapped.factSet.facts) expect(mapped.taxonomy.concepts.has(clark(f.concept))).toBe(true);
    });

    it(`${name}: every gold cell the reader finds is a fact of the inline document`, () => {
      const text = readFileSync(join(FIXTURES, 'dev', `${name}.txt`), 'utf8');
      const conv = convertText(text, `${name}.txt`, { cik: '1' });
      const { gold } = devDocument(name);
      const back = readInline(conv.inline, `${name}.xhtml`).factSet;
      const key = (f: { concept: { ns: string; local: string }; contextRef: string; value: string | null }) => `${clark(f.concept)}|${f.contextRef}|${f.value}`;
      const inline = new Set(back.facts.map(key));
      // Gold cells -> the reader's items (same line and printed text) -> the facts made from them.
      const itemsAt = new Map<string, number[]>();
      conv.document.items.forEach((it, i) => {
        const k = `${it.pos.line}|${it.raw.trim()}`;
        itemsAt.set(k, [...(itemsAt.get(k) ?? []), i]);
      });
      const factOf = new Map<number, string>();
      for (const f of conv.factSet.facts) for (const p of f.presentations ?? []) if (p.itemIndex !== undefined) factOf.set(p.itemIndex, key(f));
      let found = 0;
      const missing: string[] = [];
      for (const g of gold.filter((x) => /\d/.test(x.value))) {
        const items = itemsAt.get(`${g.line}|${g.raw.trim()}`);
        if (!items) continue; // the reader's recall is the reader's test
        found++;
        if (!items.some((i) => factOf.has(i) && inline.has(factOf.get(i)!))) missing.push(`L${g.line} ${g.row} ${g.raw}`);
      }
      expect(missing).toEqual([]);
      expect(found / gold.length).toBeGreaterThan(0.99);
    });
  }
});

describe('roll-forward balances', () => {
  it('opening and closing balances of a roll-forward are the balance its title names, at both ends of each period', () => {
    const text = readFileSync(join(FIXTURES, 'dev', 'horizonfinancial_2006-04-28_8k_8k_body.txt'), 'utf8');
    const conv = convertText(text, 'horizon.txt', { cik: '1' });
    const allowance = conv.factSet.facts.filter((f) => f.concept.local === 'LoansAndLeasesReceivableAllowance');
    const at = (ctx: string) =>
      allowance.filter((f) => conv.factSet.contexts[f.contextRef].period.type === 'instant' && f.contextRef === ctx).map((f) => f.value);
    // Opening balance of the quarter ended 2005-12-31 (printed 13,161) and the closing balance at 2006-03-31, also
    // printed on the balance sheet (14,184): one fact each, no inconsistent duplicate.
    expect(at('I2005-09-30')).toEqual(['13161000']);
    expect(at('I2006-03-31')).toEqual(['14184000']);
    expect(conv.findings.filter((m) => m.severity === 'error')).toEqual([]);
  });
});
