// Numbers in the prose (ReleaseDocument.proseItems, src/read/prose) -> placements beside the table cells'.
// The concept of a prose amount comes from the same label -> concept mapping as a table row: the release's own
// table row of that label first (so "gross margin" means what this release's tables mean by it), then
// mapping.tsv. A prose fact with the aspects of a table fact is a duplicate at lower precision; the check stage
// reports it only when it disagrees after rounding. Changes ("a 2.2% increase over ...") are not facts of the base
// taxonomy: each is kept as a comparison for the check stage (prose-growth) to test against the two table figures.
import { Decimal } from '../model/decimal.js';
import type { LineItem, ProseItem, ReleaseDocument } from '../model/document.js';
import { clark, type ProseComparison } from '../model/fact.js';
import type { Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { kindForUnit, resolveConcept, type Resolved, type TableLabels, type Unresolved } from './resolve.js';
import { normalizeLabel, type MappingData } from './rules.js';

export interface ProsePlacement {
  item: LineItem;
  resolved: Resolved;
  period: Period;
  range: LineItem['range'];
  /** -1: the prose prints the magnitude of a loss. */
  orientation: 1 | -1;
}

export interface ProseMapping {
  placements: ProsePlacement[];
  comparisons: ProseComparison[];
  messages: Message[];
}

/** The prose item as a line item, so the table machinery (units, decimals, members) applies unchanged. */
function asLineItem(p: ProseItem, label: string): LineItem {
  return {
    table: '',
    tableIndex: -1,
    row: label,
    rowIndex: -1,
    section: '',
    column: '',
    columnIndex: -1,
    period: p.period,
    raw: p.raw,
    value: p.value,
    scale: p.scale,
    unit: p.unit,
    range: p.range,
    pos: p.pos,
  };
}

/**
 * The release's rows with a value, by normalized label and by label without parentheticals, in document order:
 * built once per release (scanning every row for every prose amount was a third of the whole map stage).
 */
interface RowIndex {
  exact: Map<string, LineItem[]>;
  bare: Map<string, LineItem[]>;
  /** resolveConcept of a row, asked once per row. */
  resolved: Map<LineItem, Resolved | Unresolved>;
}

const bareLabel = (s: string) => normalizeLabel(s.replace(/\([^)]*\)/g, ' '));

function rowIndex(doc: ReleaseDocument): RowIndex {
  const exact = new Map<string, LineItem[]>();
  const bare = new Map<string, LineItem[]>();
  const add = (m: Map<string, LineItem[]>, k: string, t: LineItem) => {
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  };
  for (const t of doc.items) {
    if (t.value === null) continue;
    add(exact, normalizeLabel(t.row), t);
    add(bare, bareLabel(t.row), t);
  }
  return { exact, bare, resolved: new Map() };
}

function resolveLabel(index: RowIndex, item: LineItem, data: MappingData, taxonomy: Taxonomy, labels: TableLabels): Resolved | null {
  const key = normalizeLabel(item.row);
  const kind = kindForUnit(item.unit);
  // The release's own row of that label (its table, heading and neighbours decide the concept).
  for (const rows of [index.exact.get(key), index.bare.get(key)]) {
    for (const t of rows ?? []) {
      if (kindForUnit(t.unit) !== kind) continue;
      let res = index.resolved.get(t);
      if (!res) index.resolved.set(t, (res = resolveConcept(t, data, taxonomy, labels)));
      if (res.concept) return res;
    }
  }
  const res = resolveConcept(item, data, taxonomy, labels);
  // A parenthetical that says which part ("allocated to selling, general and administrative") is not dropped:
  // the whole ("depreciation and amortization") is another fact.
  if (res.concept && bareLabel(item.row) !== key && res.rule.label === bareLabel(item.row)) return null;
  return res.concept ? res : null;
}

export function mapProse(doc: ReleaseDocument, data: MappingData, taxonomy: Taxonomy, labels: TableLabels): ProseMapping {
  const out: ProseMapping = { placements: [], comparisons: [], messages: [] };
  const index = rowIndex(doc);
  const where = (p: ProseItem) => `"${p.token}" (${p.measure || 'no measure'})`;
  for (const p of doc.proseItems ?? []) {
    if (p.kind === 'count' || !p.label) continue; // counts of things and numbers of no measure are not facts
    if (p.kind === 'change') {
      const item = asLineItem(p, p.label);
      const res =
        p.unit === 'percent' ? resolveLabel(index, { ...item, unit: 'USD' }, data, taxonomy, labels) : resolveLabel(index, item, data, taxonomy, labels);
      if (res && p.period && p.basePeriod) {
        out.comparisons.push({
          concept: clark(res.concept.qname),
          period: p.period,
          basePeriod: p.basePeriod,
          kind: p.unit === 'percent' ? 'percent' : 'amount',
          printed: p.value.times(new Decimal(10).pow(p.scale)).toFixed(),
          decimals: printedDecimals(p.token) - p.scale,
          approximate: p.approximate,
          source: p.pos,
        });
      }
      continue;
    }
    const label = p.kind === 'ratio' ? `${p.label} (% of revenue)` : p.label;
    const item = asLineItem(p, label);
    const res = resolveLabel(index, item, data, taxonomy, labels);
    if (!res || !p.period) {
      out.messages.push({
        ruleId: 'map.prose-unmapped',
        severity: 'warning',
        message: `${where(p)}: ${!res ? `no concept for "${label}"` : 'no period'}; not tagged`,
        positions: [p.pos],
      });
      continue;
    }
    let period = p.period;
    if (res.concept.periodType === 'instant' && period.type === 'duration') period = { type: 'instant', date: period.end };
    if (res.concept.periodType === 'duration' && period.type !== 'duration') {
      out.messages.push({
        ruleId: 'map.prose-unmapped',
        severity: 'warning',
        message: `${where(p)}: ${res.concept.qname.local} is a flow, the prose gives an instant; not tagged`,
        positions: [p.pos],
      });
      continue;
    }
    out.placements.push({ item, resolved: res, period, range: p.range, orientation: p.loss ? -1 : 1 });
  }
  return out;
}

function printedDecimals(token: string): number {
  const m = /\d\.(\d+)/.exec(token.replace(/,/g, ''));
  return m ? m[1].length : 0;
}
