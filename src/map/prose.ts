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
import { kindForUnit, resolveConcept, type Resolved, type TableLabels } from './resolve.js';
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

function resolveLabel(doc: ReleaseDocument, item: LineItem, data: MappingData, taxonomy: Taxonomy, labels: TableLabels): Resolved | null {
  const key = normalizeLabel(item.row);
  const bare = (s: string) => normalizeLabel(s.replace(/\([^)]*\)/g, ' '));
  const kind = kindForUnit(item.unit);
  // The release's own row of that label (its table, heading and neighbours decide the concept).
  for (const pass of [(r: string) => normalizeLabel(r) === key, (r: string) => bare(r) === key]) {
    for (const t of doc.items) {
      if (t.value === null || kindForUnit(t.unit) !== kind || !pass(t.row)) continue;
      const res = resolveConcept(t, data, taxonomy, labels);
      if (res.concept) return res;
    }
  }
  const res = resolveConcept(item, data, taxonomy, labels);
  // A parenthetical that says which part ("allocated to selling, general and administrative") is not dropped:
  // the whole ("depreciation and amortization") is another fact.
  if (res.concept && bare(item.row) !== key && res.rule.label === bare(item.row)) return null;
  return res.concept ? res : null;
}

export function mapProse(doc: ReleaseDocument, data: MappingData, taxonomy: Taxonomy, labels: TableLabels): ProseMapping {
  const out: ProseMapping = { placements: [], comparisons: [], messages: [] };
  const where = (p: ProseItem) => `"${p.token}" (${p.measure || 'no measure'})`;
  for (const p of doc.proseItems ?? []) {
    if (p.kind === 'count' || !p.label) continue; // counts of things and numbers of no measure are not facts
    if (p.kind === 'change') {
      const item = asLineItem(p, p.label);
      const res = p.unit === 'percent' ? resolveLabel(doc, { ...item, unit: 'USD' }, data, taxonomy, labels) : resolveLabel(doc, item, data, taxonomy, labels);
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
    const res = resolveLabel(doc, item, data, taxonomy, labels);
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
      out.messages.push({ ruleId: 'map.prose-unmapped', severity: 'warning', message: `${where(p)}: ${res.concept.qname.local} is a flow, the prose gives an instant; not tagged`, positions: [p.pos] });
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
