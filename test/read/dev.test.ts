// The reader against the dev gold of three corpus releases, and over the whole plaintext corpus (fixtures copied
// from ../shared/gold/dev and ../shared/corpus/plaintext; public SEC filings).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

const DIR = 'test/fixtures/read';
const DEV = ['astafunding_2005-08-10_8k_ex99-1', 'pericom_2005-08-09_8k_ex99-1', 'horizonfinancial_2006-04-28_8k_8k_body'];

describe('dev gold', () => {
  for (const name of DEV) {
    it(`${name}: recall and precision at least 99.5 %`, () => {
      const doc = readRelease(readFileSync(`${DIR}/corpus/${name}.txt`, 'latin1'), `${name}.txt`);
      const gold = parseGoldTsv(readFileSync(`${DIR}/gold/dev/${name}.tsv`, 'utf8'));
      const s = scoreItems(doc.items, gold);
      expect(s.recall).toBeGreaterThanOrEqual(0.995);
      expect(s.precision).toBeGreaterThanOrEqual(0.995);
      // Row labels and column names as the gold prints them (folded whitespace).
      expect(s.byKind.row + s.byKind.column).toBeLessThanOrEqual(Math.floor(gold.length * 0.005));
      // Sections follow the gold's scoping (NOTES.md J3).
      expect(s.byKind.section).toBeLessThanOrEqual(Math.floor(gold.length * 0.005));
    });
  }

  it('Horizon: change columns take the current period, NA is an item marked not-a-number', () => {
    const name = 'horizonfinancial_2006-04-28_8k_8k_body';
    const doc = readRelease(readFileSync(`${DIR}/corpus/${name}.txt`, 'latin1'), name);
    const l322 = doc.items.filter((i) => i.pos.line === 322);
    expect(l322.map((i) => [i.raw, i.value === null ? null : i.value.toString(), i.range])).toEqual([
      ['(518)', '-518', ''],
      ['NA', null, 'change'],
      ['-', '0', ''],
      ['NA', null, 'change'],
      ['5', '5', ''],
    ]);
    expect(l322[3].period).toEqual({ type: 'duration', start: '2006-01-01', end: '2006-03-31' });
    // Two cells under one date column: amount and % of total.
    const l528 = doc.items.filter((i) => i.pos.line === 528).map((i) => [i.column, i.unit, i.scale]);
    expect(l528.slice(0, 2)).toEqual([
      ['March 31, | 2006', 'USD', 3],
      ['March 31, | 2006', 'percent', 0],
    ]);
  });
});

describe('plaintext corpus', () => {
  const files = readdirSync(`${DIR}/corpus`).filter((f) => f.endsWith('.txt'));
  it('has the 18 releases', () => expect(files.length).toBe(18));
  for (const f of files) {
    it(`${f} reads without error into placed items`, () => {
      const doc = readRelease(readFileSync(`${DIR}/corpus/${f}`, 'latin1'), f);
      expect(doc.items.length).toBeGreaterThan(20);
      for (const it of doc.items) {
        // Every item's raw text is printed at its position.
        expect(doc.lines[it.pos.line - 1].slice(it.pos.column - 1, it.pos.column - 1 + it.raw.length)).toBe(it.raw);
      }
      expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
    });
  }
});
