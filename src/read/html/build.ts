// One printed table of an HTML <table> as the layout-neutral BuiltTable: columns with their header text, rows
// with labels and placed values, title and scale note; then the shared interpreter gives the columns periods.
import { COMPANY_RE, PAREN_ONLY_RE } from '../header.js';
import { interpretColumns } from '../interpret.js';
import type { BuiltCell, BuiltRow, BuiltTable, Col } from '../layout.js';
import { findScaleNote, type ScaleNote } from '../units.js';
import { columnHeaders, columnOf, valueColumns, type Span } from './columns.js';
import { isProse, titleMatter } from './context.js';
import type { RowInfo } from './rowkinds.js';
import { buildHtmlRows } from './rows.js';
import { assignHtmlSections } from './sections.js';
import type { Segment } from './segments.js';
import type { HtmlSource } from './source.js';

/** What the table's surroundings say: the lines above it and what an earlier part of the same <table> said. */
export interface Surroundings {
  above: string[];
  /** Title and scale of the previous printed table of the same <table> (a box continues them). */
  previous?: { title: string; scaleNote: ScaleNote | null };
  /** Bold lead of the caption row that opened this part ("Energy & Transportation (E&T) Retail Sales"). */
  captionBold?: string;
}

function columnStats(cols: Span[], body: RowInfo[], headers: string[][]): Col[] {
  const out: Col[] = cols.map((s, i) => ({
    start: s.start,
    end: s.end,
    support: new Set<number>(),
    header: headers[i],
    period: null,
    kind: '',
    dateOnly: false,
    sub: false,
    own: headers[i].length > 0,
    grouped: false,
    pctCells: 0,
    cellCount: 0,
  }));
  for (const r of body) {
    if (r.kind !== 'data') continue;
    for (const p of r.values) {
      const c = out[columnOf(cols, p)];
      if (!c) continue;
      c.support.add(r.index);
      c.cellCount++;
      if (p.cell.parts.some((x) => x.percent)) c.pctCells++;
      if (p.cell.parts.some((x) => x.dollar)) c.dollarCells = (c.dollarCells ?? 0) + 1;
      if (p.cell.text.includes(',')) c.grouped = true;
    }
  }
  return out;
}

/** A period printed in the stub of a header row: "THREE MONTHS ENDED MARCH 31,", "MARCH 31,", "As of June 30,". */
const STUB_PERIOD_RE =
  /^(?:(?:for\s+the\s+)?(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal\s+)?years?)\s+end(?:ed|ing)\s+|as\s+of\s+|at\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?$/i;

/**
 * Aflac prints the period left of the year columns, in the stub of their header row ("THREE MONTHS ENDED MARCH 31,
 * | 2020 | 2019 | % Change"): it is the first header line of every value column, as a spanning header would be.
 */
function withStubPeriod(headers: string[][], headerRows: RowInfo[]): string[][] {
  const stub = headerRows.map(stubText).find((t) => STUB_PERIOD_RE.test(t));
  if (!stub) return headers;
  return headers.map((h) => (h.length && !h.some((l) => /[A-Za-z]{3}\.?\s+\d{1,2}\b/.test(l)) ? [stub, ...h] : h));
}

/**
 * A scale note printed as a row under the year row (Vertex's "(in millions, except per share amounts)" spanning
 * the value columns) is the table's scale note, not a line of each column's header.
 */
function withoutScaleLines(header: string[]): string[] {
  return header.filter((l) => !(/^\(.*\)$/.test(l.trim()) && findScaleNote(l)));
}

const YEAR_ONLY_RE = /^(?:19|20)\d\d$/;

/**
 * A period line that should span the year columns but covers only the first (Caterpillar's results of operations:
 * "Three Months Ended March 31," over "2022", the "2021" column beside it headed by its year alone, read as the
 * calendar year): a year-only column right of a column whose header ends in a year under such a line takes it.
 */
function spanOverYears(headers: string[][]): string[][] {
  const out = headers.map((h) => [...h]);
  for (let i = 1; i < out.length; i++) {
    const left = out[i - 1];
    if (out[i].length !== 1 || !YEAR_ONLY_RE.test(out[i][0].trim()) || left.length < 2 || !YEAR_ONLY_RE.test(left[left.length - 1].trim())) continue;
    const upper = left.slice(0, -1);
    if (upper.some((l) => /\b(?:months?|weeks?|quarters?|years?)\s+end(?:ed|ing)\b/i.test(l) && !/\b(?:19|20)\d\d\b/.test(l))) out[i] = [...upper, out[i][0]];
  }
  return out;
}

/** Text of a row's label-area cells: a header's stub ("ASSETS", "(in millions)"), a title row. */
const stubText = (r: RowInfo) =>
  r.labelCells
    .map((c) => c.text.text)
    .join(' ')
    .trim();

export function buildHtmlTable(src: HtmlSource, seg: Segment, around: Surroundings): BuiltTable {
  const spans = valueColumns(seg.bodyRows.filter((r) => r.kind === 'data').flatMap((r) => r.values));
  const headers = spanOverYears(withStubPeriod(columnHeaders(spans, seg.headerRows), seg.headerRows).map(withoutScaleLines));
  const cols = columnStats(spans, seg.bodyRows, headers);
  const inTable = seg.titleRows.map(stubText).filter(Boolean);
  const stubs = seg.headerRows.map(stubText).filter(Boolean);
  const matter = titleMatter(around.previous ? [] : around.above, inTable);
  // A header block's first stub names the table when nothing above does (PNC's "Retail Banking" over "In millions").
  const stubTitle = seg.headerRows.length > 1 ? stubs.find((t, k) => k < stubs.length - 1 && !/^\(.*\)$/.test(t) && !findScaleNote(t)) : undefined;
  const title = around.captionBold || matter.title || stubTitle || around.previous?.title || '';
  // PNC's Basel III table prints "Dollars in millions" as a row of its own under the column headers, above the
  // first amount: a note, like one in the header's stub.
  const firstData = seg.bodyRows.findIndex((r) => r.kind === 'data');
  const noteRows = seg.bodyRows
    .slice(0, Math.max(0, firstData))
    .filter((r) => r.kind === 'label')
    .map(stubText)
    .filter((l) => findScaleNote(l) && !/[:;.]$/.test(l) && l.split(/\s+/).length <= 10);
  const scaleNote =
    findScaleNote([...inTable, ...stubs].join(' ')) ??
    findScaleNote(noteRows.join(' ')) ??
    [...matter.lines]
      .reverse()
      .map((l) => findScaleNote(l))
      .find((n) => n) ??
    findScaleNote(seg.headerRows.flatMap((r) => r.headCells.map((c) => c.text.text)).join(' ')) ??
    around.previous?.scaleNote ??
    null;
  const unplaced: BuiltTable['warnings'] = [];
  const rows = buildHtmlRows(src, headingStub(seg), spans, unplaced);
  assignHtmlSections(rows);
  const cells = rows.flatMap((r) => r.cells);
  const context = [...matter.lines, ...stubs].join(' ');
  // The sentence right above introducing the table ("The following is a summary of ... the 2020 capital budget.").
  const lead = around.previous ? undefined : around.above.slice(-3).reverse().find(isProse);
  interpretColumns(cols, cells, { context, intro: '', caption: matter.caption, ...(lead ? { lead } : {}) });
  markSignWordChanges(cols, cells);
  dropUnchangedWords(rows, cols);
  inheritNeighbourPeriods(cols);
  const lineOf = (rs: RowInfo[]) =>
    rs
      .flatMap((r) => r.cells.flatMap((c) => c.text.offsets.slice(0, 1)))
      .filter((o) => o >= 0)
      .map((o) => src.pos(o).line);
  const lines = lineOf([...seg.titleRows, ...seg.headerRows, ...seg.bodyRows]);
  const headerLines = lineOf(seg.headerRows);
  // A heading over the title in the table's own caption rows: the topmost title-like line above the title.
  const at = own(inTable, title);
  const heading =
    at > 0 ? inTable.slice(0, at).find((l) => !PAREN_ONLY_RE.test(l) && !COMPANY_RE.test(l) && !findScaleNote(l) && /[A-Za-z]{3}/.test(l)) : undefined;
  return {
    title,
    ...(heading ? { heading } : {}),
    scaleNote,
    startLine: Math.min(...lines),
    endLine: Math.max(...lines),
    cols,
    rows,
    continued: false,
    warnings: [...unreadWarnings(src, seg.bodyRows), ...unplaced],
    errors: [],
    context,
    titleLines: [...inTable, ...stubs],
    notes: footnotes(seg.bodyRows),
    ...(headerLines.length ? { headerLine: Math.min(...headerLines) } : {}),
  };
}

/**
 * Every printed number becomes an item or a message: a cell of a data row's value area printing digits the
 * reader cannot read as a value ("12 units / 3", a word it does not know) is reported where it is printed.
 */
function unreadWarnings(src: HtmlSource, body: RowInfo[]): BuiltTable['warnings'] {
  const out: BuiltTable['warnings'] = [];
  for (const r of body) {
    if (r.kind !== 'data') continue;
    for (const u of r.unread) {
      const off = u.cell.text.offsets.find((o) => o >= 0);
      const at = off === undefined ? { line: 0, column: 0 } : src.pos(off);
      out.push({ line: at.line, column: at.column, message: `"${u.text}" stands in the value columns but is not a number the reader can read; not read` });
    }
  }
  return out;
}

/** Index of the in-table line the title was read from (-1 when the title came from elsewhere). */
function own(inTable: string[], title: string): number {
  return title ? inTable.findIndex((l) => l.replace(/\s+/g, ' ').trim() === title) : -1;
}

const FOOTNOTE_RE = /^\(?(\d{1,2}|[a-z])\)\s*(\S.*)$/i;

/** Footnotes under the last data row, by marker: Saia's "(1) | In thousands." and "(2) | In miles.". */
function footnotes(body: RowInfo[]): Map<string, string> {
  const notes = new Map<string, string>();
  let last = -1;
  body.forEach((r, k) => (r.kind === 'data' ? (last = k) : 0));
  for (const r of body.slice(last + 1)) {
    const m = r.cells
      .map((c) => c.text.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .match(FOOTNOTE_RE);
    if (m && !notes.has(m[1].toLowerCase())) notes.set(m[1].toLowerCase(), m[2]);
  }
  return notes;
}

/**
 * A column naming no period beside one that does, under the same spanning header, is that column's second cell:
 * Hasbro's "Quarter Ended | % Net Revenues" right of "Quarter Ended | March 29, 2020".
 */
function inheritNeighbourPeriods(cols: Col[]): void {
  for (let k = 1; k < cols.length; k++) {
    const c = cols[k];
    const left = cols[k - 1];
    if (c.period || c.kind || !left.period || left.kind === 'change') continue;
    const shared = c.header.length > 1 && left.header.length > 1 && c.header[0] === left.header[0];
    // US Bancorp's "4Q 2021 | % (a) | 3Q 2021 | % (a)": a bare percent column is the ratio beside its amount.
    const companion = c.header.length === 1 && /^(?:%|percent(?:age)?|% of [\w\s]+)\s*(?:\([a-z0-9]{1,2}\)|\*+)?$/i.test(c.header[0].trim());
    // So is PNC's "June 30 | 2021 | Per Common Share": the amount's figure per share.
    const perShare =
      c.header.length === 1 && /^(?:\$\s*)?per (?:common |diluted |basic )?share(?: amounts?)?\s*(?:\([a-z0-9]{1,2}\)|\*+)?$/i.test(c.header[0].trim());
    if (shared || companion || perShare) {
      c.period = left.period;
      if (perShare) c.dateOnly = left.dateOnly;
    }
  }
}

const SIGN_WORD_CELL_RE = /^(?:up|down|unchanged|increased?|decreased?)\b/i;

/**
 * A column printed in sign words ("UP 2%", "DOWN 18%", "UNCHANGED") holds changes against a prior period, not
 * amounts of its own: Caterpillar's retail statistics head such a column "1st Quarter 2022", the quarter whose
 * change it is, so the period stays the header's.
 */
function markSignWordChanges(cols: Col[], cells: BuiltCell[]): void {
  cols.forEach((c, ci) => {
    const mine = cells.filter((b) => b.col === ci);
    const signed = mine.filter((b) => SIGN_WORD_CELL_RE.test(b.cell.text)).length;
    // "Unchanged" alone says nothing of direction: Vertex's guidance column "Current FY 2020" prints it for
    // "same as the previous guidance" beside "$5.3 to 5.6 billion".
    const directed = mine.some((b) => SIGN_WORD_CELL_RE.test(b.cell.text) && !UNCHANGED_CELL_RE.test(b.cell.text));
    if (mine.length && directed && signed * 2 >= mine.length) c.kind = 'change';
  });
}

const UNCHANGED_CELL_RE = /^unchanged$/i;

/** "Unchanged" outside a column of changes is a word, not a zero (Vertex's guidance): no value. */
function dropUnchangedWords(rows: BuiltRow[], cols: Col[]): void {
  for (const r of rows) r.cells = r.cells.filter((b) => cols[b.col]?.kind === 'change' || !UNCHANGED_CELL_RE.test(b.cell.text.trim()));
}

/**
 * The stub of the column-header row names the rows below it when it is a heading (Buckle's "ASSETS" left of the
 * balance-sheet dates, a Caterpillar box's "Machines"), not when it is a note ("(in millions)", "(Unaudited)").
 */
function headingStub(seg: Segment): RowInfo[] {
  const last = seg.headerRows[seg.headerRows.length - 1];
  const stub = last ? stubText(last) : '';
  if (!stub || /^\(.*\)$/.test(stub) || findScaleNote(stub) || /\b(?:ended|ending|unaudited)\b/i.test(stub) || /\d{4}/.test(stub) || STUB_PERIOD_RE.test(stub))
    return seg.bodyRows;
  return [{ ...last, kind: 'header', headCells: [] }, ...seg.bodyRows];
}
