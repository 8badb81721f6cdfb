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
}
