// Calculation relationships from the totals a table prints (issue #7). Reading a table top to bottom, each row
// that may be a total is tried against the nearest rows above it (totals already found stand for the rows they
// sum): all added, or the first less the others ("Net interest income" = interest income - interest expense), or
// all added but the last subtracted ("Income before taxes" = ... - non-interest expense). A candidate is kept
// only if the printed numbers add up in every column the total prints (Calculations 1.1 round-to-nearest
// intervals), and the caller keeps it only if the facts confirm it in every context (confirm.ts).
import { Decimal } from '../model/decimal.js';
import type { Table } from '../model/document.js';

export interface PrintedRow {
  rowIndex: number;
  /** Clark name of the row's concept. */
  concept: string;
  /** Printed sign relation of the row's facts: fact = orientation x printed. */
  orientation: 1 | -1;
  /** A row the reader marks as a total, or labelled like one. */
  marked: boolean;
  /** column key (column index + range role) -> printed value interval, scaled. */
  values: Map<string, [Decimal, Decimal]>;
}

export interface Candidate {
  tableIndex: number;
  total: string;
  totalRow: number;
  /** Item concept, fact weight (+1/-1) and printed row. */
  items: { concept: string; weight: 1 | -1; rowIndex: number }[];
}

const TOTAL_WORDING = /^(total|net|subtotal|sub-total)\b|\btotals?$/i;
const MAX_ITEMS = 15;

export function isTotalWording(label: string): boolean {
  return TOTAL_WORDING.test(label.trim());
}

/** Sign patterns tried for k elements (printed arithmetic). */
function patterns(k: number): (1 | -1)[][] {
  const all: (1 | -1)[] = Array(k).fill(1);
  const firstLessRest: (1 | -1)[] = all.map((_, i) => (i === 0 ? 1 : -1));
  const lessLast: (1 | -1)[] = all.map((_, i) => (i === k - 1 ? -1 : 1));
  const out = [all, firstLessRest];
  if (k > 2) out.push(lessLast);
  return out;
}

/** How many columns the candidate adds up in, or 0 when one column contradicts it. */
function confirmed(elems: PrintedRow[], signs: (1 | -1)[], total: PrintedRow): number {
  let columns = 0;
  let multi = 0;
  for (const [col, t] of total.values) {
    let lo = new Decimal(0);
    let hi = new Decimal(0);
    let present = 0;
    elems.forEach((e, i) => {
      const v = e.values.get(col);
      if (!v) return;
      present++;
      const a = v[0].times(signs[i]);
      const b = v[1].times(signs[i]);
      lo = lo.plus(Decimal.min(a, b));
      hi = hi.plus(Decimal.max(a, b));
    });
    if (!present) continue;
    if (lo.gt(t[1]) || hi.lt(t[0])) return 0;
    columns++;
    if (present > 1 && !t[0].isZero()) multi++;
  }
  // Every element must take part somewhere, and the sum must be a real sum of several numbers somewhere.
  const everyElement = elems.every((e) => [...total.values.keys()].some((c) => e.values.has(c)));
  return everyElement && multi > 0 ? columns : 0;
}

/** Summations the printed numbers of one table support, in row order. */
export function printedSummations(table: Pick<Table, 'index'>, rows: PrintedRow[]): Candidate[] {
  const out: Candidate[] = [];
  const elems: PrintedRow[] = [];
  for (const row of rows) {
    let found: { k: number; signs: (1 | -1)[] } | undefined;
    for (let k = 2; k <= Math.min(elems.length, MAX_ITEMS) && !found; k++) {
      const run = elems.slice(-k);
      if (run.some((e) => e.concept === row.concept) || new Set(run.map((e) => e.concept)).size !== k) continue;
      for (const signs of patterns(k)) {
        const columns = confirmed(run, signs, row);
        // An unmarked row must add up in two columns at least: one coincidence is not a printed total.
        if (columns >= (row.marked ? 1 : 2)) {
          found = { k, signs };
          break;
        }
      }
    }
    if (!found) {
      elems.push(row);
      continue;
    }
    const run = elems.splice(elems.length - found.k, found.k);
    out.push({
      tableIndex: table.index,
      total: row.concept,
      totalRow: row.rowIndex,
      items: run.map((e, i) => ({
        concept: e.concept,
        weight: (found!.signs[i] * e.orientation * row.orientation) as 1 | -1,
        rowIndex: e.rowIndex,
      })),
    });
    elems.push(row);
  }
  return out;
}
