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

// CHECKS.md §4B: 001 lines 34, 49, 54; 002 lines 36, 46, 58.
const GROWTH: Record<string, number[]> = {
  '001_3128817988bae0a4': [34, 49, 54],
  '002_be9e5d8526e9d0a6': [36, 46, 58],
};

describe('checks on the seed releases', () => {
  for (const [name, lines] of Object.entries(PLUGS)) {
    it(`${name}: exactly the per-share rounding plugs of the source (${lines.join(', ') || 'none'})`, () => {
      const file = seed(name);
      const found = atLeastWarning(check(readFileSync(file, 'utf8'), file));
      // Issue 15: plus the prose changes that disagree with the tables after rounding (CHECKS.md §4B), each naming
      // the prose line and the table lines of the two figures.
      const expected = [...lines.map((l) => ['identity.per-share', 'warning', l]), ...(GROWTH[name] ?? []).map((l) => ['prose.growth', 'warning', l])].sort(
        (a, b) => (a[2] as number) - (b[2] as number),
      );
      expect(found.map((m) => [m.ruleId, m.severity, lineOf(m)])).toEqual(expected);
      for (const m of found.filter((x) => x.ruleId === 'prose.growth')) expect(m.positions!.length).toBeGreaterThanOrEqual(3);
      for (const m of found.filter((x) => x.ruleId === 'identity.per-share')) {
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
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  // line 208: "Total Assets  $102,113  $109,029" (March 31, 2004 column).
  expect(lines[207]).toContain('$102,113');
  lines[207] = lines[207].replace('$102,113', '$103,113');
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
    // the balance-sheet identity fails too, naming the total and the other side; nothing else is an error
    const identity = errors.filter((m) => m.ruleId === 'identity.balance-sheet');
    expect(identity.length).toBe(2);
    for (const m of identity) expect(lineOf(m)).toBe(208);
    expect(errors).toHaveLength(3);
  });

  // A reconciliation line that repeats a statement line (001 line 276 repeats line 267, Adjusted Gross Margin) and
  // disagrees by 1 (thousand): in the mapped fact set that is a second fact with the same aspects. A difference of
  // one in the last printed digit is within the rounding the calculations allow, so only the duplicate rule
  // catches it. The fact set is the one the mapper makes of the uncorrupted release, with the reconciliation's
  // printing split off into its own fact holding the corrupted value.
  it('a reconciliation twin off by 1: an inconsistent duplicate naming both lines', () => {
    const mapped = mapRelease(readRelease(text, file), taxonomy, { cik: '0001042325' }).factSet;
    const twin = mapped.facts.find((f) => f.concept.local === 'AdjustedGrossMargin' && f.value === '20765000');
    expect(twin!.sources!.map((p) => p.line)).toEqual([267, 276]);
    const recon = twin!.sources!.pop()!;
    mapped.facts.push({ ...twin!, id: `${twin!.id}_recon`, value: '20766000', sources: [recon] });
    const got = checkFactSet(mapped, taxonomy);
    const dup = got.filter((m) => m.severity === 'error');
    expect(dup.map((m) => m.ruleId)).toEqual(['duplicate.inconsistent']);
    expect(dup[0].positions!.map((p) => p.line)).toEqual([267, 276]);
    expect(dup[0].message).toContain('20765000');
    expect(dup[0].message).toContain('20766000');
    // the calculations that use it are not checked, and say why
    const stopped = got.filter((m) => m.ruleId === 'calc.not-checked').map((m) => m.concept);
    expect(stopped).toEqual(expect.arrayContaining(['ixp:AdjustedGrossMargin', 'ixp:GrossProfit']));
  });

  // The same corruption made in the release text, through read and map: the reconciliation repeats the
  // statement's line under the same words, so the mapper keeps its differing number as a second fact of the
  // same aspects (not as an adjustment), and the duplicate rule names both printed lines.
  it('a reconciliation twin corrupted in the release text: an inconsistent duplicate naming both lines', () => {
    const twinLines = text.split('\n');
    expect(twinLines[275]).toMatch(/^Adjusted Gross Margin\s+\$20,765\s/);
    twinLines[275] = twinLines[275].replace('$20,765', '$20,766');
    const got = check(twinLines.join('\n'), file).filter((m) => m.severity === 'error');
    expect(got.map((m) => m.ruleId)).toEqual(['duplicate.inconsistent']);
    expect(got[0].positions!.map((p) => p.line)).toEqual([267, 276]);
    expect(got[0].message).toContain('20765000');
    expect(got[0].message).toContain('20766000');
  });
});
