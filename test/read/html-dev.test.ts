// The HTML reader against the dev-html gold (three EDGAR HTML exhibits, 448 cells; fixtures copied from
// ../shared/gold/dev-html and ../shared/corpus/html, public SEC filings; conventions in gold/NOTES.md), scored
// with the scorer of the plaintext gold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

const DIR = 'test/fixtures/read/html';
const DEV = ['apple_2004-07-14_8k_ex99-1', 'buckle_2024-11-22_8k_ex99-1', 'caterpillar_2022-04-28_8k_ex99-2_retailstats'];
const read = (name: string) => readHtmlRelease(readFileSync(`${DIR}/corpus/${name}.htm`, 'utf8'), `${name}.htm`);

describe('dev-html gold', () => {
  for (const name of DEV) {
    it(`${name}: recall and precision at least 99 %`, () => {
      const doc = read(name);
      const gold = parseGoldTsv(readFileSync(`${DIR}/gold/${name}.tsv`, 'utf8'));
      const s = scoreItems(doc.items, gold);
      expect(s.recall).toBeGreaterThanOrEqual(0.99);
      expect(s.precision).toBeGreaterThanOrEqual(0.99);
      // Rows, columns and sections as the gold prints them (NOTES.md J3-J5).
      expect(s.byKind.row + s.byKind.column + s.byKind.section).toBeLessThanOrEqual(Math.floor(gold.length * 0.01));
      expect(doc.messages.filter((m) => m.severity !== 'info')).toEqual([]);
    });
  }

  it('readRelease routes HTML to the HTML reader', () => {
    const name = DEV[1];
    expect(readHtmlRelease(readFileSync(`${DIR}/corpus/${name}.htm`, 'utf8'), `${name}.htm`).items.length).toBe(144);
  });

  it('every number is printed at its position and its offset range (J1)', () => {
    for (const name of DEV) {
      const text = readFileSync(`${DIR}/corpus/${name}.htm`, 'utf8');
      const doc = readHtmlRelease(text, `${name}.htm`);
      for (const it of doc.items) {
        const line = doc.lines[it.pos.line - 1];
        // The first printed character is there: a digit, "(", "$", a dash (raw or as its character reference) or a sign word.
        expect(line.slice(it.pos.column - 1, it.pos.column)).toMatch(/[\d($&\u2014\u2013UDd-]/);
        expect(text.slice(it.offset!, it.endOffset!).replace(/&#\d+;|&[a-z]+;/g, '-').length).toBeGreaterThan(0);
      }
    }
  });

  it('Apple: "(103" + ")" is one value at the "(" and "$" cells are dropped; dash zeros from &#151;', () => {
    const doc = read(DEV[0]);
    const neg = doc.items.find((i) => i.raw === '(103)')!;
    expect([neg.value!.toString(), neg.pos.line]).toEqual(['-103', doc.lines.findIndex((l) => l.includes('(103')) + 1]);
    const dash = doc.items.find((i) => i.raw === '\u2014')!;
    expect(dash.value!.toString()).toBe('0');
    expect(doc.lines[dash.pos.line - 1].slice(dash.pos.column - 1, dash.pos.column + 5)).toBe('&#151;');
  });

  it('Buckle: a one-line document puts every cell on line 5, at distinct columns', () => {
    const doc = read(DEV[1]);
    expect(new Set(doc.items.map((i) => i.pos.line))).toEqual(new Set([5]));
    expect(new Set(doc.items.map((i) => i.pos.column)).size).toBe(doc.items.length);
  });

  it('cover: registrant and release date from the dateline', () => {
    const doc = read(DEV[1]);
    expect(doc.cover.releaseDate?.value).toBe('2024-11-22');
  });
});
