// Test helper: a gold TSV (one row per numeric table cell, the reader's LineItem fields) -> ReleaseDocument with
// items and minimal tables/rows, so the mapper can be tested independently of the reader.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Decimal } from '../../src/model/decimal.js';
import type { LineItem, ReleaseDocument, Table, TableRow } from '../../src/model/document.js';
import type { Period } from '../../src/model/period.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(HERE, '..', 'fixtures', 'map');
export const REPO = join(HERE, '..', '..');

export interface GoldRow {
  line: number;
  table: string;
  row: string;
  section: string;
  column: string;
  period: Period;
  raw: string;
  value: string;
  scale: number;
  unit: string;
  range: LineItem['range'];
}

export function readGold(path: string): GoldRow[] {
  const [header, ...lines] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l !== '');
  const cols = header.split('\t');
  return lines.map((l) => {
    const f = Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v]));
    const period: Period =
      f.period_type === 'instant' ? { type: 'instant', date: f.period_end } : { type: 'duration', start: f.period_start, end: f.period_end };
    return {
      line: Number(f.line),
      table: f.table,
      row: f.row,
      section: f.section ?? '',
      column: f.column,
      period,
      raw: f.raw,
      value: f.value,
      scale: Number(f.scale),
      unit: f.unit,
      range: (f.range ?? '') as LineItem['range'],
    };
  });
}

/** Builds the ReleaseDocument the reader would produce for these gold cells of `file` (source `lines`). */
export function goldDocument(file: string, sourceLines: string[], gold: GoldRow[]): ReleaseDocument {
  const tables: Table[] = [];
  const items: LineItem[] = [];
  const tableIndex = new Map<string, number>();
  const searchFrom = new Map<number, number>();
  for (const g of gold) {
    if (!tableIndex.has(g.table)) {
      tableIndex.set(g.table, tables.length);
      tables.push({ index: tables.length, title: g.table, scaleNote: '', scale: 3, startLine: g.line, endLine: g.line, columns: [], rows: [] });
    }
    const t = tables[tableIndex.get(g.table)!];
    t.endLine = Math.max(t.endLine, g.line);
    let column = t.columns.find((c) => c.label === g.column);
    if (!column) {
      column = { index: t.columns.length, header: g.column.split(' | '), label: g.column, period: g.period, kind: '', start: 0, end: 0 };
      t.columns.push(column);
    }
    if (g.range === 'low' || g.range === 'high') column.kind = 'range';
    let row: TableRow | undefined = t.rows.find((r) => r.lines.includes(g.line));
    if (!row) {
      row = { index: t.rows.length, label: g.row, section: g.section, depth: 0, heading: false, total: /^total\b/i.test(g.row), lines: [g.line], cells: [] };
      t.rows.push(row);
    }
    // Column of the token: the next occurrence of raw on its line after the previous cell of that line.
    const text = sourceLines[g.line - 1] ?? '';
    const from = searchFrom.get(g.line) ?? 0;
    const at = text.indexOf(g.raw, from);
    searchFrom.set(g.line, at >= 0 ? at + g.raw.length : from);
    const pos = { file, line: g.line, column: at >= 0 ? at + 1 : 1 };
    const itemIndex = items.length;
    items.push({
      table: g.table,
      tableIndex: t.index,
      row: g.row,
      rowIndex: row.index,
      section: g.section,
      column: g.column,
      columnIndex: column.index,
      period: g.period,
      raw: g.raw,
      value: /^-?\d+(\.\d+)?$/.test(g.value) ? new Decimal(g.value) : null,
      scale: g.scale,
      unit: g.unit,
      range: g.range,
      pos,
    });
    const cell = row.cells.find((c) => c.columnIndex === column!.index);
    if (cell) cell.items.push(itemIndex);
    else row.cells.push({ columnIndex: column.index, text: g.raw, items: [itemIndex], pos });
  }
  return { file, lines: sourceLines, blocks: [], tables, items, cover: {}, messages: [] };
}

export function seedDocument(name: string): { doc: ReleaseDocument; gold: GoldRow[] } {
  const file = `examples/${name}.txt`;
  const lines = readFileSync(join(REPO, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const gold = readGold(join(FIXTURES, 'gold', `${name}.tsv`));
  return { doc: goldDocument(file, lines, gold), gold };
}

export function devDocument(name: string): { doc: ReleaseDocument; gold: GoldRow[] } {
  const file = `${name}.txt`;
  const lines = readFileSync(join(FIXTURES, 'dev', file), 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const gold = readGold(join(FIXTURES, 'dev', `${name}.tsv`));
  return { doc: goldDocument(file, lines, gold), gold };
}

export const SEEDS = ['001_3128817988bae0a4', '002_be9e5d8526e9d0a6', '003_dae102acde5e4e8b'];
export const DEV = ['astafunding_2005-08-10_8k_ex99-1', 'horizonfinancial_2006-04-28_8k_8k_body', 'pericom_2005-08-09_8k_ex99-1'];
