// A second set of synthetic releases modelled on EDGAR plaintext of 1996-2008 of other industries (retail 53-week
// years, bank average balances, insurers, REIT FFO and guidance ranges, utilities, pro forma columns, segment
// grids, restaurants, oil and gas volumes, thrift page breaks, whole-dollar small caps, fiscal semiconductor
// quarters, side-by-side tables); expected cells written by hand (test/fixtures/read/unseen2/gold.py).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

const DIR = 'test/fixtures/read/unseen2';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));
const read = (name: string) => readRelease(readFileSync(`${DIR}/${name}.txt`, 'utf8'), `${name}.txt`, { requireTables: true });

// Every release is read in full (bank-avgbal, mfg-segments, restaurant, semi-fiscal and sidebyside since plain4):
// a layout not read yet would come back here with a ratchet of the recall it has reached.
describe('unseen2 releases: every expected cell with the right value, scale, unit, period and range', () => {
  for (const name of names) {
    it(name, () => {
      const doc = read(name);
      const gold = parseGoldTsv(readFileSync(`${DIR}/${name}.tsv`, 'utf8'));
      const s = scoreItems(doc.items, gold);
      const core = s.mismatches.filter((m) => ['value', 'scale', 'unit', 'period', 'range'].includes(m.kind));
      expect(core.map((m) => `L${m.line} ${m.raw} ${m.kind}: ${m.gold} != ${m.got}`)).toEqual([]);
      expect(s.missing.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      const extra = s.extra.filter((x) => x.period_type !== '');
      expect(extra.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
    });
  }
});
