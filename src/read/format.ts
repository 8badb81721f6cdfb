// Line items as the gold TSV (same header, columns and dialect: tab-separated, no quoting) and as JSON.
import type { LineItem } from '../model/document.js';
import { parseValue } from './cells.js';

export const TSV_HEADER = [
  'line',
  'table',
  'row',
  'section',
  'column',
  'period_type',
  'period_start',
  'period_end',
  'raw',
  'value',
  'scale',
  'unit',
  'range',
] as const;

/** The value as printed: sign applied, decimals kept ("-0.00", "47.0"); "NM" for a not-a-number cell. */
export function itemValueText(item: LineItem): string {
  if (item.value === null) return 'NM';
  return parseValue(item.raw).value ?? item.value.toFixed();
}

function clean(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

export function itemTsvRow(item: LineItem): string[] {
  const p = item.period;
  return [
    String(item.pos.line),
    item.table,
    item.row,
    item.section,
    item.column,
    p ? p.type : '',
    p && p.type === 'duration' ? p.start : '',
    p ? (p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : '') : '',
    item.raw,
    itemValueText(item),
    String(item.scale),
    item.unit,
    item.range,
  ].map(clean);
}

export function formatItemsTsv(items: LineItem[]): string {
  const out = [TSV_HEADER.join('\t')];
  for (const it of items) out.push(itemTsvRow(it).join('\t'));
  return out.join('\n') + '\n';
}

/** JSON of the items: Decimals as their printed decimal text, everything else as in the model. */
export function formatItemsJson(items: LineItem[]): string {
  return (
    JSON.stringify(
      items.map((it) => ({ ...it, value: it.value === null ? null : itemValueText(it) })),
      null,
      2,
    ) + '\n'
  );
}
