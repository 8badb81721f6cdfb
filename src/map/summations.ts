// Calculation relationships from the totals a table prints. Reading a table top to bottom, each row
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

const ZERO = new Decimal(0);

/**
 * The nearest run of rows above `total` that it sums, and the sign pattern, or undefined. A candidate of k rows
 * adds up when, in every column the total prints, the interval of the signed sum of the rows printing there
 * meets the total's; it counts the columns it adds up in, needs every row to print in one of them, and a
 * real sum of several numbers in one at least. Runs grow by one row upwards (k = 2, 3, ...), so the sums of
 * the run's interval ends are kept per column and each sign pattern is derived from them (exact Decimal
 * arithmetic: the same numbers as adding each candidate afresh).
 */
function findRun(elems: PrintedRow[], total: PrintedRow): { k: number; signs: (1 | -1)[] } | undefined {
  const columns = [...total.values];
  const lo = columns.map(() => ZERO); // sum of the lower ends of the run's intervals, per column
  const hi = columns.map(() => ZERO); // sum of the upper ends
  const present = columns.map(() => 0);
  const concepts = new Set<string>();
  let clash = false;
  let covering = 0; // rows of the run printing in one of the total's columns
  const last = elems[elems.length - 1];
  for (let k = 1; k <= Math.min(elems.length, MAX_ITEMS); k++) {
    const first = elems[elems.length - k];
    if (first.concept === total.concept || concepts.has(first.concept)) clash = true;
    concepts.add(first.concept);
    let prints = false;
    columns.forEach(([col], i) => {
      const v = first.values.get(col);
      if (!v) return;
      prints = true;
      present[i]++;
      lo[i] = lo[i].plus(v[0]);
      hi[i] = hi[i].plus(v[1]);
    });
    if (prints) covering++;
    // Once the run holds the total's concept or a concept twice, every longer run does too.
    if (clash) return undefined;
    if (k < 2 || covering !== k) continue;
    let used = 0;
    let multi = 0;
    columns.forEach(([, t], i) => {
      if (!present[i]) return;
      used++;
      if (present[i] > 1 && !t[0].isZero()) multi++;
    });
    // An unmarked row must add up in two columns at least: one coincidence is not a printed total.
    if (!multi || used < (total.marked ? 1 : 2)) continue;
    const signs = patterns(k);
    for (let p = 0; p < signs.length; p++) {
      const addsUp = columns.every(([col, t], i) => {
        if (!present[i]) return true;
        let a = lo[i];
        let b = hi[i];
        if (p === 1) {
          // first less the rest: v(first) - (sum - v(first))
          const v = first.values.get(col);
          const [f0, f1] = v ?? [ZERO, ZERO];
          [a, b] = [f0.minus(hi[i].minus(f1)), f1.minus(lo[i].minus(f0))];
        } else if (p === 2) {
          // all added, the last subtracted: (sum - v(last)) - v(last)
          const v = last.values.get(col);
          if (v) [a, b] = [lo[i].minus(v[0]).minus(v[1]), hi[i].minus(v[1]).minus(v[0])];
        }
        return !(a.gt(t[1]) || b.lt(t[0]));
      });
      if (addsUp) return { k, signs: signs[p] };
    }
  }
  return undefined;
}

/** Summations the printed numbers of one table support, in row order. */
export function printedSummations(table: Pick<Table, 'index'>, rows: PrintedRow[]): Candidate[] {
  const out: Candidate[] = [];
  const elems: PrintedRow[] = [];
  for (const row of rows) {
    const found = findRun(elems, row);
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
