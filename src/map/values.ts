// Value and decimals of a fact from the printed cell: the value is the printed number times 10^exponent
// (the table's scale; percents are ratios, so "55.9%" is 0.559), and decimals is what the printing shows:
// the digits printed after the point minus the exponent ("3,901" in thousands -> -3, "$0.01" -> 2,
// "55.9%" -> 3). A dash printed for zero shows the table's precision. The value therefore never carries more
// digits than its decimals allow.
import type { LineItem } from '../model/document.js';

export function factExponent(item: Pick<LineItem, 'unit' | 'scale'>): number {
  return item.unit === 'percent' ? item.scale - 2 : item.scale;
}

export function printedDecimals(raw: string): number {
  // "(.02)" (Interest, net in millions, no leading zero) prints two decimals like "(0.02)".
  const m = /(?:^|[\d\s$(+-])\.(\d+)/.exec(raw.replace(/,/g, ''));
  return m ? m[1].length : 0;
}

export function factDecimals(raw: string, exponent: number): number {
  return printedDecimals(raw) - exponent;
}
