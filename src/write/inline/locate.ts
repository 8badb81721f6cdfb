// Where each fact is printed. A fact names the line items it was made from (presentation(s).itemIndex, and
// every printing through `sources`, matched to line items by position); a non-numeric (cover) fact is found at its
// source positions, or where the reader saw the same cover value.
import type { LineItem, ReleaseDocument } from '../../model/document.js';
import type { Fact } from '../../model/fact.js';
import type { SourcePos } from '../../model/source.js';

const posKey = (line: number, column: number) => `${line}:${column}`;

/** item index -> the numeric facts printed there, in the given fact order. */
export function factsByItem(doc: ReleaseDocument, facts: Fact[]): Map<number, Fact[]> {
  const byPos = new Map<string, number>();
  doc.items.forEach((it: LineItem, i) => {
    const k = posKey(it.pos.line, it.pos.column);
    if (!byPos.has(k)) byPos.set(k, i);
  });
  // A single-item cell's position names its item too (a mapper may cite the cell).
  for (const t of doc.tables) {
    for (const r of t.rows) {
      for (const c of r.cells) {
        if (c.items.length !== 1) continue;
        const k = posKey(c.pos.line, c.pos.column);
        if (!byPos.has(k)) byPos.set(k, c.items[0]);
      }
    }
  }
  const out = new Map<number, Fact[]>();
  for (const f of facts) {
    if (!f.numeric) continue;
    const indices = new Set<number>();
    if (f.presentation?.itemIndex !== undefined) indices.add(f.presentation.itemIndex);
    for (const p of f.presentations ?? []) if (p.itemIndex !== undefined) indices.add(p.itemIndex);
    for (const s of f.sources ?? []) {
      const i = byPos.get(posKey(s.line, s.column));
      if (i !== undefined) indices.add(i);
    }
    for (const i of [...indices].sort((a, b) => a - b)) {
      if (i < 0 || i >= doc.items.length) continue;
      const list = out.get(i);
      if (list) list.push(f);
      else out.set(i, [f]);
    }
  }
  return out;
}

/** Candidate positions of a non-numeric fact: its sources, then cover entries holding the same value. */
export function textFactPositions(doc: ReleaseDocument, f: Fact): SourcePos[] {
  const out: SourcePos[] = [...(f.sources ?? [])];
  for (const entry of Object.values(doc.cover)) {
    if (entry && entry.pos && entry.value === f.value) out.push(entry.pos);
  }
  const seen = new Set<string>();
  return out.filter((p) => {
    const k = posKey(p.line, p.column);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A printed "Month D, YYYY" at the start of `text` equal to the ISO date `iso`, in a spelling the TR4
 * transform ixt:date-monthname-day-year-en accepts (full or 3-letter month, Title or UPPER case); returns the
 * printed length, or 0.
 */
export function printedDateLength(text: string, iso: string): number {
  const m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  if (!m) return 0;
  const name = m[1];
  const month = MONTHS.findIndex((full) => {
    const forms = [full, full.toUpperCase(), full.slice(0, 3), full.slice(0, 3).toUpperCase()];
    return forms.includes(name);
  });
  if (month < 0) return 0;
  const date = `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  return date === iso ? m[0].length : 0;
}
