// The comparison a change column makes ("% Change" between "Mar 31, 2006" and "Mar 31, 2005"). Its header usually
// names it ("Three Month | Change", "One Year | Change"); when it does not, or when two change columns of one table
// carry the same words, the printed numbers tell which column is compared: the one whose values make the printed
// percentages, (current - prior) / |prior|, within the rounding of the printing.
import { Decimal } from '../model/decimal.js';
import type { LineItem, ReleaseDocument, TableColumn } from '../model/document.js';
import { periodKey } from '../model/period.js';
import { changeBasis } from './ext-concepts.js';
import { camelWords } from './naming.js';
import { printedDecimals } from './values.js';

/** The column of `table` a percent-change column compares its current period with, if the numbers say so. */
export function comparedColumn(doc: ReleaseDocument, tableIndex: number, change: TableColumn): TableColumn | undefined {
  const table = doc.tables[tableIndex];
  if (!table) return undefined;
  const items = doc.items.filter((i) => i.tableIndex === tableIndex);
  const byRowCol = new Map<string, LineItem>();
  for (const i of items) if (i.range !== 'change' && i.value !== null) byRowCol.set(`${i.rowIndex}|${i.columnIndex}`, i);
  const changes = items.filter((i) => i.columnIndex === change.index && i.range === 'change' && i.value !== null && i.unit === 'percent' && i.period);
  if (!changes.length) return undefined;
  let best: { col: TableColumn; hits: number } | undefined;
  for (const col of table.columns) {
    if (col.kind === 'change' || col.index === change.index) continue;
    let hits = 0;
    let tried = 0;
    for (const c of changes) {
      const current = table.columns.find((k) => k.kind !== 'change' && k.period && periodKey(k.period) === periodKey(c.period!));
      if (!current || current.index === col.index) continue;
      const cur = byRowCol.get(`${c.rowIndex}|${current.index}`);
      const prior = byRowCol.get(`${c.rowIndex}|${col.index}`);
      if (!cur || !prior || (prior.value as Decimal).isZero()) continue;
      tried++;
      const pct = (cur.value as Decimal)
        .minus(prior.value as Decimal)
        .div((prior.value as Decimal).abs())
        .times(100);
      const tolerance = new Decimal(10)
        .pow(-printedDecimals(c.raw))
        .times(0.5)
        .plus(new Decimal(10).pow(-printedDecimals(c.raw)).times(0.01));
      if (
        pct
          .minus(c.value as Decimal)
          .abs()
          .lte(tolerance)
      )
        hits++;
    }
    if (tried && hits * 2 > tried && (!best || hits > best.hits)) best = { col, hits };
  }
  return best?.col;
}

/**
 * Basis names of a table's change columns, unique within the table: the header's own words when they tell the
 * comparisons apart, else the compared column's header from the numbers, else the column's position.
 */
export function changeBases(doc: ReleaseDocument, tableIndex: number): Map<number, string> {
  const out = new Map<number, string>();
  const cols = doc.tables[tableIndex]?.columns.filter((c) => c.kind === 'change') ?? [];
  const words = new Map(cols.map((c) => [c.index, changeBasis(c.label)]));
  const count = new Map<string, number>();
  for (const w of words.values()) count.set(w, (count.get(w) ?? 0) + 1);
  for (const c of cols) {
    const w = words.get(c.index)!;
    if (count.get(w) === 1 && (w || cols.length === 1)) {
      out.set(c.index, w);
      continue;
    }
    const compared = comparedColumn(doc, tableIndex, c);
    out.set(c.index, `${w}${compared ? `Versus${camelWords(compared.label)}` : `Column${c.index + 1}`}`);
  }
  // Still equal (two columns compared with the same one): number them.
  const seen = new Map<string, number>();
  for (const c of cols) {
    const b = out.get(c.index)!;
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    if (n > 1) out.set(c.index, `${b}${n}`);
  }
  return out;
}
