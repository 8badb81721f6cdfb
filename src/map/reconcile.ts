// Map step 4: each placement's value, decimals and aspects (an entry), then what the document says against them:
// a prose amount that disagrees with the table's figure, two prose readings of one aspect that disagree, and a
// reconciliation row whose number differs from the statement's figure (an adjustment toward it, not the figure).
import { Decimal, canonicalDecimal } from '../model/decimal.js';
import { clark, type Unit } from '../model/fact.js';
import type { Message } from '../model/source.js';
import { contextKey, unitFor } from './contexts.js';
import { ExtensionConcepts, extKindFor } from './ext-concepts.js';
import { EXTENSION_RULE, extConceptOf, type ExtConcepts, type Unresolved } from './place.js';
import type { QualifierRule } from './rules.js';
import type { Orientation, Placement } from './types.js';
import { factDecimals, factExponent } from './values.js';

/** A placement with its fact's value and aspects. */
export interface Entry {
  p: Placement;
  /** Index of the placement whose printed wording gives the members (membersOf). */
  i: number;
  unit: Unit;
  value: string;
  decimals: number;
  sign: Orientation;
  /** concept | context | unit: entries of one aspect are one fact, or duplicates. */
  aspect: string;
  reconciliation: boolean;
}

/** Tables whose rows lead from one measure to another (GAAP to non-GAAP): they may print adjustments. */
const RECONCILIATION_TITLE = /\breconciliation\b/i;

/** A row label as printed, case and spacing folded but every word (note references included) kept. */
function printedLabel(row: string): string {
  return row.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** v rounded half-up to `decimals` (negative: tens, hundreds...). */
export function roundTo(v: Decimal, decimals: number): Decimal {
  const unit = new Decimal(10).pow(-decimals);
  return v.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

/** Makes entries: the members of an entry are those of placement i plus its own column and evidence members. */
export type MakeEntry = (p: Placement, i: number) => Entry;

export function entryMaker(orient: (p: Placement) => Orientation, members: (p: Placement, i: number) => QualifierRule[]): MakeEntry {
  return (p, i) => {
    const { item } = p;
    const unit = unitFor(item.unit)!;
    const exponent = factExponent(item);
    const sign = orient(p);
    const value = canonicalDecimal((item.value as Decimal).times(new Decimal(10).pow(exponent)).times(sign));
    const aspect = `${clark(p.resolved.concept.qname)}|${contextKey(p.period, members(p, i))}|${unit.id}`;
    const reconciliation = RECONCILIATION_TITLE.test(item.table) && !p.ext;
    return { p, i, unit, value, decimals: factDecimals(item.raw, exponent), sign, aspect, reconciliation };
  };
}

export interface Reconciled {
  kept: Entry[];
  messages: Message[];
  unresolved: Unresolved[];
}

/** Two prose readings of one aspect with different numbers and no table figure: neither is tagged. */
function ambiguousProse(entries: Entry[], tableFigure: Map<string, Entry>, messages: Message[]): Set<string> {
  const proseByAspect = new Map<string, Entry[]>();
  for (const x of entries) if (x.p.itemIndex < 0 && !tableFigure.has(x.aspect)) proseByAspect.set(x.aspect, [...(proseByAspect.get(x.aspect) ?? []), x]);
  const ambiguous = new Set<string>();
  for (const [aspect, xs] of proseByAspect) {
    const d = Math.min(...xs.map((x) => (typeof x.decimals === 'number' ? x.decimals : 0)));
    if (new Set(xs.map((x) => roundTo(new Decimal(x.value), d).toFixed())).size < 2) continue;
    ambiguous.add(aspect);
    messages.push({
      ruleId: 'map.prose-ambiguous',
      severity: 'warning',
      message: `the prose gives ${xs[0].p.resolved.concept.qname.local} for one period as ${xs.map((x) => x.value).join(' and ')}; not tagged`,
      positions: xs.map((x) => x.p.item.pos),
    });
  }
  return ambiguous;
}

/**
 * Step 4: the entries kept. A prose amount that disagrees, after rounding, with the table's figure of the same
 * aspects is reported with both lines instead of becoming a fact (a misread sentence must not make the instance
 * inconsistent). A reconciliation row whose number differs from the statement's figure for the same concept and
 * period is an adjustment toward that figure: it gets a concept of its own (extension), or is reported.
 */
export function reconcile(entries: Entry[], make: MakeEntry, ext: ExtensionConcepts | undefined, concepts: ExtConcepts): Reconciled {
  const out: Reconciled = { kept: [], messages: [], unresolved: [] };
  const statementValues = new Map<string, Set<string>>();
  const statementLabels = new Map<string, Set<string>>();
  for (const x of entries) {
    if (x.reconciliation) continue;
    statementValues.set(x.aspect, (statementValues.get(x.aspect) ?? new Set()).add(x.value));
    statementLabels.set(x.aspect, (statementLabels.get(x.aspect) ?? new Set()).add(printedLabel(x.p.item.row)));
  }
  const tableFigure = new Map<string, Entry>();
  for (const x of entries) if (x.p.itemIndex >= 0 && !x.reconciliation && !tableFigure.has(x.aspect)) tableFigure.set(x.aspect, x);
  const ambiguous = ambiguousProse(entries, tableFigure, out.messages);
  for (const x of entries) {
    if (ambiguous.has(x.aspect) && x.p.itemIndex < 0) continue;
    const t = x.p.itemIndex < 0 ? tableFigure.get(x.aspect) : undefined;
    if (t && typeof x.decimals === 'number' && !roundTo(new Decimal(t.value), x.decimals).eq(new Decimal(x.value))) {
      out.messages.push({
        ruleId: 'map.prose-disagrees',
        severity: 'warning',
        message: `"${x.p.item.raw}" in the prose reads as ${x.p.resolved.concept.qname.local} ${x.value}, but the table prints ${t.value} for the same period (line ${t.p.item.pos.line}); not tagged`,
        positions: [x.p.item.pos, t.p.item.pos],
      });
      continue;
    }
    const printed = statementValues.get(x.aspect);
    // The same printed line repeated in a reconciliation ("Depreciation and Amortization" under the statement's
    // own words) is the statement's figure, not an adjustment: a different number there is a disagreement of
    // the release with itself, left to the collision step and the check stage. Adjustments are worded as such
    // ("Income tax (benefit) (Note 10)").
    if (!x.reconciliation || !printed || printed.has(x.value) || statementLabels.get(x.aspect)?.has(printedLabel(x.p.item.row))) {
      out.kept.push(x);
      continue;
    }
    const concept = x.p.resolved.concept.qname.local;
    const why = `a reconciliation adjustment: it differs from the ${concept} the statements print for the period`;
    if (!ext) {
      out.unresolved.push({ ruleId: 'map.unmapped', reason: why, item: x.p.item, itemIndex: x.p.itemIndex });
      continue;
    }
    const kind = extKindFor(x.p.item.unit)!;
    const def = ext.forRow(x.p.item, kind, new Set([kind]), 'adjustment', why);
    const p: Placement = { ...x.p, resolved: { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE }, ext: def, orientation: 1 };
    out.kept.push(make(p, x.i));
  }
  return out;
}
