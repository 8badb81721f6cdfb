// The four seed releases end to end through the writers: read -> map -> instance + inline, then every tag read
// back against its fact, both documents read back by the project readers, and both validated against the
// XBRL 2.1 / Inline XBRL 1.1 schemas (when ../shared is present).
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from '../../src/model/decimal.js';
import { clark, type Fact, type FactSet } from '../../src/model/fact.js';
import { readRelease } from '../../src/read/index.js';
import { mapRelease } from '../../src/map/index.js';
import { loadTaxonomy, BASE_ENTRY, BASE_TAXONOMY_DIR } from '../../src/taxonomy/index.js';
import { readInline, readInstance } from '../../src/readback/index.js';
import { writeInstance } from '../../src/write/instance/index.js';
import { renderInline } from '../../src/write/inline/index.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInlineXsd, validateInstanceXsd } from '../helpers/xsd.js';
import { factKeys } from './compare.js';
import { readInlineFacts } from './ixread.js';

const EXAMPLES = join(import.meta.dirname, '..', '..', 'examples');
const seeds = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const taxonomy = loadTaxonomy();

function convert(seed: string) {
  const file = `examples/${seed}`;
  const doc = readRelease(readFileSync(join(EXAMPLES, seed), 'utf8'), file);
  const { factSet } = mapRelease(doc, taxonomy, { cik: '0001234567' });
  return { doc, factSet, instance: writeInstance(factSet), inline: renderInline(doc, factSet, taxonomy) };
}

const converted = new Map(seeds.map((s) => [s, convert(s)]));

describe.each(seeds)('seed %s', (seed) => {
  const { doc, factSet, instance, inline } = converted.get(seed)!;

  test('two runs give byte-identical instance and inline documents', () => {
    const again = convert(seed);
    expect(again.instance).toBe(instance);
    expect(again.inline.xhtml).toBe(inline.xhtml);
  });

  test('every tag reads back (transform x 10^scale, sign) to exactly its fact', () => {
    const byId = new Map(factSet.facts.map((f) => [f.id, f]));
    const tags = readInlineFacts(inline.xhtml);
    const seen = new Set<Fact>();
    for (const t of tags) {
      const id = byId.has(t.id) ? t.id : t.id!.replace(/-\d+$/, '');
      const f = byId.get(id)!;
      expect(f, t.id).toBeDefined();
      seen.add(f);
      expect(t.concept).toBe(clark(f.concept));
      expect([t.contextRef, t.unitRef]).toEqual([f.contextRef, f.unitRef]);
      if (f.numeric) {
        expect(t.decimals).toBe(String(f.decimals));
        expect(new Decimal(t.value!).eq(new Decimal(f.value!)), `${t.id}: ${t.value} vs ${f.value}`).toBe(true);
        expect(t.sign === '-', t.id).toBe(new Decimal(f.value!).isNegative());
        if (!t.hidden) expect(t.text, t.id).toMatch(/^(\d[\d,]*(\.\d+)?|[-\u2010-\u2015]+)$/);
      } else expect(t.value).toBe(f.value);
    }
    expect(seen.size).toBe(factSet.facts.length);
  });

  test('no number is lost: each printed number is tagged or listed as untagged; no numeric fact is hidden', () => {
    // Issue 15: numbers in the prose that carry a fact are printed tags too.
    const sourced = new Set(factSet.facts.flatMap((f) => (f.sources ?? []).map((s) => `${s.line}:${s.column}`)));
    const proseTagged = (doc.proseItems ?? []).filter((p) => sourced.has(`${p.pos.line}:${p.pos.column}`)).length;
    const withValue = doc.items.filter((it) => it.value !== null).length + proseTagged;
    // A printed number is one outermost ix:nonFraction (facts sharing the print, e.g. the low and high of a
    // single-valued guidance cell, are nested inside it).
    const printedTags = readInlineFacts(inline.xhtml).filter((t) => t.numeric && !t.hidden && t.element!.parent!.local !== 'nonFraction').length;
    expect(printedTags + inline.untagged.length).toBe(withValue);
    expect(inline.hidden.filter((f) => f.numeric)).toEqual([]);
    for (const u of inline.untagged) {
      expect(inline.messages.some((m) => m.ruleId === 'write.untagged-number' && m.positions?.[0] === u.pos)).toBe(true);
    }
  });

  test('the project readers read back exactly the written fact set, from the instance and from the inline document', () => {
    const a = readInstance(instance, `${seed}.xbrl`);
    const b = readInline(inline.xhtml, `${seed}.xhtml`);
    expect(a.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(b.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const written = factKeys(factSet);
    expect(factKeys(a.factSet)).toEqual(written);
    expect(factKeys(b.factSet)).toEqual(written);
    // Same contexts and units under the same ids (prefixes aside).
    const ctx = (fs: FactSet) =>
      Object.values(fs.contexts)
        .map((c) => JSON.stringify([c.id, c.entity, c.period, c.dimensions.map((d) => [clark(d.dimension), clark(d.member)])]))
        .sort();
    const units = (fs: FactSet) =>
      Object.values(fs.units)
        .map((u) => JSON.stringify([u.id, u.numerators.map(clark), u.denominators.map(clark)]))
        .sort();
    expect(ctx(a.factSet)).toEqual(ctx(factSet));
    expect(ctx(b.factSet)).toEqual(ctx(factSet));
    expect(units(a.factSet)).toEqual(units(factSet));
    expect(units(b.factSet)).toEqual(units(factSet));
  });
});

if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);

describe.skipIf(!SHARED_AVAILABLE)('seeds: XSD validation', () => {
  test.each(seeds)('%s instance is valid against the XBRL 2.1 instance schema and the base taxonomy', async (seed) => {
    const r = await validateInstanceXsd(converted.get(seed)!.instance, [join(BASE_TAXONOMY_DIR, BASE_ENTRY)], `${seed}.xbrl`);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test('every inline document is valid against the Inline XBRL 1.1 schema', async () => {
    const r = await validateInlineXsd(seeds.map((s) => ({ fileName: `${s}.xhtml`, contents: converted.get(s)!.inline.xhtml })));
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });
});
