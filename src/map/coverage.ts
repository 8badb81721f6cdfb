// Coverage of a release (issue #7): the numeric table cells the reader found, how many a fact carries, and the
// rest grouped by the reason the mapper left them untagged. A library function: `npm run corpus` prints it.
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { UntaggedItem } from './index.js';

export interface Coverage {
  file: string;
  /** Numeric table cells (line items with a number; "N/M" cells are text, not counted). */
  cells: number;
  /** Cells at least one fact was made from. */
  tagged: number;
  /** Untagged cells by rule id (map.no-period, map.unit, map.period-type, ...). */
  untaggable: Record<string, number>;
  /** Each untagged cell with its position and reason. */
  untagged: { itemIndex: number; line: number; raw: string; ruleId: string; reason: string }[];
}

export function coverageOf(doc: ReleaseDocument, mapped: { factSet: FactSet; untagged: UntaggedItem[] }): Coverage {
  const tagged = new Set<number>();
  for (const f of mapped.factSet.facts) {
    for (const p of f.presentations ?? (f.presentation ? [f.presentation] : [])) if (p.itemIndex !== undefined) tagged.add(p.itemIndex);
  }
  const numeric = doc.items.map((item, i) => ({ item, i })).filter(({ item }) => item.value !== null);
  const why = new Map(mapped.untagged.map((u) => [u.itemIndex, u]));
  const untaggable: Record<string, number> = {};
  const untagged: Coverage['untagged'] = [];
  for (const { item, i } of numeric) {
    if (tagged.has(i)) continue;
    const u = why.get(i) ?? { ruleId: 'map.dropped', reason: 'no fact and no recorded reason' };
    untaggable[u.ruleId] = (untaggable[u.ruleId] ?? 0) + 1;
    untagged.push({ itemIndex: i, line: item.pos.line, raw: item.raw, ruleId: u.ruleId, reason: u.reason });
  }
  return { file: doc.file, cells: numeric.length, tagged: numeric.filter(({ i }) => tagged.has(i)).length, untaggable, untagged };
}

/** Totals over several releases. */
export function coverageTotals(list: Coverage[]): Omit<Coverage, 'file' | 'untagged'> {
  const untaggable: Record<string, number> = {};
  for (const c of list) for (const [k, n] of Object.entries(c.untaggable)) untaggable[k] = (untaggable[k] ?? 0) + n;
  return { cells: list.reduce((s, c) => s + c.cells, 0), tagged: list.reduce((s, c) => s + c.tagged, 0), untaggable };
}

/** One line per release and a total line, as `npm run corpus` prints them. */
export function formatCoverage(list: Coverage[]): string {
  const width = Math.max(10, ...list.map((c) => c.file.length));
  const line = (name: string, c: Omit<Coverage, 'file' | 'untagged'>): string => {
    const pct = c.cells ? ((c.tagged / c.cells) * 100).toFixed(2) : '100.00';
    const why = Object.entries(c.untaggable).map(([k, n]) => `${k} ${n}`).join(', ');
    return `${name.padEnd(width)}  ${String(c.cells).padStart(6)}  ${String(c.tagged).padStart(6)}  ${pct.padStart(6)}%${why ? `  (${why})` : ''}`;
  };
  return [`${'release'.padEnd(width)}   cells  tagged  coverage`, ...list.map((c) => line(c.file, c)), line('total', coverageTotals(list))].join('\n') + '\n';
}
