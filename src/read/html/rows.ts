// Body rows of an HTML table as BuiltRows: the label from the label area, indentation from CSS, headings (rows
// printing no value), totals, and each value placed in its column with its raw line and column.
import type { BuiltCell, BuiltRow } from '../layout.js';
import type { GridCell } from './grid.js';
import type { LocatedText } from './text.js';
import type { RowInfo } from './rowkinds.js';
import type { HtmlSource } from './source.js';
import { columnOf, type Span } from './columns.js';
import type { ValuePiece } from './values.js';
import { isProse } from './context.js';

export interface HtmlRow extends BuiltRow {
  /** An empty row (a spacer) was printed right above: it closes a block of rows as a blank line does. */
  blankBefore: boolean;
  bold: boolean;
}

/** Line and column of each part from its raw offset (HTML cells of one row may stand on different lines). */
export function placeParts(src: HtmlSource, p: ValuePiece): void {
  for (const part of p.cell.parts) {
    // J1: the position of the first printed character, a "(" in the cell before included.
    const first = p.located.offsets[part.start];
    const at = src.pos(first !== undefined && first >= 0 ? first : (part.offset ?? 0));
    part.line = at.line;
    part.start = at.column - 1;
  }
  p.cell.start = p.cell.parts[0].start;
  p.cell.end = p.cell.start + p.cell.text.length;
}

/**
 * The printed label; a footnote marker set as a superscript at its end is not part of it ("Earnings per
 * share<sup>1</sup>" is the row "Earnings per share", so its unit is read from its words).
 */
function labelOf(cells: GridCell[]): string {
  return cells
    .map((c) => withoutTrailingSup(c.text))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutTrailingSup(t: LocatedText): string {
  let end = t.text.length;
  while (end > 0 && t.sup[end - 1]) end--;
  const marker = t.text.slice(end).trim();
  return end > 0 && marker.length <= 4 ? t.text.slice(0, end) : t.text;
}

function lineOf(src: HtmlSource, cells: GridCell[]): number {
  const off = cells.find((c) => c.text.offsets.length)?.text.offsets[0];
  return off === undefined || off < 0 ? 0 : src.pos(off).line;
}

/** A short text row (a heading spanning the table, a box's stub) as a heading row; long notes are not rows. */
function headingRow(src: HtmlSource, cells: GridCell[], blankBefore: boolean): HtmlRow | null {
  const label = labelOf(cells);
  if (!label || isProse(label) || label.split(/\s+/).length > 12) return null;
  const line = lineOf(src, cells);
  return {
    label,
    indent: cells[0].indent,
    heading: true,
    total: false,
    lines: [line],
    valueLine: 0,
    cells: [],
    section: '',
    afterRule: false,
    blankBefore,
    bold: cells.every((c) => c.bold),
  };
}

export function buildHtmlRows(src: HtmlSource, body: RowInfo[], cols: Span[], unplaced: { line: number; column: number; message: string }[] = []): HtmlRow[] {
  const rows: HtmlRow[] = [];
  let blank = false;
  for (const r of body) {
    if (r.kind === 'empty') {
      blank = true;
      continue;
    }
    if (r.kind !== 'data') {
      const cells = r.kind === 'caption' || r.kind === 'header' ? r.labelCells : [...r.labelCells, ...r.headCells];
      const h = headingRow(src, cells, blank);
      if (h) rows.push(h);
      blank = blank || !h;
      continue;
    }
    const built: BuiltCell[] = [];
    for (const p of r.values) {
      const col = columnOf(cols, p);
      placeParts(src, p);
      if (col < 0) {
        const part = p.cell.parts[0];
        unplaced.push({ line: part.line ?? 0, column: part.start + 1, message: `"${p.cell.text}" stands under no value column; not read` });
        continue;
      }
      built.push({ cell: p.cell, col, line: r.index });
    }
    const label = labelOf(r.labelCells);
    const labelLine = lineOf(src, r.labelCells);
    const valueLine = built[0]?.cell.parts[0].line ?? labelLine;
    rows.push({
      label,
      indent: r.labelCells[0]?.indent ?? -1,
      heading: false,
      total: false,
      lines: [labelLine || valueLine],
      valueLine,
      cells: built,
      section: '',
      afterRule: r.cells.some((c) => c.ruleAbove),
      blankBefore: blank,
      bold: r.labelCells.length > 0 && r.labelCells.every((c) => c.bold),
    });
    blank = false;
  }
  while (rows.length && rows[rows.length - 1].heading) rows.pop();
  levelIndents(rows);
  markHeadingsAndTotals(rows);
  return rows;
}

const INDENT_STEP_PT = 5;
const SCALE_ROW_RE = /^\(?(?:\$\s*|dollars\s+|amounts\s+)?in\s+(?:\$\s*)?(?:thousands|millions|billions)\)?$/i;

/**
 * Indents within a few points of each other are one level: Workiva pads a wrapped label 4.5pt more than its
 * neighbours (Buckle's "Common stock, authorized ..." at 12.25pt among rows at 7.75pt), which is not a level.
 */
function levelIndents(rows: HtmlRow[]): void {
  const levels: number[] = [];
  for (const v of [...new Set(rows.map((r) => r.indent).filter((v) => v >= 0))].sort((a, b) => a - b)) {
    if (!levels.length || v - levels[levels.length - 1] > INDENT_STEP_PT) levels.push(v);
  }
  for (const r of rows) {
    if (r.indent < 0) continue;
    let level = levels[0];
    for (const v of levels) if (v <= r.indent) level = v;
    r.indent = level;
  }
}

/** Headings that print at the same indent as their rows: capitalised words without digits. */
function isHeadingText(label: string): boolean {
  if (/\d/.test(label)) return false;
  const words = label.split(/\s+/);
  return words.length <= 6 && words.every((w) => /^[A-Z'&(\u2019]/.test(w) || /^(?:and|of|the|for|in|to|per|from)$/.test(w));
}

function markHeadingsAndTotals(rows: HtmlRow[]): void {
  for (const r of rows) if (!r.heading) r.total = /^(?:total|subtotal|sub-total|net\b)/i.test(r.label) || r.afterRule || !r.label;
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    const next = rows[k + 1];
    if (!r.heading || !next) continue;
    // "Commitments and contingencies" is a balance-sheet line that prints no amount, not a heading.
    if (/^commitments\b/i.test(r.label)) r.heading = false;
    // "In billions" between blocks of rows scales the rows under it (items.ts reads a section's scale).
    else if (SCALE_ROW_RE.test(r.label)) continue;
    else if (!r.label.endsWith(':') && !next.heading && next.indent <= r.indent && !r.bold && !isHeadingText(r.label)) r.heading = false;
  }
}
