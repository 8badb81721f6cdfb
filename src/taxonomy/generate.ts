// Writes the base taxonomy (schema, five linkbases, Taxonomy Package metadata) from definition.ts.
// Pure: returns file name -> XML text. Run `node dist/src/taxonomy/generate-main.js` to rewrite taxonomy/;
// test/taxonomy checks the committed files equal this output.
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { ARCROLE, LABEL_ROLE } from '../model/taxonomy.js';
import { NS } from '../model/fact.js';
import { ALL_CONCEPTS, AXES, ROLES, type ConceptDef, type PresNode, type RoleDef } from './definition.js';
import { BASE_ENTRY, BASE_LINKBASES, BASE_NAMESPACE, BASE_PREFIX, ROLE_BASE } from './constants.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const REF_NS = 'http://www.xbrl.org/2006/ref';
const TP_NS = 'http://xbrl.org/2016/taxonomy-package';
const CATALOG_NS = 'urn:oasis:names:tc:entity:xmlns:xml:catalog';
const LINKBASE_XSD = 'http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd';
const DTR_TYPES_XSD = 'https://www.xbrl.org/dtr/type/2022-03-31/types.xsd';
const NEGATED_ROLE_XSD = 'http://www.xbrl.org/lrr/role/negated-2009-12-16.xsd';
const XBRLDT_XSD = 'http://www.xbrl.org/2005/xbrldt-2005.xsd';
const DIMENSIONS_ROLE = { id: 'Dimensions', definition: '0900 - Disclosure - Dimensions' };
/** Fixed so the generated package is byte-identical from run to run. */
const PUBLICATION_DATE = '2026-11-22';

const TYPE_OF: Record<ConceptDef['kind'], string> = {
  monetary: 'xbrli:monetaryItemType',
  shares: 'xbrli:sharesItemType',
  perShare: 'dtr-types:perShareItemType',
  percent: 'dtr-types:percentItemType',
  string: 'xbrli:stringItemType',
  token: 'xbrli:tokenItemType',
  date: 'xbrli:dateItemType',
  abstract: 'xbrli:stringItemType',
  domain: 'dtr-types:domainItemType',
  dimension: 'xbrli:stringItemType',
  hypercube: 'xbrli:stringItemType',
};

export const conceptId = (name: string): string => `${BASE_PREFIX}_${name}`;
const roleUri = (id: string): string => `${ROLE_BASE}/${id}`;

function doc(): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8' });
}

function render(d: XMLBuilder): string {
  return d.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

function conceptsByName(): Map<string, ConceptDef> {
  const map = new Map<string, ConceptDef>();
  for (const c of ALL_CONCEPTS) {
    if (map.has(c.name)) throw new Error(`taxonomy definition: concept ${c.name} defined twice`);
    map.set(c.name, c);
  }
  return map;
}

/** XBRL 2.1 §5.2.5.2: items of the same balance add (+1), of opposite balance subtract (-1). */
export function summationWeight(total: ConceptDef, item: ConceptDef): 1 | -1 {
  if (total.balance && item.balance && total.balance !== item.balance) return -1;
  return 1;
}

function schema(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const root = d.ele('xs:schema', {
    'xmlns:xs': XS,
    'xmlns:xbrli': NS.xbrli,
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    'xmlns:xbrldt': NS.xbrldt,
    'xmlns:dtr-types': NS.dtrTypes,
    [`xmlns:${BASE_PREFIX}`]: BASE_NAMESPACE,
    targetNamespace: BASE_NAMESPACE,
    elementFormDefault: 'qualified',
    attributeFormDefault: 'unqualified',
  });
  const appinfo = root.ele('xs:annotation').ele('xs:appinfo');
  const refs: [string, string][] = [
    [BASE_LINKBASES.label, 'http://www.xbrl.org/2003/role/labelLinkbaseRef'],
    [BASE_LINKBASES.presentation, 'http://www.xbrl.org/2003/role/presentationLinkbaseRef'],
    [BASE_LINKBASES.calculation, 'http://www.xbrl.org/2003/role/calculationLinkbaseRef'],
    [BASE_LINKBASES.definition, 'http://www.xbrl.org/2003/role/definitionLinkbaseRef'],
    [BASE_LINKBASES.reference, 'http://www.xbrl.org/2003/role/referenceLinkbaseRef'],
  ];
  for (const [href, role] of refs) {
    appinfo.ele('link:linkbaseRef', {
      'xlink:type': 'simple',
      'xlink:href': href,
      'xlink:role': role,
      'xlink:arcrole': 'http://www.w3.org/1999/xlink/properties/linkbase',
    });
  }
  for (const role of [...ROLES, DIMENSIONS_ROLE]) {
    const rt = appinfo.ele('link:roleType', { roleURI: roleUri(role.id), id: role.id });
    rt.ele('link:definition').txt(role.definition);
    const used = role === DIMENSIONS_ROLE ? ['link:definitionLink'] : ['link:presentationLink', 'link:calculationLink'];
    for (const u of used) rt.ele('link:usedOn').txt(u);
  }
  root.ele('xs:import', { namespace: NS.xbrli, schemaLocation: 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd' });
  root.ele('xs:import', { namespace: NS.link, schemaLocation: LINKBASE_XSD });
  root.ele('xs:import', { namespace: NS.xbrldt, schemaLocation: XBRLDT_XSD });
  root.ele('xs:import', { namespace: NS.dtrTypes, schemaLocation: DTR_TYPES_XSD });
  for (const c of concepts.values()) {
    const attrs: Record<string, string> = {
      id: conceptId(c.name),
      name: c.name,
      type: TYPE_OF[c.kind],
      substitutionGroup: c.kind === 'dimension' ? 'xbrldt:dimensionItem' : c.kind === 'hypercube' ? 'xbrldt:hypercubeItem' : 'xbrli:item',
      nillable: 'true',
      'xbrli:periodType': c.period ?? 'duration',
    };
    if (c.kind === 'abstract' || c.kind === 'domain' || c.kind === 'dimension' || c.kind === 'hypercube') {
      attrs.abstract = 'true';
    }
    if (c.balance) attrs['xbrli:balance'] = c.balance;
    root.ele('xs:element', attrs);
  }
  return render(d);
}

function linkbaseRoot(d: XMLBuilder, extraNs: Record<string, string> = {}, extraSchemaLocation = ''): XMLBuilder {
  return d.ele('link:linkbase', {
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    'xmlns:xsi': NS.xsi,
    ...extraNs,
    'xsi:schemaLocation': `${NS.link} ${LINKBASE_XSD}${extraSchemaLocation}`,
  });
}

function roleRef(lb: XMLBuilder, id: string): void {
  lb.ele('link:roleRef', { roleURI: roleUri(id), 'xlink:type': 'simple', 'xlink:href': `${BASE_ENTRY}#${id}` });
}

/**
 * Locators are created once per concept per extended link. `alias` makes a second locator for the same concept:
 * XLink forbids two arcs with the same from/to labels in one link, even with different arcroles (the
 * dimension-domain and dimension-default arcs both go from an axis to its domain).
 */
function locator(link: XMLBuilder, seen: Set<string>, name: string, alias = ''): string {
  const label = `loc_${name}${alias}`;
  if (!seen.has(label)) {
    seen.add(label);
    link.ele('link:loc', { 'xlink:type': 'locator', 'xlink:href': `${BASE_ENTRY}#${conceptId(name)}`, 'xlink:label': label });
  }
  return label;
}

/** Concept -> [total, weight] pairs of every summation in the definition. */
function allSummations(): { role: string; total: string; item: string }[] {
  const out: { role: string; total: string; item: string }[] = [];
  for (const r of ROLES) for (const [total, items] of r.calculations) for (const item of items) out.push({ role: r.id, total, item });
  return out;
}

function presentedConcepts(node: PresNode, into = new Set<string>()): Set<string> {
  into.add(node[0]);
  for (const child of node[1] ?? []) presentedConcepts(child, into);
  return into;
}

/**
 * The label a concept is presented with in a role: totals use their total label; an item subtracted in the
 * summation it is printed under (its own role's, else any role's whose total the role also presents) reads
 * negated, as releases print it with the sign of its effect on the total.
 */
function preferredLabel(role: RoleDef, name: string, concepts: Map<string, ConceptDef>): string | undefined {
  const c = concepts.get(name)!;
  if (role.calculations.some(([total]) => total === name) && c.total) return LABEL_ROLE.total;
  const own = role.calculations.filter(([, items]) => items.includes(name));
  const presented = presentedConcepts(role.presentation);
  const parents = own.length
    ? own.map(([total]) => total)
    : allSummations()
        .filter((s) => s.item === name && presented.has(s.total))
        .map((s) => s.total);
  if (parents.length && summationWeight(concepts.get(parents[0])!, c) === -1) return LABEL_ROLE.negated;
  // Under its heading a concept reads with its terse label ("Basic" under "Weighted average shares").
  return c.terse ? LABEL_ROLE.terse : undefined;
}

function negatedConcepts(concepts: Map<string, ConceptDef>): Set<string> {
  const out = new Set<string>();
  for (const role of ROLES) {
    for (const name of presentedConcepts(role.presentation)) {
      if (preferredLabel(role, name, concepts) === LABEL_ROLE.negated) out.add(name);
    }
  }
  return out;
}

function labelLinkbase(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const lb = linkbaseRoot(d);
  lb.ele('link:roleRef', {
    roleURI: LABEL_ROLE.negated,
    'xlink:type': 'simple',
    'xlink:href': `${NEGATED_ROLE_XSD}#negatedLabel`,
  });
  const link = lb.ele('link:labelLink', { 'xlink:type': 'extended', 'xlink:role': 'http://www.xbrl.org/2003/role/link' });
  const seen = new Set<string>();
  const negated = negatedConcepts(concepts);
  for (const c of concepts.values()) {
    const loc = locator(link, seen, c.name);
    const labels: [string, string, string][] = [[LABEL_ROLE.standard, 'label', c.label]];
    if (c.terse) labels.push([LABEL_ROLE.terse, 'terseLabel', c.terse]);
    if (c.total) labels.push([LABEL_ROLE.total, 'totalLabel', c.total]);
    if (negated.has(c.name)) labels.push([LABEL_ROLE.negated, 'negatedLabel', c.negated ?? c.label]);
    labels.push([LABEL_ROLE.documentation, 'documentation', c.documentation]);
    const resLabel = `lab_${c.name}`;
    for (const [role, suffix, text] of labels) {
      link
        .ele('link:label', {
          'xlink:type': 'resource',
          'xlink:label': resLabel,
          'xlink:role': role,
          'xml:lang': 'en',
          id: `lab_${c.name}_${suffix}`,
        })
        .txt(text);
    }
    link.ele('link:labelArc', {
      'xlink:type': 'arc',
      'xlink:arcrole': 'http://www.xbrl.org/2003/arcrole/concept-label',
      'xlink:from': loc,
      'xlink:to': resLabel,
    });
  }
  return render(d);
}

function presentationLinkbase(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const lb = linkbaseRoot(d);
  for (const role of ROLES) roleRef(lb, role.id);
  for (const role of ROLES) {
    const link = lb.ele('link:presentationLink', { 'xlink:type': 'extended', 'xlink:role': roleUri(role.id) });
    const seen = new Set<string>();
    const walk = (node: PresNode): void => {
      const from = locator(link, seen, node[0]);
      (node[1] ?? []).forEach((child, i) => {
        const to = locator(link, seen, child[0]);
        const attrs: Record<string, string> = {
          'xlink:type': 'arc',
          'xlink:arcrole': ARCROLE.parentChild,
          'xlink:from': from,
          'xlink:to': to,
          order: String(i + 1),
        };
        const pref = preferredLabel(role, child[0], concepts);
        if (pref) attrs.preferredLabel = pref;
        link.ele('link:presentationArc', attrs);
        walk(child);
      });
    };
    walk(role.presentation);
  }
  return render(d);
}

function calculationLinkbase(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const lb = linkbaseRoot(d);
  const withCalcs = ROLES.filter((r) => r.calculations.length > 0);
  for (const role of withCalcs) roleRef(lb, role.id);
  for (const role of withCalcs) {
    const link = lb.ele('link:calculationLink', { 'xlink:type': 'extended', 'xlink:role': roleUri(role.id) });
    const seen = new Set<string>();
    for (const [total, items] of role.calculations) {
      const from = locator(link, seen, total);
      items.forEach((item, i) => {
        const to = locator(link, seen, item);
        const w = summationWeight(concepts.get(total)!, concepts.get(item)!);
        link.ele('link:calculationArc', {
          'xlink:type': 'arc',
          'xlink:arcrole': ARCROLE.summationItem,
          'xlink:from': from,
          'xlink:to': to,
          order: String(i + 1),
          weight: w === 1 ? '1.0' : '-1.0',
        });
      });
    }
  }
  return render(d);
}

/** Every concept that may carry dimensions: the numeric, non-abstract items. */
function primaryItems(concepts: Map<string, ConceptDef>): string[] {
  return [...concepts.values()].filter((c) => c.kind === 'monetary' || c.kind === 'shares' || c.kind === 'perShare' || c.kind === 'percent').map((c) => c.name);
}

function definitionLinkbase(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const lb = linkbaseRoot(d, { 'xmlns:xbrldt': NS.xbrldt });
  roleRef(lb, DIMENSIONS_ROLE.id);
  const arcroles: [string, string][] = [
    [ARCROLE.all, 'all'],
    [ARCROLE.hypercubeDimension, 'hypercube-dimension'],
    [ARCROLE.dimensionDomain, 'dimension-domain'],
    [ARCROLE.domainMember, 'domain-member'],
    [ARCROLE.dimensionDefault, 'dimension-default'],
  ];
  for (const [uri, id] of arcroles) {
    lb.ele('link:arcroleRef', { arcroleURI: uri, 'xlink:type': 'simple', 'xlink:href': `${XBRLDT_XSD}#${id}` });
  }
  const link = lb.ele('link:definitionLink', { 'xlink:type': 'extended', 'xlink:role': roleUri(DIMENSIONS_ROLE.id) });
  const seen = new Set<string>();
  const arc = (arcrole: string, from: string, to: string, order: number, extra: Record<string, string> = {}): void => {
    link.ele('link:definitionArc', {
      'xlink:type': 'arc',
      'xlink:arcrole': arcrole,
      'xlink:from': locator(link, seen, from),
      'xlink:to': locator(link, seen, to, arcrole === ARCROLE.dimensionDefault ? '_default' : ''),
      order: String(order),
      ...extra,
    });
  };
  // Closed hypercube on the segment (EDGAR puts dimensions in the segment); every axis has a default, so a
  // fact without dimensions is valid too.
  arc(ARCROLE.all, 'StatementLineItems', 'StatementTable', 1, { 'xbrldt:contextElement': 'segment', 'xbrldt:closed': 'true' });
  AXES.forEach(([axis, domain, members], i) => {
    arc(ARCROLE.hypercubeDimension, 'StatementTable', axis, i + 1);
    arc(ARCROLE.dimensionDomain, axis, domain, 1);
    members.forEach((member, j) => arc(ARCROLE.domainMember, domain, member, j + 1));
    arc(ARCROLE.dimensionDefault, axis, domain, 1);
  });
  primaryItems(concepts).forEach((name, i) => arc(ARCROLE.domainMember, 'StatementLineItems', name, i + 1));
  return render(d);
}

function referenceLinkbase(concepts: Map<string, ConceptDef>): string {
  const d = doc();
  const lb = linkbaseRoot(d, { 'xmlns:ref': REF_NS }, ` ${REF_NS} http://www.xbrl.org/2006/ref-2006-02-27.xsd`);
  const link = lb.ele('link:referenceLink', { 'xlink:type': 'extended', 'xlink:role': 'http://www.xbrl.org/2003/role/link' });
  const seen = new Set<string>();
  for (const c of concepts.values()) {
    if (!c.nearest) continue;
    const [prefix, local] = c.nearest.split(':');
    const taxonomy =
      prefix === 'us-gaap' ? 'US GAAP Financial Reporting Taxonomy' : prefix === 'srt' ? 'SEC Reporting Taxonomy' : 'Document and Entity Information Taxonomy';
    const publisher = prefix === 'us-gaap' || prefix === 'srt' ? 'FASB' : 'SEC';
    const loc = locator(link, seen, c.name);
    const res = `ref_${c.name}`;
    const ref = link.ele('link:reference', { 'xlink:type': 'resource', 'xlink:label': res, 'xlink:role': 'http://www.xbrl.org/2003/role/reference', id: res });
    ref.ele('ref:Publisher').txt(publisher);
    ref.ele('ref:Name').txt(taxonomy);
    ref.ele('ref:Note').txt(`Nearest element: ${prefix}:${local}`);
    link.ele('link:referenceArc', {
      'xlink:type': 'arc',
      'xlink:arcrole': 'http://www.xbrl.org/2003/arcrole/concept-reference',
      'xlink:from': loc,
      'xlink:to': res,
    });
  }
  return render(d);
}

function taxonomyPackage(): string {
  const d = doc();
  const tp = d.ele('tp:taxonomyPackage', { 'xmlns:tp': TP_NS, 'xml:lang': 'en' });
  tp.ele('tp:identifier').txt(`${BASE_NAMESPACE}/package`);
  tp.ele('tp:name').txt('ixport earnings release taxonomy 2026');
  tp.ele('tp:description').txt(
    'Base taxonomy of ixport: balance sheet, statement of operations, per-share amounts, share counts, non-GAAP measures and guidance as printed in earnings releases.',
  );
  tp.ele('tp:version').txt('2026');
  tp.ele('tp:publisher').txt('ixport');
  tp.ele('tp:publisherURL').txt('https://ixport.org/');
  tp.ele('tp:publicationDate').txt(PUBLICATION_DATE);
  const ep = tp.ele('tp:entryPoints').ele('tp:entryPoint');
  ep.ele('tp:name').txt('ixport earnings release taxonomy 2026');
  ep.ele('tp:entryPointDocument', { href: `${BASE_NAMESPACE}/${BASE_ENTRY}` });
  return render(d);
}

function catalog(): string {
  const d = doc();
  d.ele('catalog', { xmlns: CATALOG_NS }).ele('rewriteURI', { uriStartString: `${BASE_NAMESPACE}/`, rewritePrefix: '../' });
  return render(d);
}

/** File path (relative to taxonomy/) -> content. */
export function generateBaseTaxonomy(): Map<string, string> {
  const concepts = conceptsByName();
  for (const role of ROLES) {
    for (const name of presentedConcepts(role.presentation)) {
      if (!concepts.has(name)) throw new Error(`taxonomy definition: role ${role.id} presents unknown concept ${name}`);
    }
    for (const [total, items] of role.calculations) {
      for (const name of [total, ...items]) {
        if (!concepts.has(name)) throw new Error(`taxonomy definition: role ${role.id} sums unknown concept ${name}`);
      }
    }
  }
  return new Map([
    [BASE_ENTRY, schema(concepts)],
    [BASE_LINKBASES.label, labelLinkbase(concepts)],
    [BASE_LINKBASES.presentation, presentationLinkbase(concepts)],
    [BASE_LINKBASES.calculation, calculationLinkbase(concepts)],
    [BASE_LINKBASES.definition, definitionLinkbase(concepts)],
    [BASE_LINKBASES.reference, referenceLinkbase(concepts)],
    ['META-INF/taxonomyPackage.xml', taxonomyPackage()],
    ['META-INF/catalog.xml', catalog()],
  ]);
}
