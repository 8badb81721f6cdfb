import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NS } from '../../src/model/fact.js';
import { ARCROLE, LABEL_ROLE } from '../../src/model/taxonomy.js';
import { BASE_ENTRY, BASE_FILES, BASE_NAMESPACE, BASE_TAXONOMY_DIR, loadTaxonomy, PACKAGE_FILES, TaxonomyError } from '../../src/taxonomy/index.js';
import { generateBaseTaxonomy } from '../../src/taxonomy/generate.js';
import { parseXml } from '../../src/taxonomy/xml.js';
import { validateAgainstSchema } from './schema-cache.js';

const read = (name: string): string => readFileSync(join(BASE_TAXONOMY_DIR, name), 'utf8');
const clark = (local: string): string => `{${BASE_NAMESPACE}}${local}`;

describe('shipped base taxonomy files', () => {
  it('are exactly what src/taxonomy/generate.ts produces (no hand edits, no drift)', () => {
    const generated = generateBaseTaxonomy();
    expect([...generated.keys()].sort()).toEqual([...BASE_FILES, ...PACKAGE_FILES].sort());
    for (const [name, text] of generated) expect(read(name), name).toBe(text);
  });

  it('are well-formed XML with the expected roots', () => {
    const roots = [...BASE_FILES, ...PACKAGE_FILES].map((f) => [f, parseXml(read(f), f)] as const);
    for (const [f, root] of roots) {
      if (f === BASE_ENTRY) expect(root.local).toBe('schema');
      else if (f.startsWith('META-INF')) expect(['taxonomyPackage', 'catalog']).toContain(root.local);
      else expect(`${root.ns} ${root.local}`).toBe(`${NS.link} linkbase`);
    }
  });

  it('schema validates with XML Schema: an instance using every item type is valid against it', async () => {
    const instance = `<?xml version="1.0" encoding="UTF-8"?>
<xbrli:xbrl xmlns:xbrli="${NS.xbrli}" xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}" xmlns:iso4217="${NS.iso4217}" xmlns:ixp="${BASE_NAMESPACE}">
  <link:schemaRef xlink:type="simple" xlink:href="${BASE_ENTRY}"/>
  <xbrli:context id="D2004Q1"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">0001234567</xbrli:identifier></xbrli:entity>
    <xbrli:period><xbrli:startDate>2004-01-01</xbrli:startDate><xbrli:endDate>2004-03-31</xbrli:endDate></xbrli:period></xbrli:context>
  <xbrli:unit id="USD"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
  <xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
  <xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
  <xbrli:unit id="USDPerShare"><xbrli:divide><xbrli:unitNumerator><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator>
    <xbrli:unitDenominator><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
  <ixp:Revenues contextRef="D2004Q1" unitRef="USD" decimals="-3">37153000</ixp:Revenues>
  <ixp:AdjustedGrossMarginPercentOfRevenue contextRef="D2004Q1" unitRef="pure" decimals="3">0.559</ixp:AdjustedGrossMarginPercentOfRevenue>
  <ixp:EarningsPerShareBasicAndDiluted contextRef="D2004Q1" unitRef="USDPerShare" decimals="2">-0.01</ixp:EarningsPerShareBasicAndDiluted>
  <ixp:WeightedAverageNumberOfShareOutstandingBasicAndDiluted contextRef="D2004Q1" unitRef="shares" decimals="0">78321851</ixp:WeightedAverageNumberOfShareOutstandingBasicAndDiluted>
  <ixp:EntityRegistrantName contextRef="D2004Q1">Mpower Holding Corporation</ixp:EntityRegistrantName>
  <ixp:DocumentReleaseDate contextRef="D2004Q1">2004-05-06</ixp:DocumentReleaseDate>
</xbrli:xbrl>
`;
    const ok = await validateAgainstSchema({ fileName: 'instance.xml', contents: instance }, { fileName: BASE_ENTRY, contents: read(BASE_ENTRY) });
    expect(ok.errors).toEqual([]);
    expect(ok.valid).toBe(true);

    // And the schema really constrains: a date concept with a non-date value is rejected.
    const bad = instance.replace('>2004-05-06<', '>6 May 2004<');
    const rejected = await validateAgainstSchema({ fileName: 'instance.xml', contents: bad }, { fileName: BASE_ENTRY, contents: read(BASE_ENTRY) });
    expect(rejected.valid).toBe(false);
  });

  it('linkbases validate against the XBRL 2.1 linkbase schema (with ref and xbrldt)', async () => {
    const wrapper = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:ixport:test:linkbase-wrapper">
  <xs:import namespace="${NS.link}" schemaLocation="http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd"/>
  <xs:import namespace="http://www.xbrl.org/2006/ref" schemaLocation="http://www.xbrl.org/2006/ref-2006-02-27.xsd"/>
  <xs:import namespace="${NS.xbrldt}" schemaLocation="http://www.xbrl.org/2005/xbrldt-2005.xsd"/>
</xs:schema>
`;
    for (const name of BASE_FILES.filter((f) => f !== BASE_ENTRY)) {
      const res = await validateAgainstSchema({ fileName: name, contents: read(name) }, { fileName: 'wrapper.xsd', contents: wrapper });
      expect(res.errors, name).toEqual([]);
    }
    // The check has teeth: a calculation arc with a non-decimal weight is rejected.
    const broken = read('ixp-2026_cal.xml').replace('weight="1.0"', 'weight="one"');
    const res = await validateAgainstSchema({ fileName: 'broken_cal.xml', contents: broken }, { fileName: 'wrapper.xsd', contents: wrapper });
    expect(res.valid).toBe(false);
  });

  it('taxonomyPackage.xml validates against the Taxonomy Package schema', async () => {
    const schema = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:ixport:test:tp-wrapper">
  <xs:import namespace="http://xbrl.org/2016/taxonomy-package" schemaLocation="http://www.xbrl.org/2016/taxonomy-package.xsd"/>
</xs:schema>
`;
    const res = await validateAgainstSchema(
      { fileName: 'taxonomyPackage.xml', contents: read('META-INF/taxonomyPackage.xml') },
      { fileName: 'tp.xsd', contents: schema },
    );
    expect(res.errors).toEqual([]);
  });
});

describe('loadTaxonomy', () => {
  const tax = loadTaxonomy();
  const concept = (local: string) => {
    const c = tax.concepts.get(clark(local));
    if (!c) throw new Error(`missing concept ${local}`);
    return c;
  };

  it('reads concepts with types, period types, balances and labels', () => {
    const assets = concept('Assets');
    expect(assets.type).toBe(`{${NS.xbrli}}monetaryItemType`);
    expect(assets.numeric).toBe(true);
    expect(assets.periodType).toBe('instant');
    expect(assets.balance).toBe('debit');
    expect(assets.labels[LABEL_ROLE.standard]).toBe('Assets');
    expect(assets.labels[LABEL_ROLE.total]).toBe('Total assets');
    expect(concept('AdjustedGrossMarginPercentOfRevenue').type).toBe(`{${NS.dtrTypes}}percentItemType`);
    expect(concept('EarningsPerShareBasicAndDiluted').type).toBe(`{${NS.dtrTypes}}perShareItemType`);
    expect(concept('EarningsPerShareBasicAndDiluted').numeric).toBe(true);
    expect(concept('EntityRegistrantName').numeric).toBe(false);
    expect(concept('RangeAxis').substitutionGroup).toBe('dimensionItem');
    expect(concept('StatementTable').substitutionGroup).toBe('hypercubeItem');
    expect(concept('MinimumMember').abstract).toBe(true);
  });

  it('every concept has a standard label and documentation; monetary concepts have a balance', () => {
    for (const c of tax.concepts.values()) {
      expect(c.labels[LABEL_ROLE.standard], c.qname.local).toBeTruthy();
      expect(c.labels[LABEL_ROLE.documentation], c.qname.local).toBeTruthy();
      if (c.type === `{${NS.xbrli}}monetaryItemType`) expect(c.balance, c.qname.local).toBeDefined();
    }
  });

  it('calculation weights are +-1 and agree with the balances (xbrl.5.1.1.2)', () => {
    const calcs = tax.relationships.filter((r) => r.arcrole === ARCROLE.summationItem);
    expect(calcs.length).toBeGreaterThan(40);
    for (const r of calcs) {
      const from = concept(r.from.local);
      const to = concept(r.to.local);
      const expected = from.balance && to.balance && from.balance !== to.balance ? -1 : 1;
      expect(r.weight, `${r.from.local} -> ${r.to.local}`).toBe(expected);
    }
  });

  it('presentation uses negated labels exactly where a subtracted item is printed under its total', () => {
    const pres = tax.relationships.filter((r) => r.arcrole === ARCROLE.parentChild);
    const recon = pres.find((r) => r.role.endsWith('/NonGaapReconciliation') && r.to.local === 'DepreciationAndAmortization');
    expect(recon?.preferredLabel).toBe(LABEL_ROLE.negated);
    const so = pres.find((r) => r.role.endsWith('/StatementOfOperations') && r.to.local === 'DepreciationAndAmortization');
    expect(so?.preferredLabel).toBeUndefined();
    const gain = pres.find((r) => r.role.endsWith('/StatementOfOperations') && r.to.local === 'GainLossOnSaleOfAssets');
    expect(gain?.preferredLabel).toBe(LABEL_ROLE.negated);
    expect(concept('GainLossOnSaleOfAssets').labels[LABEL_ROLE.negated]).toBe('(Gain) loss on sale of assets, net');
    for (const r of pres.filter((p) => p.preferredLabel)) {
      expect(concept(r.to.local).labels[r.preferredLabel!], `${r.to.local} ${r.preferredLabel}`).toBeTruthy();
    }
  });

  it('definition linkbase: one closed hypercube, five axes each with a default, every numeric item a primary item', () => {
    const def = tax.relationships.filter((r) => r.role.endsWith('/Dimensions'));
    const all = def.filter((r) => r.arcrole === ARCROLE.all);
    expect(all.map((r) => `${r.from.local}->${r.to.local}`)).toEqual(['StatementLineItems->StatementTable']);
    const axes = def.filter((r) => r.arcrole === ARCROLE.hypercubeDimension).map((r) => r.to.local);
    expect(axes.sort()).toEqual(['PredecessorSuccessorAxis', 'ProFormaAxis', 'RangeAxis', 'RestatementAxis', 'StatementScenarioAxis']);
    const defaults = new Map(def.filter((r) => r.arcrole === ARCROLE.dimensionDefault).map((r) => [r.from.local, r.to.local]));
    expect(defaults.get('RangeAxis')).toBe('RangeMember');
    expect(defaults.size).toBe(5);
    const primaries = new Set(def.filter((r) => r.arcrole === ARCROLE.domainMember && r.from.local === 'StatementLineItems').map((r) => r.to.local));
    for (const c of tax.concepts.values()) {
      if (c.numeric) expect(primaries.has(c.qname.local), c.qname.local).toBe(true);
    }
  });

  it('reports an unreadable entry point as a TaxonomyError naming the file', () => {
    expect(() => loadTaxonomy('/nonexistent/x.xsd')).toThrow(TaxonomyError);
    expect(() => loadTaxonomy('/nonexistent/x.xsd')).toThrow(/\/nonexistent\/x\.xsd/);
  });
});
