// Acceptance (issue #4) on the four seed releases in examples/: read -> map -> check finds exactly the per-share
// rounding plugs the sources contain (gold/seeds/CHECKS.md §4A), each at its line, and nothing else at warning
// level or above; a corrupted printed total and a corrupted reconciliation twin are both caught with their lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFactSet } from '../../src/check/index.js';
import { mapRelease } from '../../src/map/index.js';
import type { Message } from '../../src/model/source.js';
import { readRelease } from '../../src/read/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

const taxonomy = loadTaxonomy();

function check(text: string, file: string): Message[] {
  const doc = readRelease(text, file);
  return checkFactSet(mapRelease(doc, taxonomy, { cik: '0001042325' }).factSet, taxonomy);
}

const seed = (name: string) => `examples/${name}.txt`;
const atLeastWarning = (ms: Message[]) => ms.filter((m) => m.severity !== 'info');
const lineOf = (m: Message) => m.positions?.[0]?.line;

// CHECKS.md §4A: 001 line 264; 002 lines 256 and 316 x3; 003 line 323. Column distinguishes the three on 316.
const PLUGS: Record<string, number[]> = {
  '000_ccf59f1d994e8f6b': [],
  '001_3128817988bae0a4': [264],
  '002_be9e5d8526e9d0a6': [256, 316, 316, 316],
  '003_dae102acde5e4e8b': [323],
};

describe('checks on the seed releases', () => {
  for (const [name, lines] of Object.entries(PLUGS)) {
    it(`${name}: exactly the per-share rounding plugs of the source (${lines.join(', ') || 'none'})`, () => {
      const file = seed(name);
      const found = atLeastWarning(check(readFileSync(file, 'utf8'), file));
      expect(found.map((m) => [m.ruleId, m.severity, lineOf(m)])).toEqual(lines.map((l) => ['identity.per-share', 'warning', l]));
      for (const m of found) {
        // each names the per-share cell first, then the amount and share-count lines it was computed from
        expect(m.positions!.length).toBeGreaterThanOrEqual(3);
        expect(m.positions!.every((p) => p.file === file)).toBe(true);
        expect(m.concept).toMatch(/DiscontinuedOperationsPer/);
      }
    });
  }

  it('002 line 316: the three plugs are the three columns', () => {
    const file = seed('002_be9e5d8526e9d0a6');
    const on316 = atLeastWarning(check(readFileSync(file, 'utf8'), file)).filter((m) => lineOf(m) === 316);
    expect(new Set(on316.map((m) => m.positions![0].column)).size).toBe(3);
  });
});

describe('corrupted seed 001', () => {
  const file = seed('001_3128817988bae0a4');
  const lines = readFileSync(file, 'utf8').split('\n');
  // line 208: "Total Assets  $102,113  $109,029"; line 276: reconciliation "Adjusted Gross Margin  $20,765 ..."
  // (the twin of line 267 of the statement of operations).
  const corrupt = (n: number, from: string, to: string) => {
    expect(lines[n - 1]).toContain(from);
    lines[n - 1] = lines[n - 1].replace(from, to);
  };
  corrupt(208, '$102,113', '$103,113');
  corrupt(276, '$20,765', '$20,766');
  const found = check(lines.join('\n'), file);
  const errors = found.filter((m) => m.severity === 'error');

  it('a printed total off by 1,000: the calculation names the total and its items', () => {
    const calc = errors.find((m) => m.ruleId === 'calc.inconsistent' && lineOf(m) === 208);
    expect(calc, JSON.stringify(errors, null, 1)).toBeDefined();
    expect(calc!.concept).toBe('ixp:Assets');
    // total first, then the item lines of the March 31, 2004 column (current assets total and the non-current lines)
    expect(calc!.positions!.map((p) => p.line)).toEqual([208, 203, 204, 205, 206, 207]);
    expect(calc!.message).toContain('103113000');
    expect(calc!.message).toContain('102113000');
    // the balance-sheet identity fails too, naming the total and the other side
    const identity = errors.filter((m) => m.ruleId === 'identity.balance-sheet');
    expect(identity.length).toBeGreaterThan(0);
    for (const m of identity) expect(lineOf(m)).toBe(208);
  });

  it('a reconciliation twin off by 1: an inconsistent duplicate naming both lines', () => {
    const dup = errors.filter((m) => m.ruleId === 'duplicate.inconsistent');
    expect(dup).toHaveLength(1);
    expect(dup[0].positions!.map((p) => p.line)).toEqual([267, 276]);
    expect(dup[0].message).toContain('20765000');
    expect(dup[0].message).toContain('20766000');
  });

  it('nothing else is an error, and the stopped calculations are named', () => {
    expect(new Set(errors.map((m) => m.ruleId))).toEqual(new Set(['calc.inconsistent', 'identity.balance-sheet', 'duplicate.inconsistent']));
    expect(found.some((m) => m.ruleId === 'calc.not-checked' && m.message.includes('AdjustedGrossMargin'))).toBe(true);
  });
});
