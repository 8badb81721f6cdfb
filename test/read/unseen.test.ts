// Synthetic releases modelled on EDGAR plaintext of other companies and years (issue 11): one per failure class,
// each with expected cells written by hand (test/fixtures/read/unseen/gold.py configures them from the text).
import { describe, expect, it } from 'vitest';
import { expectEveryCell, readSynthetic, releaseNames } from '../helpers/expected-cells.js';

const DIR = 'test/fixtures/read/unseen';
const names = releaseNames(DIR);
const read = (name: string) => readSynthetic(DIR, name);

describe('unseen releases: every expected cell with the right value, scale, unit, period and range', () => {
  for (const name of names) {
    it(name, () => expectEveryCell(DIR, name));
  }
});

describe('unseen releases: messages', () => {
  const kinds = (name: string) => read(name).messages.map((m) => `${m.severity} ${m.ruleId} ${m.positions?.[0]?.line}`);
  it('a ragged number is a positioned warning; the rest converts', () => {
    // Under the spanning "Three Months Ended" but under no date: no period is guessed for it.
    expect(kinds('ragged').filter((k) => /^warning read\.(?:ragged-columns|no-period) 20$/.test(k)).length).toBe(1);
  });
  it('evidence overriding the print says so at the header', () => {
    const m = kinds('misprint');
    // Two NINE MONTHS headers read as six months, one repeated balance-sheet date.
    expect(m.filter((k) => k.startsWith('info read.evidence-period')).length).toBe(3);
    expect(kinds('noscale-evidence').filter((k) => k.startsWith('info read.evidence-scale')).length).toBe(2);
  });
  it('segments and consolidating columns: no "no period" warnings', () => {
    expect(kinds('segments').filter((k) => k.includes('no-period'))).toEqual([]);
  });
  it('labels broken over lines; a hyphen at a line end joins without a space', () => {
    const rows = read('narrow-labels').items.map((i) => i.row);
    expect(rows).toContain('Interest-bearing deposits');
    expect(rows).toContain('Premises and equipment, net');
    expect(rows).toContain('Non-interest-bearing deposits');
  });
  it('a prose-only exhibit has no cells and no error', () => {
    expect(read('prose-only').items).toEqual([]);
  });
});
