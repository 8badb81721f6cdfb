// Issue 13, case 3: nothing dropped without a message. A release that ends inside a table or inside a number gets
// a positioned warning at its last line; one malformed cell in a row leaves the row's good cells as cells and is
// reported at its line and column.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRelease } from '../../src/read/index.js';

const read = (name: string) => {
  const file = `test/fixtures/reliability/${name}`;
  return readRelease(readFileSync(file, 'utf8'), file);
};

describe('a release that ends inside a table', () => {
  it('truncated.txt (cut in the middle of a table): read.truncated at the last line', () => {
    const doc = read('truncated.txt');
    const w = doc.messages.filter((m) => m.ruleId === 'read.truncated');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(w[0].positions![0].line).toBe(doc.lines.length);
    expect(w[0].message).toMatch(/ends inside the table opened at line \d+/);
  });

  it('truncnum.txt (cut inside "18,0"): read.truncated at the number', () => {
    const doc = read('truncnum.txt');
    const w = doc.messages.filter((m) => m.ruleId === 'read.truncated');
    expect(w).toHaveLength(1);
    expect(w[0].positions![0]).toMatchObject({ line: doc.lines.length, column: doc.lines[doc.lines.length - 1].indexOf('18,0') + 1 });
    expect(w[0].message).toContain('"18,0"');
  });

  it('a row cut inside its last cell ("172,44"), the line then read as text: read.truncated', () => {
    const text = readFileSync('test/fixtures/read/corpus/pericom_2005-02-02_8k_ex99-1.txt', 'latin1');
    const cut = text.slice(0, text.indexOf('172,441') + 6);
    const doc = readRelease(cut, 'cut.txt');
    const w = doc.messages.filter((m) => m.ruleId === 'read.truncated');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('"172,44"');
    expect(w[0].positions![0].line).toBe(doc.lines.length);
  });

  it('a complete release gives no read.truncated', () => {
    for (const f of ['003a.txt', 'mid_badnum2.txt']) expect(read(f).messages.filter((m) => m.ruleId === 'read.truncated')).toEqual([]);
  });
});

describe('a reconciliation whose header tabs pull the dates apart (npm run fuzz, seed 11 case 252)', () => {
  // Seed 002 with runs of spaces turned into tabs: "JULY 31, 2002 TO | JULY 30, 2002" heads one column. The
  // year-to-date check once walked back in time for ever on that period, and the instance got a context ending
  // before it starts.
  it('is read, and no period ends before it starts', () => {
    const doc = read('tabs-backwards.txt');
    expect(doc.items.length).toBeGreaterThan(300);
    const backwards = doc.items.filter((i) => i.period?.type === 'duration' && i.period.end < i.period.start);
    expect(backwards).toEqual([]);
  });
});

describe('a release cut inside a number in its prose (npm run fuzz, seed 23 case 118)', () => {
  it('"International (70" at the end: read.truncated at the number', () => {
    const text =
      readFileSync('test/fixtures/reliability/truncnum.txt', 'utf8').split('\n').slice(0, 12).join('\n') +
      '\nparticipate please dial USA (877) 511-5818, International (70';
    const doc = readRelease(text, 'prose-cut.txt');
    const w = doc.messages.filter((m) => m.ruleId === 'read.truncated');
    expect(w).toHaveLength(1);
    expect(w[0].message).toContain('"(70"');
  });
});
