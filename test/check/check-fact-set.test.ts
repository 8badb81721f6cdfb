import { describe, expect, it } from 'vitest';
import { checkFactSet, findingsToJson, formatFindings, hasErrors, RULES } from '../../src/check/index.js';
import { f, factSet, taxonomy } from './rule-tester.js';

const tax = taxonomy({
  concepts: ['Assets', 'Cash', 'Receivables'],
  calc: {
    Assets: [
      ['Cash', 1],
      ['Receivables', 1],
    ],
  },
});

describe('checkFactSet', () => {
  const facts = [
    f('Assets', '4000000', { lines: [30] }),
    f('Cash', '1000000', { lines: [10] }),
    f('Receivables', '2000000', { lines: [20] }),
    f('Cash', '1000500', { ctx: 'i0', lines: [5] }),
    f('Receivables', '7000', { ctx: 'i0', lines: [6] }),
    f('Receivables', '8000', { ctx: 'i0', lines: [40] }),
  ];

  it('runs every rule and sorts findings by source position', () => {
    const got = checkFactSet(factSet(facts), tax, { identities: null });
    expect(got.map((m) => [m.ruleId, m.positions?.[0]?.line])).toEqual([
      ['calc.excess-digits', 5],
      ['duplicate.inconsistent', 6],
      ['calc.inconsistent', 30],
    ]);
    expect(hasErrors(got)).toBe(true);
  });

  it('is deterministic whatever the order of the facts', () => {
    const a = checkFactSet(factSet(facts), tax, { identities: null });
    const b = checkFactSet(factSet([...facts].reverse()), tax, { identities: null });
    expect(findingsToJson(b)).toBe(findingsToJson(a));
  });

  it('without a taxonomy runs only the rules that need none, and says what was not checked', () => {
    const got = checkFactSet(factSet(facts), null, { identities: null });
    expect(got.map((m) => m.ruleId)).toEqual(['calc.excess-digits', 'duplicate.inconsistent', 'check.no-taxonomy']);
    expect(got[2].message).toMatch(/calculations and identities were not checked/);
  });

  it('can run a subset of rules; a clean fact set has no findings', () => {
    expect(checkFactSet(factSet(facts), tax, { identities: null, rules: ['duplicate'] }).map((m) => m.ruleId)).toEqual(['duplicate.inconsistent']);
    expect(checkFactSet(factSet(facts.slice(1, 3)), tax, { identities: null })).toEqual([]);
  });

  it('every rule declares the severities it reports', () => {
    for (const r of RULES) expect(Object.keys(r.reports).length).toBeGreaterThan(0);
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe('format', () => {
  const got = checkFactSet(factSet([f('Cash', '1000', { lines: [3] }), f('Cash', '2000', { lines: [9] })]), null, { identities: null });

  it('prints one line per finding led by file:line:col, further positions below, and a summary', () => {
    const text = formatFindings(got, 'release.txt');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^release\.txt:3:1: error \[duplicate\.inconsistent\] t:Cash is reported 2 times/);
    expect(lines[1]).toBe('    also at release.txt:9:1');
    expect(lines[2]).toMatch(/^release\.txt: warning \[check\.no-taxonomy\]/);
    expect(lines.at(-1)).toBe('release.txt: 1 error, 1 warning, 0 info');
  });

  it('counts info findings, and lists them with verbose', () => {
    const withInfo = checkFactSet(factSet([f('Cash', '1000', { lines: [3] }), f('Cash', '1000', { lines: [9] })]), null, { identities: null });
    const quiet = formatFindings(withInfo, 'r.txt').trimEnd().split('\n');
    expect(quiet.some((l) => l.includes('[duplicate.complete]'))).toBe(false);
    expect(quiet.at(-1)).toBe('r.txt: 0 errors, 1 warning, 1 info (duplicate.complete ×1; --verbose lists them)');
    const verbose = formatFindings(withInfo, 'r.txt', { verbose: true });
    expect(verbose).toMatch(/^release\.txt:3:1: info \[duplicate\.complete\] t:Cash is reported 2 times .* with the same value/m);
  });

  it('JSON carries rule id, severity, message, concept, context and every position', () => {
    const doc = JSON.parse(findingsToJson(got, 'release.txt'));
    expect(doc.summary).toEqual({ error: 1, warning: 1, info: 0 });
    expect(doc.findings[0]).toMatchObject({
      ruleId: 'duplicate.inconsistent',
      severity: 'error',
      concept: 't:Cash',
      context: 'i1',
      positions: [
        { file: 'release.txt', line: 3, column: 1 },
        { file: 'release.txt', line: 9, column: 1 },
      ],
    });
  });
});
