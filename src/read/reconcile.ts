// Columns that print only a date in a statement of flows (a reconciliation repeating the statement of
// operations) take the duration of the statement column whose values they repeat; the rest stay instants.
import type { BuiltTable, Col } from './layout.js';
import { endOf } from './interpret.js';
import { periodContext, rowPeriod } from './items.js';

const cache = new WeakMap<BuiltTable, Set<string>[]>();

function absValues(t: BuiltTable, ci: number): Set<string> {
  let perCol = cache.get(t);
  if (!perCol) {
    perCol = t.cols.map((_, k) => computeAbsValues(t, k));
    cache.set(t, perCol);
  }
  return perCol[ci];
}

function computeAbsValues(t: BuiltTable, ci: number): Set<string> {
  const out = new Set<string>();
  for (const r of t.rows) {
    for (const c of r.cells) {
      if (c.col !== ci) continue;
      for (const p of c.cell.parts) {
        if (p.value === null || p.percent) continue;
        const v = p.value.replace(/^-/, '');
        if (/^0*(?:\.0*)?$/.test(v)) continue;
        out.add(v);
      }
    }
  }
  return out;
}

/**
 * The figures of a duration column that are flows: not the balances its rows print at the period's end (PNC's
 * page-one "Total loans (in billions) 294.7" under "For the quarter | 2Q21"), which say nothing of a duration.
 */
function flowValues(t: BuiltTable, ci: number): Set<string> {
  const col = t.cols[ci];
  const stocks = new Set<string>();
  for (const r of t.rows) {
    if (rowPeriod(r.label, col.period, r.section, periodContext(t, col)) === col.period) continue;
    for (const c of r.cells) if (c.col === ci) for (const p of c.cell.parts) if (p.value !== null) stocks.add(p.value.replace(/^-/, ''));
  }
  const all = absValues(t, ci);
  return stocks.size ? new Set([...all].filter((v) => !stocks.has(v))) : all;
}

export function resolveDateOnlyColumns(tables: BuiltTable[]): void {
  const durations: { t: BuiltTable; ci: number; col: Col; values: Set<string> }[] = [];
  tables.forEach((t) =>
    t.cols.forEach((col, ci) => {
      if (col.period?.type === 'duration' && col.kind !== 'change') durations.push({ t, ci, col, values: flowValues(t, ci) });
    }),
  );
  const instants: { t: BuiltTable; col: Col; values: Set<string> }[] = [];
  tables.forEach((t) =>
    t.cols.forEach((col, ci) => {
      if (col.period?.type === 'instant' && col.kind !== 'change') instants.push({ t, col, values: absValues(t, ci) });
    }),
  );
  // Figures another table prints at the same date, under a header that names a date and nothing else could mean:
  // PNC's "Tangible Book Value per Common Share" columns "June 30 | 2021" print the equity 51,107, the book value
  // 120.25 and the 425 shares of the highlights' balance sheet data "June 30 | 2021".
  // PNC's "Balance Sheet and Credit Quality Summary" column "June 30, 2021 | PNC consolidated" prints the loans
  // 294.7, securities 126.5 and deposits 452.9 of the Loans, Investment Securities and Deposits tables.
  const balanceHits = (t: BuiltTable, col: Col, values: Set<string>) => {
    const found = new Set<string>();
    for (const o of instants) {
      if (o.t === t || endOf(o.col.period!) !== endOf(col.period!)) continue;
      for (const v of values) if (o.values.has(v)) found.add(v);
    }
    return found.size;
  };
  const resolved = new Map<Col, BuiltTable>();
  const balances = new Set<Col>();
  for (const t of tables) {
    t.cols.forEach((col, ci) => {
      if (!col.dateOnly || col.period?.type !== 'instant') return;
      const values = absValues(t, ci);
      if (values.size < 2) return;
      let best: Col | null = null;
      let bestHits = 0;
      for (const d of durations) {
        if (d.t === t || endOf(d.col.period!) !== col.period!.date) continue;
        let hits = 0;
        for (const v of values) if (d.values.has(v)) hits++;
        if (hits > bestHits) {
          bestHits = hits;
          best = d.col;
        }
      }
      const stocks = balanceHits(t, col, values);
      if (stocks >= 2) balances.add(col);
      if (best && bestHits >= 2 && bestHits / values.size >= 0.3 && bestHits > stocks) {
        col.period = best.period;
        resolved.set(col, t);
      }
    });
  }
  // A neighbouring table printing the same date-only headers as a resolved reconciliation is its sibling.
  for (let ti = 0; ti < tables.length; ti++) {
    const t = tables[ti];
    for (const col of t.cols) {
      if (!col.dateOnly || col.period?.type !== 'instant' || resolved.has(col) || balances.has(col)) continue;
      const label = col.header.join(' | ');
      for (const other of [tables[ti - 1], tables[ti + 1]]) {
        const twin = other?.cols.find((o) => resolved.get(o) === other && o.header.join(' | ') === label);
        if (twin) {
          col.period = twin.period;
          break;
        }
      }
    }
  }
  for (const t of tables) {
    // Comparison columns follow the columns they compare.
    for (const col of t.cols) {
      if (col.kind !== 'change' || !col.period || col.period.type !== 'instant') continue;
      const date = endOf(col.period);
      const peer = t.cols.find((o) => o.kind !== 'change' && o.dateOnly && o.period && endOf(o.period) === date);
      if (peer) col.period = peer.period;
    }
  }
}
