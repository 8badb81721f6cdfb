// The reader against the hand-checked gold of the four seed releases (../shared/gold/seeds, copied to fixtures).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

const SEEDS = ['001_3128817988bae0a4', '002_be9e5d8526e9d0a6', '003_dae102acde5e4e8b'];
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('seed releases', () => {
  for (const seed of SEEDS) {
    it(`${seed}: every gold cell found exactly, nothing extra`, () => {
      const text = readFileSync(`examples/${seed}.txt`, 'utf8');
      const gold = parseGoldTsv(readFileSync(`test/fixtures/read/gold/seeds/${seed}.tsv`, 'utf8'));
      const doc = readRelease(text, `${seed}.txt`);
      const s = scoreItems(doc.items, gold);
      expect(s.missing.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      expect(s.extra.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
      const core = s.mismatches.filter((m) => ['value', 'scale', 'unit', 'period', 'range', 'row'].includes(m.kind));
      expect(core.map((m) => `L${m.line} ${m.kind}: ${m.gold} != ${m.got}`)).toEqual([]);
      expect(s.correct).toBe(gold.length);
      // Column names and scoped sections as CHECKS.md section 2 states them.
      expect(s.mismatches.filter((m) => m.kind === 'column' || m.kind === 'section')).toEqual([]);
      expect(doc.items.length).toBe(gold.length);
      // Row labels equal after whitespace folding, item by item in gold order.
      expect(doc.items.map((i) => fold(i.row))).toEqual(gold.map((g) => fold(g.row)));
      expect(doc.items.map((i) => String(i.pos.line))).toEqual(gold.map((g) => g.line));
    });
  }

  it('all 799 seed cells', () => {
    let total = 0;
    let correct = 0;
    for (const seed of SEEDS) {
      const doc = readRelease(readFileSync(`examples/${seed}.txt`, 'utf8'), seed);
      const gold = parseGoldTsv(readFileSync(`test/fixtures/read/gold/seeds/${seed}.tsv`, 'utf8'));
      total += gold.length;
      correct += scoreItems(doc.items, gold).correct;
    }
    expect(total).toBe(799);
    expect(correct).toBe(799);
  });

  it('000 (contact block only) yields no table cells and no error', () => {
    const doc = readRelease(readFileSync('examples/000_ccf59f1d994e8f6b.txt', 'utf8'), '000.txt');
    expect(doc.items).toEqual([]);
    expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(doc.blocks.length).toBeGreaterThan(5);
  });

  it('003 GUIDANCE: spanning header and Low - High cells split into low and high', () => {
    const doc = readRelease(readFileSync('examples/003_dae102acde5e4e8b.txt', 'utf8'), '003.txt');
    const row = doc.items.filter((i) => i.table === 'GUIDANCE' && i.pos.line === 388);
    expect(row.map((i) => [i.column, i.raw, i.value?.toString(), i.range])).toEqual([
      ['Mpower Only (A) | 4Q 2004 | Approximately', '($60)', '-60', ''],
      ['Combined Pro Forma (B) | 2005 | Low - High', '($3,600)', '-3600', 'low'],
      ['Combined Pro Forma (B) | 2005 | Low - High', '($3,500)', '-3500', 'high'],
      ['Combined Pro Forma (B) | 2006 | Low - High', '($3,600)', '-3600', 'low'],
      ['Combined Pro Forma (B) | 2006 | Low - High', '($3,500)', '-3500', 'high'],
    ]);
    expect(row[1].pos.column).toBe(doc.lines[387].indexOf('($3,600)') + 1);
  });

  it('fills tables, rows and blocks around the items', () => {
    const doc = readRelease(readFileSync('examples/001_3128817988bae0a4.txt', 'utf8'), '001.txt');
    expect(doc.tables.map((t) => t.title)).toEqual(['BALANCE SHEET', 'STATEMENT OF OPERATIONS', 'RECONCILIATION TO GAAP', 'RECONCILIATION TO GAAP #2']);
    const bs = doc.tables[0];
    expect(bs.scale).toBe(3);
    expect(bs.rows.find((r) => r.label === 'Current Assets')?.heading).toBe(true);
    expect(bs.rows.find((r) => r.label === 'Total Assets')?.total).toBe(true);
    const cor = doc.tables[1].rows.find((r) => r.label.startsWith('Cost of Operating Revenues'));
    expect(cor?.lines).toEqual([240, 241]);
    expect(cor?.cells.map((c) => c.items.length)).toEqual([1, 1, 1]);
    const kinds = doc.blocks.map((b) => b.kind);
    expect(kinds.filter((k) => k === 'table').length).toBe(4);
    expect(kinds).toContain('paragraph');
    expect(doc.cover.tradingSymbol?.value).toBe('MPOW');
  });
});

describe('line endings and page breaks', () => {
  it('CRLF line endings and form feeds read like the original', () => {
    const text = readFileSync('examples/001_3128817988bae0a4.txt', 'utf8');
    const plain = readRelease(text, '001.txt').items;
    const crlf = readRelease(text.replace(/\n/g, '\r\n').replace('<PAGE>', '\f'), '001.txt').items;
    expect(crlf.map((i) => [i.pos.line, i.pos.column, i.raw, i.row, i.column])).toEqual(plain.map((i) => [i.pos.line, i.pos.column, i.raw, i.row, i.column]));
  });
});
