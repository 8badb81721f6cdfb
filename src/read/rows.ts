// Rows of a table body: wrapped labels joined, headings kept, totals marked, and each row's section (the heading
// whose block holds it, scoped as the gold scopes it: see assignSections).
import type { LineInfo } from './lines.js';
import { continuesLabel } from './segment.js';
import type { BuiltCell, BuiltRow } from './layout.js';

/** Word endings printed alone after a syllable break ("Premises and equip- / ment, net"). */
const SUFFIX_RE =
  /^(?:ment|ments|tion|tions|sion|sions|ing|ings|ance|ances|ence|ences|ity|ities|able|ible|ized|ated|ure|ures|ness|ative|ally|ties|ers|ies)(?![a-z])/;

/**
 * Joins the lines of a wrapped label with one space; a hyphen at a line end joins without one ("Interest- /
 * bearing deposits" is "Interest-bearing deposits"), and a syllable break loses its hyphen ("equip- / ment").
 */
export function joinLabel(parts: string[]): string {
  let out = '';
  for (const raw of parts) {
    const p = raw.replace(/\s+/g, ' ').trim();
    if (!p) continue;
    if (/[A-Za-z]-$/.test(out) && /^[a-z]/.test(p)) out = SUFFIX_RE.test(p) ? out.slice(0, -1) + p : out + p;
    else out = out ? `${out} ${p}` : p;
  }
  return out;
}

export function buildRows(lines: LineInfo[], from: number, to: number, placed: BuiltCell[]): BuiltRow[] {
  const rows = scanRows(lines, from, to, cellsByLine(placed));
  // Drop trailing headings (text after the last data row is not part of the table).
  while (rows.length && rows[rows.length - 1].heading) rows.pop();
  markTotals(rows);
  settleHeadings(rows);
  return rows;
}

function cellsByLine(placed: BuiltCell[]): Map<number, BuiltCell[]> {
  const byLine = new Map<number, BuiltCell[]>();
  for (const c of placed) {
    const list = byLine.get(c.line) ?? [];
    list.push(c);
    byLine.set(c.line, list);
  }
  return byLine;
}

function labelOfLine(lines: LineInfo[], i: number): string {
  return lines[i].split.label || lines[i].text.trim();
}

/** Rows in printed order: a data line with the wrapped label lines above it, label lines without numbers as headings. */
function scanRows(lines: LineInfo[], from: number, to: number, byLine: Map<number, BuiltCell[]>): BuiltRow[] {
  const rows: BuiltRow[] = [];
  let pending: number[] = [];
  let afterRule = false;
  for (let i = from; i <= to; i++) {
    const l = lines[i];
    if (l.kind === 'blank') {
      flushPending(lines, rows, pending);
      pending = [];
      continue;
    }
    if (l.kind === 'markup' || l.furniture) continue;
    if (l.kind === 'rule') {
      afterRule = true;
      continue;
    }
    if (l.kind === 'text' || l.kind === 'years' || (l.kind === 'data' && !byLine.has(i))) {
      if (!l.split.label && !l.text.trim()) continue;
      if (pending.length && pending[pending.length - 1] !== i - 1) {
        flushPending(lines, rows, pending);
        pending = [];
      }
      // A label line carrying a rule ("Net interest income after provision   -------") still wraps.
      pending.push(i);
      afterRule = /[-=]{3,}/.test(l.text);
      continue;
    }
    // A data line: join the wrapped label lines directly above it.
    const own = l.split.label;
    const join = wrappedLabelAbove(lines, pending, i, own);
    flushPending(
      lines,
      rows,
      pending.filter((p) => !join.includes(p)),
    );
    pending = [];
    const labelLines = [...join, i];
    const label = joinLabel(labelLines.map((k) => (k === i ? own : labelOfLine(lines, k))));
    const indent = join.length ? lines[join[0]].indent : own ? l.split.labelStart : -1;
    const rowCells = (byLine.get(i) ?? []).sort((a, b) => a.cell.start - b.cell.start);
    rows.push({
      label,
      indent,
      heading: false,
      total: false,
      lines: labelLines.map((k) => lines[k].n),
      cells: rowCells,
      valueLine: l.n,
      section: '',
      afterRule,
    });
    afterRule = false;
  }
  flushPending(lines, rows, pending);
  return rows;
}

/** The pending label lines directly above data line i that its label continues (the row's wrapped label). */
function wrappedLabelAbove(lines: LineInfo[], pending: number[], i: number, own: string): number[] {
  const join: number[] = [];
  if (pending.length && pending[pending.length - 1] === i - 1) {
    let firstText = own;
    for (let k = pending.length - 1; k >= 0; k--) {
      const p = pending[k];
      if (k < pending.length - 1 && pending[k + 1] !== p + 1) break;
      if (!firstText || continuesLabel(labelOfLine(lines, p), firstText)) {
        join.unshift(p);
        firstText = labelOfLine(lines, p);
      } else break;
    }
  }
  return join;
}

/** Pending label lines: a continuation of the last row's label printed under its numbers, else heading rows. */
function flushPending(lines: LineInfo[], rows: BuiltRow[], pendingLines: number[]): void {
  let pending = pendingLines;
  const labelOf = (i: number) => labelOfLine(lines, i);
  // Label text printed under its numbers ("End of life program inventory  $ 1,044" / "reserve charge (Note 3)").
  const lastRow = rows[rows.length - 1];
  if (pending.length && lastRow && !lastRow.heading && lastRow.cells.length) {
    const lastLine = lastRow.valueLine; // 1-based = index of the next line
    if (pending[0] === lastLine && /^[a-z(]/.test(labelOf(pending[0])) && lastRow.label && !lastRow.label.endsWith(':')) {
      let k = 0;
      while (k < pending.length && (k === 0 || pending[k] === pending[k - 1] + 1)) k++;
      const extra = pending.slice(0, k);
      lastRow.label = joinLabel([lastRow.label, ...extra.map(labelOf)]);
      lastRow.lines.push(...extra.map((e) => lines[e].n));
      pending = pending.slice(k);
    }
  }
  // Pending label lines that did not join a data row are headings (or value-less rows), grouped by wrapping.
  let group: number[] = [];
  const emit = () => {
    if (!group.length) return;
    const label = joinLabel(group.map(labelOf));
    rows.push({
      label,
      indent: lines[group[0]].indent,
      heading: true,
      total: false,
      lines: group.map((g) => lines[g].n),
      valueLine: 0,
      cells: [],
      section: '',
      afterRule: false,
    });
    group = [];
  };
  for (const i of pending) {
    if (group.length && !(i === group[group.length - 1] + 1 && continuesLabel(labelOf(group[group.length - 1]), labelOf(i)))) emit();
    group.push(i);
  }
  emit();
}

function markTotals(rows: BuiltRow[]): void {
  for (const r of rows) {
    if (r.heading) continue;
    r.total = /^(?:total|subtotal|sub-total|net\b)/i.test(r.label) || r.afterRule || !r.label;
  }
}

/** A heading whose following rows are not indented deeper and which has no colon is a value-less row. */
function settleHeadings(rows: BuiltRow[]): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k];
    if (!r.heading) continue;
    const next = rows[k + 1];
    if (!next) continue;
    // "Commitments and contingencies" is a balance-sheet line that prints no amount, not a heading.
    if (/^commitments\b/i.test(r.label)) {
      r.heading = false;
      continue;
    }
    if (!r.label.endsWith(':') && next.heading === false && next.indent >= 0 && next.indent <= r.indent && !isHeadingText(r.label)) {
      r.heading = false;
    }
  }
}

/** A blank line between 1-based lines a (exclusive) and b (exclusive). */
function blankSince(lines: LineInfo[], a: number, b: number): boolean {
  for (let j = a; j < b - 1; j++) if (lines[j].kind === 'blank') return true;
  return false;
}

/** Headings that print at the same indent as their rows: all-caps or title-case words without digits. */
function isHeadingText(label: string): boolean {
  // A year alone at the margin heads the next block of a grid ("2002" over the rows of the year before).
  if (/^(?:19|20)\d\d$/.test(label)) return true;
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
export function assignSections(rows: BuiltRow[], lines: LineInfo[], to: number): void {
  const dataRows = rows.filter((r) => !r.heading);
  let spaced = 0;
  for (const r of dataRows) {
    const idx = r.valueLine; // 1-based
    let j = idx; // next line index 0-based = idx
    while (j <= to && lines[j] && lines[j].kind === 'rule') j++;
    if (j <= to && lines[j] && lines[j].kind === 'blank') spaced++;
  }
  const doubleSpaced = dataRows.length > 2 && spaced / dataRows.length >= 0.6;
  interface Open {
    label: string;
    outer: boolean;
    firstIndent: number;
    rows: number;
    /** Rows of the block are separated by blank lines. */
    spaced?: boolean;
    headingGap?: boolean;
    headingLine: number;
    /** Label of the block's first row. */
    firstLabel?: string;
  }
  const stack: Open[] = [];
  // The block its total just closed, while no other row has been read.
  let closed: Open | null = null;
  let prevHeading = false;
  let lastDataLine = -1;
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/[^a-z ]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  // The row that closes a block: "Total ...", "Subtotal", or an unlabelled sum.
  const closing = (r: BuiltRow) => !r.label || /^(?:total|subtotal|sub-total)\b/i.test(r.label);
  for (const r of rows) {
    if (r.heading) {
      closed = null;
      if (prevHeading && stack.length) stack[stack.length - 1].outer = true;
      else if (stack.length && !stack[stack.length - 1].outer) stack.pop();
      stack.push({ label: r.label, outer: false, firstIndent: -1, rows: 0, headingLine: r.lines[r.lines.length - 1] });
      prevHeading = true;
      continue;
    }
    // A line printing no amount ("Preferred stock ... none", "Commitments") sits in the current block.
    if (!r.cells.length) {
      closed = null;
      r.section = stack.length ? stack[stack.length - 1].label : '';
      continue;
    }
    prevHeading = false;
    const firstLine = r.lines[0];
    const closes = closing(r);
    if (closed && parallelRow(closed.firstLabel, r.label)) stack.push({ ...closed, rows: 0 });
    closed = null;
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
    if (top.rows === 0) top.firstLabel = r.label;
    top.rows++;
    if (closes && top.rows > 1) closed = stack.pop()!;
  }
}

/**
 * The block a total closed runs on when the next row repeats its first row with one word changed: PNC's "Per
 * Common Share" heading over "Basic earnings (loss) from continuing operations ... Total basic earnings", then
 * "Diluted earnings (loss) from continuing operations ... Total diluted earnings" under no heading of its own.
 */
function parallelRow(first: string | undefined, label: string): boolean {
  if (!first) return false;
  const words = (x: string) => x.toLowerCase().split(/\s+/).filter(Boolean);
  const [a, b] = [words(first), words(label)];
  if (a.length < 3 || a.length !== b.length) return false;
  const differ = a.filter((w, k) => w !== b[k]);
  return differ.length === 1 && /^[a-z]+$/.test(differ[0]) && a[0] !== b[0];
}
