// A second set of synthetic releases modelled on EDGAR plaintext of 1996-2008 of other industries (retail 53-week
// years, bank average balances, insurers, REIT FFO and guidance ranges, utilities, pro forma columns, segment
// grids, restaurants, oil and gas volumes, thrift page breaks, whole-dollar small caps, fiscal semiconductor
// quarters, side-by-side tables); expected cells written by hand (test/fixtures/read/unseen2/gold.py).
import { describe, it } from 'vitest';
import { expectEveryCell, releaseNames } from '../helpers/expected-cells.js';

const DIR = 'test/fixtures/read/unseen2';
const names = releaseNames(DIR);

describe('unseen2 releases: every expected cell with the right value, scale, unit, period and range', () => {
  for (const name of names) {
    it(name, () => expectEveryCell(DIR, name));
  }
});
