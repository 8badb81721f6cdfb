// Coverage of a release: the numeric table cells the reader found, how many a fact carries, and the
// rest grouped by the reason the mapper left them untagged. A library function: `npm run corpus` prints it.
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { UntaggedItem } from './types.js';

export interface Coverage {
  file: string;
  /** Every cell the reader found (ReleaseDocument.items), numbers and text ("N/M") alike. */
  items: number;
  /** Numeric table cells (line items with a number; "N/M" cells are text, not counted). */
  cells: number;
  /** Cells at least one fact was made from. */
  tagged: number;
  /**
   * Tagged cells that are the same fact printed again (the same concept, period, unit and value as a cell
   * printed earlier: a statement's total repeated in a summary table): they add a source to that fact, not a fact.
   */
  duplicates: number;
  /** Facts made from cells: tagged - duplicates + bothEnds. */
  facts: number;
  /**
   * Second facts of one cell: a single value printed in a Low - High column is tagged as both ends of the range
   * (map/index.ts place()), so the cell makes two facts.
   */
  bothEnds: number;
  /** Facts made from the release text rather than from a cell (cover: registrant, dates, ticker). */
  coverFacts: number;
  /** Facts printed only in the prose ("$37.6 million for the third quarter"), not in a table. */
  proseFacts: number;
  /** Untagged cells by rule id (map.no-period, map.unit, map.period-type, ...). */
  untaggable: Record<string, number>;
  /** Each untagged cell with its position and reason. */
  untagged: { itemIndex: number; line: number; raw: string; ruleId: string; reason: string }[];
}

/**
 * Where every printed number went, so no cell goes unexplained ("264 numeric cells -> 237 facts" once left 27
 * cells, the same facts printed twice, unaccounted for): cells = tagged + untagged; tagged = facts' first printings (facts less
 * range ends) + duplicates.
 */
export function coverageOf(doc: ReleaseDocument, mapped: { factSet: FactSet; untagged: UntaggedItem[] }): Coverage {
  const tagged = new Set<number>();
  /** Cells some fact was first printed at. */
  const origins = new Set<number>();
  let cellFacts = 0;
  let coverFacts = 0;
  let proseFacts = 0;
  for (const f of mapped.factSet.facts) {
    const shown = f.presentations ?? (f.presentation ? [f.presentation] : []);
    const printed = shown.filter((p) => p.itemIndex !== undefined);
    if (!printed.length) {
      // Printed in a sentence only ("$37.6 million"), or taken from the release text (registrant, dates).
      if (shown.length) proseFacts++;
      else coverFacts++;
      continue;
    }
    cellFacts++;
    origins.add(printed[0].itemIndex!);
    for (const p of printed) tagged.add(p.itemIndex!);
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
  const taggedCells = numeric.filter(({ i }) => tagged.has(i)).length;
  const duplicates = numeric.filter(({ i }) => tagged.has(i) && !origins.has(i)).length;
  return {
    file: doc.file,
    items: doc.items.length,
    cells: numeric.length,
    tagged: taggedCells,
    duplicates,
    facts: cellFacts,
    bothEnds: cellFacts - (taggedCells - duplicates),
    coverFacts,
    proseFacts,
    untaggable,
    untagged,
  };
}

/**
 * One line that accounts for every printed number, for the convert summary and the report. Seed 003:
 * "264 numeric cells -> 237 facts: 264 tagged as 232 facts (45 cells the same fact printed again, merged; 13 single
 * values of a Low - High column tagged as both ends), 0 untagged; 5 cover facts".
 */
export function formatCoverageLine(c: Omit<Coverage, 'file' | 'untagged'>): string {
  const untagged = c.cells - c.tagged;
  const why = Object.entries(c.untaggable)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const text = c.items - c.cells;
  const how = [
    c.duplicates ? `${c.duplicates} cells the same fact printed again, merged` : '',
    c.bothEnds ? `${c.bothEnds} single values of a Low - High column tagged as both ends` : '',
  ].filter((x) => x);
  return (
    `${c.cells} numeric cells -> ${c.facts + c.coverFacts + c.proseFacts} facts: ${c.tagged} tagged as ${c.facts} facts${how.length ? ` (${how.join('; ')})` : ''}, ` +
    `${untagged} untagged${why ? ` (${why})` : ''}` +
    (text ? `; ${text} text cells (N/M), not numbers` : '') +
    (c.proseFacts ? `; ${c.proseFacts} facts printed only in the prose` : '') +
    `; ${c.coverFacts} cover facts`
  );
}

/** Totals over several releases. */
export function coverageTotals(list: Coverage[]): Omit<Coverage, 'file' | 'untagged'> {
  const untaggable: Record<string, number> = {};
  for (const c of list) for (const [k, n] of Object.entries(c.untaggable)) untaggable[k] = (untaggable[k] ?? 0) + n;
  const sum = (k: 'items' | 'cells' | 'tagged' | 'duplicates' | 'facts' | 'bothEnds' | 'coverFacts' | 'proseFacts') => list.reduce((s, c) => s + c[k], 0);
  return {
    items: sum('items'),
    cells: sum('cells'),
    tagged: sum('tagged'),
    duplicates: sum('duplicates'),
    facts: sum('facts'),
    bothEnds: sum('bothEnds'),
    coverFacts: sum('coverFacts'),
    proseFacts: sum('proseFacts'),
    untaggable,
  };
}

/** One line per release and a total line, as `npm run corpus` prints them. */
export function formatCoverage(list: Coverage[]): string {
  const width = Math.max(10, ...list.map((c) => c.file.length));
  const line = (name: string, c: Omit<Coverage, 'file' | 'untagged'>): string => {
    const pct = c.cells ? ((c.tagged / c.cells) * 100).toFixed(2) : '100.00';
    const why = Object.entries(c.untaggable)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    return `${name.padEnd(width)}  ${String(c.cells).padStart(6)}  ${String(c.tagged).padStart(6)}  ${pct.padStart(6)}%${why ? `  (${why})` : ''}`;
  };
  return [`${'release'.padEnd(width)}   cells  tagged  coverage`, ...list.map((c) => line(c.file, c)), line('total', coverageTotals(list))].join('\n') + '\n';
}
