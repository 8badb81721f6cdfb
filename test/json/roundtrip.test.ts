import { describe, expect, it } from 'vitest';
import { writeXbrlJson } from '../../src/write/json/index.js';
import { readXbrlJson, XbrlJsonReadError } from '../../src/readback/json/index.js';
import { aspectKey } from '../../src/diff/aspects.js';
import type { FactSet } from '../../src/model/fact.js';
import { ACME, ctx, factSet, num, sampleFactSet } from './factsets.js';

/** Every fact as (aspects, value, decimals, numeric, lang), in a stable order: what a round trip must keep. */
function essence(fs: FactSet) {
  return fs.facts
    .map((f) => ({
      key: aspectKey(f, fs),
      value: f.value,
      decimals: f.decimals ?? null,
      numeric: f.numeric,
      lang: f.lang?.toLowerCase() ?? null,
    }))
    .sort((a, b) => (a.key + a.value < b.key + b.value ? -1 : 1));
}

describe('xBRL-JSON writer', () => {
  const json = writeXbrlJson(sampleFactSet());
  const doc = JSON.parse(json);
  const facts = Object.values(doc.facts) as any[];
  const byConcept = (local: string) => facts.filter((f) => f.dimensions.concept === `acme:${local}`);

  it('writes the OIM document header', () => {
    expect(doc.documentInfo.documentType).toBe('https://xbrl.org/2021/xbrl-json');
    expect(doc.documentInfo.features).toEqual({ 'xbrl:canonicalValues': true });
    expect(doc.documentInfo.taxonomy).toEqual(['acme-2004.xsd']);
    // Only namespaces the facts use, with OIM's reserved aliases; link/xlink are not used by any fact.
    expect(doc.documentInfo.namespaces).toEqual({
      acme: ACME,
      cik: 'http://www.sec.gov/CIK',
      iso4217: 'http://www.xbrl.org/2003/iso4217',
      xbrl: 'https://xbrl.org/2021',
      xbrli: 'http://www.xbrl.org/2003/instance',
    });
  });

  it('writes periods as OIM datetimes: end and instant dates become the next day at midnight', () => {
    expect(
      byConcept('Cash')
        .map((f) => f.dimensions.period)
        .sort(),
    ).toEqual(['2004-01-01T00:00:00', '2004-04-01T00:00:00']);
    expect(byConcept('NetIncomeLoss')[0].dimensions.period).toBe('2004-01-01T00:00:00/2004-04-01T00:00:00');
    expect(byConcept('OtherAssets')[0].dimensions.period).toBe('2004-03-01T00:00:00'); // leap year
    expect(byConcept('EntityName')[0].dimensions.period).toBeUndefined(); // forever
  });

  it('writes units: ISO currency, divide, pure omitted; no unit on text', () => {
    expect(byConcept('Cash')[0].dimensions.unit).toBe('iso4217:USD');
    expect(byConcept('EarningsPerShare')[0].dimensions.unit).toBe('iso4217:USD/xbrli:shares');
    expect(byConcept('SharesOutstanding')[0].dimensions.unit).toBe('xbrli:shares');
    expect('unit' in byConcept('GrossMarginPercent')[0].dimensions).toBe(false);
    expect('unit' in byConcept('EntityName')[0].dimensions).toBe(false);
  });

  it('writes canonical values and integer decimals, omitting decimals for INF and nil', () => {
    expect(byConcept('NetIncomeLoss')[0]).toMatchObject({ value: '-263000.0', decimals: -3 });
    expect(byConcept('EarningsPerShare')[0]).toMatchObject({ value: '-0.01', decimals: 2 });
    expect(byConcept('GrossMarginPercent')[0]).toMatchObject({ value: '0.559', decimals: 3 });
    expect(byConcept('OtherAssets')[0]).toMatchObject({ value: '0.0', decimals: -3 });
    expect(byConcept('ExactRatio')[0]).toEqual({ dimensions: expect.any(Object), value: '0.5' });
    expect(byConcept('RestrictedInvestments')[0]).toEqual({ dimensions: expect.any(Object), value: null });
    expect(byConcept('Note')[0].value).toBeNull();
    expect(byConcept('EntityName')[0]).toMatchObject({ value: 'Mpower Holding Corp' });
    expect(byConcept('EntityName')[0].dimensions.language).toBe('en-us');
  });

  it('writes entity as SQName and dimensions as extra keys', () => {
    const seg = byConcept('Revenues').find((f) => 'acme:SegmentAxis' in f.dimensions);
    expect(seg.dimensions).toMatchObject({ entity: 'cik:0001234567', 'acme:SegmentAxis': 'acme:CoreCustomerMember' });
    expect(byConcept('Revenues').length).toBe(2);
  });

  it('keys every fact by a unique id derived from its aspects', () => {
    const ids = Object.keys(doc.facts);
    expect(ids.length).toBe(13);
    expect(new Set(ids).size).toBe(13);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/);
    expect(ids).toEqual([...ids].sort());
  });

  it('gives duplicates (same aspects) distinct, suffixed ids', () => {
    const fs = factSet([ctx('c', { type: 'instant', date: '2003-12-31' })], [num('Cash', 'c', '29300000', -5), num('Cash', 'c', '29307000', -3)]);
    const ids = Object.keys(JSON.parse(writeXbrlJson(fs)).facts);
    expect(ids.length).toBe(2);
    expect(ids[1]).toBe(`${ids[0]}-2`);
  });
});

describe('xBRL-JSON determinism', () => {
  it('is byte-identical across runs and independent of fact, context and unit order or ids', () => {
    const a = sampleFactSet();
    const b = sampleFactSet();
    b.facts.reverse();
    // Rename every context: ids are not aspects.
    const renamed: FactSet['contexts'] = {};
    for (const [id, c] of Object.entries(b.contexts)) renamed[`x_${id}`] = { ...c, id: `x_${id}` };
    b.contexts = renamed;
    for (const f of b.facts) f.contextRef = `x_${f.contextRef}`;
    expect(writeXbrlJson(b)).toBe(writeXbrlJson(a));
    expect(writeXbrlJson(a)).toBe(writeXbrlJson(sampleFactSet()));
  });

  it('is canonical: 2-space indent, sorted keys, trailing newline', () => {
    const json = writeXbrlJson(sampleFactSet());
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe('  "documentInfo": {');
    expect(JSON.stringify(JSON.parse(json), null, 2) + '\n').toBe(json);
  });

  it('gives a fact the same id whatever else the filing holds', () => {
    const id = (fs: FactSet) =>
      Object.entries(JSON.parse(writeXbrlJson(fs)).facts).find(
        ([, f]: any) => f.dimensions.concept === 'acme:Cash' && f.dimensions.period === '2004-01-01T00:00:00',
      )![0];
    const small = factSet([ctx('k', { type: 'instant', date: '2003-12-31' })], [num('Cash', 'k', '1000')]);
    expect(id(small)).toBe(id(sampleFactSet()));
  });
});

describe('xBRL-JSON reader', () => {
  it('inverts the writer: same facts, and writing again gives the same text', () => {
    const original = sampleFactSet();
    const json = writeXbrlJson(original);
    const { factSet: back, messages } = readXbrlJson(json, 'sample.json');
    expect(messages).toEqual([]);
    expect(essence(back)).toEqual(essence(original));
    expect(writeXbrlJson(back)).toBe(json);
  });

  it('reads periods back: an instant at midnight of D+1 is the date D', () => {
    const { factSet: back } = readXbrlJson(writeXbrlJson(sampleFactSet()), 'sample.json');
    const periods = Object.values(back.contexts).map((c) => c.period);
    expect(periods).toContainEqual({ type: 'instant', date: '2003-12-31' });
    expect(periods).toContainEqual({ type: 'instant', date: '2004-02-29' });
    expect(periods).toContainEqual({ type: 'duration', start: '2004-01-01', end: '2004-03-31' });
    expect(periods).toContainEqual({ type: 'forever' });
  });

  it('rebuilds units and dimensions', () => {
    const { factSet: back } = readXbrlJson(writeXbrlJson(sampleFactSet()), 'sample.json');
    const eps = back.facts.find((f) => f.concept.local === 'EarningsPerShare')!;
    expect(back.units[eps.unitRef!]).toMatchObject({
      numerators: [{ ns: 'http://www.xbrl.org/2003/iso4217', local: 'USD' }],
      denominators: [{ ns: 'http://www.xbrl.org/2003/instance', local: 'shares' }],
    });
    const ratio = back.facts.find((f) => f.concept.local === 'GrossMarginPercent')!;
    expect(back.units[ratio.unitRef!].numerators[0].local).toBe('pure');
    const seg = back.facts.filter((f) => f.concept.local === 'Revenues').map((f) => back.contexts[f.contextRef].dimensions);
    expect(seg).toContainEqual([
      { dimension: expect.objectContaining({ local: 'SegmentAxis' }), member: expect.objectContaining({ local: 'CoreCustomerMember' }) },
    ]);
  });

  it('rejects what is not xBRL-JSON with file and position', () => {
    expect(() => readXbrlJson('{\n  "documentInfo": {\n    "documentType": 3,\n', 'bad.json')).toThrow(/^bad\.json:\d+:\d+: not valid JSON/);
    expect(() => readXbrlJson('{"documentInfo": {"documentType": "x"}}', 'x.json')).toThrow(XbrlJsonReadError);
    expect(() => readXbrlJson('{"documentInfo": {"documentType": "x"}}', 'x.json')).toThrow(/x\.json:1:1: \/documentInfo\/documentType: expected/);
    expect(() => readXbrlJson('[]', 'a.json')).toThrow(/a\.json/);
  });

  it('reports a bad fact with its JSON path and line, and keeps the others', () => {
    const doc = JSON.parse(writeXbrlJson(sampleFactSet()));
    const [firstId] = Object.keys(doc.facts);
    doc.facts[firstId].dimensions.period = '2003-13-45';
    const badText = JSON.stringify(doc, null, 2);
    const { factSet: back, messages } = readXbrlJson(badText, 'bad.json');
    expect(back.facts.length).toBe(12);
    expect(messages).toHaveLength(1);
    expect(messages[0].severity).toBe('error');
    expect(messages[0].message).toContain(`/facts/${firstId}/dimensions/period`);
    const line = badText.split('\n').findIndex((l) => l.includes(`"${firstId}"`)) + 1;
    expect(messages[0].positions).toEqual([{ file: 'bad.json', line, column: expect.any(Number) }]);
  });

  it('reports a non-numeric value on a numeric fact and an undeclared prefix', () => {
    const doc = JSON.parse(writeXbrlJson(sampleFactSet()));
    const ids = Object.keys(doc.facts);
    const cash = ids.find((i) => doc.facts[i].dimensions.concept === 'acme:Cash')!;
    doc.facts[cash].value = '29,307';
    const other = ids.find((i) => i !== cash)!;
    doc.facts[other].dimensions.concept = 'nope:Thing';
    const { factSet: back, messages } = readXbrlJson(JSON.stringify(doc), 'm.json');
    expect(back.facts.length).toBe(11);
    expect(messages.map((m) => m.message).sort()).toEqual(
      [`/facts/${cash}/value: "29,307" is not a number`, `/facts/${other}/dimensions/concept: "nope:Thing" is not a QName with a declared prefix`].sort(),
    );
  });
});
