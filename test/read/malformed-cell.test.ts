// Issue 13, case 3: one malformed cell ("4,1") in a row of seed 003. The good cells of the row (94, 41) stay cells;
// the bad one is reported at its line and column, not the whole row pushed into its label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readRelease } from '../../src/read/index.js';
import { splitLine } from '../../src/read/cells.js';

describe('one malformed cell in a row', () => {
  it('mid_badnum2.txt line 298: 94 and 41 are cells, "4,1" is reported at 298:col', () => {
    const file = 'test/fixtures/reliability/mid_badnum2.txt';
    const doc = readRelease(readFileSync(file, 'utf8'), file);
    const row = doc.items.filter((i) => i.pos.line === 298);
    expect(row.map((i) => i.raw)).toEqual(['94', '41']);
    expect(row.every((i) => i.row === 'Agent Selling Expense - Warrants')).toBe(true);
    const line = doc.lines[297];
    const bad = doc.messages.filter((m) => m.positions?.some((p) => p.line === 298));
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain('"4,1"');
    expect(bad[0].positions![0].column).toBe(line.indexOf('4,1') + 1);
  });

  it('splitLine keeps the good cells and names the malformed one', () => {
    const line = '  Agent Selling Expense - Warrants            94          41         4,1';
    const s = splitLine(line);
    expect(s.label).toBe('Agent Selling Expense - Warrants');
    expect(s.cells.map((c) => line.slice(c.start, c.end))).toEqual(['94', '41']);
    expect(s.malformed?.map((w) => w.text)).toEqual(['4,1']);
  });
});
