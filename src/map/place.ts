// Map steps 1-2: every numeric line item onto a concept and period (a placement), the rows no base concept fits
// and the comparison columns onto extension concepts, and the printed sign's relation to each fact's sign.
import type { Decimal } from '../model/decimal.js';
import type { LineItem, ReleaseDocument } from '../model/document.js';
import { clark } from '../model/fact.js';
import { periodKey, type Period } from '../model/period.js';
import type { Concept, Taxonomy } from '../model/taxonomy.js';
import { unitFor } from './contexts.js';
import { sidewaysMeasure, sidewaysTables, yearRowMeasure } from './dimensions.js';
import { changeBasis, ExtensionConcepts, extKindFor, SIGNED_WORDING } from './ext-concepts.js';
import { changeBases } from './comparison.js';
import { resolveConcept, type tableLabels } from './resolve.js';
import { normalizeLabel, type MappingData, type MappingRule } from './rules.js';
import { orientationInTable, type ParentIndex } from './sign.js';
import type { ExtConceptDef, Orientation, Placement, Resolved } from './types.js';

type Labels = ReturnType<typeof tableLabels>;

/** A numeric item no fact will carry, and why (collected per row into one message at the end). */
export interface Unresolved {
  ruleId: string;
  reason: string;
  item: LineItem;
  itemIndex: number;
}

/** Items placed on base concepts, items waiting for an extension concept, items left untagged. */
export interface ItemPlacements {
  placements: Placement[];
  /** Rows no base concept fits (extension concepts when the filing has an extension). */
  extRows: { itemIndex: number; item: LineItem; reason: string }[];
  /** Comparison (change) columns (extension concepts when the filing has an extension). */
  extChanges: { itemIndex: number; item: LineItem }[];
  unresolved: Unresolved[];
}

/** A mapping rule standing for "an extension concept of this filing" (never read from mapping.tsv). */
export const EXTENSION_RULE: MappingRule = { label: '*', concept: '*', when: [], where: 'extension' };

export function rowKey(item: LineItem): string {
  // A sideways table's cell is the measure its column names (sidewaysMeasure): one printed row holds several.
  return `${item.tableIndex}:${item.rowIndex}:${item.row}`;
}

/**
 * The placements of one item on a concept: a single value in a Low - High column is both ends of its range
 * (tagging it on both keeps every range-end context complete, so summations bind fully on each side); a balance
 * concept printed in a period column is the balance at the period's end.
 */
export function placementsOf(doc: ReleaseDocument, itemIndex: number, item: LineItem, res: Resolved, ext?: ExtConceptDef, at?: Period): Placement[] {
  const period0 = at ?? item.period!;
  const column = doc.tables[item.tableIndex]?.columns.find((c) => c.index === item.columnIndex);
  const ranges: LineItem['range'][] = item.range === 'change' ? [''] : item.range === '' && column?.kind === 'range' ? ['low', 'high'] : [item.range];
  const period: Period = res.concept.periodType === 'instant' && period0.type === 'duration' ? { type: 'instant', date: period0.end } : period0;
  return ranges.map((range) => ({ itemIndex, item, resolved: res, range, period, ext }));
}

const OPENING =
  /^(balances? (at )?(the )?beginning of (the )?(period|year|quarter|month)|beginning balances?|balances? beginning of (the )?(period|year|quarter|month))$/;
const CLOSING = /^(balances? (at )?(the )?end of (the )?(period|year|quarter|month)|ending balances?|balances? end of (the )?(period|year|quarter|month))$/;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A roll-forward ("RESERVE FOR LOAN LOSSES": balance at beginning of period, provision, charge-offs, balance at end
 * of period) prints the balance its title names at both ends of each period column: the opening balance is that
 * concept at the instant before the period starts (XBRL 2.1: a date means the end of that day), the closing one
 * at the period's end.
 */
function rollForwardBalance(item: LineItem, data: MappingData, taxonomy: Taxonomy, labels: Labels): { resolved: Resolved; period: Period } | undefined {
  if (!item.period || item.period.type === 'forever') return undefined;
  const label = normalizeLabel(item.row);
  const opening = OPENING.test(label);
  if (!opening && !CLOSING.test(label)) return undefined;
  const title = item.table
    .replace(/\s+#\d+$/, '')
    .replace(/\([^)]*\)/g, ' ')
    .trim();
  const res = resolveConcept({ ...item, row: title, section: '' }, data, taxonomy, labels);
  if (res.concept === null || res.concept.periodType !== 'instant') return undefined;
  // The reader may already give the balance's instant; a period column gives it here.
  if (item.period.type === 'instant') return { resolved: res, period: item.period };
  return { resolved: res, period: { type: 'instant', date: opening ? dayBefore(item.period.start) : item.period.end } };
}

/** Step 1: concepts per item; what cannot be placed is returned with the reason. */
export function placeItems(doc: ReleaseDocument, data: MappingData, taxonomy: Taxonomy, labels: Labels, hasExtension: boolean): ItemPlacements {
  const out: ItemPlacements = { placements: [], extRows: [], extChanges: [], unresolved: [] };
  const report = (item: LineItem, itemIndex: number, reason: string, ruleId: string) => out.unresolved.push({ ruleId, reason, item, itemIndex });
  const sideways = sidewaysTables(doc);
  doc.items.forEach((printed, itemIndex) => {
    const item = sideways.has(printed.tableIndex)
      ? sidewaysMeasure(printed, doc.tables[printed.tableIndex].columns.find((c) => c.index === printed.columnIndex)?.header ?? [])
      : yearRowMeasure(printed);
    if (item.value === null) return; // not a number (N/M): nothing to tag; the reader keeps the text
    if (item.period === null) return report(item, itemIndex, 'no period could be derived for its column', 'map.no-period');
    // A segment, region or consolidating column is a member of an axis only the filing's extension declares.
    if (item.member?.member && !hasExtension) {
      return report(
        item,
        itemIndex,
        `column "${item.member.member}" is a ${item.member.axis} member, which needs the filing's extension taxonomy`,
        'map.member',
      );
    }
    if (item.range === 'change') {
      if (hasExtension && extKindFor(item.unit)) out.extChanges.push({ itemIndex, item });
      else report(item, itemIndex, 'a comparative (change) column has no concept in the base taxonomy', 'map.comparative');
      return;
    }
    const roll = rollForwardBalance(item, data, taxonomy, labels);
    if (roll) return void out.placements.push(...placementsOf(doc, itemIndex, item, roll.resolved, undefined, roll.period));
    const res = resolveConcept(item, data, taxonomy, labels);
    if (res.concept === null) {
      if (hasExtension && extKindFor(item.unit)) out.extRows.push({ itemIndex, item, reason: res.reason });
      else report(item, itemIndex, `${res.reason} (looked up as "${res.key}")`, 'map.unmapped');
      return;
    }
    if (!unitFor(item.unit)) return report(item, itemIndex, `unit "${item.unit}" is not known`, 'map.unit');
    // A flow (duration concept) cannot be placed at an instant; a balance printed in a period column is the
    // balance at the period's end (xbrl.4.7.2: the context's period type must match the concept's).
    if (res.concept.periodType === 'duration' && item.period.type !== 'duration') {
      return report(
        item,
        itemIndex,
        `${res.concept.qname.local} is a flow over a period, but its column gives the instant ${periodKey(item.period)}`,
        'map.period-type',
      );
    }
    out.placements.push(...placementsOf(doc, itemIndex, item, res));
  });
  return out;
}

/**
 * An extension row printed negative in every column ("Reserve for loan losses  (14,184)") is a contra amount: the
 * fact is positive and the printing negates it, unless its label names both signs ("Net gain/(loss)"). Anything
 * else, changes and ratios included, is as printed.
 */
export function extOrientation(def: ExtConceptDef, items: LineItem[]): Orientation {
  if (def.origin === 'change' || def.kind !== 'monetary' || SIGNED_WORDING.test(items[0]?.row ?? '')) return 1;
  const values = items.map((i) => i.value as Decimal);
  return values.some((v) => v.isNegative() && !v.isZero()) && values.every((v) => v.isNegative() || v.isZero()) ? -1 : 1;
}

/** The extension's concepts by Clark name, as the placements use them. */
export type ExtConcepts = Map<string, Concept>;

export function extConceptOf(ext: ExtensionConcepts, concepts: ExtConcepts, def: ExtConceptDef): Concept {
  const c = ext.concept(def);
  concepts.set(clark(c.qname), c);
  return c;
}

/**
 * Step 1b: extension concepts, one per printed meaning of the rows left over (per unit kind and period type),
 * then one per comparison of a row. Returns the extension placements (to follow `placed`, the placements so far).
 */
export function extensionPlacements(
  doc: ReleaseDocument,
  ext: ExtensionConcepts,
  concepts: ExtConcepts,
  items: Pick<ItemPlacements, 'extRows' | 'extChanges'>,
  placed: Placement[],
): Placement[] {
  const out: Placement[] = [];
  const byRow = new Map<string, ItemPlacements['extRows']>();
  for (const r of items.extRows) byRow.set(rowKey(r.item), [...(byRow.get(rowKey(r.item)) ?? []), r]);
  for (const rows of byRow.values()) {
    const kinds = new Set(rows.map((r) => extKindFor(r.item.unit)!));
    for (const kind of [...kinds]) {
      for (const periodType of ['instant', 'duration'] as const) {
        const these = rows.filter((r) => extKindFor(r.item.unit) === kind && (r.item.period!.type === 'instant') === (periodType === 'instant'));
        if (!these.length) continue;
        const def = ext.forRow(these[0].item, kind, kinds, 'row', `no base concept fits (${these[0].reason})`);
        const orientation = extOrientation(
          def,
          these.map((r) => r.item),
        );
        const res = { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE };
        for (const r of these) out.push(...placementsOf(doc, r.itemIndex, r.item, res, def).map((p) => ({ ...p, orientation })));
      }
    }
  }
  const rowConcept = new Map<string, Concept>();
  for (const p of [...placed, ...out]) if (!rowConcept.has(rowKey(p.item))) rowConcept.set(rowKey(p.item), p.resolved.concept);
  const bases = new Map<number, Map<number, string>>();
  for (const { itemIndex, item } of items.extChanges) {
    const kind = extKindFor(item.unit)!;
    if (!bases.has(item.tableIndex)) bases.set(item.tableIndex, changeBases(doc, item.tableIndex));
    const basis = bases.get(item.tableIndex)!.get(item.columnIndex) ?? changeBasis(item.column);
    const def = ext.forChange(item, rowConcept.get(rowKey(item)), kind, basis);
    const res = { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE };
    out.push(...placementsOf(doc, itemIndex, item, res, def).map((p) => ({ ...p, orientation: 1 as const })));
  }
  return out;
}

/** A label naming the opposite of its concept's normal sign: "Income tax (benefit)", "(Gain) loss". */
const SIGNED_LABEL = /\((benefit|income|gain|recovery|credit)s?\)/i;

/**
 * When no total printed in the table says how a row adds up: the mapping rule's sign if it gives one; else an
 * expense (a debit flow) printed in parentheses is an expense presented as a deduction, since expenses are
 * rarely negative, unless its label says it can be the opposite ("Income tax (benefit)"); anything else is
 * as printed.
 */
function defaultOrientation(p: Placement): Orientation {
  if (p.orientation !== undefined) return p.orientation;
  if (p.resolved.rule.sign === 'magnitude') return (p.item.value as Decimal).isNegative() && !(p.item.value as Decimal).isZero() ? -1 : 1;
  if (p.resolved.rule.sign) return p.resolved.rule.sign === 'negated' ? -1 : 1;
  const c = p.resolved.concept;
  const value = p.item.value as Decimal;
  const expense = c.balance === 'debit' && c.periodType === 'duration' && !SIGNED_LABEL.test(p.item.row);
  return expense && value.isNegative() && !value.isZero() ? -1 : 1;
}

/** Step 2: the printed sign's relation to the fact's sign, from the totals printed in each table. */
export function orientationOf(placements: Placement[], parents: ParentIndex): (p: Placement) => Orientation {
  const tableRows = new Map<number, Map<number, Set<string>>>();
  for (const p of placements) {
    if (!tableRows.has(p.item.tableIndex)) tableRows.set(p.item.tableIndex, new Map());
    const rows = tableRows.get(p.item.tableIndex)!;
    if (!rows.has(p.item.rowIndex)) rows.set(p.item.rowIndex, new Set());
    rows.get(p.item.rowIndex)!.add(clark(p.resolved.concept.qname));
  }
  const ordered = new Map(
    [...tableRows].map(([t, rows]) => [t, [...rows].sort((a, b) => a[0] - b[0]).map(([rowIndex, concepts]) => ({ rowIndex, concepts }))]),
  );
  return (p) =>
    p.orientation ??
    (ordered.has(p.item.tableIndex)
      ? orientationInTable(ordered.get(p.item.tableIndex)!, p.item.rowIndex, clark(p.resolved.concept.qname), parents)
      : undefined) ??
    defaultOrientation(p);
}
