// Segment, region and consolidating columns (the reader's ColumnMember) as explicit dimensions of the filing's
// extension: one axis per kind with its domain as the default (the total column, the entity as a whole), one
// member per printed column ("Retail", "Corporate & Other", "Eliminations"). The axes join the base taxonomy's
// statement hypercube in its own extended link role (the extension's definition linkbase), so a processor finds
// every fact dimensionally valid; the schema declares axis, domain and members with the printed labels.
import type { LineItem, MemberAxis, ReleaseDocument } from '../model/document.js';
import { basisOf } from './basis.js';
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
  acquiree: { name: 'BusinessAcquisition', label: 'Business acquisition' },
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
export function columnMembers(
  entries: { item: LineItem; members?: { axis: MemberAxis; member: string }[] }[],
  o: ExtensionOptions,
  taken: Set<string>,
): ColumnMembers {
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
      axis = {
        kind: axisKind,
        name: unique(`${a.name}Axis`),
        label: `${a.label} [Axis]`,
        domain: { name: unique(`${a.name}Domain`), label: `${a.label} [Domain]` },
        members: [],
      };
      axes.set(axisKind, axis);
    }
    const key = `${axisKind}\u0000${member}`;
    let rule = byKey.get(key);
    if (!rule) {
      const words = camelWords(member) || 'Column';
      const name = unique(`${/^[0-9]/.test(words) ? `M${words}` : words}Member`);
      axis.members.push({ name, label: member });
      rule = {
        scope: 'column',
        pattern: /$^/,
        axis: axis.name,
        member: name,
        suffix: name.replace(/Member$/, ''),
        propagate: false,
        ns: o.namespace,
        prefix: o.prefix,
      };
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

/** Headers naming a measure ("Revenue", "Operating Income", "Diluted Earnings per Share"). */
const MEASURE_HEADER_RE =
  /\b(?:revenues?|sales|income|earnings|loss|profits?|ebitda|eps|margin|expenses?|costs?|assets|liabilities|equity|cash flows?|dividends?|deposits|loans)\b/i;
/** A row label naming a period, a basis of its figures, or a change between periods. */
const PERIOD_ROW_RE =
  /\b(?:19|20)\d\d\b|\b(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\b|\b[1-4]Q\d\d\b|\bmonths?\s+ended\b|\bweeks?\s+ended\b|\byear\s+ended\b/i;
const PERIOD_WORDS_RE =
  /\b(?:(?:three|six|nine|twelve|\d{1,2})\s+(?:months?|weeks?)\s+ended|(?:fiscal\s+)?year\s+ended|(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|[1-4]Q\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?|(?:19|20)\d\d)\b/gi;
const IMPACT_RE = /\b(?:impacts?|effects?|adj(?:ustments?|\.)?)(?=\W|$)/i;

/**
 * A sideways table: its rows are periods ("2019 As Reported", "Three Months Ended March 31, 2020 - U.S. GAAP") and
 * its columns measures ("Revenue | Operating Income | Net Income"). The reader gave each cell its row's period; no
 * column has one of its own. Read from the items: every column period-less and none a segment, every numeric cell
 * with a period, most column headers measure words, and some row label naming a period.
 */
export function sidewaysTables(doc: ReleaseDocument): Set<number> {
  const out = new Set<number>();
  const byTable = new Map<number, LineItem[]>();
  for (const i of doc.items) byTable.set(i.tableIndex, [...(byTable.get(i.tableIndex) ?? []), i]);
  for (const [t, items] of byTable) {
    const table = doc.tables[t];
    if (!table || table.columns.length < 2 || table.columns.some((c) => c.period !== null)) continue;
    if (items.some((i) => i.member || (i.value !== null && i.period === null))) continue;
    const own = table.columns.map((c) => c.header[c.header.length - 1] ?? '');
    if (own.filter((h) => MEASURE_HEADER_RE.test(h) && !/\b(?:19|20)\d\d\b/.test(h)).length * 2 <= own.length) continue;
    // Rows naming a period, none of them a measure. Rows naming no period are the items reconciling the period row
    // above them (Caterpillar's "Restructuring costs" between "... 2022 - U.S. GAAP" and "... 2022 - Adjusted"):
    // they may name a measure when the table opens with a period row and they are fewer than the period rows.
    const rows = new Map(items.map((i) => [i.rowIndex, i.row]));
    const periodRows = [...rows.values()].filter((r) => PERIOD_ROW_RE.test(r));
    if (!periodRows.length || periodRows.some((r) => MEASURE_HEADER_RE.test(r.replace(PERIOD_WORDS_RE, ' ')))) continue;
    const measureRows = [...rows.values()].filter((r) => MEASURE_HEADER_RE.test(r.replace(PERIOD_WORDS_RE, ' ')));
    if (measureRows.length && (measureRows.length >= periodRows.length || !PERIOD_ROW_RE.test(items[0].row))) continue;
    out.add(t);
  }
  return out;
}

/**
 * A cell of a sideways table is the measure its column names, for its row's period (the reader's); what the row
 * label prints beside the period is its basis: "As Reported" the default, "Constant Currency Impact" a reporting-basis
 * member (an adjustment), "Constant Currency" the currency-basis member.
 */
export function sidewaysMeasure(item: LineItem, columnHeader: string[]): LineItem {
  const measure = (columnHeader[columnHeader.length - 1] ?? item.column)
    .replace(/\s*\(\s*\d{1,2}\s*\)|\*+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const rest = item.row
    .replace(PERIOD_WORDS_RE, ' ')
    .replace(/\bpercentage\s+change\b.*?(?=\bconstant\b|$)|[-\u2013\u2014,:]/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // A row naming no period of its own stands in the block of the period row above it: a reconciling item.
  const reconciling = !PERIOD_ROW_RE.test(item.row);
  const printed = rest ? basisOf(rest) : undefined;
  const basis = !rest ? undefined : IMPACT_RE.test(rest) || (reconciling && printed === undefined) ? { axis: 'basis' as const, member: rest } : printed;
  return { ...item, row: measure, ...(basis ? { member: basis } : {}) };
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
