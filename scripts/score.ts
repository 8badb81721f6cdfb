// Scoring line items against a gold TSV (the 13-column files of ../shared/gold). Items and gold rows are paired on
// (line, printed token with spaces removed, range role), in order of appearance; each pair is then checked field
// by field. A pair is correct when value, scale, unit, period and range agree; row, column and section
// disagreements are counted by kind.
import type { LineItem } from '../src/model/document.js';
import { TSV_HEADER, itemTsvRow } from '../src/read/format.js';

export type GoldRow = Record<(typeof TSV_HEADER)[number], string>;

export function parseGoldTsv(text: string): GoldRow[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.length);
  if (!lines.length) return [];
  const head = lines[0].split('\t');
  for (const h of TSV_HEADER) if (!head.includes(h)) throw new Error(`gold TSV lacks column "${h}"`);
  return lines.slice(1).map((l) => {
    const f = l.split('\t');
    const row = {} as GoldRow;
    head.forEach((h, i) => ((row as Record<string, string>)[h] = f[i] ?? ''));
    return row;
  });
}

export function itemsAsRows(items: LineItem[]): GoldRow[] {
  return items.map((it) => {
    const f = itemTsvRow(it);
    const row = {} as GoldRow;
    TSV_HEADER.forEach((h, i) => ((row as Record<string, string>)[h] = f[i]));
    return row;
  });
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

export type MismatchKind = 'value' | 'scale' | 'unit' | 'period' | 'range' | 'row' | 'column' | 'section';

export interface Mismatch {
  kind: MismatchKind;
  line: string;
  raw: string;
  gold: string;
  got: string;
}

export interface Score {
  gold: number;
  items: number;
  /** Pairs found on (line, token, range). */
  paired: number;
  /** Pairs with value, scale, unit, period and range equal. */
  correct: number;
  recall: number;
  precision: number;
  mismatches: Mismatch[];
  byKind: Record<MismatchKind, number>;
  missing: GoldRow[];
  extra: GoldRow[];
}

const CORE: MismatchKind[] = ['value', 'scale', 'unit', 'period', 'range'];

export function scoreRows(got: GoldRow[], gold: GoldRow[]): Score {
  const key = (r: GoldRow) => `${r.line}\u0000${r.raw.replace(/\s+/g, '')}\u0000${r.range === 'change' ? '' : r.range}`;
  const pool = new Map<string, GoldRow[]>();
  for (const g of got) {
    const k = key(g);
    const list = pool.get(k) ?? [];
    list.push(g);
    pool.set(k, list);
  }
  const byKind: Record<MismatchKind, number> = { value: 0, scale: 0, unit: 0, period: 0, range: 0, row: 0, column: 0, section: 0 };
  const mismatches: Mismatch[] = [];
  const missing: GoldRow[] = [];
  const used = new Set<GoldRow>();
  let paired = 0;
  let correct = 0;
  for (const g of gold) {
    const list = pool.get(key(g));
    // Among candidates prefer the one agreeing on unit and column (two cells under one date column).
    const cand = list?.filter((x) => !used.has(x)) ?? [];
    const m = cand.find((x) => x.unit === g.unit && fold(x.column) === fold(g.column)) ?? cand.find((x) => x.unit === g.unit) ?? cand[0];
    if (!m) {
      missing.push(g);
      continue;
    }
    used.add(m);
    paired++;
    const diffs: MismatchKind[] = [];
    if (m.value !== g.value) diffs.push('value');
    if (m.scale !== g.scale) diffs.push('scale');
    if (m.unit !== g.unit) diffs.push('unit');
    if (m.period_type !== g.period_type || m.period_start !== g.period_start || m.period_end !== g.period_end) diffs.push('period');
    if (m.range !== g.range) diffs.push('range');
    if (fold(m.row) !== fold(g.row)) diffs.push('row');
    if (fold(m.column) !== fold(g.column)) diffs.push('column');
    if (fold(m.section) !== fold(g.section)) diffs.push('section');
    for (const d of diffs) {
      byKind[d]++;
      const field = d === 'period' ? (r: GoldRow) => `${r.period_type} ${r.period_start}..${r.period_end}` : (r: GoldRow) => (r as Record<string, string>)[d];
      mismatches.push({ kind: d, line: g.line, raw: g.raw, gold: field(g), got: field(m) });
    }
    if (!diffs.some((d) => CORE.includes(d))) correct++;
  }
  const extra = got.filter((x) => !used.has(x));
  return {
    gold: gold.length,
    items: got.length,
    paired,
    correct,
    recall: gold.length ? correct / gold.length : 1,
    precision: got.length ? correct / got.length : gold.length ? 0 : 1,
    mismatches,
    byKind,
    missing,
    extra,
  };
}

export function scoreItems(items: LineItem[], gold: GoldRow[]): Score {
  return scoreRows(itemsAsRows(items), gold);
}
