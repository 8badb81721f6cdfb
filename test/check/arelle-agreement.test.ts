// The Calculations 1.1 rule against an independent processor: on frozen instances (test/fixtures/check/arelle,
// see its README) ixport finds exactly the inconsistencies Arelle's round-to-nearest check reported, with the same
// reported and computed intervals, and none where Arelle found none.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../src/check/document.js';
import { Decimal } from '../../src/model/decimal.js';

const dir = 'test/fixtures/check/arelle';
const gold = readFileSync(`${dir}/arelle-calc11r.tsv`, 'utf8')
  .trimEnd()
  .split('\n')
  .slice(1)
  .map((l) => l.split('\t'));
const num = (s: string) => new Decimal(s).toFixed();

/** "[lo, hi]" pairs of an ixport calc.inconsistent message: reported, then items. */
function intervals(message: string): string[] {
  const m = /reported \[([^,]+), ([^\]]+)\], items \[([^,]+), ([^\]]+)\]/.exec(message);
  expect(m, message).not.toBeNull();
  return m!.slice(1, 5).map(num);
}

describe('Calculations 1.1 agree with Arelle (round-to-nearest)', () => {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.xbrl'))
    .sort();
  it('has fixtures with and without inconsistencies', () => {
    expect(files.length).toBe(5);
    expect(gold.length).toBe(20);
  });
  for (const file of files) {
    it(file, async () => {
      const r = await checkDocument(`${dir}/${file}`);
      const ours = r.findings
        .filter((m) => m.ruleId === 'calc.inconsistent')
        .map((m) => [file, m.concept!, m.context!, ...intervals(m.message)].join('\t'))
        .sort();
      const theirs = gold
        .filter((g) => g[0] === file)
        .map(([f, concept, context, ...bounds]) => [f, concept, context, ...bounds.map(num)].join('\t'))
        .sort();
      expect(ours).toEqual(theirs);
    });
  }
});
