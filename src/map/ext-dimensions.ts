// The extension's share of the segment, region and consolidation axes (dimensions.ts): schema declarations,
// labels and the definition linkbase. The axes are added to the base taxonomy's statement hypercube in the
// base's Dimensions role, so the hypercube (closed, on the segment) admits them; each axis defaults to its domain.
import { create } from 'xmlbuilder2';
import { NS } from '../model/fact.js';
import { LABEL_ROLE } from '../model/taxonomy.js';
import { BASE_ENTRY, ROLE_BASE } from '../taxonomy/constants.js';
import type { ExtAxis, ExtensionOptions } from './types.js';

export const XBRLDT_XSD = 'http://www.xbrl.org/2005/xbrldt-2005.xsd';
const DIMENSIONS_ROLE = `${ROLE_BASE}/Dimensions`;
const DIM = 'http://xbrl.org/int/dim/arcrole/';

interface SchemaNode {
  ele(name: string, attrs?: Record<string, string>): SchemaNode;
}

/** xs:element declarations of the axes, their domains and members. */
export function declareAxes(root: SchemaNode, o: ExtensionOptions, axes: ExtAxis[]): void {
  const el = (name: string, axis: boolean) =>
    root.ele('xs:element', {
      id: `${o.prefix}_${name}`,
      name,
      type: axis ? 'xbrli:stringItemType' : 'dtr-types:domainItemType',
      substitutionGroup: axis ? 'xbrldt:dimensionItem' : 'xbrli:item',
      abstract: 'true',
      nillable: 'true',
      'xbrli:periodType': 'duration',
    });
  for (const a of axes) {
    el(a.name, true);
    el(a.domain.name, false);
    for (const m of a.members) el(m.name, false);
  }
}

/** Label entries (name, element id, [role, id suffix, text]) of the axes, domains and members. */
export function axisLabels(o: ExtensionOptions, axes: ExtAxis[]): [string, string, [string, string, string][]][] {
  return axes.flatMap((a) => [a, a.domain, ...a.members]).map((n) => [n.name, `${o.prefix}_${n.name}`, [[LABEL_ROLE.standard, 'label', n.label]]]);
}

/** The definition linkbase: each axis in the base statement hypercube, its domain (the default) and members. */
export function definitionLinkbase(o: ExtensionOptions, axes: ExtAxis[]): string {
  const lb = create({ version: '1.0', encoding: 'UTF-8' }).ele('link:linkbase', {
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.link} http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd`,
  });
  lb.ele('link:roleRef', { roleURI: DIMENSIONS_ROLE, 'xlink:type': 'simple', 'xlink:href': `${BASE_ENTRY}#Dimensions` });
  for (const a of ['hypercube-dimension', 'dimension-domain', 'domain-member', 'dimension-default']) {
    lb.ele('link:arcroleRef', { arcroleURI: `${DIM}${a}`, 'xlink:type': 'simple', 'xlink:href': `${XBRLDT_XSD}#${a}` });
  }
  const link = lb.ele('link:definitionLink', { 'xlink:type': 'extended', 'xlink:role': DIMENSIONS_ROLE });
  const loc = (href: string, label: string) => link.ele('link:loc', { 'xlink:type': 'locator', 'xlink:href': href, 'xlink:label': label });
  const arc = (arcrole: string, from: string, to: string, order: number) =>
    link.ele('link:definitionArc', { 'xlink:type': 'arc', 'xlink:arcrole': `${DIM}${arcrole}`, 'xlink:from': from, 'xlink:to': to, order: String(order) });
  loc(`${BASE_ENTRY}#ixp_StatementTable`, 'loc_StatementTable');
  const own = (name: string) => `${o.stem}.xsd#${o.prefix}_${name}`;
  axes.forEach((a, k) => {
    loc(own(a.name), `loc_${a.name}`);
    loc(own(a.domain.name), `loc_${a.domain.name}`);
    loc(own(a.domain.name), `loc_${a.domain.name}_default`);
    // After the base's own axes (orders 1-5).
    arc('hypercube-dimension', 'loc_StatementTable', `loc_${a.name}`, 101 + k);
    arc('dimension-domain', `loc_${a.name}`, `loc_${a.domain.name}`, 1);
    a.members.forEach((m, j) => {
      loc(own(m.name), `loc_${m.name}`);
      arc('domain-member', `loc_${a.domain.name}`, `loc_${m.name}`, j + 1);
    });
    arc('dimension-default', `loc_${a.name}`, `loc_${a.domain.name}_default`, 1);
  });
  return lb.end({ prettyPrint: true, indent: '  ' }) + '\n';
}
