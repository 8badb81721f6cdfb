// Segment, region and consolidating columns (the reader's ColumnMember) as explicit dimensions of the filing's
// extension: one axis per kind with its domain as the default (the total column, the entity as a whole), one
// member per printed column ("Retail", "Corporate & Other", "Eliminations"). The axes join the base taxonomy's
// statement hypercube in its own extended link role (the extension's definition linkbase), so a processor finds
// every fact dimensionally valid; the schema declares axis, domain and members with the printed labels.
import type { LineItem, MemberAxis } from '../model/document.js';
import type { Concept } from '../model/taxonomy.js';
import { NS } from '../model/fact.js';
import { camelWords } from './naming.js';
import type { QualifierRule } from './rules.js';
import type { ExtensionOptions } from './extension.js';

export interface ExtNamed {
  name: string;
  label: string;
}

export interface ExtAxis extends ExtNamed {
  kind: MemberAxis;
  domain: ExtNamed;
  members: ExtNamed[];
}

const AXES: Record<MemberAxis, { name: string; label: string }> = {
  segment: { name: 'Segments', label: 'Segments' },
  region: { name: 'GeographicalAreas', label: 'Geographical areas' },
  consolidation: { name: 'ConsolidationItems', label: 'Consolidation items' },
};

/**
 * Adds the column member of every placement to its members (placements on a total column stay on the default)
 * and returns the axes used, in order of first use. `taken` holds the extension's concept names.
 */
export function addColumnMembers(
  placements: { item: LineItem }[],
  members: QualifierRule[][],
  o: ExtensionOptions,
  taken: Set<string>,
): ExtAxis[] {
  const axes = new Map<MemberAxis, ExtAxis>();
  const rules = new Map<string, QualifierRule>();
  const unique = (name: string) => {
    let n = name;
    for (let k = 2; taken.has(n); k++) n = `${name}${k}`;
    taken.add(n);
    return n;
  };
  placements.forEach((p, i) => {
    const m = p.item.member;
    if (!m || m.member === null) return;
    let axis = axes.get(m.axis);
    if (!axis) {
      const a = AXES[m.axis];
      axis = { kind: m.axis, name: unique(`${a.name}Axis`), label: `${a.label} [Axis]`, domain: { name: unique(`${a.name}Domain`), label: `${a.label} [Domain]` }, members: [] };
      axes.set(m.axis, axis);
    }
    const key = `${m.axis}\u0000${m.member}`;
    let rule = rules.get(key);
    if (!rule) {
      const words = camelWords(m.member) || 'Column';
      const name = unique(`${/^[0-9]/.test(words) ? `M${words}` : words}Member`);
      axis.members.push({ name, label: m.member });
      rule = { scope: 'column', pattern: /$^/, axis: axis.name, member: name, suffix: name.replace(/Member$/, ''), propagate: false, ns: o.namespace, prefix: o.prefix };
      rules.set(key, rule);
    }
    if (!members[i].some((q) => q.axis === rule!.axis)) members[i].push(rule);
  });
  return [...axes.values()];
}

/** Axis, domain and member concepts for the filing's effective taxonomy. */
export function axisConcepts(axes: ExtAxis[], o: ExtensionOptions): Concept[] {
  const concept = (n: ExtNamed, axis: boolean): Concept => ({
    qname: { ns: o.namespace, local: n.name, prefix: o.prefix },
    id: `${o.prefix}_${n.name}`,
    type: axis ? `{${NS.xbrli}}stringItemType` : `{${NS.dtrTypes}}domainItemType`,
    numeric: false,
    periodType: 'duration',
    abstract: true,
    nillable: true,
    substitutionGroup: axis ? 'dimensionItem' : 'item',
    labels: { 'http://www.xbrl.org/2003/role/label': n.label },
  });
  return axes.flatMap((a) => [concept(a, true), concept(a.domain, false), ...a.members.map((m) => concept(m, false))]);
}

const BY_PART_RE =
  /\s*[-,:]?\s*\b(?:by|per)\s+(?:business\s+|operating\s+|reportable\s+)?(?:regions?|segments?|geographic(?:al)?\s+(?:areas?|regions?)|geography|countr(?:y|ies)|divisions?|markets?|locations?|business(?:es)?)\b.*$/i;

/**
 * A row labelled by a year in a table of segment or region columns ("REVENUES BY REGION": rows "2004", "2003") is
 * the measure the title names, for that year: it is looked up as "REVENUES", not as a concept named "2004"; in a
 * table of years by measures the column names it.
 */
export function yearRowMeasure(item: LineItem): LineItem {
  const year = item.row.trim();
  if (!/^(?:19|20)\d\d$/.test(year)) return item;
  // Transposed: years down the side, measures across ("SELECTED DATA": "Revenue  Net income" over "2005", "2004").
  const column = item.column.replace(/\s*\|\s*/g, ' ').trim();
  if (!item.member) return /[A-Za-z]{3}/.test(column) && !/\b(?:19|20)\d\d\b/.test(column) ? { ...item, row: column } : item;
  const title = item.table.replace(/\s+#\d+$/, '');
  const measure = title.replace(BY_PART_RE, '').trim();
  if (!measure || measure === title) return item;
  return { ...item, row: measure.charAt(0) + measure.slice(1).toLowerCase() };
}
