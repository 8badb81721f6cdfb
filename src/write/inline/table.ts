// A release table as the templates lay it out: caption, column header rows (bottom-aligned, with spanning
// headers merged), and body rows with indented labels, total rules and right-aligned amounts.
import type { ReleaseDocument, Table, TableCell } from '../../model/document.js';
import { displayText, escapeText } from './xml.js';

export interface HeaderCell {
  text: string;
  colspan: number;
  spans: boolean;
  cls: string;
}

export interface RowView {
  cls: string;
  label: string;
  labelCls: string;
  heading: boolean;
  span: number;
  cells: { html: unknown; cls: string }[];
}

export interface TableView {
  caption: string;
  note: string;
  columnCount: number;
  headerRowCount: number;
  multiRow: boolean;
  headerRows: { first: boolean; cells: HeaderCell[] }[];
  rows: RowView[];
}

const MAX_DEPTH = 6;

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Header lines of every column, padded at the top so the last lines align (dates sit on one row). */
function headerGrid(t: Table, columnCount: number): string[][] {
  const height = Math.max(0, ...t.columns.map((c) => c.header.length));
  const grid: string[][] = [];
  for (let level = 0; level < height; level++) {
    grid.push(
      Array.from({ length: columnCount }, (_, c) => {
        const h = t.columns.find((col) => col.index === c)?.header ?? [];
        const k = level - (height - h.length);
        return k >= 0 ? h[k].trim() : '';
      }),
    );
  }
  return grid;
}

/**
 * Whether `text`, shared by the adjacent columns `cols`, is printed once above them (a spanning header such as
 * "Combined Pro Forma (B)") rather than once per column ("Mpower Holding" over each column). With the columns'
 * character spans known, a printing must overlap at least two of them; otherwise it must be printed fewer times
 * on its line than there are columns.
 */
function printedOnce(doc: ReleaseDocument, t: Table, text: string, cols: number[]): boolean {
  const firstRowLine = Math.min(...t.rows.map((r) => r.lines[0] ?? Infinity), t.endLine + 1);
  const spans = cols.map((c) => t.columns.find((x) => x.index === c)).map((c) => (c && c.end > c.start ? c : null));
  const haveSpans = spans.every((c) => c !== null);
  let most = 0;
  for (let n = t.startLine; n < firstRowLine && n <= doc.lines.length; n++) {
    const line = doc.lines[n - 1] ?? '';
    let count = 0;
    for (let at = line.indexOf(text); at >= 0; at = line.indexOf(text, at + text.length)) {
      count++;
      if (haveSpans) {
        const end = at + text.length;
        const overlapped = spans.filter((c) => c!.start < end && at < c!.end).length;
        if (overlapped >= 2) return true;
      }
    }
    most = Math.max(most, count);
  }
  return !haveSpans && most > 0 && most < cols.length;
}

function headerRows(doc: ReleaseDocument, t: Table, columnCount: number): TableView['headerRows'] {
  const grid = headerGrid(t, columnCount);
  // groupOf[level][c]: id of the merged cell column c belongs to; a child group never crosses a parent's edge.
  let parentGroup = Array.from({ length: columnCount }, () => 0);
  return grid.map((texts, level) => {
    const cells: HeaderCell[] = [];
    const groups: number[] = [];
    let c = 0;
    while (c < columnCount) {
      let end = c + 1;
      if (texts[c]) {
        while (end < columnCount && texts[end] === texts[c] && parentGroup[end] === parentGroup[c]) end++;
        if (end - c > 1 && !printedOnce(doc, t, texts[c], range(c, end))) end = c + 1;
      }
      const last = level === grid.length - 1;
      cells.push({
        text: displayText(texts[c]),
        colspan: end - c,
        spans: end - c > 1,
        cls: [texts[c] ? 'col' : 'col empty', end - c > 1 ? 'span' : '', last ? 'last' : ''].filter(Boolean).join(' '),
      });
      for (let k = c; k < end; k++) groups.push(cells.length);
      c = end;
    }
    parentGroup = groups;
    return { first: level === 0, cells };
  });
}

/** Cell text with each item's printed span tagged by `tag`; the spans are found by position, then by text. */
function cellHtml(cell: TableCell, doc: ReleaseDocument, tag: (item: number, raw: string) => string): string {
  const text = cell.text;
  const spans: { start: number; end: number; item: number }[] = [];
  let searchFrom = 0;
  for (const i of cell.items) {
    const it = doc.items[i];
    let start = it.pos.line === cell.pos.line ? it.pos.column - cell.pos.column : -1;
    if (start < searchFrom || text.slice(start, start + it.raw.length) !== it.raw) start = text.indexOf(it.raw, searchFrom);
    if (start < 0) {
      // The print cannot be located inside the cell text: show the text, tag nothing (facts go hidden, reported).
      return escapeText(displayText(text));
    }
    spans.push({ start, end: start + it.raw.length, item: i });
    searchFrom = start + it.raw.length;
  }
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += escapeText(displayText(text.slice(at, s.start)));
    out += tag(s.item, text.slice(s.start, s.end));
    at = s.end;
  }
  return out + escapeText(displayText(text.slice(at)));
}

export function buildTableView(
  doc: ReleaseDocument,
  t: Table,
  tag: (item: number, raw: string) => string,
  safe: (html: string) => unknown,
): TableView {
  const columnCount = Math.max(
    t.columns.length,
    ...t.rows.flatMap((r) => r.cells.map((c) => c.columnIndex + 1)),
    0,
  );
  const heads = headerRows(doc, t, columnCount);
  const firstValueRow = t.rows.findIndex((r) => r.cells.length > 0);
  const rows: RowView[] = t.rows.map((r, k) => {
    const depth = Math.max(0, Math.min(MAX_DEPTH, r.depth));
    const cells = Array.from({ length: columnCount }, (_, c) => {
      const cell = r.cells.find((x) => x.columnIndex === c);
      if (!cell) return { html: safe(''), cls: 'num' };
      const trimmed = cell.text.trim();
      const hang = /[)%]$/.test(trimmed) ? '' : ' np';
      return { html: safe(cellHtml(cell, doc, tag)), cls: `num${hang}` };
    });
    const heading = r.heading && r.cells.length === 0;
    // A rule under the column headers is not a total rule: the first row with values never gets one.
    const total = r.total && k !== firstValueRow;
    // A blank source line before the row separates groups; the rendering keeps the gap.
    const gap = k > 0 && r.lines.length > 0 && (doc.lines[r.lines[0] - 2] ?? '').trim() === '';
    return {
      cls: [heading ? 'heading' : 'line', total ? 'total' : '', gap ? 'gap' : ''].filter(Boolean).join(' '),
      label: displayText(r.label),
      labelCls: `label d${depth}`,
      heading,
      span: columnCount + 1,
      cells,
    };
  });
  const note = t.scaleNote.trim();
  return {
    // The model suffixes a repeated title with " #2"; the release printed it without.
    caption: displayText(t.title.replace(/ #\d+$/, '')),
    note: note ? displayText(/^\(.*\)$/.test(note) ? note : `(${note})`) : '',
    columnCount,
    headerRowCount: heads.length,
    multiRow: heads.length > 1,
    headerRows: heads,
    rows,
  };
}
