// Two tables printed side by side on the same lines (a 1990s bank's "FINANCIAL SUMMARY": "BALANCE SHEET" on the
// left, "INCOME STATEMENT" on the right, "Total assets  $612,907  $574,118    Interest income  $12,230  $11,684").
// The gap before the right-hand labels is a column of its own: the lines are cut there and each half is read as
// a table of its own, with its own title, header and rows. The halves keep the document's line numbers and
// columns (the right half is blanked to its left, not moved), so every position still points into the source.
import { chunks, type LineInfo } from './lines.js';

export interface SideBlock {
  /** 0-based indices of the block's first and last lines. */
  first: number;
  last: number;
  /** Column where the right-hand table's labels start. */
  cut: number;
}

const NUMBER_CHUNK_RE = /^\(?\$?\s*\(?[\d.,]+\)?%?\)?$/;

/** Where a data line's label run holds numbers followed by a second label: that label's column, or -1. */
function innerLabelStart(l: LineInfo): number {
  if (l.kind !== 'data' || !l.split.label) return -1;
  const cs = chunks(l.text.slice(0, l.split.cells[0]?.start ?? l.text.length));
  if (!cs.length || !/^[A-Za-z]/.test(cs[0].text)) return -1;
  let numbers = 0;
  for (let k = 1; k < cs.length; k++) {
    if (NUMBER_CHUNK_RE.test(cs[k].text)) numbers++;
    else return numbers && /^[A-Za-z]/.test(cs[k].text) ? cs[k].start : -1;
  }
  return -1;
}

/** True when no printed chunk of the line runs across the cut. */
function clearAt(text: string, cut: number): boolean {
  return chunks(text).every((c) => c.end <= cut - 1 || c.start >= cut);
}

/** Blocks of at least two consecutive lines printing a second table's labels at one column. */
export function findSideBySide(lines: LineInfo[]): SideBlock[] {
  const blocks: SideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const cut = innerLabelStart(lines[i]);
    if (cut < 0) continue;
    let j = i;
    while (j + 1 < lines.length && innerLabelStart(lines[j + 1]) === cut) j++;
    if (j === i) continue;
    // Up through the titles and column headers, down through the rows only one side prints, to a blank line.
    let first = i;
    while (first > 0 && lines[first - 1].kind !== 'blank' && lines[first - 1].kind !== 'markup' && clearAt(lines[first - 1].text, cut)) first--;
    let last = j;
    while (last + 1 < lines.length && lines[last + 1].kind !== 'blank' && lines[last + 1].kind !== 'markup' && clearAt(lines[last + 1].text, cut)) last++;
    blocks.push({ first, last, cut });
    i = last;
  }
  return blocks;
}

/** The source with each block cut to its left half, and a source holding only the blocks' right halves. */
export function splitSides(src: string[], blocks: SideBlock[]): { left: string[]; right: string[] } {
  const left = [...src];
  const right = src.map(() => '');
  for (const b of blocks) {
    for (let i = b.first; i <= b.last; i++) {
      left[i] = src[i].slice(0, b.cut).trimEnd();
      right[i] = src[i].length > b.cut ? ' '.repeat(b.cut) + src[i].slice(b.cut) : '';
    }
  }
  return { left, right };
}
