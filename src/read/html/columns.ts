// Value columns of a table: grid columns that print values, grouped. A value's cell may span several grid
// columns ("$" and number merged by colspan in one row, apart in the next), so the columns are the unions of
// overlapping value spans, narrowest first; a value spanning two columns belongs to the one it ends in (numbers
// are right-aligned). Column headers are the header cells standing over each column, top to bottom.
import type { GridCell } from './grid.js';
import type { RowInfo } from './rowkinds.js';
import type { ValuePiece } from './values.js';

export interface Span {
  start: number;
  end: number;
}

export function valueColumns(pieces: ValuePiece[]): Span[] {
  const spans = pieces.map((p) => ({ start: p.col, end: p.colEnd })).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  const cols: Span[] = [];
  for (const s of spans) {
    const hit = cols.filter((c) => s.start <= c.end && s.end >= c.start);
    if (hit.length === 0) cols.push({ ...s });
    else if (hit.length === 1) {
      hit[0].start = Math.min(hit[0].start, s.start);
      hit[0].end = Math.max(hit[0].end, s.end);
    }
  }
  cols.sort((a, b) => a.start - b.start);
  // Widening may have made neighbours overlap: merge them.
  const out: Span[] = [];
  for (const c of cols) {
    const last = out[out.length - 1];
    if (last && c.start <= last.end) last.end = Math.max(last.end, c.end);
    else out.push({ ...c });
  }
  return out;
}

/** Index of the column a value belongs to: the one holding its last grid column, else the one it overlaps most. */
export function columnOf(cols: Span[], p: { col: number; colEnd: number }): number {
  let best = -1;
  let bestOverlap = 0;
  for (let i = 0; i < cols.length; i++) {
    if (p.colEnd >= cols[i].start && p.colEnd <= cols[i].end) return i;
    const o = Math.min(cols[i].end, p.colEnd) - Math.max(cols[i].start, p.col) + 1;
    if (o > bestOverlap) {
      bestOverlap = o;
      best = i;
    }
  }
  return best;
}

/**
 * Header text of each column, one entry per header row: the cells of that row over the column. A cell over no
 * value column (a generator shifted the header by one spacer column) names the nearest column that has none.
 */
export function columnHeaders(cols: Span[], headerRows: RowInfo[]): string[][] {
  const out: string[][] = cols.map(() => []);
  const d = headerShift(cols, headerRows);
  for (const r of headerRows) {
    const texts: string[][] = cols.map(() => []);
    const orphans: GridCell[] = [];
    for (const cell of r.headCells) {
      const c = d ? { ...cell, col: cell.col - d, colEnd: cell.colEnd - d } : cell;
      const hit = cols.map((s, i) => (c.col <= s.end && c.colEnd >= s.start ? i : -1)).filter((i) => i >= 0);
      if (hit.length) for (const i of hit) texts[i].push(c.text.text);
      else orphans.push(c);
    }
    for (const c of orphans) {
      let best = -1;
      let bestGap = Infinity;
      cols.forEach((s, i) => {
        if (texts[i].length) return;
        const gap = c.colEnd < s.start ? s.start - c.colEnd : c.col - s.end;
        if (gap < bestGap) {
          bestGap = gap;
          best = i;
        }
      });
      if (best >= 0 && bestGap <= 2) texts[best].push(c.text.text);
      else if (cols.length && c.col > cols[cols.length - 1].end && texts.some((t) => t.length)) {
        // Set beyond every figure (Hasbro's "Quarter Ended" spanning four columns, "Year Ended" printed far right of
        // the fifth): it heads the last columns that no cell of its row covers.
        for (let i = cols.length - 1; i >= 0 && !texts[i].length; i--) texts[i].push(c.text.text);
      }
    }
    evenGroups(cols.length, r.headCells, texts, headerRows);
    texts.forEach((t, i) => {
      if (t.length) out[i].push(t.join(' '));
    });
  }
  return out;
}

/**
 * A spanning row of k cells over n value columns that the grid places unevenly (Citizens' "4Q21 | 3Q21 | 4Q20 | FY
 * 2021 | FY 2020" over ten "Pre-tax | After-tax" columns, the colspans of the two rows disagreeing so that "3Q21"
 * covers one column and the last two none): when n is a multiple of k, each cell heads n/k columns in order.
 */
function evenGroups(n: number, cells: GridCell[], texts: string[][], rows: RowInfo[]): void {
  const k = cells.length;
  if (k < 2 || k >= n || n % k !== 0) return;
  const per = n / k;
  // ... and a lower row names every column, repeating its names group by group ("Pre-tax | After-tax" five times).
  const full = rows.find((r) => r.headCells.length === n);
  const names = full ? [...full.headCells].sort((a, b) => a.col - b.col).map((c) => c.text.text) : [];
  if (!names.length || !names.every((t, i) => t === names[i % per])) return;
  // Only when the grid's placement leaves some column without this row's text: a row whose cells cover every
  // column ("Quarter" over three, "Year" over one) is read as placed.
  const even = cells.every((c) => texts.filter((t) => t.includes(c.text.text)).length === per);
  if (even || texts.every((t) => t.length) || new Set(cells.map((c) => c.text.text)).size !== k) return;
  const sorted = [...cells].sort((a, b) => a.col - b.col);
  texts.forEach((t, i) => t.splice(0, t.length, sorted[Math.floor(i / per)].text.text));
}

/**
 * Hasbro's segment table sets every header cell one value column to the right of its figures ("Q1 2020" over grid
 * column 6 while the first figures stand in column 3, the last "% Change" over no figure at all): a header row
 * naming each value column once, every cell the same distance right of its column, shifts the whole header back.
 */
function headerShift(cols: Span[], headerRows: RowInfo[]): number {
  const full = headerRows.find((r) => r.headCells.length === cols.length && cols.length > 1);
  if (!full) return 0;
  const cells = [...full.headCells].sort((a, b) => a.col - b.col);
  const d = cells[0].col - cols[0].start;
  if (d <= 0 || !cells.every((c, k) => c.col - cols[k].start === d && c.colEnd - c.col === cols[k].end - cols[k].start)) return 0;
  // Only when the header as printed misses: its last cell stands over no value column.
  const last = cells[cells.length - 1];
  return last.col > cols[cols.length - 1].end ? d : 0;
}
