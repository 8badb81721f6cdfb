import { describe, expect, test } from 'vitest';
import { renderInline, writeInline } from '../../src/write/inline/index.js';
import { Decimal } from '../../src/model/decimal.js';
import { NS, clark, type FactSet } from '../../src/model/fact.js';
import { attr, childElements, descendants, textContent, type XmlElement } from '../../src/xml/dom.js';
import { parseXml } from '../../src/xml/parse.js';
import { FX_NS, FX_XSD, fixtureDocument, fixtureFactSet, fixtureTaxonomy, itemIndex } from '../fixtures/write/fixture.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInlineXsd } from '../helpers/xsd.js';
import { readInlineFacts } from './ixread.js';
import { readInline } from '../../src/readback/index.js';
import { factKeys } from './compare.js';

const doc = fixtureDocument();
const fs = fixtureFactSet();
const tax = fixtureTaxonomy();
const result = renderInline(doc, fs, tax);
const xhtml = result.xhtml;
const root = parseXml(xhtml, 'fixture.xhtml').root;
const read = readInlineFacts(xhtml);
const byBaseId = (id: string) => read.filter((r) => r.id === id || r.id?.startsWith(`${id}-`));

describe('writeInline: XHTML habits', () => {
  test('well-formed XML, XHTML root with xml:lang, no DOCTYPE, no named entities', () => {
    expect(root.ns).toBe(NS.xhtml);
    expect(root.local).toBe('html');
    expect(attr(root, 'lang', 'http://www.w3.org/XML/1998/namespace')).toBe('en');
    expect(xhtml).not.toMatch(/<!DOCTYPE/i);
    const entities = xhtml.match(/&[A-Za-z][A-Za-z0-9]*;/g) ?? [];
    expect(new Set(entities.filter((e) => !['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'].includes(e)))).toEqual(new Set());
    expect(xhtml).not.toMatch(/class=""/);
    // The prose's own "&", "<" and quotes survive as text.
    expect(xhtml).toContain('widgets &amp; gadgets');
    expect(xhtml).toContain('at &lt;5%');
  });

  test('namespaces: ix, ixt = TR4, the concept prefix, all declared on the root', () => {
    expect(root.declared.ix).toBe(NS.ix);
    expect(root.declared.ixt).toBe(NS.ixt4);
    expect(root.declared.fx).toBe(FX_NS);
    expect(root.declared.xbrli).toBe(NS.xbrli);
    const elsewhere = descendants(root).filter((e) => e !== root && Object.keys(e.declared).length > 0);
    expect(elsewhere).toEqual([]);
  });

  test('ix:header sits in a display:none div and holds hidden, references, resources in that order', () => {
    const header = descendants(root).filter((e) => e.ns === NS.ix && e.local === 'header');
    expect(header).toHaveLength(1);
    expect(header[0].parent!.local).toBe('div');
    expect(attr(header[0].parent!, 'style')).toBe('display:none');
    expect(childElements(header[0]).map((e) => e.local)).toEqual(['hidden', 'references', 'resources']);
    const refs = childElements(childElements(header[0], NS.ix, 'references')[0]);
    expect(refs.map((r) => attr(r, 'href', NS.xlink))).toEqual([FX_XSD]);
    const resources = childElements(childElements(header[0], NS.ix, 'resources')[0]);
    expect(resources.filter((r) => r.local === 'context')).toHaveLength(Object.keys(fs.contexts).length);
    expect(resources.filter((r) => r.local === 'unit')).toHaveLength(Object.keys(fs.units).length);
  });
});

describe('writeInline: facts', () => {
  test('every tag reads back (transform x 10^scale, sign) to exactly its fact: name, context, unit, decimals, value', () => {
    const byId = new Map(fs.facts.map((f) => [f.id!, f]));
    expect(read.length).toBeGreaterThan(fs.facts.length);
    for (const r of read) {
      const base = [...byId.keys()].find((id) => r.id === id || (r.id!.startsWith(`${id}-`) && /^\d+$/.test(r.id!.slice(id.length + 1))));
      const f = byId.get(base!)!;
      expect(f, r.id).toBeDefined();
      expect(r.concept).toBe(clark(f.concept));
      expect(r.contextRef).toBe(f.contextRef);
      expect(r.unitRef).toBe(f.unitRef);
      expect(r.decimals).toBe(f.numeric ? String(f.decimals) : undefined);
      if (f.numeric) expect(new Decimal(r.value!).eq(new Decimal(f.value!)), `${r.id}: ${r.value} vs ${f.value}`).toBe(true);
      else expect(r.value).toBe(f.value);
    }
  });

  test('every fact is in the document; only the unprintable one is hidden', () => {
    for (const f of fs.facts) expect(byBaseId(f.id!).length, f.id).toBeGreaterThan(0);
    expect(read.filter((r) => r.hidden).map((r) => r.id)).toEqual(['cover-type']);
    expect(result.hidden.map((f) => f.id)).toEqual(['cover-type']);
  });

  test('a fact printed twice is tagged at both printings with the same value', () => {
    const da = byBaseId('f10');
    expect(da.map((r) => r.id)).toEqual(['f10', 'f10-2']);
    expect(da.map((r) => r.value)).toEqual(['3901000', '3901000']);
    expect(byBaseId('f12').map((r) => r.text)).toEqual(['263', '263']);
  });

  test('ids are unique; a fact keeps its own id for its first printing even when a suffix would collide', () => {
    const clash: FactSet = { ...fs, facts: fs.facts.map((f) => (f.id === 'f11' ? { ...f, id: 'f10-2' } : f)) };
    const ids = readInlineFacts(renderInline(doc, clash, tax).xhtml).map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id!.startsWith('f10'))).toEqual(['f10', 'f10-2', 'f10-3', 'f10-2-2']);
  });

  test('sign="-" iff the fact is negative, whatever the parentheses say', () => {
    for (const r of read.filter((x) => x.numeric && !x.hidden)) {
      expect(r.sign === '-', r.id).toBe(new Decimal(r.value!).isNegative());
    }
    // "(3,901)" in the reconciliation: positive expense, no sign; "(37,835)": a deficit, sign="-".
    expect(byBaseId('f10')[1].sign).toBeUndefined();
    expect(byBaseId('f5')[0].sign).toBe('-');
    expect(byBaseId('f5')[0].value).toBe('-37835000');
  });

  test('$, %, parentheses and minus stay outside the tags; dashes use fixed-zero; scale and formats', () => {
    for (const r of read.filter((x) => x.numeric && !x.hidden)) {
      if (r.format === 'ixt:fixed-zero') expect(r.text).toMatch(/^[-\u2010-\u2015]+$/);
      else {
        expect(r.format).toBe('ixt:num-dot-decimal');
        expect(r.text).toMatch(/^\d[\d,]*(\.\d+)?$/);
      }
    }
    const zero = byBaseId('f7')[0];
    expect([zero.format, zero.text, zero.value]).toEqual(['ixt:fixed-zero', '-', '0']);
    const pct = byBaseId('f19')[0];
    expect([pct.text, pct.scale, pct.sign, pct.value]).toEqual(['17.7', '-2', '-', '-0.177']);
    const cell = pct.element!.parent!;
    expect(textContent(cell)).toBe('-17.7%');
    expect(byBaseId('f16')[0].scale).toBe('0');
    expect(byBaseId('f1')[0].scale).toBe('3');
    expect(byBaseId('f-prose-revenue')[0].scale).toBe('6');
  });

  test('two facts on one print are nested tags sharing format, scale and unit; one that cannot share goes hidden', () => {
    const i = itemIndex(doc, 'BALANCE SHEET', 'Other Liabilities', 0);
    const extra = (id: string, unitRef: string) => ({
      id,
      concept: { ns: FX_NS, local: 'AssetsCurrent' },
      contextRef: 'c-2004Q1',
      unitRef,
      value: '0',
      numeric: true,
      decimals: -3,
      presentation: { negated: false, itemIndex: i },
    });
    const r = renderInline(doc, { ...fs, facts: [...fs.facts, extra('nested', 'USD'), extra('other-unit', 'shares')] }, tax);
    const tags = readInlineFacts(r.xhtml);
    const a = tags.find((t) => t.id === 'f7')!;
    const b = tags.find((t) => t.id === 'nested')!;
    const [outer, inner] = b.element!.parent === a.element ? [a, b] : [b, a];
    expect(inner.element!.parent).toBe(outer.element);
    expect(inner.element!.children).toEqual([{ kind: 'text', text: '-' }]);
    expect([inner.format, inner.scale, inner.unitRef, inner.value]).toEqual([outer.format, outer.scale, outer.unitRef, '0']);
    expect(tags.find((t) => t.id === 'other-unit')!.hidden).toBe(true);
    expect(r.messages.some((m) => m.ruleId === 'write.hidden-fact' && m.message.includes('fx:AssetsCurrent = 0'))).toBe(true);
  });

  test('a range cell holds two tags, low and high, in print order', () => {
    const cell = byBaseId('f24')[0].element!.parent!;
    expect(textContent(cell)).toBe('($3,600)-  ($3,500)');
    const tags = descendants(cell).filter((e) => e.ns === NS.ix);
    expect(tags.map((t) => attr(t, 'contextRef'))).toEqual(['c-2006-low', 'c-2006-high']);
  });

  test('cover facts are tagged in the prose where printed, the date through the TR4 date transform', () => {
    const name = byBaseId('cover-name')[0];
    expect([name.hidden, name.text]).toEqual([false, 'Acme Widgets Corporation']);
    const date = byBaseId('cover-date')[0];
    expect([date.format, date.text, date.value]).toEqual(['ixt:date-monthname-day-year-en', 'MAY 6, 2004', '2004-05-06']);
  });

  test('a number without a fact is rendered untagged and reported with its position', () => {
    const i = itemIndex(doc, 'BALANCE SHEET', 'Other Liabilities', 1);
    expect(result.untagged).toEqual([{ itemIndex: i, raw: '155', pos: { file: 'release.txt', line: 19, column: 90 } }]);
    const msg = result.messages.find((m) => m.ruleId === 'write.untagged-number')!;
    expect(msg.positions).toEqual([{ file: 'release.txt', line: 19, column: 90 }]);
    expect(xhtml).toMatch(/<td class="num np">155<\/td>/);
  });

  test('a print that does not show its fact is not tagged there; the fact goes hidden and is reported', () => {
    const wrong: FactSet = { ...fs, facts: fs.facts.map((f) => (f.id === 'f3' ? { ...f, value: '48505000' } : f)) };
    const r = renderInline(doc, wrong, tax);
    expect(r.messages.some((m) => m.ruleId === 'write.print-mismatch' && m.positions?.[0].line === 17)).toBe(true);
    const back = readInlineFacts(r.xhtml).filter((x) => x.id === 'f3');
    expect(back.map((x) => [x.hidden, x.value])).toEqual([[true, '48505000']]);
  });

  test('refused input: no schemaRef, tuples, a numeric fact on a non-numeric concept', () => {
    const wrongKind = fs.facts.map((f) => (f.id === 'f1' ? { ...f, concept: { ns: FX_NS, local: 'TradingSymbol' } } : f));
    expect(() => renderInline(doc, { ...fs, facts: wrongKind }, tax)).toThrow(
      /^release\.txt:16:65: fact f1 \(TradingSymbol in context c-2004-03-31\) is numeric but its concept .*TradingSymbol is non-numeric/,
    );
    expect(() => renderInline(doc, { ...fs, schemaRefs: [] }, tax)).toThrow(/no schemaRef/);
    const tuple = { concept: { ns: FX_NS, local: 'T' }, contextRef: '', value: null, numeric: false, tuple: true };
    expect(() => renderInline(doc, { ...fs, facts: [...fs.facts, tuple] }, tax)).toThrow(/tuples/);
  });

  test('deterministic: two runs are byte-identical, also with facts and contexts in another order', () => {
    expect(writeInline(fixtureDocument(), fixtureFactSet(), tax)).toBe(xhtml);
    const other = fixtureFactSet();
    const reordered: FactSet = {
      ...other,
      facts: [...other.facts].reverse(),
      contexts: Object.fromEntries(Object.entries(other.contexts).reverse()),
    };
    expect(writeInline(fixtureDocument(), reordered, tax)).toBe(xhtml);
  });
});

describe('writeInline: read back by the project inline reader', () => {
  test('the facts read back equal the fact set written (aspects, decimals, exact values)', () => {
    const back = readInline(xhtml, 'fixture.xhtml');
    expect(back.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(factKeys(back.factSet)).toEqual(factKeys(fs));
    // Both printings of a fact printed twice come back, as identical duplicates.
    expect(back.factSet.facts.length).toBe(fs.facts.length + 4);
  });
});

describe('writeInline: rendering', () => {
  const tables = descendants(root).filter((e) => e.local === 'table');
  const cls = (e: XmlElement) => attr(e, 'class') ?? '';

  test('every release table is an HTML table with a caption, header rows and one body row per row', () => {
    expect(tables).toHaveLength(doc.tables.length);
    tables.forEach((t, k) => {
      expect(textContent(childElements(t, NS.xhtml, 'caption')[0])).toContain(doc.tables[k].title);
      const body = childElements(childElements(t, NS.xhtml, 'tbody')[0]);
      expect(body).toHaveLength(doc.tables[k].rows.length);
    });
  });

  test('labels indented by depth, heading rows, total rows, amounts in right-aligned cells', () => {
    const rows = childElements(childElements(tables[0], NS.xhtml, 'tbody')[0]);
    expect(cls(rows[0])).toBe('heading');
    expect(cls(childElements(rows[1])[0])).toBe('label d1');
    expect(cls(rows[2])).toContain('total');
    for (const r of rows.slice(1)) for (const td of childElements(r).slice(1)) expect(cls(td)).toMatch(/^num/);
  });

  test('a header printed once over two columns spans them; one printed per column does not', () => {
    const guidance = childElements(childElements(tables[3], NS.xhtml, 'thead')[0]);
    const span = childElements(guidance[0]).find((th) => textContent(th) === 'Combined Pro Forma (B)')!;
    expect(attr(span, 'colspan')).toBe('2');
    const ops = childElements(childElements(tables[1], NS.xhtml, 'thead')[0]);
    expect(childElements(ops[0]).filter((th) => textContent(th) === 'Three Months Ended')).toHaveLength(2);
  });

  test('prose as paragraphs, the centred title recognised, EDGAR <PAGE> as a rule and not as text', () => {
    const ps = descendants(root).filter((e) => e.local === 'p');
    expect(ps.map((p) => cls(p))).toEqual(['heading', 'title', 'text', 'text', 'footnote', 'heading', 'text']);
    // A laid-out list keeps its columns; its heading and lead-in sentence are prose.
    expect(textContent(ps[5])).toBe('Conference Call');
    const pre = descendants(root).filter((e) => e.local === 'pre');
    expect(pre.map((e) => [cls(e), textContent(e)])).toEqual([['layout', 'Date:              Thursday, May 6, 2004\nDial-in Number:    1-877-780-2271']]);
    expect(textContent(ps[4])).toBe('AGuidance is based on the combined results of Acme and\nWidgetco on a pro-forma basis.');
    expect(xhtml).toContain('<hr class="pagebreak"/>');
    expect(xhtml).not.toContain('&lt;PAGE&gt;');
  });
});

if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);

describe.skipIf(!SHARED_AVAILABLE)('writeInline: XSD validation (Inline XBRL 1.1 schema)', () => {
  test('the fixture document is schema-valid', async () => {
    const r = await validateInlineXsd([{ fileName: 'fixture.xhtml', contents: xhtml }]);
    expect(r.errors).toEqual([]);
    expect(r.valid).toBe(true);
  });

  test('the validator rejects a bad sign attribute (so the test above can fail)', async () => {
    const r = await validateInlineXsd([{ fileName: 'bad.xhtml', contents: xhtml.replace('sign="-"', 'sign="+"') }]);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => /sign/.test(e.message))).toBe(true);
  });
});
