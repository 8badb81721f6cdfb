import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readInstance } from '../../src/readback/index.js';

const FIX = new URL('../fixtures/readback/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIX), 'utf8');

describe('readInstance on a hand-written XBRL 2.1 instance', () => {
  const { factSet, messages } = readInstance(read('small-instance.xml'), 'small-instance.xml');

  it('reads without messages', () => {
    expect(messages).toEqual([]);
    expect(factSet.schemaRefs).toEqual(['acme-2024.xsd']);
  });

  it('keeps exact decimals as canonical strings', () => {
    const rev = factSet.facts.find((f) => f.concept.local === 'Revenue')!;
    expect(rev.value).toBe('123456789012345678901234567890.5');
    expect(rev.decimals).toBe(-3);
    expect(rev.id).toBe('f1');
    expect(rev.concept.ns).toBe('http://example.com/acme');
    const ni = factSet.facts.find((f) => f.concept.local === 'NetIncomeLoss')!;
    expect(ni.value).toBe('-37835000');
    expect(ni.decimals).toBe('INF');
    const eps = factSet.facts.find((f) => f.concept.local === 'Eps')!;
    expect(eps).toMatchObject({ value: '0.42', precision: 3, unitRef: 'USDPerShare', numeric: true });
    expect(eps.decimals).toBeUndefined();
  });

  it('reads nil facts, text with entities and language', () => {
    const nil = factSet.facts.find((f) => f.concept.local === 'Assets')!;
    expect(nil.value).toBeNull();
    expect(nil.numeric).toBe(true);
    const note = factSet.facts.find((f) => f.concept.local === 'Note')!;
    expect(note).toMatchObject({ value: 'Tom & Jerry <3 \u263A', lang: 'en-US', numeric: false });
  });

  it('reads contexts with explicit dimensions (sorted), typed dimensions and periods', () => {
    const seg = factSet.contexts['I2024_seg'];
    expect(seg.period).toEqual({ type: 'instant', date: '2024-03-31' });
    expect(seg.container).toBe('segment');
    expect(seg.dimensions.map((d) => d.dimension.local)).toEqual(['ProductAxis', 'SegmentAxis']);
    expect(seg.dimensions[1].member).toEqual({ ns: 'http://example.com/dim', local: 'WestMember', prefix: 'dim' });
    const scen = factSet.contexts['F_scen'];
    expect(scen.period).toEqual({ type: 'forever' });
    expect(scen.container).toBe('scenario');
    expect(scen.typedDimensions?.[0].dimension.local).toBe('RegionAxis');
    expect(scen.typedDimensions?.[0].value).toBe('<dim:code xmlns:dim="http://example.com/dim">NW-7</dim:code>');
    expect(factSet.contexts['D2024'].entity).toEqual({ scheme: 'http://www.sec.gov/CIK', identifier: '0000123456' });
  });

  it('reads divide units', () => {
    const u = factSet.units['USDPerShare'];
    expect(u.numerators.map((m) => m.local)).toEqual(['USD']);
    expect(u.denominators).toEqual([{ ns: 'http://www.xbrl.org/2003/instance', local: 'shares', prefix: 'xbrli' }]);
  });

  it('reads tuples and their children', () => {
    const ti = factSet.facts.findIndex((f) => f.concept.local === 'Officer');
    expect(factSet.facts[ti].tuple).toBe(true);
    const child = factSet.facts.find((f) => f.concept.local === 'OfficerName')!;
    expect(child.tupleParent).toBe(ti);
    expect(child.value).toBe('Ada');
  });

  it('reads footnotes with markup and the facts they annotate', () => {
    expect(factSet.footnotes).toHaveLength(1);
    const fn = factSet.footnotes![0];
    expect(fn.factIds).toEqual(['f1']);
    expect(fn.lang).toBe('en');
    expect(fn.content).toBe('Includes <b xmlns="http://www.w3.org/1999/xhtml">grants</b>.');
  });

  it('gives each fact its source line', () => {
    const rev = factSet.facts.find((f) => f.concept.local === 'Revenue')!;
    const lines = read('small-instance.xml').split('\n');
    const line = lines.findIndex((l) => l.includes('<acme:Revenue')) + 1;
    expect(rev.sources).toEqual([{ file: 'small-instance.xml', line, column: 3 }]);
  });
});

describe('readInstance on bad input', () => {
  it('refuses a billion-laughs document with a clear error and line', () => {
    const r = readInstance(read('billion-laughs.xml'), 'billion-laughs.xml');
    expect(r.factSet.facts).toEqual([]);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ ruleId: 'xml.unsafe-doctype', severity: 'error' });
    expect(r.messages[0].positions?.[0]).toMatchObject({ file: 'billion-laughs.xml', line: 3 });
  });

  it('refuses an external-entity (XXE) document', () => {
    const r = readInstance(read('xxe.xml'), 'xxe.xml');
    expect(r.messages[0]).toMatchObject({ ruleId: 'xml.unsafe-doctype' });
    expect(r.messages[0].message).toMatch(/entity/);
    expect(JSON.stringify(r)).not.toMatch(/root:/);
  });

  it('reports malformed XML with the line of the mismatch', () => {
    const r = readInstance('<a>\n<b>\n</a>', 'bad.xml');
    expect(r.messages[0]).toMatchObject({ ruleId: 'xml.not-well-formed', positions: [{ file: 'bad.xml', line: 3, column: 1 }] });
  });

  it('reports an undefined entity and an undeclared prefix', () => {
    expect(readInstance('<a>&nbsp;</a>', 'e.xml').messages[0].ruleId).toBe('xml.entity');
    expect(readInstance('<a>\n  <p:b/></a>', 'p.xml').messages[0]).toMatchObject({ ruleId: 'xml.namespace', positions: [{ line: 2, column: 3 }] });
  });

  it('reports a document that is not an instance', () => {
    const r = readInstance('<html/>', 'x.html');
    expect(r.messages[0].ruleId).toBe('xbrl.4.1:rootElement');
  });
});

describe('DTDs and entities', () => {
  it('reads a document whose DOCTYPE names an external DTD without fetching it', () => {
    const r = readInstance(
      '<!DOCTYPE xbrl SYSTEM "http://example.com/never-fetched.dtd">\n<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance"/>',
      'd.xml',
    );
    expect(r.messages).toEqual([]);
  });

  it('refuses references to entities that were never declared', () => {
    const r = readInstance('<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance">&xxe;</xbrli:xbrl>', 'x.xml');
    expect(r.messages[0]).toMatchObject({ ruleId: 'xml.entity', severity: 'error' });
  });
});

describe('precision inferred from decimals (XBRL 2.1 4.6.6)', () => {
  it('counts integer digits, leading fraction zeros and the exponent', async () => {
    const { inferPrecision } = await import('../../src/readback/values.js');
    expect(inferPrecision('123.45', 2)).toBe(5);
    expect(inferPrecision('0.001204', 5)).toBe(3);
    expect(inferPrecision('-1234567', -3)).toBe(4);
    expect(inferPrecision('1.5E3', 0)).toBe(4);
    expect(inferPrecision('.0000E01', 8)).toBe(9);
    expect(inferPrecision('0', -3)).toBe(0);
    expect(inferPrecision('42', 'INF')).toBe('INF');
  });
});

describe('end-of-line handling', () => {
  it('reads CR LF and lone CR as LF (XML 1.0 2.11), keeping line numbers', () => {
    const xml = '<xbrli:xbrl xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:a="http://a">\r\n<a:T contextRef="c">one\r\ntwo\rthree</a:T></xbrli:xbrl>';
    const r = readInstance(xml, 'crlf.xml');
    expect(r.factSet.facts[0].value).toBe('one\ntwo\nthree');
    expect(r.factSet.facts[0].sources?.[0].line).toBe(2);
  });
});
