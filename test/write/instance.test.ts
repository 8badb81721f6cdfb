import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { WriteError, writeInstance } from '../../src/write/instance/index.js';
import { canonicalDecimal, Decimal } from '../../src/model/decimal.js';
import { NS, clark, type FactSet } from '../../src/model/fact.js';
import { attr, childElements, type XmlElement } from '../../src/xml/dom.js';
import { parseXml } from '../../src/xml/parse.js';
import { FIXTURE_DIR, FX_NS, FX_XSD, fixtureFactSet } from '../fixtures/write/fixture.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInstanceXsd } from '../helpers/xsd.js';
import { readInstanceFacts } from './ixread.js';
import { readInstance } from '../../src/readback/index.js';
import { factKeys } from './compare.js';

function shuffled<T>(a: T[], seed: number): T[] {
  const out = [...a];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

describe('writeInstance', () => {
  const fs = fixtureFactSet();
  const xml = writeInstance(fs);
  const root = parseXml(xml, 'fixture.xbrl').root;

  test('root, schemaRef first, then contexts, units and items (XBRL 2.1 4.7)', () => {
    expect(root.ns).toBe(NS.xbrli);
    expect(root.local).toBe('xbrl');
    const kids = childElements(root);
    expect(kids[0].ns).toBe(NS.link);
    expect(kids[0].local).toBe('schemaRef');
    expect(attr(kids[0], 'href', NS.xlink)).toBe(FX_XSD);
    expect(attr(kids[0], 'type', NS.xlink)).toBe('simple');
    const kinds = kids.slice(1).map((k) => (k.ns === NS.xbrli ? k.local : 'item'));
    const firstItem = kinds.indexOf('item');
    expect(kinds.slice(0, firstItem).every((k) => k === 'context' || k === 'unit')).toBe(true);
    expect(kinds.slice(firstItem).every((k) => k === 'item')).toBe(true);
    expect(kinds.filter((k) => k === 'context')).toHaveLength(Object.keys(fs.contexts).length);
    expect(kinds.filter((k) => k === 'unit')).toHaveLength(Object.keys(fs.units).length);
  });

  test('every fact is written once with its concept, context, unit, decimals and exact value', () => {
    const read = readInstanceFacts(xml);
    expect(read).toHaveLength(fs.facts.length);
    const key = (c: string, ctx: string, u?: string) => `${c}|${ctx}|${u ?? ''}`;
    const byKey = new Map(read.map((r) => [key(r.concept, r.contextRef, r.unitRef), r]));
    for (const f of fs.facts) {
      const r = byKey.get(key(clark(f.concept), f.contextRef, f.unitRef));
      expect(r, `${f.id}`).toBeDefined();
      expect(r!.value).toBe(f.value);
      expect(r!.decimals).toBe(f.numeric ? String(f.decimals) : undefined);
      expect(r!.id).toBe(f.id);
    }
  });

  test('contexts carry entity, period and dimensions in the segment; units carry measures', () => {
    const ctx = childElements(root, NS.xbrli, 'context').find((c) => attr(c, 'id') === 'c-2005-low')!;
    const member = childElements(childElements(childElements(ctx, NS.xbrli, 'entity')[0], NS.xbrli, 'segment')[0])[0];
    expect(member.ns).toBe(NS.xbrldi);
    expect(member.local).toBe('explicitMember');
    expect(attr(member, 'dimension')).toBe('fx:RangeAxis');
    expect(member.children).toEqual([{ kind: 'text', text: 'fx:LowMember' }]);
    const period = childElements(ctx, NS.xbrli, 'period')[0];
    expect(childElements(period).map((e) => e.local)).toEqual(['startDate', 'endDate']);
    const perShare = childElements(root, NS.xbrli, 'unit').find((u) => attr(u, 'id') === 'USDPerShare')!;
    const divide = childElements(perShare, NS.xbrli, 'divide')[0];
    const m = (e: XmlElement) => childElements(e, NS.xbrli, 'measure').map((x) => (x.children[0] as { text: string }).text);
    expect(m(childElements(divide, NS.xbrli, 'unitNumerator')[0])).toEqual(['iso4217:USD']);
    expect(m(childElements(divide, NS.xbrli, 'unitDenominator')[0])).toEqual(['xbrli:shares']);
    expect(root.scope.iso4217).toBe(NS.iso4217);
    expect(root.scope.fx).toBe(FX_NS);
  });

  test('negative values keep their sign; text facts keep xml:lang; no precision is ever written', () => {
    const deficit = childElements(root, FX_NS, 'AccumulatedDeficit');
    expect(deficit.map((e) => (e.children[0] as { text: string }).text)).toEqual(['-37835000', '-37572000']);
    const name = childElements(root, FX_NS, 'EntityRegistrantName')[0];
    expect(attr(name, 'lang', 'http://www.w3.org/XML/1998/namespace')).toBe('en');
    expect(xml).not.toMatch(/precision=/);
  });

  test('the project instance reader reads back exactly the fact set written', () => {
    const back = readInstance(xml, 'fixture.xbrl');
    expect(back.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(back.factSet.facts).toHaveLength(fs.facts.length);
    expect(factKeys(back.factSet)).toEqual(factKeys(fs));
  });

  test('nil facts: xsi:nil="true", no decimals, empty', () => {
    const withNil: FactSet = { ...fs, facts: [...fs.facts, { ...fs.facts[0], id: 'nilfact', value: null }] };
    const el = childElements(parseXml(writeInstance(withNil), 'x').root, FX_NS, 'CashAndCashEquivalents').find((e) => attr(e, 'id') === 'nilfact')!;
    expect(attr(el, 'nil', NS.xsi)).toBe('true');
    expect(attr(el, 'decimals')).toBeUndefined();
    expect(el.children).toEqual([]);
  });

  test('deterministic and independent of input order', () => {
    expect(writeInstance(fixtureFactSet())).toBe(xml);
    const other = fixtureFactSet();
    const reordered: FactSet = {
      ...other,
      facts: shuffled(other.facts, 7),
      contexts: Object.fromEntries(shuffled(Object.entries(other.contexts), 3)),
      units: Object.fromEntries(shuffled(Object.entries(other.units), 5)),
      namespaces: Object.fromEntries(shuffled(Object.entries(other.namespaces), 11)),
    };
    expect(writeInstance(reordered)).toBe(xml);
    expect(xml).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/); // no timestamps
  });

  test('values are canonical xs:decimal; a non-decimal value is an error, not a silent rewrite', () => {
    const odd: FactSet = { ...fs, facts: [{ ...fs.facts[0], value: '+029294000.000' }] };
    expect(readInstanceFacts(writeInstance(odd))[0].value).toBe('29294000');
    expect(canonicalDecimal(new Decimal('-0'))).toBe('0');
    expect(() => writeInstance({ ...fs, facts: [{ ...fs.facts[0], value: '29,294' }] })).toThrow(/non-decimal value "29,294"/);
  });

  test('a fact set without a schemaRef is refused (XBRL 2.1 4.2.2), not written invalid', () => {
    expect(() => writeInstance({ ...fs, schemaRefs: [] })).toThrow(/no schemaRef/);
  });

  test('a fact naming a missing context or unit is reported', () => {
    expect(() => writeInstance({ ...fs, facts: [{ ...fs.facts[0], contextRef: 'nope' }] })).toThrow(WriteError);
    expect(() => writeInstance({ ...fs, facts: [{ ...fs.facts[0], contextRef: 'nope' }] })).toThrow(
      /^release\.txt:16:65: fact f1 \(CashAndCashEquivalents in context nope\) refers to context "nope"/,
    );
    expect(() => writeInstance({ ...fs, facts: [{ ...fs.facts[0], unitRef: 'EUR' }] })).toThrow(/unit "EUR"/);
  });

  test('tuples and footnotes of a read document are written back and read back the same', () => {
    const base = fixtureFactSet();
    const tuple = { concept: { ns: FX_NS, local: 'AddressTuple' }, contextRef: '', value: null, numeric: false, tuple: true, id: 't1' };
    const footnoted = { ...base.facts[0], id: 'fn-target' };
    const withMore: FactSet = {
      ...base,
      facts: [tuple, { ...base.facts[1], id: 'in-tuple-1', tupleParent: 0 }, { ...base.facts[2], id: 'in-tuple-2', tupleParent: 0 }, footnoted],
      footnotes: [
        {
          role: 'http://www.xbrl.org/2003/role/footnote',
          arcrole: 'http://www.xbrl.org/2003/arcrole/fact-footnote',
          lang: 'en',
          content: 'Restated; see <b xmlns="http://www.w3.org/1999/xhtml">Note  2</b> &amp; below.',
          factIds: ['fn-target'],
        },
      ],
    };
    const written = writeInstance(withMore);
    expect(written).toContain('<b xmlns="http://www.w3.org/1999/xhtml">Note  2</b> &amp; below.</link:footnote>');
    const back = readInstance(written, 'x.xbrl');
    expect(back.messages.filter((m) => m.severity === 'error')).toEqual([]);
    const t = back.factSet.facts.findIndex((f) => f.tuple);
    expect(back.factSet.facts[t].id).toBe('t1');
    expect(
      back.factSet.facts
        .filter((f) => f.tupleParent === t)
        .map((f) => f.id)
        .sort(),
    ).toEqual(['in-tuple-1', 'in-tuple-2']);
    expect(back.factSet.footnotes).toHaveLength(1);
    expect(back.factSet.footnotes![0].factIds).toEqual(['fn-target']);
    expect(back.factSet.footnotes![0].content).toContain('Note  2');
    expect(writeInstance(withMore)).toBe(written);
  });

  test('typed dimensions and non-dimensional segment content are written as given', () => {
    const typed: FactSet = {
      ...fs,
      namespaces: { ...fs.namespaces },
      contexts: {
        ...fs.contexts,
        t1: {
          id: 't1',
          entity: { scheme: NS.cik, identifier: '0001234567' },
          period: { type: 'instant', date: '2004-03-31' },
          dimensions: [],
          typedDimensions: [{ dimension: { ns: FX_NS, local: 'LoanAxis' }, value: '<fx:Loan>A &amp; B</fx:Loan>' }],
        },
      },
    };
    const ctx = childElements(parseXml(writeInstance(typed), 'x').root, NS.xbrli, 'context').find((c) => attr(c, 'id') === 't1')!;
    const typedMember = childElements(childElements(childElements(ctx, NS.xbrli, 'entity')[0], NS.xbrli, 'segment')[0])[0];
    expect(typedMember.local).toBe('typedMember');
    const loan = childElements(typedMember)[0];
    expect([loan.ns, loan.local]).toEqual([FX_NS, 'Loan']);
    expect(loan.children).toEqual([{ kind: 'text', text: 'A & B' }]);
  });
});

if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);

describe.skipIf(!SHARED_AVAILABLE)('writeInstance: XSD validation (XBRL 2.1 instance schema + taxonomy schema)', () => {
  test('the fixture instance is schema-valid', async () => {
    const r = await validateInstanceXsd(writeInstance(fixtureFactSet()), [join(FIXTURE_DIR, FX_XSD)]);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test('the validator rejects an invalid instance (so the test above can fail)', async () => {
    const bad = writeInstance(fixtureFactSet()).replace('<xbrli:instant>2004-03-31', '<xbrli:instant>2004-13-31');
    const r = await validateInstanceXsd(bad, [join(FIXTURE_DIR, FX_XSD)]);
    expect(r.valid).toBe(false);
    expect(r.errors[0].message).toMatch(/2004-13-31/);
  });
});
