// Column headers: which columns a header chunk names (one, or several under a spanning header), and the
// table title left of or above the header lines.
import type { LineInfo } from './lines.js';

/** The part of a column a header chunk is compared with: its values' character span. */
interface Span {
  start: number;
  end: number;
}

export const RULE_CHUNK_RE = /^[-=_]+$/;
export const PAREN_ONLY_RE = /^\(.*\)$/;
/** "For the fiscal years ended June 30," above a table names its periods, not the table. */
export const PERIOD_LINE_RE =
  /^(?:\(?(?:for )?the |as of |at )?(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?|periods?)\s+end(?:ed|ing)\b/i;
/** "As of May 1, 2004" under a title names the table's date, not the table. */
export const AS_OF_LINE_RE = /^\(?(?:as of|at)\s+[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}\)?$/i;
export const COMPANY_RE = /\b(?:inc\.?|incorporated|corp\.?|corporation|company|co\.|ltd\.?|llc|plc|l\.p\.|bancorp|and subsidiaries|& subsidiaries)\s*$/i;

/**
 * Columns a header chunk spans: those whose values it covers substantially (at least 3 characters or half
 * the column), after widening it to a grouping rule printed right under it.
 */
export function spannedCols(cols: Span[], s: number, e: number, widened: boolean): number[] {
  const hit: number[] = [];
  const full: number[] = [];
  for (let i = 0; i < cols.length; i++) {
    const width = cols[i].end - cols[i].start;
    const o = overlap(cols[i], s, e);
    if (o >= Math.min(2, Math.ceil(width / 2))) hit.push(i);
    if (o >= 0.9 * width) full.push(i);
  }
  // Centred over one column and grazing its neighbour ("December 31," over an amount and its % cell). Not a chunk
  // centred between two columns ("Three Months Ended" over "2007   2006", reaching into the second's digits).
  const mid = (s + e) / 2;
  const centred = full.length === 1 && mid >= cols[full[0]].start - 1 && mid <= cols[full[0]].end + 1;
  if (!widened && full.length === 1 && hit.length > 1 && centred) {
    const others = hit.filter((i) => i !== full[0]);
    if (others.every((i) => overlap(cols[i], s, e) < 0.6 * (cols[i].end - cols[i].start))) return full;
  }
  return hit;
}

/** The one column a narrow chunk names: the one it overlaps most, else the slot (up to the column's end) its centre is in. */
export function singleCol(cols: Span[], s: number, e: number): number[] {
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

// A thrift's "Fiscal 2003 Fiscal 2002" (one space apart over two columns): a chunk made only of year names.
const YEAR_PIECE_RE = /(?:\b(?:fiscal|fy)\s*'?)?(?:19|20)\d\d\b/gi;
const YEARS_ONLY_RE = /^(?:(?:fiscal|fy)\s*'?)?(?:19|20)\d\d(?:\s+(?:(?:fiscal|fy)\s*'?)?(?:19|20)\d\d)+$/i;

/** Splits "September 30, September 30, September 30," or "Fiscal 2003 Fiscal 2002" (one space apart) into one chunk per date. */
export function splitDateChunks(list: { text: string; start: number; end: number }[]): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  for (const ch of list) {
    const re = YEARS_ONLY_RE.test(ch.text) ? YEAR_PIECE_RE : MONTH_START_RE;
    const starts = [...ch.text.matchAll(re)].map((m) => m.index!);
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

export function overlap(c: { start: number; end: number }, s: number, e: number): number {
  return Math.max(0, Math.min(c.end, e) - Math.max(c.start, s));
}

export function ruleExtent(lines: LineInfo[], i: number, s: number, e: number, valueLeft: number): { start: number; end: number } {
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

export function cleanTitle(parts: string[]): string {
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
  return t
    .replace(/\s*[-(]\s*continued\s*\)?\s*$/i, '')
    .replace(/\s+-\s*$/, '')
    .trim();
}
