// An extension taxonomy (issue #7's per-filing schema) importing the base beside it: the loader reads both,
// resolves the extension's locators into the base, and the pair stays valid XML Schema.
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { NS } from '../../src/model/fact.js';
import { ARCROLE, LABEL_ROLE } from '../../src/model/taxonomy.js';
import { BASE_ENTRY, BASE_FILES, BASE_NAMESPACE, BASE_TAXONOMY_DIR, loadTaxonomy, TaxonomyError } from '../../src/taxonomy/index.js';

const EXT_NS = 'http://www.example.com/acme/20040506';
const dir = mkdtempSync(join(tmpdir(), 'ixp-ext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const f of BASE_FILES) copyFileSync(join(BASE_TAXONOMY_DIR, f), join(dir, f));
writeFileSync(
  join(dir, 'acme-20040506.xsd'),
  `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xbrli="${NS.xbrli}" xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}"
  targetNamespace="${EXT_NS}" elementFormDefault="qualified">
  <xs:annotation><xs:appinfo>
    <link:linkbaseRef xlink:type="simple" xlink:href="acme-20040506_lab.xml" xlink:role="http://www.xbrl.org/2003/role/labelLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
    <link:linkbaseRef xlink:type="simple" xlink:href="acme-20040506_cal.xml" xlink:role="http://www.xbrl.org/2003/role/calculationLinkbaseRef" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/>
  </xs:appinfo></xs:annotation>
  <xs:import namespace="http://www.xbrl.org/2003/instance" schemaLocation="http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd"/>
  <xs:import namespace="${BASE_NAMESPACE}" schemaLocation="${BASE_ENTRY}"/>
  <xs:element id="acme_ConsumerReceivables" name="ConsumerReceivables" type="xbrli:monetaryItemType" substitutionGroup="xbrli:item" nillable="true" xbrli:periodType="instant" xbrli:balance="debit"/>
</xs:schema>
`,
);
writeFileSync(
  join(dir, 'acme-20040506_lab.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}">
  <link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
    <link:loc xlink:type="locator" xlink:href="acme-20040506.xsd#acme_ConsumerReceivables" xlink:label="c"/>
    <link:label xlink:type="resource" xlink:label="l" xlink:role="${LABEL_ROLE.standard}" xml:lang="en">Consumer receivables acquired for liquidation</link:label>
    <link:labelArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/concept-label" xlink:from="c" xlink:to="l"/>
  </link:labelLink>
</link:linkbase>
`,
);
writeFileSync(
  join(dir, 'acme-20040506_cal.xml'),
  `<?xml version="1.0" encoding="UTF-8"?>
<link:linkbase xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}">
  <link:roleRef roleURI="${BASE_NAMESPACE}/role/BalanceSheet" xlink:type="simple" xlink:href="${BASE_ENTRY}#BalanceSheet"/>
  <link:calculationLink xlink:type="extended" xlink:role="${BASE_NAMESPACE}/role/BalanceSheet">
    <link:loc xlink:type="locator" xlink:href="${BASE_ENTRY}#ixp_Assets" xlink:label="assets"/>
    <link:loc xlink:type="locator" xlink:href="acme-20040506.xsd#acme_ConsumerReceivables" xlink:label="cr"/>
    <link:calculationArc xlink:type="arc" xlink:arcrole="${ARCROLE.summationItem}" xlink:from="assets" xlink:to="cr" order="20" weight="1.0"/>
  </link:calculationLink>
</link:linkbase>
`,
);

describe('an extension schema importing the base taxonomy', () => {
  it('loads base and extension concepts, labels and the extension calculation arc into the base network', () => {
    const tax = loadTaxonomy(join(dir, 'acme-20040506.xsd'));
    const ext = tax.concepts.get(`{${EXT_NS}}ConsumerReceivables`);
    expect(ext?.labels[LABEL_ROLE.standard]).toBe('Consumer receivables acquired for liquidation');
    expect(ext?.balance).toBe('debit');
    expect(tax.concepts.get(`{${BASE_NAMESPACE}}Assets`)?.labels[LABEL_ROLE.standard]).toBe('Assets');
    const assetsItems = tax.relationships.filter(
      (r) => r.arcrole === ARCROLE.summationItem && r.from.local === 'Assets' && r.role === `${BASE_NAMESPACE}/role/BalanceSheet`,
    );
    expect(assetsItems.map((r) => r.to.local)).toContain('ConsumerReceivables');
    expect(assetsItems.map((r) => r.to.local)).toContain('AssetsCurrent');
  });

  it('names the file of a locator that points nowhere', () => {
    writeFileSync(
      join(dir, 'bad.xsd'),
      `<?xml version="1.0"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}" targetNamespace="urn:bad">
  <xs:annotation><xs:appinfo><link:linkbaseRef xlink:type="simple" xlink:href="bad_lab.xml" xlink:arcrole="http://www.w3.org/1999/xlink/properties/linkbase"/></xs:appinfo></xs:annotation>
</xs:schema>`,
    );
    writeFileSync(
      join(dir, 'bad_lab.xml'),
      `<?xml version="1.0"?><link:linkbase xmlns:link="${NS.link}" xmlns:xlink="${NS.xlink}"><link:labelLink xlink:type="extended" xlink:role="http://www.xbrl.org/2003/role/link">
  <link:loc xlink:type="locator" xlink:href="bad.xsd#nothing" xlink:label="x"/></link:labelLink></link:linkbase>`,
    );
    expect(() => loadTaxonomy(join(dir, 'bad.xsd'))).toThrow(TaxonomyError);
    expect(() => loadTaxonomy(join(dir, 'bad.xsd'))).toThrow(/bad_lab\.xml.*bad\.xsd#nothing/);
  });

  it('refuses a document with a DOCTYPE (no DTDs or entities are read)', () => {
    writeFileSync(join(dir, 'dtd.xsd'), `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>`);
    expect(() => loadTaxonomy(join(dir, 'dtd.xsd'))).toThrow(/DOCTYPE/);
  });
});
