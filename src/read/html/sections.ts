// Sections of HTML rows by the shared scoping rule (rows.ts assignSections: a heading covers its rows up to its
// total, an outer heading up to its own total, a blank line closes a single-spaced block). That rule reads blank
// lines between rows; here an empty <tr> is the blank line, so the rows are laid on virtual lines for it.
import type { LineInfo } from '../lines.js';
import { assignSections } from '../rows.js';
import type { HtmlRow } from './rows.js';

export function assignHtmlSections(rows: HtmlRow[]): void {
  const virtual: LineInfo[] = [];
  const add = (kind: LineInfo['kind']) => {
    virtual.push({ n: virtual.length + 1, text: '', kind, split: { label: '', labelStart: -1, cells: [] }, furniture: false, headerish: false, indent: 0 });
    return virtual.length;
  };
  const saved = rows.map((r) => ({ lines: r.lines, valueLine: r.valueLine }));
  for (const r of rows) {
    if (r.blankBefore) add('blank');
    const n = add(r.heading ? 'text' : 'data');
    r.lines = [n];
    r.valueLine = r.heading ? 0 : n;
  }
  assignSections(rows, virtual, virtual.length - 1);
  rows.forEach((r, k) => {
    r.lines = saved[k].lines;
    r.valueLine = saved[k].valueLine;
  });
  reconciliationBlocks(rows);
}

const GAAP_OPENER_RE = /^GAAP\b|\(GAAP\)\s*$/i;
const NON_GAAP_CLOSER_RE = /\bnon-GAAP\b|^adjusted\b/i;

/**
 * A reconciliation printing no headings is a chain of blocks "GAAP x / adjustments / Non-GAAP x" (Oshkosh's
 * "Interest expense net of interest income (GAAP)" ... "Adjusted interest expense ... (non-GAAP)"; Vertex's "GAAP
 * cost of sales", "Stock-based compensation expense", "Non-GAAP cost of sales"). The adjustments repeat from
 * block to block ("Stock-based compensation expense" three times, with different figures), so each block's rows
 * after the opener, down to its non-GAAP result, take the opener's label as their section.
 */
function reconciliationBlocks(rows: HtmlRow[]): void {
  if (rows.some((r) => r.heading || r.section)) return;
  const openers = rows.filter((r) => GAAP_OPENER_RE.test(r.label) && !NON_GAAP_CLOSER_RE.test(r.label));
  if (openers.length < 2) return;
  // A block has adjustments between its GAAP and non-GAAP rows; Vertex's highlights pair "GAAP Operating income"
  // with "Non-GAAP Operating income" right below, which is no block.
  let block: HtmlRow[] | null = null;
  for (const r of rows) {
    if (GAAP_OPENER_RE.test(r.label) && !NON_GAAP_CLOSER_RE.test(r.label)) {
      block = [r];
      continue;
    }
    if (!block) continue;
    block.push(r);
    if (!NON_GAAP_CLOSER_RE.test(r.label)) continue;
    if (block.length > 2) for (const b of block.slice(1)) b.section = block[0].label;
    block = null;
  }
}
