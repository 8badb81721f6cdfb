// Scoring the prose reader against the narrative gold (gold/seeds/*.narrative.tsv): a gold row is found when
// an item on the same line has the same fully scaled value and the same unit.
import { readFileSync } from 'node:fs';
import { Decimal } from '../../src/model/decimal.js';
import type { ProseItem } from '../../src/model/document.js';

export interface GoldRow {
  line: number;
  raw: string;
  value: string;
  unit: string;
  meaning: string;
}

export function readNarrativeGold(path: string): GoldRow[] {
  const [, ...rows] = readFileSync(path, 'utf8').trimEnd().split('\n');
  return rows.map((r) => {
    const [line, , raw, value, unit, meaning] = r.split('\t');
    return { line: Number(line), raw, value, unit, meaning };
  });
}

export function scaledValue(i: ProseItem): Decimal {
  return i.value.times(new Decimal(10).pow(i.scale));
}

export function itemKey(i: ProseItem): string {
  return `${i.pos.line}|${scaledValue(i).toFixed()}|${i.unit}`;
}

export function goldKey(g: GoldRow): string {
  return `${g.line}|${new Decimal(g.value).toFixed()}|${g.unit}`;
}

export interface Score {
  gold: number;
  read: number;
  found: number;
  missed: GoldRow[];
  extra: ProseItem[];
}

export function score(gold: GoldRow[], items: ProseItem[]): Score {
  const pool = new Map<string, number>();
  for (const g of gold) pool.set(goldKey(g), (pool.get(goldKey(g)) ?? 0) + 1);
  const extra: ProseItem[] = [];
  let found = 0;
  for (const i of items) {
    const k = itemKey(i);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      pool.set(k, n - 1);
      found++;
    } else extra.push(i);
  }
  const left = new Map(pool);
  const missed = gold.filter((g) => {
    const n = left.get(goldKey(g)) ?? 0;
    if (n > 0) left.set(goldKey(g), n - 1);
    return n > 0;
  });
  return { gold: gold.length, read: items.length, found, missed, extra };
}
