// Building one table from a region: column geometry from the alignment of value cells, column headers from the
// text above each column, rows from labels (wrapped labels joined, headings kept as the rows' section), and one
// line item per printed number.
import { fillCellText, splitLine } from './cells.js';
import { chunks, HEADER_MIN_START, type LineInfo } from './lines.js';
import { interpretColumns } from './interpret.js';
import type { BuiltCell, BuiltTable, Col } from './layout.js';
import type { Region } from './segment.js';
import { buildRows, assignSections } from './rows.js';
import {
  AS_OF_LINE_RE,
  cleanTitle,
  COMPANY_RE,
  overlap,
  PAREN_ONLY_RE,
  PERIOD_LINE_RE,
  ruleExtent,
  RULE_CHUNK_RE,
  singleCol,
  spannedCols,
  splitDateChunks,
} from './header.js';
import { findScaleNote } from './units.js';

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
        start: s,
        end: e,
        support: new Set([c.line]),
        header: [],
        period: null,
        kind: '',
        dateOnly: false,
        sub: false,
        pctCells: pct ? 1 : 0,
        cellCount: 1,
        own: false,
        grouped: c.cell.text.includes(','),
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
    if (c.cell.text.includes(',')) col.grouped = true;
    c.col = target;
  }
  // Columns may have been opened out of order of their starts; renumber left to right.
  const sorted = cols.map((c, i) => ({ c, i })).sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  const map = new Map(sorted.map((x, k) => [x.i, k]));
  for (const c of cells) c.col = map.get(c.col)!;
  return sorted.map((x) => x.c);
}

export function buildTable(region: Region, src: LineInfo[], prevEnd: number): BuiltTable {
  const lines = resplitGluedNumbers(region, src);
  const cells = valueCells(region, lines);
  const cols = buildColumns(cells);
  let valueLeft = cells.length ? Infinity : 0;
  for (const c of cells) valueLeft = Math.min(valueLeft, c.cell.start);
  const warnings = unplacedNumbers(region, lines, valueLeft);
  markSubColumns(cols);
  const headed = cols.filter((c) => !c.sub);
  const block = headerBlock(region, lines, prevEnd, valueLeft);
  const leftTexts = placeHeaders(block.headerLines, lines, headed, valueLeft);
  const bodyStart = stubContinuation(leftTexts, lines, block.bodyStart, region.last);
  const { above, aboveStart } = titleAbove(lines, block.top, prevEnd, block.demoted);
  const leftTitle = leftTexts.filter((t) => !PAREN_ONLY_RE.test(t.trim()));
  const titleParts = leftTitle.length
    ? leftTexts
    : above.filter(
        (t) => !COMPANY_RE.test(t) && !PAREN_ONLY_RE.test(t) && !PERIOD_LINE_RE.test(t) && !AS_OF_LINE_RE.test(t) && !/^\(?\s*un-?audited\s*\)?$/i.test(t),
      );
  const title = cleanTitle(titleParts.length ? titleParts : []);
  const continued = /\bcontinued\b/i.test(titleParts.join(' '));
  // The scale note is printed in the title block, left of the column headers, or over the columns themselves.
  const scaleNote = findScaleNote([...above, ...leftTexts].join(' ')) ?? findScaleNote(block.headerLines.map((i) => lines[i].text.trim()).join(' ')) ?? null;
  const errors = raggedColumns(block.headerLines, cols, cells, lines);
  // A table without column headers after "... for the quarter ended October 1, 2005:" has that period.
  let intro = '';
  if (!block.headerLines.length) {
    let j = region.firstData - 1;
    while (j > prevEnd && j >= region.firstData - 3 && lines[j].kind !== 'text') j--;
    if (j > prevEnd && lines[j].kind === 'text') intro = lines[j].text.trim();
  }
  interpretColumns(cols, cells, { context: [...above, ...leftTexts].join(' '), intro });

  const rows = buildRows(lines, bodyStart, region.last, cells);
  assignSections(rows, lines, region.last);
  const startLine = lines[Math.min(aboveStart >= 0 ? aboveStart : block.top, block.top)].n;
  const headerLine = block.headerLines.length ? lines[block.headerLines[0]].n : undefined;
  const context = [...above, ...leftTexts].join(' ');
  return { title, scaleNote, startLine, endLine: lines[region.last].n, cols, rows, errors, warnings, continued, headerLine, context };
}

/**
 * A number glued to a long label but standing in the value columns is a value ("...released 229"). Returns the
 * lines with such lines re-split (a copy: the classification of the source lines is not changed).
 */
function resplitGluedNumbers(region: Region, src: LineInfo[]): LineInfo[] {
  let left = Infinity;
  const rights = new Set<number>();
  for (let i = region.firstData; i <= region.last; i++) {
    for (const c of src[i].split.cells) {
      left = Math.min(left, c.start);
      rights.add(c.coreEnd);
    }
  }
  if (left === Infinity) return src;
  const aligned = (e: number) => rights.has(e) || rights.has(e - 1) || rights.has(e + 1);
  let lines = src;
  for (let i = region.firstData; i <= region.last; i++) {
    const l = src[i];
    if (l.kind !== 'data' && l.kind !== 'text') continue;
    const lastLabelEnd = l.split.label ? l.split.labelStart + l.split.label.length : -1;
    if (lastLabelEnd <= left || !/[\d)%]$/.test(l.split.label)) continue;
    const again = splitLine(l.text, left - 10);
    if (again.cells.length > l.split.cells.length && again.cells.every((c) => aligned(c.coreEnd))) {
      fillCellText(l.text, again.cells);
      if (lines === src) lines = [...src];
      lines[i] = { ...l, split: again, kind: 'data' };
    }
  }
  return lines;
}

/** Value cells of the data lines; a bare year where labels go ("2005     1,234     100") is the row's label. */
function valueCells(region: Region, lines: LineInfo[]): BuiltCell[] {
  const cells: BuiltCell[] = [];
  for (let i = region.firstData; i <= region.last; i++) {
    const l = lines[i];
    if (l.kind !== 'data') continue;
    for (const c of l.split.cells) cells.push({ cell: c, col: -1, line: i });
  }
  const yearLabel = (c: BuiltCell) =>
    /^(?:19|20)\d\d$/.test(c.cell.text) && c.cell.start === lines[c.line].indent && c.cell.start < HEADER_MIN_START && !lines[c.line].split.label;
  const firstOfLine = new Map<number, BuiltCell>();
  for (const c of cells) if (!firstOfLine.has(c.line)) firstOfLine.set(c.line, c);
  const firsts = [...firstOfLine.values()];
  if (firsts.length >= 2 && firsts.every(yearLabel) && firsts.every((c) => lines[c.line].split.cells.length > 1)) {
    for (const c of firsts) {
      const l = lines[c.line];
      l.split = { label: c.cell.text, labelStart: c.cell.start, cells: l.split.cells.slice(1) };
    }
    return cells.filter((c) => !firsts.includes(c));
  }
  return cells;
}

/** A number standing in the value columns that could not be read as a value is reported, not dropped. */
function unplacedNumbers(region: Region, lines: LineInfo[], valueLeft: number): BuiltTable['warnings'] {
  const warnings: BuiltTable['warnings'] = [];
  for (let i = region.firstData; i <= region.last; i++) {
    const l = lines[i];
    // A malformed number in a column of its own: the row's good cells stay cells, the bad one is named here.
    if (l.kind === 'data' && !l.furniture) {
      for (const w of l.split.malformed ?? []) {
        warnings.push({
          line: l.n,
          column: w.start + 1,
          message: `"${w.text}" stands in the value columns but is not a number (a malformed thousands group); this cell is not read, the row's other cells are`,
        });
      }
    }
    if ((l.kind !== 'data' && l.kind !== 'text') || l.furniture || !l.split.label) continue;
    const labelEnd = l.split.cells.length ? l.split.cells[0].start : l.text.length;
    for (const ch of chunks(l.text.slice(0, labelEnd))) {
      if (ch.start >= valueLeft - 2 && /\d/.test(ch.text) && ch.start > l.split.labelStart) {
        warnings.push({ line: l.n, column: ch.start + 1, message: `"${ch.text}" stands in the value columns but is not a number; left in the row label` });
      }
    }
  }
  return warnings;
}

/**
 * A column inside the span of its left neighbour, printed only on lines where the neighbour prints too, is
 * that column's second cell; it takes the neighbour's header.
 */
function markSubColumns(cols: Col[]): void {
  for (let ci = 1; ci < cols.length; ci++) {
    const c = cols[ci];
    const left = cols[ci - 1];
    if (c.start < left.end && [...c.support].every((l) => left.support.has(l))) c.sub = true;
  }
}

const ABOVE_TITLE_RE = /^\((?:[^()]*(?:unaudited|audited|thousand|million|except|000)[^()]*)\)$/i;

/**
 * Header block: header-ish lines of the region, text right of the labels between them and the first data line,
 * and column-header text just above (company names over columns, "Mpower Only (A)").
 */
function headerBlock(
  region: Region,
  lines: LineInfo[],
  prevEnd: number,
  valueLeft: number,
): { headerLines: number[]; top: number; bodyStart: number; demoted: Set<number> } {
  const headerSet = new Set<number>(region.headerIdx);
  const rightZone = (l: LineInfo) =>
    (l.kind === 'text' || l.kind === 'years') &&
    !l.furniture &&
    chunks(l.text).every((c) => (c.start >= valueLeft - 8 && c.end > valueLeft) || RULE_CHUNK_RE.test(c.text));
  const headTop = region.hasHeader ? region.start : region.firstData;
  // Lines between the header-ish lines and the first data line that sit over the columns are header lines too.
  for (let i = headTop; i < region.firstData; i++) if (!headerSet.has(i) && rightZone(lines[i])) headerSet.add(i);
  let lastHeader = -1;
  for (const h of headerSet) lastHeader = Math.max(lastHeader, h);
  const bodyStart = region.hasHeader ? Math.max(lastHeader + 1, headTop) : region.firstData;
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
    if (ABOVE_TITLE_RE.test(l.text.trim())) break;
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
  const demoted = captionLines(headerLines, lines);
  const kept = headerLines.filter((i) => !demoted.has(i));
  return { headerLines: kept, top: kept.length ? Math.max(top, kept[0]) : top, bodyStart, demoted };
}

/**
 * Header-block lines that are the table's caption, not column headers: single phrases ("SEGMENT INFORMATION",
 * "For the 13 weeks ended May 1, 2004", "(In thousands)") set off by a blank line above column headers that
 * name several columns ("Retail   Credit   Corporate & Other   Total").
 */
function captionLines(headerLines: number[], lines: LineInfo[]): Set<number> {
  const out = new Set<number>();
  if (headerLines.length < 2) return out;
  const phrases = (i: number) => chunks(lines[i].text).filter((c) => !RULE_CHUNK_RE.test(c.text)).length;
  let gap = -1;
  for (let k = 1; k < headerLines.length; k++) {
    for (let j = headerLines[k - 1] + 1; j < headerLines[k]; j++) if (lines[j].kind === 'blank') gap = k;
  }
  if (gap < 0) return out;
  const above = headerLines.slice(0, gap);
  const below = headerLines.slice(gap);
  if (!above.every((i) => phrases(i) === 1) || !below.some((i) => phrases(i) >= 3)) return out;
  for (const i of above) out.add(i);
  return out;
}

/**
 * Places the header lines' chunks over the columns (a chunk centred under a spanning chunk spans the same
 * columns); returns the text left of the columns (title, scale note).
 */
function placeHeaders(headerLines: number[], lines: LineInfo[], headed: Col[], valueLeft: number): string[] {
  const leftTexts: string[] = [];
  const spanning: { start: number; end: number; cols: number[] }[] = [];
  for (const i of headerLines) {
    const lineChunks = splitDateChunks(chunks(lines[i].text));
    const placedOnLine: Placed[] = [];
    for (const ch of lineChunks) {
      if (RULE_CHUNK_RE.test(ch.text)) continue;
      if ((ch.end <= valueLeft - 1 && ch.start < valueLeft - 3) || (ch.start < HEADER_MIN_START && ch.end <= valueLeft + 3) || ch.start <= 2) {
        leftTexts.push(ch.text);
        continue;
      }
      const target = chunkTarget(ch, lineChunks, lines, i, headed, valueLeft, spanning);
      // "---- Three Months ----": the dashes show the span, they are not header words.
      const words = ch.text.replace(/^[-=_]{2,}\s*|\s*[-=_]{2,}$/g, '');
      if (!words) continue;
      for (const ci of target) {
        headed[ci].header.push(words);
        headed[ci].own = true;
      }
      placedOnLine.push({ words, start: ch.start, end: ch.end, cols: target });
    }
    coverGroupGaps(placedOnLine, headed);
    coverRegularGroups(placedOnLine, headed);
  }
  return leftTexts;
}

interface Placed {
  words: string;
  start: number;
  end: number;
  cols: number[];
}
type Chunk = { text: string; start: number; end: number };

/** The columns one header chunk names. */
function chunkTarget(
  ch: Chunk,
  lineChunks: Chunk[],
  lines: LineInfo[],
  i: number,
  headed: Col[],
  valueLeft: number,
  spanning: { start: number; end: number; cols: number[] }[],
): number[] {
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
    const up = mostlyOver
      ? undefined
      : spanning.find(
          (u) =>
            Math.abs((u.start + u.end) / 2 - mid) <= 2.5 &&
            lineChunks.filter((o) => o.end > u.start && o.start < u.end && !RULE_CHUNK_RE.test(o.text)).length === 1,
        );
    target = up ? up.cols : single;
  }
  if (target.length > 1) spanning.push({ start: Math.min(ch.start, ext.start), end: Math.max(ch.end, ext.end), cols: target });
  return target;
}

/**
 * A line of group headers ("Three Months Ended    Year Ended") covers every column: a column left without
 * header text on it belongs to the nearest group.
 */
function coverGroupGaps(placedOnLine: Placed[], headed: Col[]): void {
  if (!placedOnLine.some((p) => p.cols.length > 1)) return;
  const covered = new Set(placedOnLine.flatMap((p) => p.cols));
  const first = Math.min(...covered);
  for (let ci = first + 1; ci < headed.length; ci++) {
    if (covered.has(ci)) continue;
    const c = headed[ci];
    const mid = (c.start + c.end) / 2;
    let best: Placed | null = null;
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

const GROUP_WORDS_RE =
  /^(?:(?:for the )?(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?) end(?:ed|ing)|[A-Z][a-z]{2,8}\.? \d{1,2},?)$/i;

/**
 * "Nine Months Ended    Three Months Ended" / "September 30,   September 30," over "2001  2000  2001  2000": each
 * group phrase placed over the first column of its group only (printed left-aligned over it). When every chunk of
 * the line is a period phrase or an undated month-day, each names one column, and they fall at equal steps that
 * divide the columns (0 and 2 of 4), each column belongs to the group its step starts.
 */
function coverRegularGroups(placedOnLine: Placed[], headed: Col[]): void {
  const n = placedOnLine.length;
  if (n < 2 || headed.length % n !== 0 || headed.length === n) return;
  const g = headed.length / n;
  if (!placedOnLine.every((p, k) => p.cols.length === 1 && p.cols[0] === k * g && GROUP_WORDS_RE.test(p.words))) return;
  for (let ci = 0; ci < headed.length; ci++) {
    const p = placedOnLine[Math.floor(ci / g)];
    if (p.cols.includes(ci)) continue;
    headed[ci].header.push(p.words);
    headed[ci].own = true;
    p.cols.push(ci);
  }
}

/**
 * A stub parenthesis left of the column headers may run on below them in the label column ("(in 000s," /
 * " except share" / " data)"): those lines finish the note, they are not row headings. Returns the first body line.
 */
function stubContinuation(leftTexts: string[], lines: LineInfo[], bodyStart: number, last: number): number {
  const open = () => {
    const t = leftTexts.join(' ');
    return (t.match(/\(/g) ?? []).length > (t.match(/\)/g) ?? []).length;
  };
  if (!leftTexts.length || !open()) return bodyStart;
  const k = leftTexts.length - 1;
  const before = leftTexts[k];
  let i = bodyStart;
  while (i <= last && open()) {
    const l = lines[i];
    if (l.kind === 'blank' || l.kind === 'rule' || l.kind === 'markup') {
      i++;
      continue;
    }
    if (l.kind !== 'text') break;
    const left = chunks(l.text).filter((c) => !RULE_CHUNK_RE.test(c.text));
    if (left.length !== 1 || left[0].start >= HEADER_MIN_START) break;
    leftTexts[k] = `${leftTexts[k]} ${left[0].text}`;
    i++;
  }
  if (!open()) return i;
  leftTexts[k] = before;
  return bodyStart;
}

/** Title lines above the header: the contiguous text block before it (company names, notes dropped). */
function titleAbove(lines: LineInfo[], top: number, prevEnd: number, caption: Set<number>): { above: string[]; aboveStart: number } {
  const above: string[] = [];
  let aboveStart = -1;
  let i = top - 1;
  const furniture = (l: LineInfo) => l.furniture && !l.running;
  while (i > prevEnd && (lines[i].kind === 'blank' || lines[i].kind === 'markup' || furniture(lines[i]))) i--;
  while (i > prevEnd && lines[i].kind === 'text' && !furniture(lines[i]) && (!lines[i].headerish || caption.has(i))) {
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
  return { above, aboveStart };
}

/**
 * Ragged columns: a column with no header of its own that is not the second cell of the column to its left. Its
 * values are reported without a period (a positioned warning), the rest of the table and the release read on.
 */
function raggedColumns(headerLines: number[], cols: Col[], cells: BuiltCell[], lines: LineInfo[]): BuiltTable['errors'] {
  if (!headerLines.length) return [];
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (c.own || c.sub) continue;
    const left = ci > 0 ? cols[ci - 1] : null;
    const paired = left !== null && left.own && [...c.support].every((line) => left.support.has(line));
    if (paired) continue;
    const first = cells.filter((p) => p.col === ci).sort((a, b) => a.line - b.line)[0];
    c.ragged = true;
    return [{ line: lines[first.line].n, column: first.cell.start + 1, message: `ragged columns: "${first.cell.text}" lines up with no column header` }];
  }
  return [];
}
