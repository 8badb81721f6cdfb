// The READ stage: an EDGAR plaintext earnings release -> ReleaseDocument (blocks, tables, positioned line items).
import { readFile } from 'node:fs/promises';
import type { LineItem, ReleaseDocument, Table } from '../model/document.js';
import type { Message } from '../model/source.js';
import { buildBlocks } from './blocks.js';
import { readCover } from './cover.js';
import { classifyLines, type LineInfo } from './lines.js';
import { resolveDateOnlyColumns } from './reconcile.js';
import { findRegions, type Region } from './segment.js';
import { buildTable } from './tables.js';
import type { BuiltTable } from './layout.js';
import { itemsOfTable } from './items.js';
import { readHtmlRelease } from './html/index.js';

export { formatItemsTsv, formatItemsJson, TSV_HEADER } from './format.js';

/** Unusable input (empty, binary, no tables): the message names the file and line. */
export class ReadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''}: ${message}`);
    this.name = 'ReadError';
  }
}

export interface ReadOptions {
  /** Throw ReadError when the release has no table at all (the CLI wants this; the library default does not). */
  requireTables?: boolean;
}

/** Reads a release from its text. Throws ReadError for empty or binary input. */
export function readRelease(text: string, file: string, options: ReadOptions = {}): ReleaseDocument {
  // HTML releases (and full submissions whose <TEXT> holds HTML) have a reader of their own.
  if (text.trim() && !text.includes('\0') && looksLikeHtml(text)) return readHtml(text, file, options);
  checkText(text, file);
  const src = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const lines = classifyLines(src);
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
  const merged = mergeCarriedOver(built, lines);
  resolveDateOnlyColumns(merged);
  nameTables(merged);
  const items: LineItem[] = [];
  const tables: Table[] = [];
  const messages: Message[] = [];
  for (let ti = 0; ti < merged.length; ti++) {
    const { table, tableItems, warnings } = itemsOfTable(merged[ti], ti, file, items.length);
    for (const it of tableItems) items.push(it);
    tables.push(table);
    for (const w of warnings) messages.push(w);
  }
  // A release whose only <TABLE> holds no numbers (a contact block) has tables, just no cells: not an error.
  if (options.requireTables && !items.length && !lines.some((l) => l.kind === 'markup' && l.markup === 'table')) {
    throw new ReadError(file, 1, 'no table was found (no <TABLE> block and no aligned columns of numbers)');
  }
  const blocks = buildBlocks(lines, tables);
  return { file, lines: src, blocks, tables, items, cover: readCover(lines, file), messages };
}

export async function readReleaseFile(path: string, options: ReadOptions = {}): Promise<ReleaseDocument> {
  let buf: Buffer;
  try {
    buf = await readFile(path);
  } catch (e) {
    throw new ReadError(path, 0, `cannot read file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  return readRelease(decode(buf), path, options);
}

/** UTF-8 when the bytes are valid UTF-8, else Latin-1 (old EDGAR text); a NUL byte is reported by checkText. */
function decode(buf: Buffer): string {
  const utf8 = buf.toString('utf8');
  return utf8.includes('\uFFFD') ? buf.toString('latin1') : utf8;
}

function readHtml(text: string, file: string, options: ReadOptions): ReleaseDocument {
  const doc = readHtmlRelease(text, file);
  if (options.requireTables && !doc.items.length && !/<table[\s>]/i.test(text)) {
    throw new ReadError(file, 1, 'no table was found (no <table> element)');
  }
  return doc;
}

const HTML_START_RE = /<(?:html|body|td|tr)[\s>]/i;
const HTML_TAGS_RE = /<\/?(?:td|tr|p|div|font|span)[\s>]/gi;

/** An HTML document, or an EDGAR submission one of whose <TEXT> blocks is one. */
export function looksLikeHtml(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  if (HTML_START_RE.test(sample) && (sample.match(HTML_TAGS_RE)?.length ?? 0) > 20) return true;
  if (!/<DOCUMENT>/i.test(sample)) return false;
  for (const m of text.matchAll(/<TEXT>\s*([\s\S]{0,4000})/gi)) {
    if (/^<(?:html|!doctype html|body|div|p|table)[\s>]/i.test(m[1]) && (m[1].match(HTML_TAGS_RE)?.length ?? 0) > 5) return true;
  }
  return false;
}

function checkText(text: string, file: string): void {
  if (!text.trim()) throw new ReadError(file, 1, 'empty file');
  const nul = text.indexOf('\0');
  if (nul >= 0) throw new ReadError(file, text.slice(0, nul).split('\n').length, 'binary file (NUL byte): not a plaintext release');
  // Mostly control characters: binary data decoded as text.
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const ctrl = sample.match(/[\x01-\x08\x0b\x0e-\x1f]/g)?.length ?? 0;
  if (ctrl > sample.length * 0.05) throw new ReadError(file, 1, 'binary file (control characters): not a plaintext release');
  // HTML or Inline XBRL: this reader reads the fixed-width plaintext releases only.
  const html = sample.search(/<(?:html|body|td|tr)[\s>]/i);
  if (html >= 0 && (sample.match(/<\/?(?:td|tr|p|div|font|span)[\s>]/gi)?.length ?? 0) > 20) {
    throw new ReadError(file, sample.slice(0, html).split('\n').length, 'HTML document: the plaintext reader reads fixed-width EDGAR text releases');
  }
}

/** A region without a header whose cells line up with the table before it continues that table. */
function mergeContinuations(regions: Region[], lines: LineInfo[]): Region[] {
  const out: Region[] = [];
  for (const r of regions) {
    const prev = out[out.length - 1];
    if (prev && !r.hasHeader && aligned(prev, r, lines)) {
      prev.last = r.last;
      continue;
    }
    out.push(r);
  }
  return out;
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
    const sameCols =
      prev &&
      prev.cols.length === t.cols.length &&
      prev.cols.every((c, k) => c.header.join(' | ') === t.cols[k].header.join(' | '));
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

/** Repeated titles get " #2", " #3" in order. */
function nameTables(tables: BuiltTable[]): void {
  const seen = new Map<string, number>();
  for (const t of tables) {
    const n = (seen.get(t.title) ?? 0) + 1;
    seen.set(t.title, n);
    if (n > 1) t.title = `${t.title} #${n}`;
  }
}

