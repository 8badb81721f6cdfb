// A <table> as a grid: rows of cells placed by colspan and rowspan, each cell with its text (raw offsets kept),
// indentation and weight. A cell spanning several grid columns is kept once, with its span.
import { attr, childrenOf, isElement, type Element } from './parse.js';
import { cellIndent, hasBorder, isBold } from './style.js';
import { collapse, elementText, leadingPad, type LocatedText } from './text.js';

export interface GridCell {
  el: Element;
  /** Printed text, whitespace collapsed, raw offsets kept. */
  text: LocatedText;
  row: number;
  /** First and last grid column the cell covers. */
  col: number;
  colEnd: number;
  rowEnd: number;
  /** Indentation of the text in points (CSS and leading no-break spaces). */
  indent: number;
  bold: boolean;
  ruleAbove: boolean;
}

export interface Grid {
  /** The cells starting in each row, left to right. */
  rows: GridCell[][];
  width: number;
  /** Text of a <caption> element, if any. */
  caption: string;
  /** A box (boxes.ts): its first row is one heading over all its figures, the column header, not a caption. */
  headed?: boolean;
}

const MAX_SPAN = 64;

function spanOf(el: Element, name: string): number {
  const n = parseInt(attr(el, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, MAX_SPAN) : 1;
}

/** The <tr> elements of this table (not of tables nested in it), in order. */
function tableRows(table: Element): Element[] {
  const out: Element[] = [];
  for (const c of childrenOf(table)) {
    if (!isElement(c)) continue;
    if (c.tagName === 'tr') out.push(c);
    else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') {
      for (const r of childrenOf(c)) if (isElement(r) && r.tagName === 'tr') out.push(r);
    }
  }
  return out;
}

export function buildGrid(src: string, table: Element): Grid {
  const trs = tableRows(table);
  const rows: GridCell[][] = [];
  // Columns still taken by a rowspan from a row above: col -> last row it covers.
  const taken: number[] = [];
  let width = 0;
  trs.forEach((tr, ri) => {
    const cells: GridCell[] = [];
    let col = 0;
    for (const td of childrenOf(tr)) {
      if (!isElement(td) || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
      while ((taken[col] ?? -1) >= ri) col++;
      const colSpan = spanOf(td, 'colspan');
      const rowSpan = Math.min(spanOf(td, 'rowspan'), trs.length - ri);
      const raw = elementText(src, td);
      const cell: GridCell = {
        el: td,
        text: collapse(raw),
        row: ri,
        col,
        colEnd: col + colSpan - 1,
        rowEnd: ri + rowSpan - 1,
        indent: cellIndent(td) + leadingPad(raw) * 4,
        bold: isBold(td),
        ruleAbove: hasBorder(td, 'top'),
      };
      for (let k = col; k <= cell.colEnd; k++) taken[k] = Math.max(taken[k] ?? -1, cell.rowEnd);
      cells.push(cell);
      col += colSpan;
    }
    width = Math.max(width, col);
    rows.push(cells);
  });
  const cap = childrenOf(table).find((c): c is Element => isElement(c) && c.tagName === 'caption');
  return { rows, width, caption: cap ? collapse(elementText(src, cap)).text : '' };
}
