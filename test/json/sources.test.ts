// xBRL-JSON against documents written by hand (not by ixport): an XBRL instance read by the instance reader,
// and an xBRL-JSON file in non-canonical but valid spellings. The same facts must give the same canonical text.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readInstance } from '../../src/readback/index.js';
import { readXbrlJson } from '../../src/readback/json/index.js';
import { writeXbrlJson } from '../../src/write/json/index.js';
import { diffFactSets } from '../../src/diff/index.js';
import type { Taxonomy } from '../../src/model/taxonomy.js';
import { ACME, ctx, factSet, num, text } from './factsets.js';

const FIX = join(import.meta.dirname, '../fixtures/diff');
const xbrl = readFileSync(join(FIX, 'q4-2003.xbrl'), 'utf8');
const handJson = readFileSync(join(FIX, 'q4-2003.json'), 'utf8');
// Written by Arelle's saveLoadableOIM plug-in from q4-2003.xbrl (see fixtures/diff/README.md).
const arelleJson = readFileSync(join(FIX, 'q4-2003.arelle.json'), 'utf8');

/** A fact of an xBRL-JSON document without its id: what two writers must agree on. */
const factsOf = (json: string) =>
  Object.values(JSON.parse(json).facts)
    .map((f: any) => JSON.stringify({ value: f.value, decimals: f.decimals, dimensions: Object.fromEntries(Object.entries(f.dimensions).sort()) }))
    .sort();

describe('xBRL-JSON from other sources', () => {
  it('writes the same text for the same facts read from an instance and from hand-written xBRL-JSON', () => {
    const fromXml = readInstance(xbrl, 'q4-2003.xbrl');
    const fromJson = readXbrlJson(handJson, 'q4-2003.json');
    expect(fromXml.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(fromJson.messages).toEqual([]);
    expect(fromJson.factSet.facts.length).toBe(8);
    expect(diffFactSets(fromXml.factSet, fromJson.factSet).same).toBe(true);
    expect(writeXbrlJson(fromJson.factSet)).toBe(writeXbrlJson(fromXml.factSet));
  });

  it('writes every fact exactly as Arelle writes it (period, unit, entity, dimensions, canonical value, decimals)', () => {
    const ours = writeXbrlJson(readInstance(xbrl, 'q4-2003.xbrl').factSet);
    expect(factsOf(ours)).toEqual(factsOf(arelleJson));
    expect(JSON.parse(ours).documentInfo).toEqual(JSON.parse(arelleJson).documentInfo);
  });

  it('reads the xBRL-JSON Arelle writes into the same facts as the instance', () => {
    const fromArelle = readXbrlJson(arelleJson, 'q4-2003.arelle.json');
    expect(fromArelle.messages).toEqual([]);
    const d = diffFactSets(readInstance(xbrl, 'q4-2003.xbrl').factSet, fromArelle.factSet);
    expect([d.same, d.counts.matched]).toEqual([true, 8]);
  });

  it('canonicalises values written in other lexical forms', () => {
    const { factSet: fs } = readXbrlJson(handJson, 'q4-2003.json');
    const value = (local: string, dims = 0) => fs.facts.find((f) => f.concept.local === local && fs.contexts[f.contextRef].dimensions.length === dims)!.value;
    expect(value('Revenues', 1)).toBe('32655000'); // written "32655000.00"
    expect(value('EarningsPerShare')).toBe('0'); // written "-0.00"
    expect(value('AdjustedEbitdaMargin')).toBe('0.044'); // pure: no unit in JSON, numeric by its decimals
  });

  it('uses the taxonomy, when given, for integer types and for numeric facts without unit or decimals', () => {
    const integerConcept = {
      qname: { ns: ACME, local: 'Employees', prefix: 'acme' },
      id: 'acme_Employees',
      type: '{http://www.xbrl.org/2003/instance}integerItemType',
      numeric: true,
      periodType: 'instant' as const,
      abstract: false,
      nillable: true,
      substitutionGroup: 'item',
      labels: {},
    };
    const textConcept = {
      ...integerConcept,
      qname: { ns: ACME, local: 'Version', prefix: 'acme' },
      type: '{http://www.xbrl.org/2003/instance}stringItemType',
      numeric: false,
    };
    const taxonomy: Taxonomy = {
      concepts: new Map([
        [`{${ACME}}Employees`, integerConcept],
        [`{${ACME}}Version`, textConcept],
      ]),
      relationships: [],
    };
    const fs = factSet([ctx('c', { type: 'instant', date: '2003-12-31' })], [num('Employees', 'c', '1200', 0, 'pure'), text('Version', 'c', '1.5')]);
    const json = writeXbrlJson(fs, { taxonomy });
    const values = Object.values(JSON.parse(json).facts)
      .map((f: any) => f.value)
      .sort();
    expect(values).toEqual(['1.5', '1200']);
    expect(writeXbrlJson(fs)).toContain('"1200.0"'); // without a taxonomy: xs:decimal canonical form
    const back = readXbrlJson(json, 'x.json', { taxonomy }).factSet;
    expect(back.facts.map((f) => [f.concept.local, f.numeric]).sort()).toEqual([
      ['Employees', true],
      ['Version', false],
    ]);
  });
});
