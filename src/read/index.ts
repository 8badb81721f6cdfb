// The READ stage: an EDGAR plaintext earnings release -> ReleaseDocument (blocks, tables, positioned line items).
import type { LineItem, ReleaseDocument, Table } from '../model/document.js';
import type { Message } from '../model/source.js';
import { buildBlocks } from './blocks.js';
import { readCover } from './cover.js';
import { classifyLines, HEADER_MIN_START, type LineInfo } from './lines.js';
import { resolveDateOnlyColumns } from './reconcile.js';
import { findRegions, type Region } from './segment.js';
import { findSideBySide, splitSides } from './sidebyside.js';
import { buildTable } from './tables.js';
import { nameTables, type BuiltTable } from './layout.js';
import { itemsOfTable } from './items.js';
import { ReadError } from '../model/errors.js';
import { checkReleaseText } from '../model/text.js';
import { flowOfLines, scopeScaleNotes } from './scope.js';
import { weighEvidence } from './evidence.js';
import { readProse } from './prose/index.js';
import { applyFixes, type Fixes } from './fixes.js';

export { formatItemsTsv, formatItemsJson, TSV_HEADER } from './format.js';

/** Unusable input (empty, binary, no tables): the message names the file and line. Files are read (bytes ->
 * text) by the one loader, src/pipeline/load.ts. */
export { ReadError };

export interface ReadOptions {
  /** Throw ReadError when the release has no table at all (the CLI wants this; the library default does not). */
  requireTables?: boolean;
  /** The user's corrections (fixes.ts), applied after the reader's own reading and evidence. */
  fixes?: Fixes;
}

/** Reads a release from its text. Throws ReadError for empty or binary input. */
export function readRelease(text: string, file: string, options: ReadOptions = {}): ReleaseDocument {
  checkReleaseText(text, file);
  const src = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\n$/, '')
    .split('\n');
  // Two tables printed side by side are read from the two halves of their lines (sidebyside.ts).
  const sides = findSideBySide(classifyLines(src));
  const halves = splitSides(src, sides);
  const lines = classifyLines(halves.left);
  const right = sides.length ? tablesOf(classifyLines(halves.right)) : [];
  const built = [...tablesOf(lines), ...right].sort((a, b) => a.startLine - b.startLine);
  const merged = mergeCarriedOver(built, lines);
  resolveDateOnlyColumns(merged);
  scopeScaleNotes(merged, flowOfLines(lines, merged));
  // The right-hand table shares the page's note with the table printed beside it.
  for (const t of right)
    t.scaleNote ??= merged.find((o) => o !== t && !right.includes(o) && o.startLine <= t.endLine && o.endLine >= t.startLine)?.scaleNote ?? null;
  const cover = readCover(lines, file);
  const evidence = weighEvidence(merged, { prose: proseText(lines, merged), releaseDate: cover.releaseDate?.value, file });
  nameTables(merged);
  const messages: Message[] = [...evidence, ...truncation(lines, file)];
  const kept = options.fixes ? applyFixes(merged, options.fixes, file, messages) : merged;
  const items: LineItem[] = [];
  const tables: Table[] = [];
  for (let ti = 0; ti < kept.length; ti++) {
    const { table, tableItems, warnings } = itemsOfTable(kept[ti], ti, file, items.length);
    for (const it of tableItems) items.push(it);
    tables.push(table);
    for (const w of warnings) messages.push(w);
  }
  const blocks = buildBlocks(lines, tables);
  // A release whose only <TABLE> holds no numbers (a contact block) has tables, just no cells, and a prose-only
  // exhibit (a dividend announcement) has paragraphs: neither is an error. Text with neither is not a release.
  const prose = blocks.some((b) => b.kind === 'paragraph');
  if (options.requireTables && !items.length && !prose && !lines.some((l) => l.kind === 'markup' && l.markup === 'table')) {
    throw new ReadError(file, 1, 'no table was found (no <TABLE> block and no aligned columns of numbers)', 'read.no-table');
  }
  const doc: ReleaseDocument = { file, lines: src, blocks, tables, items, cover, messages };
  // Numbers in the sentences: facts too, checked against the tables.
  doc.proseItems = readProse(doc);
  return doc;
}

/** The tables of classified lines. */
function tablesOf(lines: LineInfo[]): BuiltTable[] {
  const regions = mergeContinuations(findRegions(lines), lines);
  const built: BuiltTable[] = [];
  let prevEnd = -1;
  for (const r of regions) {
    // A few numbers with no column header around them (a cover page, an address) are prose, not a table.
    if (!r.hasHeader && dataLines(r, lines) < 3) continue;
    const t = buildTable(r, lines, prevEnd);
    prevEnd = r.last;
    if (t.rows.some((row) => row.cells.length)) built.push(t);
  }
  return built;
}

/** A region without a header whose cells line up with the table before it continues that table. */
function mergeContinuations(regions: Region[], lines: LineInfo[]): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    if (prev && (!r.hasHeader || (prev.hasHeader && stubHeadingOnly(r, lines))) && aligned(prev, r, lines)) {
      prev.last = r.last;
      continue;
    }
    out.push(r);
  }
  return out;
}

/** A block headed only by a year or period word at the margin ("2002" under a quarterly grid's "2003" block). */
const STUB_HEADING_RE = /^(?:(?:19|20)\d\d|(?:fiscal\s+)?year|(?:three|six|nine|twelve)\s+months|(?:first|second|third|fourth)\s+quarter)$/i;

/**
 * A region whose only header is a heading at the margin over nothing but the stub: the next block of the table
 * above under a new year ("2003" rows, blank, "2002" rows of a quarterly grid), not a table of its own.
 */
function stubHeadingOnly(r: Region, lines: LineInfo[]): boolean {
  return r.headerIdx.length > 0 && r.headerIdx.every((i) => lines[i].indent < HEADER_MIN_START && STUB_HEADING_RE.test(lines[i].text.trim()));
}

function aligned(a: Region, b: Region, lines: LineInfo[]): boolean {
  const rights = new Set<number>();
  for (let i = a.firstData; i <= a.last; i++) for (const c of lines[i].split.cells) rights.add(c.coreEnd);
  let total = 0;
  let hit = 0;
  for (let i = b.firstData; i <= b.last; i++) {
    for (const c of lines[i].split.cells) {
      total++;
      if (rights.has(c.coreEnd) || rights.has(c.coreEnd - 1) || rights.has(c.coreEnd + 1)) hit++;
    }
  }
  return total > 0 && hit / total >= 0.7;
}

function dataLines(r: Region, lines: LineInfo[]): number {
  let n = 0;
  for (let i = r.firstData; i <= r.last; i++) if (lines[i].kind === 'data') n++;
  return n;
}

/**
 * A table carried over a page break with its header repeated is one table: same title (or "(continued)") and
 * the same column headers, with a page break between the parts.
 */
function mergeCarriedOver(tables: BuiltTable[], lines: LineInfo[]): BuiltTable[] {
  const out: BuiltTable[] = [];
  for (const t of tables) {
    const prev = out[out.length - 1];
    const sameCols = prev && prev.cols.length === t.cols.length && prev.cols.every((c, k) => c.header.join(' | ') === t.cols[k].header.join(' | '));
    let pageBreak = false;
    if (prev) for (let i = prev.endLine; i < t.startLine - 1; i++) if (lines[i].kind === 'markup' && lines[i].markup === 'page') pageBreak = true;
    if (prev && sameCols && (t.continued || ((t.title === prev.title || !t.title) && pageBreak))) {
      prev.rows.push(...t.rows);
      prev.endLine = t.endLine;
      prev.errors.push(...t.errors);
      prev.warnings.push(...t.warnings);
      continue;
    }
    out.push(t);
  }
  return out;
}

/** The release's prose: text lines outside every table, joined with spaces. */
function proseText(lines: LineInfo[], tables: BuiltTable[]): string {
  const inTable = (n: number) => tables.some((t) => n >= t.startLine && n <= t.endLine);
  return lines
    .filter((l) => l.kind === 'text' && !l.furniture && !inTable(l.n))
    .map((l) => l.text.trim())
    .join(' ');
}

/** A number cut short at the end of the file: a thousands group of fewer than three digits ("18,0"). */
// A digit group cut after its comma ("172,44"), or a parenthesised figure never closed: "(70" at the end of
// "International (70" (a phone number cut in the prose) or "(1,234" in a table.
const CUT_NUMBER_RE = /(?:^|[\s$(])\(?\$?\d{1,3}(?:,\d{3})*,\d{0,2}$|\(\$?\s*\d[\d,]*$/;

/**
 * The file ends inside a table (issue 13): a <TABLE> block never closed before the last line, or a last line that
 * ends in a malformed number. One positioned warning at the last line, so nothing is lost without a word. (A
 * table without <TABLE> markup that simply ends the file is a complete release; only a cut number flags it.)
 */
function truncation(lines: LineInfo[], file: string): Message[] {
  let last = lines.length - 1;
  while (last >= 0 && lines[last].kind === 'blank') last--;
  if (last < 0) return [];
  const end = lines[last];
  const text = end.text.replace(/\s+$/, '');
  const at = { file, line: end.n, column: text.length };
  let open: LineInfo | undefined;
  for (const l of lines) {
    if (l.kind !== 'markup') continue;
    if (l.markup === 'table') open = l;
    else if (l.markup === 'endtable') open = undefined;
  }
  const cut = CUT_NUMBER_RE.exec(text);
  // Whatever the line was taken for: a row whose last cell is cut short ("Total current assets   172,44") reads as
  // text, not as a data line.
  if (cut && end.kind !== 'markup') {
    const number = cut[0].trim();
    const column = text.length - number.length + 1;
    return [
      {
        ruleId: 'read.truncated',
        severity: 'warning',
        message: `the file ends inside a number ("${number}"): it looks truncated; the number is not read`,
        positions: [{ ...at, column }],
      },
    ];
  }
  if (open && open !== end) {
    return [
      {
        ruleId: 'read.truncated',
        severity: 'warning',
        message: `the file ends inside the table opened at line ${open.n} (no </TABLE>): it looks truncated; the table ends at its last line`,
        positions: [at],
      },
    ];
  }
  return [];
}
