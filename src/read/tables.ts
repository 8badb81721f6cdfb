// Building one table from a region: column geometry from the alignment of value cells, column headers from the
// text above each column, rows from labels (wrapped labels joined, headings kept as the rows' section), and one
// line item per printed number.
import type { RawCell } from './cells.js';
import { chunks, type LineInfo } from './lines.js';
import { headerPeriod } from './periods.js';
import { continuesLabel, type Region } from './segment.js';
import { findScaleNote, type ScaleNote } from './units.js';
import type { Period } from '../model/period.js';

export interface Col {
  start: number;
  end: number;
  /** Rows (line indices) that print a cell in this column. */
  support: Set<number>;
  header: string[];
  period: Period | null;
  kind: '' | 'change' | 'range';
  dateOnly: boolean;
  /** Column inherits header and period from its left neighbour (a second cell printed under one header). */
  sub: boolean;
  pctCells: number;
  cellCount: number;
}

export interface BuiltCell {
  cell: RawCell;
  col: number;
  line: number;
}

export interface BuiltRow {
  label: string;
  indent: number;
  heading: boolean;
  total: boolean;
  /** 1-based lines of the label, values on the last one. */
  lines: number[];
  cells: BuiltCell[];
  section: string;
  afterRule: boolean;
}

export interface BuiltTable {
  title: string;
  scaleNote: ScaleNote | null;
  startLine: number;
  endLine: number;
  cols: Col[];
  rows: BuiltRow[];
  /** Lines (1-based) and messages for numbers that could not be placed. */
  warnings: { line: number; column: number; message: string }[];
}

const RULE_CHUNK_RE = /^[-=_]+$/;
const PAREN_ONLY_RE = /^\(.*\)$/;
const COMPANY_RE = /\b(?:inc\.?|incorporated|corp\.?|corporation|company|co\.|ltd\.?|llc|plc|l\.p\.|bancorp|and subsidiaries|& subsidiaries)\s*$/i;

/** Columns: unions of overlapping cell spans, left to right. */
function buildColumns(cells: BuiltCell[]): Col[] {
  const spans = cells
    .map((c) => ({ s: c.cell.coreStart, e: c.cell.coreEnd, line: c.line, pct: c.cell.parts.some((p) => p.percent) }))
    .sort((a, b) => a.s - b.s);
  const cols: Col[] = [];
  for (const sp of spans) {
    const last = cols[cols.length - 1];
    if (last && sp.s < last.end) {
      last.end = Math.max(last.end, sp.e);
      last.support.add(sp.line);
      last.cellCount++;
      if (sp.pct) last.pctCells++;
    } else {
      cols.push({
        start: sp.s, end: sp.e, support: new Set([sp.line]), header: [], period: null, kind: '', dateOnly: false,
        sub: false, pctCells: sp.pct ? 1 : 0, cellCount: 1,
      });
    }
  }
  return cols;
}

function colOf(cols: Col[], s: number, e: number): number {
  for (let i = 0; i < cols.length; i++) if (s < cols[i].end && e > cols[i].start) return i;
  return -1;
}

/** Index of the columns a header chunk belongs to: those it overlaps, else the nearest one. */
function headerCols(cols: Col[], s: number, e: number): number[] {
  const hit: number[] = [];
  for (let i = 0; i < cols.length; i++) if (s < cols[i].end && e > cols[i].start) hit.push(i);
  if (hit.length) return hit;
  let best = -1;
  let bestD = Infinity;
  const mid = (s + e) / 2;
  for (let i = 0; i < cols.length; i++) {
    const d = mid < cols[i].start ? cols[i].start - mid : mid > cols[i].end ? mid - cols[i].end : 0;
    if (d < bestD) {
      bestD = d;
      best = i;
    }
  }
  return best >= 0 && bestD <= 12 ? [best] : [];
}

function cleanTitle(parts: string[]): string {
  let t = parts.join(' ').replace(/\s+/g, ' ').trim();
  // Cut at the scale/unaudited parenthetical ("BALANCE SHEET (amounts in $ thousands)").
  const re = /\(([^()]*)(\)|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    if (/thousand|million|billion|000|unaudited|audited|except|amounts|dollars|in \$/i.test(m[1])) {
      t = t.slice(0, m.index).trim();
      break;
    }
  }
  return t.replace(/\s+-\s*$/, '').trim();
}

export function buildTable(region: Region, lines: LineInfo[], prevEnd: number): BuiltTable {
  const warnings: BuiltTable['warnings'] = [];
  // Value cells of the data lines.
  const cells: BuiltCell[] = [];
  for (let i = region.firstData; i <= region.last; i++) {
    const l = lines[i];
    if (l.kind !== 'data') continue;
    for (const c of l.split.cells) cells.push({ cell: c, col: -1, line: i });
  }
  let cols = buildColumns(cells);
  const dataRows = new Set(cells.map((c) => c.line)).size;
  // A column printed on one line only in a larger table, far from the others, is a stray number.
  if (dataRows >= 5) {
    const keep = cols.filter((c) => c.support.size > 1 || cols.length === 1);
    if (keep.length && keep.length < cols.length) {
      for (const c of cols) {
        if (keep.includes(c)) continue;
        const near = keep.some((k) => Math.min(Math.abs(k.start - c.end), Math.abs(c.start - k.end)) <= 2);
        if (near) keep.push(c);
      }
      keep.sort((a, b) => a.start - b.start);
      cols = keep;
    }
  }
  const valueLeft = cols.length ? Math.min(...cols.map((c) => c.start)) : 0;
  const placed: BuiltCell[] = [];
  for (const c of cells) {
    c.col = colOf(cols, c.cell.coreStart, c.cell.coreEnd);
    if (c.col < 0) {
      warnings.push({
        line: lines[c.line].n,
        column: c.cell.start + 1,
        message: `number "${c.cell.text}" is outside every column of the table`,
      });
    } else placed.push(c);
  }

  // Header block: header-ish lines of the region, text right of the labels between them and the first data
  // line, and column-header text just above (company names over columns, "Mpower Only (A)").
  const headerSet = new Set<number>(region.headerIdx);
  const rightZone = (l: LineInfo) =>
    (l.kind === 'text' || l.kind === 'years') && !l.furniture && chunks(l.text).every((c) => (c.start >= valueLeft - 8 && c.end > valueLeft) || RULE_CHUNK_RE.test(c.text));
  const headTop = region.hasHeader ? region.start : region.firstData;
  let bodyStart = region.firstData;
  // Lines between the header-ish lines and the first data line that sit over the columns are header lines too.
  for (let i = headTop; i < region.firstData; i++) {
    if (headerSet.has(i)) continue;
    if (rightZone(lines[i])) headerSet.add(i);
  }
  // The body starts after the last header line.
  const lastHeader = headerSet.size ? Math.max(...headerSet) : -1;
  bodyStart = Math.max(lastHeader + 1, headTop);
  if (!region.hasHeader) bodyStart = region.firstData;
  // Upward: column-header text over the columns.
  let top = headTop;
  let blanks = 0;
  for (let i = headTop - 1; i > prevEnd; i--) {
    const l = lines[i];
    if (l.kind === 'blank') {
      if (++blanks > 1) break;
      continue;
    }
    if (l.kind === 'rule' || l.kind === 'markup') {
      blanks = 0;
      continue;
    }
    if (rightZone(l) && (l.kind === 'years' || l.split.cells.length === 0)) {
      headerSet.add(i);
      top = i;
      blanks = 0;
      continue;
    }
    break;
  }
  const headerLines = [...headerSet].sort((a, b) => a - b);

  // Column headers and the left text of header lines (title, scale note).
  const leftTexts: string[] = [];
  for (const i of headerLines) {
    const l = lines[i];
    for (const ch of chunks(l.text)) {
      if (RULE_CHUNK_RE.test(ch.text)) continue;
      if (ch.end <= valueLeft - 1 && ch.start < valueLeft - 3) {
        leftTexts.push(ch.text);
        continue;
      }
      for (const ci of headerCols(cols, ch.start, ch.end)) cols[ci].header.push(ch.text);
    }
  }

  // Title lines above the header: the contiguous text block before it (company names, notes dropped).
  const above: string[] = [];
  let aboveStart = -1;
  {
    let i = top - 1;
    while (i > prevEnd && (lines[i].kind === 'blank' || lines[i].kind === 'markup' || lines[i].furniture)) i--;
    while (i > prevEnd && lines[i].kind === 'text' && !lines[i].furniture && !lines[i].headerish) {
      if (lines[i].text.trim().split(/\s+/).length > 14) break;
      above.unshift(lines[i].text.trim());
      aboveStart = i;
      i--;
    }
  }
  const leftTitle = leftTexts.filter((t) => !PAREN_ONLY_RE.test(t.trim()));
  const titleParts = leftTitle.length
    ? leftTexts
    : above.filter((t) => !COMPANY_RE.test(t) && !PAREN_ONLY_RE.test(t));
  const title = cleanTitle(titleParts.length ? titleParts : []);
  const scaleNote = findScaleNote([...above, ...leftTexts].join(' ')) ?? null;

  // Column periods; unlabelled columns right of a labelled one are its second cell (amount and % of total).
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (!c.header.length && ci > 0 && cols[ci - 1].header.length) {
      c.header = [...cols[ci - 1].header];
      c.sub = true;
    }
  }
  for (let ci = cols.length - 1; ci >= 0; ci--) {
    const c = cols[ci];
    if (!c.header.length && ci + 1 < cols.length && cols[ci + 1].header.length) c.header = [...cols[ci + 1].header];
  }
  for (const c of cols) {
    const hp = headerPeriod(c.header);
    c.period = hp.period;
    c.kind = hp.kind;
    c.dateOnly = hp.dateOnly;
  }
  for (const c of cols) if (!c.kind && c.cellCount > 1 && placed.some((p) => p.cell.parts.length === 2 && cols[p.col] === c)) c.kind = 'range';
  resolveChangePeriods(cols);

  const rows = buildRows(lines, bodyStart, region.last, placed, cols);
  assignSections(rows, lines, bodyStart, region.last);
  const startLine = lines[Math.min(aboveStart >= 0 ? aboveStart : top, top)].n;
  return { title, scaleNote, startLine, endLine: lines[region.last].n, cols, rows, warnings };
}

/** A comparison column takes the period of the latest column of the same length as its left neighbour. */
function resolveChangePeriods(cols: Col[]): void {
  const len = (p: Period | null) => (p && p.type === 'duration' ? `${monthsBetween(p.start, p.end)}` : p ? 'instant' : '');
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (c.kind !== 'change') continue;
    let left = ci - 1;
    while (left >= 0 && (cols[left].kind === 'change' || !cols[left].period)) left--;
    const ref = left >= 0 ? cols[left] : cols.find((o) => o.kind !== 'change' && o.period);
    if (!ref) continue;
    const same = cols.filter((o) => o.kind !== 'change' && o.period && len(o.period) === len(ref.period));
    let best = ref;
    for (const o of same) if (endOf(o.period!) > endOf(best.period!)) best = o;
    c.period = best.period;
  }
}

export function endOf(p: Period): string {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : '9999-12-31';
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

function buildRows(lines: LineInfo[], from: number, to: number, placed: BuiltCell[], cols: Col[]): BuiltRow[] {
  const byLine = new Map<number, BuiltCell[]>();
  for (const c of placed) {
    const list = byLine.get(c.line) ?? [];
    list.push(c);
    byLine.set(c.line, list);
  }
  const rows: BuiltRow[] = [];
  let pending: number[] = [];
  let afterRule = false;
  const labelOf = (i: number) => lines[i].split.label || lines[i].text.trim();
  const flush = () => {
    // Pending label lines that did not join a data row are headings (or value-less rows), grouped by wrapping.
    let group: number[] = [];
    const emit = () => {
      if (!group.length) return;
      const label = group.map(labelOf).join(' ').replace(/\s+/g, ' ').trim();
      rows.push({
        label, indent: lines[group[0]].indent, heading: true, total: false, lines: group.map((g) => lines[g].n),
        cells: [], section: '', afterRule: false,
      });
      group = [];
    };
    for (const i of pending) {
      if (group.length && !(i === group[group.length - 1] + 1 && continuesLabel(labelOf(group[group.length - 1]), labelOf(i)))) emit();
      group.push(i);
    }
    emit();
    pending = [];
  };
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    if (l.kind === 'blank') {
      flush();
      continue;
    }
    if (l.kind === 'markup' || l.furniture) continue;
    if (l.kind === 'rule') {
      afterRule = true;
      continue;
    }
    if (l.kind === 'text' || l.kind === 'years' || (l.kind === 'data' && !byLine.has(i))) {
      if (!l.split.label && !l.text.trim()) continue;
      if (pending.length && pending[pending.length - 1] !== i - 1) flush();
      // A label line carrying a rule ("Net interest income after provision   -------") still wraps.
      pending.push(i);
      if (/[-=]{3,}/.test(l.text)) afterRule = true;
      continue;
    }
    // A data line: join the wrapped label lines directly above it.
    const own = l.split.label;
    let join: number[] = [];
    if (pending.length && pending[pending.length - 1] === i - 1) {
      let firstText = own;
      for (let k = pending.length - 1; k >= 0; k--) {
        const p = pending[k];
        if (k < pending.length - 1 && pending[k + 1] !== p + 1) break;
        if (!firstText || continuesLabel(labelOf(p), firstText)) {
          join.unshift(p);
          firstText = labelOf(p);
        } else break;
      }
    }
    pending = pending.filter((p) => !join.includes(p));
    flush();
    const labelLines = [...join, i];
    const label = labelLines
      .map((k) => (k === i ? own : labelOf(k)))
      .filter(Boolean)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const indent = join.length ? lines[join[0]].indent : own ? l.split.labelStart : -1;
    const rowCells = (byLine.get(i) ?? []).sort((a, b) => a.cell.start - b.cell.start);
    rows.push({
      label, indent, heading: false, total: false, lines: labelLines.map((k) => lines[k].n), cells: rowCells,
      section: '', afterRule,
    });
    afterRule = false;
  }
  flush();
  // Drop trailing headings (text after the last data row is not part of the table).
  while (rows.length && rows[rows.length - 1].heading) rows.pop();
  for (const r of rows) {
    if (r.heading) continue;
    r.total = /^(?:total|subtotal|sub-total|net\b)/i.test(r.label) || r.afterRule || !r.label;
  }
  // A heading whose following rows are not indented deeper and which has no colon is a value-less row.
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!r.heading) continue;
    const next = rows[k + 1];
    if (!next) continue;
    if (!r.label.endsWith(':') && next.heading === false && next.indent >= 0 && next.indent <= r.indent && !isHeadingText(r.label)) {
      r.heading = false;
    }
  }
  void cols;
  return rows;
}

/** Headings that print at the same indent as their rows: all-caps or title-case words without digits. */
function isHeadingText(label: string): boolean {
  if (/\d/.test(label)) return /^\d+-\d+\s+[A-Za-z]/.test(label) && label.split(/\s+/).length <= 3;
  const words = label.split(/\s+/);
  if (words.length > 6) return false;
  return words.every((w) => /^[A-Z'&(]/.test(w) || /^(?:and|of|the|for|in|to|per)$/.test(w));
}

/**
 * Sections: a heading covers the rows under it up to and including its total; a heading directly followed by
 * another heading is an outer heading whose block continues after the inner one closes, until its own total.
 * In a table printed single-spaced a blank line after a data row also closes the block.
 */
function assignSections(rows: BuiltRow[], lines: LineInfo[], from: number, to: number): void {
  const dataRows = rows.filter((r) => !r.heading);
  let spaced = 0;
  for (const r of dataRows) {
    const idx = r.lines[r.lines.length - 1]; // 1-based
    let j = idx; // next line index 0-based = idx
    while (j <= to && lines[j] && lines[j].kind === 'rule') j++;
    if (j <= to && lines[j] && lines[j].kind === 'blank') spaced++;
  }
  const doubleSpaced = dataRows.length > 2 && spaced / dataRows.length >= 0.6;
  void from;
  interface Open {
    label: string;
    outer: boolean;
    firstIndent: number;
    rows: number;
  }
  const stack: Open[] = [];
  let prevHeading = false;
  let lastDataLine = -1;
  const norm = (s: string) => s.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  for (const r of rows) {
    if (r.heading) {
      if (prevHeading && stack.length) stack[stack.length - 1].outer = true;
      else if (stack.length && !stack[stack.length - 1].outer) stack.pop();
      stack.push({ label: r.label, outer: false, firstIndent: -1, rows: 0 });
      prevHeading = true;
      continue;
    }
    prevHeading = false;
    const firstLine = r.lines[0];
    // Blank line since the previous data row closes an inner block in single-spaced tables.
    if (!doubleSpaced && lastDataLine > 0 && stack.length) {
      let blank = false;
      for (let j = lastDataLine; j < firstLine - 1; j++) if (lines[j].kind === 'blank') blank = true;
      const top = stack[stack.length - 1];
      if (blank && top.rows > 0) stack.pop();
    }
    let top = stack[stack.length - 1];
    if (top && top.rows > 0 && top.firstIndent >= 0 && r.indent >= 0 && r.indent < top.firstIndent && !r.total) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    if (top && top.outer && r.total) {
      // An outer heading's own total ends it; a total of something else stays inside.
      const t = norm(r.label.replace(/^(?:total|subtotal)\s*/i, ''));
      r.section = top.label;
      if (t && norm(top.label) === t) stack.pop();
      lastDataLine = r.lines[r.lines.length - 1];
      continue;
    }
    r.section = top ? top.label : '';
    if (top) {
      if (top.firstIndent < 0) top.firstIndent = r.indent;
      top.rows++;
      if (r.total && top.rows > 1) stack.pop();
    }
    lastDataLine = r.lines[r.lines.length - 1];
  }
}
