// The READ stage for HTML releases (EDGAR 8-K exhibits as Word, Workiva, Donnelley or Toppan print them): the same
// ReleaseDocument as the plaintext reader (blocks, tables, positioned line items, cover), built by a layout reader
// of HTML tables and the shared interpreter (interpret.ts, units.ts, items.ts). Positions are raw-file lines and
// columns of each number's first character (a document printed on one line has every cell on that line).
import type { Block, LineItem, ReleaseDocument, Table } from '../../model/document.js';
import type { Message } from '../../model/source.js';
import { itemsOfTable } from '../items.js';
import { nameTables, type BuiltTable } from '../layout.js';
import { segmentHeadings } from '../members.js';
import { markEntityMembers } from '../entities.js';
import { resolveDateOnlyColumns } from '../reconcile.js';
import { headerPeriod } from '../periods.js';
import { resolveChangePeriods } from '../interpret.js';
import { buildHtmlTable } from './build.js';
import { readHtmlCover } from './cover.js';
import { buildGrid, type Grid } from './grid.js';
import { splitBoxes } from './boxes.js';
import { parseHtmlDocument } from './parse.js';
import { analyzeRows } from './rowkinds.js';
import { htmlNoteMarks, type NoteMarks } from './values.js';
import { segmentRows } from './segments.js';
import { HtmlSource } from './source.js';
import { leadingBold } from './style.js';
import type { LocatedText } from './text.js';
import { walkBlocks, type HtmlBlock } from './walk.js';
import { FURNITURE_RE, titleMatter } from './context.js';
import { scopeScaleNotes, type FlowLine } from '../scope.js';
import { weighEvidence } from '../evidence.js';
import { htmlPayload } from './submission.js';

interface Placed {
  built: BuiltTable;
  /** Offset of the <table> it was read from, for ordering blocks. */
  at: number;
  /** The text printed between the previous table and this one (none for a later table of one <table>). */
  between: string;
}

/** What the walk over the document's blocks gives: the tables, the text, and the flow the scope rules read. */
interface Walked {
  placed: Placed[];
  messages: Message[];
  docBlocks: { block: Block; at: number }[];
  textLines: LocatedText[];
  /** Paragraph lines (the prose the evidence reads), in order. */
  prose: string[];
  flow: FlowLine[];
}

export function readHtmlRelease(text: string, file: string): ReleaseDocument {
  const src = new HtmlSource(text);
  const payload = htmlPayload(windows1252(text));
  const blocks = walkBlocks(payload, parseHtmlDocument(payload));
  // Footnote lines ("* Not meaningful" under Antero's operating data, "(2) Net of tax" in a table's foot) define
  // the marks a cell may print.
  const marks = htmlNoteMarks(payload);
  const { placed, messages, docBlocks, textLines, prose, flow } = walkTables(src, payload, blocks, file, marks);
  const built = placed.map((p) => p.built);
  resolveDateOnlyColumns(built);
  // The evidence pass of the plaintext reader (index.ts readRelease), on the same layout-neutral model: scale
  // notes scoped from page headings and notes under tables, then the prose, the arithmetic, the figures other
  // tables print and the fiscal calendar the document states decide what the headers leave open.
  scopeScaleNotes(built, flow);
  const cover = readHtmlCover(src, textLines, file);
  messages.push(...weighEvidence(built, { prose: prose.join(' '), releaseDate: cover.releaseDate?.value, file }));
  nameTables(built);
  messages.push(...segmentHeadings(built, file));
  messages.push(
    ...markEntityMembers(
      built,
      prose.join(' '),
      cover.registrantName?.value,
      file,
      placed.map((p) => p.between),
    ),
  );
  const items: LineItem[] = [];
  const tables: Table[] = [];
  built.forEach((t, ti) => {
    const { table, tableItems, warnings } = itemsOfTable(t, ti, file, items.length);
    items.push(...tableItems);
    tables.push(table);
    messages.push(...warnings);
    docBlocks.push({ block: { kind: 'table', tableIndex: ti, startLine: t.startLine, endLine: t.endLine }, at: placed[ti].at });
  });
  docBlocks.sort((a, b) => a.at - b.at);
  return { file, format: 'html', lines: src.lines, blocks: docBlocks.map((d) => d.block), tables, items, cover, messages };
}

function walkTables(src: HtmlSource, payload: string, blocks: HtmlBlock[], file: string, marks: NoteMarks): Walked {
  const w: Walked = { placed: [], messages: [], docBlocks: [], textLines: [], prose: [], flow: [] };
  let above: string[] = [];
  const textLine = (t: string) => w.flow.push({ kind: 'text', text: t, furniture: FURNITURE_RE.test(t.trim()) });
  for (const b of blocks) {
    if (b.kind === 'page') {
      w.flow.push({ kind: 'page', text: '' });
      continue;
    }
    if (b.kind === 'paragraph') {
      w.textLines.push(...b.lines);
      for (const l of b.lines) {
        above.push(l.text);
        w.prose.push(l.text);
        textLine(l.text);
      }
      const startLine = src.pos(b.startOffset).line;
      const endLine = src.pos(Math.max(b.startOffset, b.endOffset - 1)).line;
      w.docBlocks.push({ block: { kind: 'paragraph', text: b.lines.map((l) => l.text).join(' '), startLine, endLine }, at: b.startOffset });
      continue;
    }
    const grid = buildGrid(payload, b.el);
    // A page of bordered boxes beside prose: the prose is text, each box a table of its own (boxes.ts).
    const split = splitBoxes(grid, marks);
    const parts = split ? [split.rest, ...split.boxes] : [grid];
    for (const part of parts) above = placeGrid(w, src, part, above, marks, b.startOffset, file);
  }
  return w;
}

/** Places the tables of one grid (the lines above it the title matter); returns the lines above the next. */
function placeGrid(w: Walked, src: HtmlSource, grid: Grid, above: string[], marks: NoteMarks, at: number, file: string): string[] {
  const textLine = (t: string) => w.flow.push({ kind: 'text', text: t, furniture: FURNITURE_RE.test(t.trim()) });
  const tables = tablesOfGrid(src, grid, above, marks);
  if (!tables.length) {
    // A table without values (letterhead, contact block, a title set in a one-cell table) is text above the next.
    for (const row of grid.rows) {
      const line = row
        .map((c) => c.text.text)
        .filter(Boolean)
        .join(' ');
      if (line) {
        above.push(line);
        textLine(line);
      }
      // Letterhead cells carry cover facts: Buckle's "For Immediate Release: November 22, 2024".
      for (const c of row) if (c.text.text) w.textLines.push(c.text);
    }
    return above;
  }
  // The title matter read from the lines above the first table of the <table> is that table's (as the title
  // lines of a plaintext table are inside its region).
  let used = titleMatter(above).lines.length;
  for (let i = w.flow.length - 1; i >= 0 && used > 0; i--) {
    if (w.flow[i].kind !== 'text') continue;
    w.flow[i].table = w.placed.length;
    used--;
  }
  tables.forEach((t, k) => placeTable(w, t, above, at, file, k === 0 ? above.join(' ') : ''));
  return [];
}

/** Places one printed table: a continuation of the previous one (merged), or a table of its own. */
function placeTable(w: Walked, t: BuiltTable, above: string[], at: number, file: string, between: string): void {
  // Mastercard sets each page number in a one-cell <table> of its own ("2", "3", ... "11" at the foot of the pages).
  if (isPageNumber(t)) return;
  if (isContents(t)) {
    w.messages.push({
      ruleId: 'read.contents-table',
      severity: 'info',
      message: `table "${t.title}" lists page numbers (a table of contents), not figures: not read`,
      positions: [{ file, line: t.startLine, column: 1 }],
    });
    return;
  }
  const prev = w.placed[w.placed.length - 1]?.built;
  // Antero prints its production table ("Three months ended March 31, 2020 | Natural Gas (MMcf/d)") and, in a
  // <table> of its own right below, the prices by the same five columns headed "Natural Gas ($/Mcf)" only.
  if (prev && prev.cols.length === t.cols.length && above.length === 0) inheritSpanningPeriods([prev], t, true);
  if (prev && continues(prev, t, above)) {
    mergeInto(prev, t);
    w.messages.push({
      ruleId: 'read.continued-table',
      severity: 'info',
      message: `a table without column headers continues "${prev.title}" (same ${t.cols.length} value columns): its columns take that table's headers and periods`,
      positions: [{ file, line: t.startLine, column: 1 }],
    });
    w.flow.push({ kind: 'other', text: '', table: w.placed.length - 1 });
    return;
  }
  const ti = w.placed.length;
  for (const l of t.titleLines ?? []) w.flow.push({ kind: 'text', text: l, table: ti });
  w.flow.push({ kind: 'other', text: '', table: ti });
  w.placed.push({ built: t, at, between });
}

function isPageNumber(t: BuiltTable): boolean {
  const values = t.rows.flatMap((r) => r.cells);
  if (values.length !== 1 || t.rows.some((r) => r.label.trim()) || t.cols.some((c) => c.header.length)) return false;
  return /^\s*-?\s*\d{1,3}\s*-?\s*$/.test(values[0].cell.text);
}

/** JPMorgan's supplement opens with "TABLE OF CONTENTS" over "Page(s)": page numbers, not figures. */
function isContents(t: BuiltTable): boolean {
  const pages = t.cols.length > 0 && t.cols.every((c) => /^pages?(?:\s*\(s\))?$/i.test((c.header[0] ?? '').trim()));
  return pages || /^\W*(?:table of )?contents\W*$/i.test(t.title);
}

const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * A file of windows-1252 bytes read as Latin-1 has C1 controls where the page prints dashes and quotes (0x97 an
 * em dash); a browser decodes them as windows-1252, one character for one, so offsets do not move.
 */
function windows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]) : text;
}

/** The printed tables of one <table>: one per header block (see segments.ts). */
function tablesOfGrid(src: HtmlSource, grid: Grid, above: string[], marks: NoteMarks): BuiltTable[] {
  const segments = segmentRows(analyzeRows(grid, marks));
  const out: BuiltTable[] = [];
  for (const seg of segments) {
    const prev = out[out.length - 1];
    const caption = seg.titleRows.length === 1 && prev ? seg.titleRows[0].labelCells[0] : undefined;
    const t = buildHtmlTable(src, seg, {
      above: grid.caption ? [...above, grid.caption] : above,
      previous: prev ? { title: prev.title, scaleNote: prev.scaleNote } : undefined,
      captionBold: caption ? leadingBold(caption.el) : undefined,
    });
    // A box printing no title above it is named by its heading ("4Q21 Investment Banking").
    if (grid.headed && !t.title.trim() && t.cols.length === 1) t.title = t.cols[0].header.join(' ');
    inheritSpanningPeriods(out, t);
    // The heading over the first box of a <table> heads the boxes below it (a segment's sales, by region, profit).
    if (!t.heading && prev?.heading) t.heading = prev.heading;
    if (t.rows.some((r) => r.cells.length)) out.push(t);
  }
  return out;
}

/**
 * A header block further down a <table> may re-head only the lower lines: ServiceNow's results table prints
 * "First Quarter 2020 GAAP Results | First Quarter 2020 Non-GAAP Results" once, then "Amount ($ millions) | Margin
 * (%)" over the gross-profit rows. A column naming no period takes the spanning line of the column above it.
 */
function inheritSpanningPeriods(earlier: BuiltTable[], t: BuiltTable, byIndex = false): void {
  for (const c of t.cols) {
    if (c.period || c.ragged) continue;
    // Within one grid the column above overlaps this one; across two <table>s it stands at the same index.
    const overlapping = (p: BuiltTable) => (byIndex ? p.cols[t.cols.indexOf(c)] : p.cols.find((o) => o.start <= c.end && c.start <= o.end));
    const deeper = (p: BuiltTable) => {
      const o = overlapping(p);
      return o && o.header.length > c.header.length ? o : undefined;
    };
    const above = [...earlier]
      .reverse()
      .map(deeper)
      .find((o) => o);
    const span = above?.header[0];
    if (!span || c.header.includes(span)) continue;
    const hp = headerPeriod([span, ...c.header]);
    if (!hp.period || headerPeriod([span]).period === null) continue;
    c.header = [span, ...c.header];
    c.period = hp.period;
    c.dateOnly = hp.dateOnly;
    if (hp.kind) c.kind = hp.kind;
  }
  // Change columns beside them ("Sequential Change | Units") compare the periods just inherited.
  if (t.cols.some((c) => c.kind === 'change' && !c.period)) resolveChangePeriods(t.cols);
}

/**
 * A table printing no column headers right after a table with as many value columns continues it over a page
 * break (NVIDIA's cash-flow statement: "Cash flows from financing activities:" in a <table> of its own). Only
 * short lines (page numbers, a running head) may stand between.
 */
function continues(prev: BuiltTable, t: BuiltTable, between: string[]): boolean {
  if (t.cols.some((c) => c.header.length) || prev.cols.length !== t.cols.length) return false;
  return between.length <= 4 && between.every((l) => l.split(/\s+/).length <= 10);
}

function mergeInto(prev: BuiltTable, t: BuiltTable): void {
  // The one line a continued part prints over its rows, inside its own <table>, is the heading of its first block,
  // not a title: NVIDIA's reconciliation resumes after a page break with "Diluted net income per share" over its
  // "GAAP" and "Non-GAAP" rows, and its cash-flow statement with "Cash flows from financing activities:".
  const heading = t.titleLines?.length === 1 && t.titleLines[0] === t.title ? t.title : '';
  if (heading && t.rows.length && !t.rows[0].heading) {
    // ... as far as its rows stay indented under it ("Weighted average shares used ..." at the margin is not).
    const depth = t.rows[0].indent;
    for (const r of t.rows) {
      if (r.heading || r.indent < depth) break;
      if (!r.section) r.section = heading;
    }
    prev.rows.push({ label: heading, indent: 0, heading: true, total: false, lines: [t.startLine], valueLine: 0, cells: [], section: '', afterRule: false });
  }
  prev.rows.push(...t.rows);
  prev.endLine = Math.max(prev.endLine, t.endLine);
  prev.cols.forEach((c, k) => {
    for (const line of t.cols[k].support) c.support.add(line);
    c.cellCount += t.cols[k].cellCount;
    c.pctCells += t.cols[k].pctCells;
  });
}
