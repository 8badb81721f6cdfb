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
import type { ExtAxis, ExtNamed, ExtensionOptions } from './types.js';

export type { ExtAxis, ExtNamed };

const AXES: Record<MemberAxis, { name: string; label: string }> = {
  segment: { name: 'Segments', label: 'Segments' },
  region: { name: 'GeographicalAreas', label: 'Geographical areas' },
  consolidation: { name: 'ConsolidationItems', label: 'Consolidation items' },
  basis: { name: 'ReportingBasis', label: 'Reporting basis' },
  currency: { name: 'CurrencyBasis', label: 'Currency basis' },
};

/** Members of the extension's axes: the column's own (segment, region, consolidation) and the evidence's. */
export interface ColumnMembers {
  /** The axes used, in order of first use. */
  axes: ExtAxis[];
  /** Per entry, the member rules of its context (none for a total column: the default). */
  rules: QualifierRule[][];
}

/**
 * The extension members of every entry: its column's member (a total column stays on the default) and the members
 * the document's evidence adds (collisions.ts). `taken` holds the extension's concept names.
 */
export function columnMembers(entries: { item: LineItem; members?: { axis: MemberAxis; member: string }[] }[], o: ExtensionOptions, taken: Set<string>): ColumnMembers {
  const axes = new Map<MemberAxis, ExtAxis>();
  const byKey = new Map<string, QualifierRule>();
  const names = new Set(taken);
  const unique = (name: string) => {
    let n = name;
    for (let k = 2; names.has(n); k++) n = `${name}${k}`;
    names.add(n);
    return n;
  };
  const ruleOf = (axisKind: MemberAxis, member: string): QualifierRule => {
    let axis = axes.get(axisKind);
    if (!axis) {
      const a = AXES[axisKind];
      axis = { kind: axisKind, name: unique(`${a.name}Axis`), label: `${a.label} [Axis]`, domain: { name: unique(`${a.name}Domain`), label: `${a.label} [Domain]` }, members: [] };
      axes.set(axisKind, axis);
    }
    const key = `${axisKind}\u0000${member}`;
    let rule = byKey.get(key);
    if (!rule) {
      const words = camelWords(member) || 'Column';
      const name = unique(`${/^[0-9]/.test(words) ? `M${words}` : words}Member`);
      axis.members.push({ name, label: member });
      rule = { scope: 'column', pattern: /$^/, axis: axis.name, member: name, suffix: name.replace(/Member$/, ''), propagate: false, ns: o.namespace, prefix: o.prefix };
      byKey.set(key, rule);
    }
    return rule;
  };
  const rules = entries.map((p) => {
    const out: QualifierRule[] = [];
    for (const m of [p.item.member, ...(p.members ?? [])]) {
      if (!m || m.member === null) continue;
      const rule = ruleOf(m.axis, m.member);
      if (!out.some((q) => q.axis === rule.axis)) out.push(rule);
    }
    return out;
  });
  return { axes: [...axes.values()], rules };
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
