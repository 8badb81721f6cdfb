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
  /** Five or more value columns: smaller type, wrapping headers, so the table fits the page. */
  wide: boolean;
  headerRowCount: number;
  multiRow: boolean;
  headerRows: { first: boolean; cells: HeaderCell[] }[];
  rows: RowView[];
}

const MAX_DEPTH = 6;

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);

/** Source line of each header line of a column, found top-down in the header region; null if any is missing. */
function headerSourceLines(doc: ReleaseDocument, t: Table, header: string[], start: number, end: number, span: [number, number] | null): number[] | null {
  const out: number[] = [];
  let from = t.startLine;
  for (const h of header) {
    const text = h.trim();
    let found = -1;
    for (let n = from; n < end && found < 0; n++) {
      const line = doc.lines[n - 1] ?? '';
      for (let at = line.indexOf(text); at >= 0 && found < 0; at = line.indexOf(text, at + 1)) {
        if (!span || (at < span[1] && at + text.length > span[0])) found = n;
      }
    }
    if (found < 0 || text === '') return null;
    out.push(found);
    from = found + 1;
  }
  return out.length ? out : null;
}

/**
 * Header lines of every column as a grid of rows. Each header line is placed on the row of the source line it
 * was printed on, so a header printed once over two columns lines up for both; when a line cannot be found,
 * the column's lines are bottom-aligned (dates on the last row).
 */
function headerGrid(doc: ReleaseDocument, t: Table, columnCount: number): { rows: string[][]; lines: (number | null)[] } {
  const firstRowLine = Math.min(...t.rows.map((r) => r.lines[0] ?? Infinity), t.endLine + 1);
  const cols = Array.from({ length: columnCount }, (_, c) => t.columns.find((col) => col.index === c));
  const placed = cols.map((col) => {
    if (!col || !col.header.length) return null;
    const span: [number, number] | null = col.end > col.start ? [col.start, col.end] : null;
    return headerSourceLines(doc, t, col.header, t.startLine, firstRowLine, span);
  });
  if (placed.every((p, c) => p !== null || !cols[c]?.header.length)) {
    const lines = [...new Set(placed.flatMap((p) => p ?? []))].sort((a, b) => a - b);
    const rows = lines.map((line) =>
      cols.map((col, c) => {
        const k = placed[c]?.indexOf(line) ?? -1;
        return k >= 0 ? col!.header[k].trim() : '';
      }),
    );
    return { rows, lines };
  }
  const height = Math.max(0, ...t.columns.map((c) => c.header.length));
  const grid: string[][] = [];
  for (let level = 0; level < height; level++) {
    grid.push(
      cols.map((col) => {
        const h = col?.header ?? [];
        const k = level - (height - h.length);
        return k >= 0 ? h[k].trim() : '';
      }),
    );
  }
  return { rows: grid, lines: grid.map(() => null) };
}

/**
 * How many of the adjacent columns `run` (all headed `text` on one row) a single printing of `text` spans,
 * starting at run[0]: a header printed once above two columns ("Combined Pro Forma (B)") spans both, one printed
 * above each column ("Mpower Holding", "Three Months Ended" over each pair) spans its own. With the columns'
 * character spans known, a printing covers the columns it overlaps; otherwise the run is one header only when
 * the text is printed fewer times on its line than the run has columns.
 */
function coveredFrom(doc: ReleaseDocument, t: Table, text: string, run: number[], line: number | null): number {
  const firstRowLine = Math.min(...t.rows.map((r) => r.lines[0] ?? Infinity), t.endLine + 1);
  const lineNos = line !== null ? [line] : range(t.startLine, Math.min(firstRowLine, doc.lines.length + 1));
  const spans = run.map((c) => t.columns.find((x) => x.index === c)).map((c) => (c && c.end > c.start ? c : null));
  const haveSpans = spans.every((c) => c !== null);
  let most = 0;
  for (const n of lineNos) {
    const src = doc.lines[n - 1] ?? '';
    let count = 0;
    for (let at = src.indexOf(text); at >= 0; at = src.indexOf(text, at + text.length)) {
      count++;
      if (!haveSpans) continue;
      const end = at + text.length;
      const overlaps = (k: number) => spans[k]!.start < end && at < spans[k]!.end;
      if (!overlaps(0)) continue;
      let k = 1;
      while (k < run.length && overlaps(k)) k++;
      return k;
    }
    most = Math.max(most, count);
  }
  if (haveSpans) return 1;
  return most > 0 && most < run.length ? run.length : 1;
}

function headerRows(doc: ReleaseDocument, t: Table, columnCount: number): TableView['headerRows'] {
  const { rows: grid, lines } = headerGrid(doc, t, columnCount);
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
        if (end - c > 1) end = c + coveredFrom(doc, t, texts[c], range(c, end), lines[level]);
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

export function buildTableView(doc: ReleaseDocument, t: Table, tag: (item: number, raw: string) => string, safe: (html: string) => unknown): TableView {
  const columnCount = Math.max(t.columns.length, ...t.rows.flatMap((r) => r.cells.map((c) => c.columnIndex + 1)), 0);
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
    wide: columnCount >= 5,
    headerRowCount: heads.length,
    multiRow: heads.length > 1,
    headerRows: heads,
    rows,
  };
}
