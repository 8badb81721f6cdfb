// Finding table regions: a table is a block of column-header lines followed by lines carrying value cells. It ends
// at a prose paragraph, at </TABLE>, or where the next header block begins. A region without a header that lines
// up with the table before it is a continuation of that table (a page break inside a table).
import { chunks, HEADER_MIN_START, type LineInfo } from './lines.js';

export interface Region {
  /** Index (0-based) of the first header-ish line, or of the first data line when the region has no header. */
  start: number;
  /** Index of the first data line. */
  firstData: number;
  /** Index of the last data line. */
  last: number;
  /** Indices of the header-ish lines (period words, column names) that opened the region. */
  headerIdx: number[];
  /** False for a run of value lines with no header before it (merged into the table before when aligned). */
  hasHeader: boolean;
}

const CONNECT_END_RE = /(?:\b(?:and|or|of|to|for|in|the|from|with|by|on|at|a|an)|[&,;\-\u2013/])\s*$/i;

/** True when `next` continues the label begun on `prev` (one wrapped label, not two rows). */
export function continuesLabel(prev: string, next: string): boolean {
  const p = prev.trim();
  const n = next.trim();
  if (!p || !n) return false;
  if (p.endsWith(':')) return false;
  if (/^[a-z]/.test(n)) return true;
  if (/^\([a-z]/.test(n)) return true;
  if (n.startsWith('(') && !/^\((?:loss|gain|income|increase|decrease|benefit|credit)\b/i.test(n)) return true;
  const open = (p.match(/\(/g) ?? []).length;
  const close = (p.match(/\)/g) ?? []).length;
  if (open > close) return true;
  return CONNECT_END_RE.test(p);
}

function words(text: string): number {
  let n = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True when the text lines starting at i form a prose paragraph (not a wrapped label, heading or furniture). */
function proseRunEnd(lines: LineInfo[], i: number): { end: number; prose: boolean } {
  let j = i;
  let maxWords = 0;
  let count = 0;
  while (j < lines.length && lines[j].kind === 'text' && !lines[j].headerish && !(j > i && isColumnNameLine(lines, j))) {
    if (!lines[j].furniture) {
      maxWords = Math.max(maxWords, words(lines[j].text));
      count++;
    }
    j++;
  }
  const next = lines[j];
  const lastText = lines[j - 1].text.trim();
  const followedByData = next && next.kind === 'data';
  const prose = !followedByData && !lastText.endsWith(':') && (maxWords >= 10 || count >= 3);
  return { end: j, prose };
}

/**
 * Column names without period words ("Widgets    Gadgets    Total") right above values: two or more chunks, none
 * at the margin, the next content line a data line. It starts a table as a period header does.
 */
function isColumnNameLine(lines: LineInfo[], i: number): boolean {
  const l = lines[i];
  if (l.kind !== 'text' || l.furniture) return false;
  let cs = chunks(l.text).filter((c) => !/^[-=_]+$/.test(c.text));
  // A title at the margin may share the line ("STOCKHOLDERS' EQUITY     Shares     Amount") after a blank line.
  if (l.indent < HEADER_MIN_START) {
    if (i === 0 || lines[i - 1].kind !== 'blank' || cs.length < 3) return false;
    cs = cs.slice(1);
    if (cs[0].start < HEADER_MIN_START + 10) return false;
  }
  if (cs.length < 2 || cs.some((c) => c.text.split(' ').length > 4)) return false;
  let j = i + 1;
  while (j < lines.length && (lines[j].kind === 'blank' || lines[j].kind === 'rule' || lines[j].kind === 'markup')) j++;
  return j < lines.length && lines[j].kind === 'data' && j - i <= 3;
}

export function findRegions(lines: LineInfo[]): Region[] {
  const regions: Region[] = [];
  let cur: Region | null = null;
  const close = () => {
    if (cur && cur.last >= 0) regions.push(cur);
    cur = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.headerish || isColumnNameLine(lines, i)) {
      if (cur && cur.last >= 0) close();
      if (!cur) cur = { start: i, firstData: -1, last: -1, headerIdx: [], hasHeader: true };
      cur.headerIdx.push(i);
      continue;
    }
    if (l.kind === 'markup' && l.markup === 'endtable') {
      close();
      continue;
    }
    if (l.kind === 'data') {
      if (!cur) cur = { start: i, firstData: i, last: i, headerIdx: [], hasHeader: false };
      if (cur.firstData < 0) cur.firstData = i;
      cur.last = i;
      continue;
    }
    if (l.kind === 'text' && !l.furniture) {
      // The whole run of text lines is judged at once (a run is prose or it is not).
      const run = proseRunEnd(lines, i);
      if (run.prose) close();
      i = run.end - 1;
    }
  }
  close();
  return regions;
}
