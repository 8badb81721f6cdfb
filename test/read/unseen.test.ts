// Synthetic releases modelled on EDGAR plaintext of other companies and years (issue 11): one per failure class,
// each with expected cells written by hand (test/fixtures/read/unseen/gold.py configures them from the text).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

const DIR = 'test/fixtures/read/unseen';
const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));
const read = (name: string) => readRelease(readFileSync(`${DIR}/${name}.txt`, 'utf8'), `${name}.txt`, { requireTables: true });

describe('unseen releases: every expected cell with the right value, scale, unit, period and range', () => {
  for (const name of names) {
    it(name, () => {
      const doc = read(name);
      const gold = parseGoldTsv(readFileSync(`${DIR}/${name}.tsv`, 'utf8'));
      const s = scoreItems(doc.items, gold);
      const core = s.mismatches.filter((m) => ['value', 'scale', 'unit', 'period', 'range'].includes(m.kind));
      expect(core.map((m) => `L${m.line} ${m.raw} ${m.kind}: ${m.gold} != ${m.got}`)).toEqual([]);
      expect(s.missing.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      // A number under no column header is reported (item without period, positioned warning), not guessed.
      const extra = s.extra.filter((x) => x.period_type !== '');
      expect(extra.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
    });
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
