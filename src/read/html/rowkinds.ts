// What each row of a table grid is: values (a data row), column headers, a label alone (a heading or a line that
// prints no amount), a caption spanning the table, or nothing. Decided from where the row's text stands: the
// label area on the left (the cells left of every value) or over the value columns.
import { HEADER_WORD_RE } from '../periods.js';
import type { Grid, GridCell } from './grid.js';
import { NO_MARKS, pieceKind, rowValues, type NoteMarks, type UnreadCell, type ValuePiece } from './values.js';

export type RowKind = 'empty' | 'data' | 'header' | 'label' | 'caption';

export interface RowInfo {
  index: number;
  kind: RowKind;
  cells: GridCell[];
  /** Printed values standing in the value area. */
  values: ValuePiece[];
  /** Cells of the label area with text (the row label, a heading, a header's stub). */
  labelCells: GridCell[];
  /** Text cells over the value columns (column headers). */
  headCells: GridCell[];
  /** Cells of the value area printing digits that read as no value (a data row reports them). */
  unread: UnreadCell[];
}

export interface RowAnalysis {
  rows: RowInfo[];
  /** Last grid column of the label area (-1: no label column). */
  labelEnd: number;
  /** First grid column holding a value. */
  valueStart: number;
}

/**
 * A piece counts as a value of the body: not a year of a header row; a bare "(1)" only among other values (alone
 * in a header row it is a footnote marker).
 */
function realValue(p: ValuePiece, row: ValuePiece[]): boolean {
  if (p.yearLike) return false;
  return !p.noteLike || row.some((o) => !o.yearLike && !o.noteLike);
}

export function analyzeRows(grid: Grid, marks: NoteMarks = NO_MARKS): RowAnalysis {
  const unread: UnreadCell[][] = grid.rows.map(() => []);
  const pieces = grid.rows.map((cells, ri) => rowValues(cells, marks, unread[ri]));
  // A number in a cell that starts the row at the margin is a label ("2005" labelling a row of a yearly table);
  // not one printed as a figure ("up 8%", "$1.2"): Mastercard's transposed "Key Business Drivers" prints
  // its first figure at the margin under its column header.
  const inLabel = (p: ValuePiece) => p.col === 0 && grid.width > 1 && !p.cell.parts.some((x) => x.percent || x.dollar);
  // A figure centred across the box it heads spans the column where the rows below print their labels (Goldman's
  // "$14.88 billion" over "Financial advisory | $5.65 billion"): it does not move the value area left of them.
  const firsts = pieces.map((list) => Math.min(...list.filter((p) => realValue(p, list) && !inLabel(p)).map((p) => p.from), Infinity));
  const centred = (p: ValuePiece) =>
    p.core.colEnd > p.from &&
    grid.rows.some(
      (cells, ri) =>
        firsts[ri] < Infinity && cells.some((c) => c.col >= p.from && c.colEnd < firsts[ri] && c.colEnd <= p.core.colEnd && pieceKind(c) === 'text'),
    );
  let valueStart = Infinity;
  for (const list of pieces) for (const p of list) if (realValue(p, list) && !inLabel(p) && !centred(p)) valueStart = Math.min(valueStart, p.from);
  if (valueStart === Infinity)
    for (const list of pieces) for (const p of list) if (realValue(p, list) && !inLabel(p)) valueStart = Math.min(valueStart, p.from);
  // The label area: cells with text left of the row's first value ("$" cells are the value's), in data rows.
  let labelEnd = -1;
  grid.rows.forEach((cells, ri) => {
    const first = Math.min(...pieces[ri].filter((p) => !inLabel(p)).map((p) => p.from), Infinity);
    if (first === Infinity) return;
    for (const c of cells) if (c.colEnd < first && pieceKind(c) === 'text') labelEnd = Math.max(labelEnd, c.colEnd);
  });
  if (valueStart === Infinity) valueStart = labelEnd + 1;
  if (labelEnd >= valueStart) labelEnd = valueStart - 1;
  let seenData = false;
  const rows = grid.rows.map((cells, index): RowInfo => {
    const valueCells = new Set(pieces[index].flatMap((p) => (inLabel(p) ? [] : [p.core])));
    const values = pieces[index].filter((p) => !inLabel(p) && (p.col >= valueStart || (centred(p) && p.core.colEnd >= valueStart)));
    const labelCells = cells.filter((c) => c.text.text && c.col <= labelEnd && !valueCells.has(c));
    const headCells = cells.filter((c) => c.text.text && c.col > labelEnd);
    const info: RowInfo = { index, kind: 'empty', cells, values, labelCells, headCells, unread: unread[index].filter((u) => u.cell.col > labelEnd) };
    info.kind = rowKind(info, valueStart, seenData);
    // A box's heading spans its label column too ("2021 Investment Banking"): it heads the figures.
    if (grid.headed && index === 0 && info.kind === 'caption') {
      info.kind = 'header';
      info.headCells = info.labelCells;
      info.labelCells = [];
    }
    if (info.kind === 'data') seenData = true;
    return info;
  });
  return { rows, labelEnd, valueStart };
}

function rowKind(r: RowInfo, valueStart: number, seenData: boolean): RowKind {
  const real = r.values.filter((p) => realValue(p, r.values));
  const label = r.labelCells.map((c) => c.text.text).join(' ');
  if (real.length) return 'data';
  // Years alone over the columns ("2004   2003"): a header; with a label below the data, a row of years.
  if (r.values.length && r.values.every((p) => p.yearLike) && (!label || !seenData)) return 'header';
  if (r.values.length && label && seenData) return 'data';
  const overValues = r.headCells.filter((c) => c.col >= valueStart || c.colEnd >= valueStart);
  const spanning = r.labelCells.some((c) => c.colEnd >= valueStart);
  if (overValues.length && !spanning) {
    if (!seenData || !label) return 'header';
    // Below the data a labelled row of text over the columns repeats column headers (a box's own header row).
    if (overValues.every((c) => HEADER_WORD_RE.test(c.text.text))) return 'header';
    return 'label';
  }
  if (spanning) return 'caption';
  if (label) return 'label';
  return r.headCells.length ? 'label' : 'empty';
}
