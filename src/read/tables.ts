// Building one table from a region: column geometry from the alignment of value cells, column headers from the
// text above each column, rows from labels (wrapped labels joined, headings kept as the rows' section), and one
// line item per printed number.
import type { RawCell } from './cells.js';
import { chunks, HEADER_MIN_START, type LineInfo } from './lines.js';
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
  /** Some header text was placed over this column itself. */
  own: boolean;
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
  /** 1-based lines of the label (in order; a label may run on below its numbers). */
  lines: number[];
  /** 1-based line of the values (0 for a heading). */
  valueLine: number;
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
  /** Findings that make the table unreliable (ragged columns). */
  errors: { line: number; column: number; message: string }[];
}

const RULE_CHUNK_RE = /^[-=_]+$/;
const PAREN_ONLY_RE = /^\(.*\)$/;
/** "For the fiscal years ended June 30," above a table names its periods, not the table. */
const PERIOD_LINE_RE = /^(?:\(?(?:for )?the |as of |at )?(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?|periods?)\s+end(?:ed|ing)\b/i;
const COMPANY_RE = /\b(?:inc\.?|incorporated|corp\.?|corporation|company|co\.|ltd\.?|llc|plc|l\.p\.|bancorp|and subsidiaries|& subsidiaries)\s*$/i;

/**
 * Columns: unions of overlapping cell spans, left to right; a cell overlapping a column that already holds a
 * cell of the same line starts a new column (an amount and its % of total printed under one header). Sets
 * each cell's column index.
 */
function buildColumns(cells: BuiltCell[]): Col[] {
  const order = [...cells].sort((a, b) => a.cell.coreStart - b.cell.coreStart || a.cell.coreEnd - b.cell.coreEnd);
  const cols: Col[] = [];
  for (const c of order) {
    const s = c.cell.coreStart;
    const e = c.cell.coreEnd;
    const pct = c.cell.parts.some((p) => p.percent);
    let target = -1;
    for (let i = cols.length - 1; i >= 0 && i >= cols.length - 3; i--) {
      if (s < cols[i].end && e > cols[i].start && !cols[i].support.has(c.line)) {
        target = i;
        break;
      }
    }
    if (target < 0) {
      cols.push({
        start: s, end: e, support: new Set([c.line]), header: [], period: null, kind: '', dateOnly: false,
        sub: false, pctCells: pct ? 1 : 0, cellCount: 1, own: false,
      });
      c.col = cols.length - 1;
      continue;
    }
    const col = cols[target];
    col.start = Math.min(col.start, s);
    col.end = Math.max(col.end, e);
    col.support.add(c.line);
    col.cellCount++;
    if (pct) col.pctCells++;
    c.col = target;
  }
  // Columns may have been opened out of order of their starts; renumber left to right.
  const sorted = cols.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  const map = new Map(sorted.map((x, k) => [x.i, k]));
  for (const c of cells) c.col = map.get(c.col)!;
  return sorted.map((x) => x.c);
}

function colOf(cols: Col[], s: number, e: number): number {
  for (let i = 0; i < cols.length; i++) if (s < cols[i].end && e > cols[i].start) return i;
  return -1;
}

/**
 * Columns a header chunk spans: those whose values it covers substantially (at least 3 characters or half
 * the column), after widening it to a grouping rule printed right under it.
 */
function spannedCols(cols: Col[], s: number, e: number, widened: boolean): number[] {
  const hit: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const width = cols[i].end - cols[i].start;
    const o = overlap(cols[i], s, e);
    if (o >= Math.min(2, Math.ceil(width / 2))) hit.push(i);
    if (o >= 0.9 * width) full.push(i);
  }
  // Centred over one column and grazing its neighbour ("December 31," over an amount and its % cell).
  if (!widened && full.length === 1 && hit.length > 1) {
    const others = hit.filter((i) => i !== full[0]);
    if (others.every((i) => overlap(cols[i], s, e) < 0.6 * (cols[i].end - cols[i].start))) return full;
  }
  return hit;
}

/** The one column a narrow chunk names: the one it overlaps most, else the slot (up to the column's end) its centre is in. */
function singleCol(cols: Col[], s: number, e: number): number[] {
  let best = -1;
  let bestO = 0;
  for (let i = 0; i < cols.length; i++) {
    const o = overlap(cols[i], s, e);
    if (o > bestO) {
      bestO = o;
      best = i;
    }
  }
  if (best >= 0) return [best];
  const mid = (s + e) / 2;
  for (let i = 0; i < cols.length; i++) if (mid <= cols[i].end + 1) return mid >= cols[i].start - 16 ? [i] : [];
  const last = cols.length - 1;
  return last >= 0 && mid - cols[last].end <= 12 ? [last] : [];
}

const MONTH_START_RE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/gi;

/** Splits "September 30, September 30, September 30," (one space apart) into one chunk per date. */
function splitDateChunks(list: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const ch of list) {
    const starts = [...ch.text.matchAll(MONTH_START_RE)].map((m) => m.index!);
    if (starts.length < 2 || starts[0] !== 0) {
      out.push(ch);
      continue;
    }
    starts.push(ch.text.length);
    for (let k = 0; k + 1 < starts.length; k++) {
      const piece = ch.text.slice(starts[k], starts[k + 1]);
      const text = piece.trimEnd();
      out.push({ text, start: ch.start + starts[k], end: ch.start + starts[k] + text.length });
    }
  }
  return out;
}

function mode(xs: number[]): number {
  const count = new Map<number, number>();
  let best = xs[0];
  for (const x of xs) {
    const n = (count.get(x) ?? 0) + 1;
    count.set(x, n);
    if (n > (count.get(best) ?? 0)) best = x;
  }
  return best;
}

function overlap(c: { start: number; end: number }, s: number, e: number): number {
  return Math.max(0, Math.min(c.end, e) - Math.max(c.start, s));
}

function ruleExtent(lines: LineInfo[], i: number, s: number, e: number, valueLeft: number): { start: number; end: number } {
  let j = i + 1;
  while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'markup')) j++;
  const l = lines[j];
  if (!l || l.kind !== 'rule') return { start: s, end: e };
  const re = /[-=_]{3,}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(l.text))) {
    const rs = m.index;
    const re2 = m.index + m[0].length;
    if (rs < valueLeft - 8) continue;
    if (rs <= s + 1 && re2 >= e - 1) return { start: Math.min(s, rs), end: Math.max(e, re2) };
  }
  return { start: s, end: e };
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
  // "(continued)" marks a table carried over a page; it is not part of the title.
  return t.replace(/\s*[-(]\s*continued\s*\)?\s*$/i, '').replace(/\s+-\s*$/, '').trim();
}

export function buildTable(region: Region, lines: LineInfo[], prevEnd: number): BuiltTable {
  const warnings: BuiltTable['warnings'] = [];
  const errors: BuiltTable['warnings'] = [];
  // Value cells of the data lines.
  const cells: BuiltCell[] = [];
  for (let i = region.firstData; i <= region.last; i++) {
    const l = lines[i];
    if (l.kind !== 'data') continue;
    for (const c of l.split.cells) cells.push({ cell: c, col: -1, line: i });
  }
  const cols = buildColumns(cells);
  const valueLeft = cells.length ? Math.min(...cells.map((c) => c.cell.start)) : 0;
  const placed: BuiltCell[] = cells;
  // A column inside the span of its left neighbour, printed only on lines where the neighbour prints too, is
  // that column's second cell; it takes the neighbour's header.
  for (let ci = 1; ci < cols.length; ci++) {
    const c = cols[ci];
    const left = cols[ci - 1];
    if (c.start < left.end && [...c.support].every((l) => left.support.has(l))) c.sub = true;
  }
  const headed = cols.filter((c) => !c.sub);
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
    // The column headers of a <TABLE> start inside it: text above the tag is title matter.
    if (l.kind === 'markup' && (l.markup === 'table' || l.markup === 'caption')) break;
    if (l.kind === 'rule' || l.kind === 'markup') {
      blanks = 0;
      continue;
    }
    // "(unaudited)", "(In thousands)" centred above the header belong to the title.
    if (/^\((?:[^()]*(?:unaudited|audited|thousand|million|except|000)[^()]*)\)$/i.test(l.text.trim())) break;
    if (rightZone(l) && (l.kind === 'years' || l.split.cells.length === 0)) {
      headerSet.add(i);
      top = i;
      blanks = 0;
      continue;
    }
    // Title text at the margin with column-header words over the columns, right above the header
    // ("FINANCIAL CONDITION      Three       One"), or a title line run on from it.
    if (l.kind === 'text' && !l.furniture && blanks === 0 && i === top - 1) {
      const cs = chunks(l.text);
      const left = cs.filter((c) => c.start <= 2 && c.end < valueLeft);
      const right = cs.filter((c) => c.start >= valueLeft - 8 && c.end > valueLeft);
      if (left.length && left.length + right.length === cs.length && l.text.trim().split(/\s+/).length <= 10) {
        headerSet.add(i);
        top = i;
        continue;
      }
    }
    break;
  }
  const headerLines = [...headerSet].sort((a, b) => a - b);

  // Column headers and the left text of header lines (title, scale note).
  const leftTexts: string[] = [];
  // A chunk centred under a spanning chunk ("June 30," under "Three Months Ended") spans the same columns.
  const spanning: { start: number; end: number; cols: number[] }[] = [];
  for (const i of headerLines) {
    const l = lines[i];
    const lineChunks = splitDateChunks(chunks(l.text));
    const placedOnLine: { words: string; start: number; end: number; cols: number[] }[] = [];
    for (const ch of lineChunks) {
      if (RULE_CHUNK_RE.test(ch.text)) continue;
      if ((ch.end <= valueLeft - 1 && ch.start < valueLeft - 3) || (ch.start < HEADER_MIN_START && ch.end <= valueLeft + 3) || ch.start <= 2) {
        leftTexts.push(ch.text);
        continue;
      }
      // A grouping rule right under the chunk ("-------" under "Three Months Ended") shows its true extent.
      const ext = { ...ruleExtent(lines, i, ch.start, ch.end, valueLeft) };
      let target = spannedCols(headed, ext.start, ext.end, ext.start !== ch.start || ext.end !== ch.end);
      // The only header text of its line, centred over all the columns ("Three Months Ended" over three).
      const colChunks = lineChunks.filter((o) => !RULE_CHUNK_RE.test(o.text) && o.start >= valueLeft - 8);
      if (colChunks.length === 1 && headed.length > 1) {
        const groupMid = (headed[0].start + headed[headed.length - 1].end) / 2;
        if (Math.abs((ch.start + ch.end) / 2 - groupMid) <= 3 && ch.end - ch.start >= 8) {
          target = headed.map((_, k) => k);
          ext.start = Math.min(ext.start, headed[0].start);
          ext.end = Math.max(ext.end, headed[headed.length - 1].end);
        }
      }
      if (target.length < 2) {
        // Alone under a spanning chunk and centred on it ("June 30," under "Three Months Ended"): same span.
        const mid = (ch.start + ch.end) / 2;
        const single = singleCol(headed, ch.start, ch.end);
        const mostlyOver = single.length === 1 && overlap(headed[single[0]], ch.start, ch.end) >= 0.5 * (ch.end - ch.start);
        const up = mostlyOver ? undefined : spanning.find(
          (u) =>
            Math.abs((u.start + u.end) / 2 - mid) <= 2.5 &&
            lineChunks.filter((o) => o.end > u.start && o.start < u.end && !RULE_CHUNK_RE.test(o.text)).length === 1,
        );
        target = up ? up.cols : single;
      }
      if (target.length > 1) spanning.push({ start: Math.min(ch.start, ext.start), end: Math.max(ch.end, ext.end), cols: target });
      // "---- Three Months ----": the dashes show the span, they are not header words.
      const words = ch.text.replace(/^[-=_]{2,}\s*|\s*[-=_]{2,}$/g, '');
      if (!words) continue;
      for (const ci of target) {
        headed[ci].header.push(words);
        headed[ci].own = true;
      }
      placedOnLine.push({ words, start: ch.start, end: ch.end, cols: target });
    }
    // A line of group headers ("Three Months Ended    Year Ended") covers every column: a column left without
    // header text on it belongs to the nearest group.
    if (placedOnLine.some((p) => p.cols.length > 1)) {
      const covered = new Set(placedOnLine.flatMap((p) => p.cols));
      const first = Math.min(...covered);
      for (let ci = first + 1; ci < headed.length; ci++) {
        if (covered.has(ci)) continue;
        const c = headed[ci];
        const mid = (c.start + c.end) / 2;
        let best: (typeof placedOnLine)[number] | null = null;
        let bestD = Infinity;
        for (const p of placedOnLine) {
          const d = mid < p.start ? p.start - mid : mid > p.end ? mid - p.end : 0;
          if (d < bestD) {
            bestD = d;
            best = p;
          }
        }
        if (best && bestD <= 16 && best.cols.every((k) => k < ci)) {
          c.header.push(best.words);
          c.own = true;
          best.cols.push(ci);
        }
      }
    }
  }

  // Title lines above the header: the contiguous text block before it (company names, notes dropped).
  const above: string[] = [];
  let aboveStart = -1;
  {
    let i = top - 1;
    const furniture = (l: LineInfo) => l.furniture && !l.running;
    while (i > prevEnd && (lines[i].kind === 'blank' || lines[i].kind === 'markup' || furniture(lines[i]))) i--;
    while (i > prevEnd && lines[i].kind === 'text' && !furniture(lines[i]) && !lines[i].headerish) {
      const t = lines[i].text.trim();
      // Titles are short and are not sentences.
      const n = t.split(/\s+/).length;
      if (n > 16 || /[.;]$/.test(t) || (/,$/.test(t) && n > 8) || (/:$/.test(t) && n > 5)) break;
      above.unshift(lines[i].text.trim());
      aboveStart = i;
      i--;
      // A document printed double-spaced separates its title lines by single blank lines.
      if (i - 1 > prevEnd && lines[i].kind === 'blank' && lines[i - 1].kind === 'text' && lines[i - 1].indent >= 8) i--;
    }
  }
  const leftTitle = leftTexts.filter((t) => !PAREN_ONLY_RE.test(t.trim()));
  const titleParts = leftTitle.length
    ? leftTexts
    : above.filter((t) => !COMPANY_RE.test(t) && !PAREN_ONLY_RE.test(t) && !PERIOD_LINE_RE.test(t) && !/^\(?\s*un-?audited\s*\)?$/i.test(t));
  const title = cleanTitle(titleParts.length ? titleParts : []);
  // The scale note is printed in the title block, left of the column headers, or over the columns themselves.
  const scaleNote =
    findScaleNote([...above, ...leftTexts].join(' ')) ??
    findScaleNote(headerLines.map((i) => lines[i].text.trim()).join(' ')) ??
    null;

  // Ragged columns: a column with no header of its own that is not the second cell of the column to its left.
  if (headerLines.length) {
    for (let ci = 0; ci < cols.length; ci++) {
      const c = cols[ci];
      if (c.own || c.sub) continue;
      const left = ci > 0 ? cols[ci - 1] : null;
      const paired = left !== null && left.own && [...c.support].every((line) => left.support.has(line));
      if (paired) continue;
      const first = placed.filter((p) => p.col === ci).sort((a, b) => a.line - b.line)[0];
      errors.push({
        line: lines[first.line].n,
        column: first.cell.start + 1,
        message: `ragged columns: "${first.cell.text}" lines up with no column header`,
      });
      break;
    }
  }

  // Column periods; unlabelled columns right of a labelled one are its second cell (amount and % of total).
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if ((c.sub || !c.header.length) && ci > 0 && cols[ci - 1].header.length) {
      c.header = [...cols[ci - 1].header];
      c.sub = true;
    }
  }
  for (let ci = cols.length - 1; ci >= 0; ci--) {
    const c = cols[ci];
    if (!c.header.length && ci + 1 < cols.length && cols[ci + 1].header.length) c.header = [...cols[ci + 1].header];
  }
  // A column whose header lines are some of its left neighbour's, printed on the neighbour's lines only, is
  // the neighbour's second cell ("September 30," over an amount and its % of total).
  for (let ci = 1; ci < cols.length; ci++) {
    const c = cols[ci];
    const left = cols[ci - 1];
    if (c.sub || !c.header.length || c.header.length >= left.header.length) continue;
    if (c.header.every((h) => left.header.includes(h)) && [...c.support].every((l) => left.support.has(l))) {
      c.header = [...left.header];
      c.sub = true;
    }
  }
  // A table without column headers after "... for the quarter ended October 1, 2005:" has that period.
  let intro = '';
  if (!headerLines.length) {
    let j = region.firstData - 1;
    while (j > prevEnd && j >= region.firstData - 3 && lines[j].kind !== 'text') j--;
    if (j > prevEnd && lines[j].kind === 'text') intro = lines[j].text.trim();
  }
  const introPeriod = intro && /:$/.test(intro) ? headerPeriod([intro]) : null;
  // Columns headed by a year only take the period phrase of the title ("For the years ended June 30,").
  const context = [...above, ...leftTexts].join(' ');
  const phrase = context.match(
    /\b(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?)\s+end(?:ed|ing)\s+[A-Za-z]{3,9}\.?\s+\d{1,2}\b,?/i,
  );
  for (const c of cols) {
    if (!c.header.length && introPeriod?.period) {
      c.period = introPeriod.period;
      continue;
    }
    const monthless = !/[A-Za-z]{3}/.test(c.header.join(' ').replace(/\b(?:fiscal|unaudited|audited|restated)\b/gi, ''));
    const hp = headerPeriod(phrase && monthless ? [phrase[0], ...c.header] : c.header);
    c.period = hp.period;
    c.kind = hp.kind;
    c.dateOnly = hp.dateOnly;
  }
  for (const c of cols) if (!c.kind && c.cellCount > 1 && placed.some((p) => p.cell.parts.length === 2 && cols[p.col] === c)) c.kind = 'range';
  resolveChangePeriods(cols);

  const rows = buildRows(lines, bodyStart, region.last, placed, cols);
  assignSections(rows, lines, bodyStart, region.last);
  const startLine = lines[Math.min(aboveStart >= 0 ? aboveStart : top, top)].n;
  return { title, scaleNote, startLine, endLine: lines[region.last].n, cols, rows, warnings, errors };
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
    // Label text printed under its numbers ("End of life program inventory  $ 1,044" / "reserve charge (Note 3)").
    const lastRow = rows[rows.length - 1];
    if (pending.length && lastRow && !lastRow.heading && lastRow.cells.length) {
      const lastLine = lastRow.valueLine; // 1-based = index of the next line
      if (pending[0] === lastLine && /^[a-z(]/.test(labelOf(pending[0])) && lastRow.label && !lastRow.label.endsWith(':')) {
        let k = 0;
        while (k < pending.length && (k === 0 || pending[k] === pending[k - 1] + 1)) k++;
        const extra = pending.slice(0, k);
        lastRow.label = [lastRow.label, ...extra.map(labelOf)].join(' ').replace(/\s+/g, ' ').trim();
        lastRow.lines.push(...extra.map((e) => lines[e].n));
        pending = pending.slice(k);
      }
    }
    // Pending label lines that did not join a data row are headings (or value-less rows), grouped by wrapping.
    let group: number[] = [];
    const emit = () => {
      if (!group.length) return;
      const label = group.map(labelOf).join(' ').replace(/\s+/g, ' ').trim();
      rows.push({
        label, indent: lines[group[0]].indent, heading: true, total: false, lines: group.map((g) => lines[g].n),
        valueLine: 0, cells: [], section: '', afterRule: false,
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
      afterRule = /[-=]{3,}/.test(l.text);
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
      valueLine: l.n, section: '', afterRule,
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

/** A blank line between 1-based lines a (exclusive) and b (exclusive). */
function blankSince(lines: LineInfo[], a: number, b: number): boolean {
  for (let j = a; j < b - 1; j++) if (lines[j].kind === 'blank') return true;
  return false;
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
    const idx = r.valueLine; // 1-based
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
    /** Rows of the block are separated by blank lines. */
    spaced?: boolean;
    headingGap?: boolean;
    headingLine: number;
  }
  const stack: Open[] = [];
  let prevHeading = false;
  let lastDataLine = -1;
  const norm = (x: string) => x.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  // The row that closes a block: "Total ...", "Subtotal", or an unlabelled sum.
  const closing = (r: BuiltRow) => !r.label || /^(?:total|subtotal|sub-total)\b/i.test(r.label);
  for (const r of rows) {
    if (r.heading) {
      if (prevHeading && stack.length) stack[stack.length - 1].outer = true;
      else if (stack.length && !stack[stack.length - 1].outer) stack.pop();
      stack.push({ label: r.label, outer: false, firstIndent: -1, rows: 0, headingLine: r.lines[r.lines.length - 1] });
      prevHeading = true;
      continue;
    }
    prevHeading = false;
    const firstLine = r.lines[0];
    const closes = closing(r);
    let top = stack[stack.length - 1];
    // A blank line after a data row ends an inner block printed single-spaced, unless its total follows. The
    // block's own spacing (between its first two rows) decides; the table's spacing decides for its second row.
    let blank = false;
    if (lastDataLine > 0) for (let j = lastDataLine; j < firstLine - 1; j++) if (lines[j].kind === 'blank') blank = true;
    if (top && !top.outer && top.rows === 0) top.headingGap = blankSince(lines, top.headingLine, firstLine);
    if (blank && top && !top.outer && top.rows > 0 && !closes) {
      // At the block's second row its own spacing is unknown: a blank under the heading, or a double-spaced
      // table, says the block is spaced.
      const spaced = top.rows === 1 ? !!top.headingGap || doubleSpaced : top.spaced;
      if (!spaced) {
        stack.pop();
        top = stack[stack.length - 1];
      }
    }
    // A row printed left of the block's rows combines blocks ("Net loans receivable" under "Less:").
    if (top && !top.outer && top.rows > 0 && top.firstIndent >= 0 && r.indent >= 0 && r.indent < top.firstIndent && !closes) {
      stack.pop();
      top = stack[stack.length - 1];
    }
    r.section = top ? top.label : '';
    lastDataLine = r.valueLine;
    if (!top) continue;
    if (top.outer) {
      // An outer heading ends with its own total; other totals stay inside it.
      const t = norm(r.label.replace(/^(?:total|subtotal)\s*/i, ''));
      if (closes && t && norm(top.label) === t) stack.pop();
      continue;
    }
    if (top.firstIndent < 0) top.firstIndent = r.indent;
    if (top.rows === 1) top.spaced = blank;
    top.rows++;
    if (closes && top.rows > 1) stack.pop();
  }
}
