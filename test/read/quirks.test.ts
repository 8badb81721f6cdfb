// Real-world plaintext quirks (issue #7) on a small made-up release: dash zeros, "$ (806)", "(.02)", "( 0.38)",
// "(100.0)%", N/M and "*" cells, footnote marks, % change columns, scale notes, values wrapped below their label,
// <s>/<c> swapped and lowercase, page furniture inside a table, 4Q'99 / 3 Mos. Ended 03/31/01 / 13 Weeks Ended.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const doc = readRelease(readFileSync('test/fixtures/read/synthetic/quirks.txt', 'utf8'), 'quirks.txt');
const rows = itemsAsRows(doc.items);
const at = (line: number) => rows.filter((r) => r.line === String(line)).map((r) => [r.raw, r.value, r.scale, r.unit, r.range]);

describe('plaintext quirks', () => {
  it('finds the three tables with their titles and scales', () => {
    expect(doc.tables.map((t) => [t.title, t.scale])).toEqual([
      ['CONDENSED STATEMENTS OF OPERATIONS', 6],
      ['BALANCE SHEETS', 3],
      ['SALES BY QUARTER', 0],
    ]);
    // The fixture mixes quarters of 1999-2004 in one made-up release dated 2001: only that conflict is reported.
    expect(doc.messages.filter((m) => m.ruleId !== 'read.evidence-conflict')).toEqual([]);
  });
  it('dash zeros and N/M', () => {
    expect(at(16)).toEqual([
      ['---', '0', '6', 'USD', ''],
      ['--', '0', '6', 'USD', ''],
      ['N/M', 'NM', '0', 'percent', 'change'],
    ]);
  });
  it('parenthesised negatives in every printed form', () => {
    expect(at(17).map((r) => r[1])).toEqual(['-806', '-1.2', '-100.0']);
    expect(at(18)).toEqual([
      ['(.02)', '-0.02', '6', 'USD', ''],
      ['( 0.38)', '-0.38', '6', 'USD', ''],
      ['*', 'NM', '0', 'percent', 'change'],
    ]);
  });
  it('% change column: percent, period of the current column', () => {
    const change = doc.items.filter((i) => i.range === 'change');
    expect(change.length).toBe(8);
    for (const c of change) expect(c.period).toEqual({ type: 'duration', start: '2001-01-01', end: '2001-03-31' });
    expect(at(15)[2]).toEqual(['14.4', '14.4', '0', 'percent', 'change']);
  });
  it('footnote mark kept in the label; values wrapped below their label', () => {
    expect(rows.find((r) => r.line === '15')?.row).toBe('Cost of sales (1)');
    expect(rows.find((r) => r.line === '21')?.row).toBe('Income from discontinued operations, net of tax');
  });
  it('per-share and share rows', () => {
    expect(at(22)[0]).toEqual(['$  0.10', '0.10', '0', 'USD/share', '']);
    expect(at(23)[0]).toEqual(['10.5', '10.5', '6', 'shares', '']);
  });
  it('a table continued over page breaks, running heads and "- more -" left out', () => {
    const bs = doc.tables[1];
    expect(bs.rows.map((r) => r.label)).toEqual(['Cash', 'Receivables', 'Inventories', 'Total assets']);
    expect(bs.rows[3].total).toBe(true);
    expect(at(42)).toEqual([
      ['6,234', '6234', '3', 'USD', ''],
      ['5,000', '5000', '3', 'USD', ''],
    ]);
  });
  it("period headers: 4Q'99, 1Q 2000, 13 Weeks Ended, 3 Mos. Ended 03/31/01", () => {
    expect(doc.items.filter((i) => i.pos.line === 46).map((i) => i.period)).toEqual([
      { type: 'duration', start: '1999-10-01', end: '1999-12-31' },
      { type: 'duration', start: '2000-01-01', end: '2000-03-31' },
      { type: 'duration', start: '2004-02-01', end: '2004-05-01' },
    ]);
    expect(doc.items[0].period).toEqual({ type: 'duration', start: '2001-01-01', end: '2001-03-31' });
  });
  it('cover facts from the prose', () => {
    expect(doc.cover.tradingSymbol?.value).toBe('XYZW');
    expect(doc.cover.exchange?.value).toBe('Nasdaq');
    expect(doc.cover.documentType?.value).toBe('8-K');
    expect(doc.cover.registrantName?.value).toBe('XYZ Widget Corp.');
  });
});

describe('column names without periods; spanning header drawn with dashes', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/columns.txt', 'utf8'), 'columns.txt');
  it('two tables, each with its own columns', () => {
    expect(d.tables.map((t) => t.columns.map((c) => c.label))).toEqual([
      ['Widgets', 'Gadgets', 'Total'],
      ['Three Months Ended | Mar. 31, | 2005', 'Three Months Ended | Mar. 31, | 2004'],
    ]);
    expect(d.tables[0].title).toBe('SEGMENT REVENUE');
    expect(d.tables[0].scale).toBe(3);
  });
  it('a column without a period is reported, its items kept with no period', () => {
    expect(d.items.filter((i) => i.tableIndex === 0).length).toBe(9);
    expect(d.items.filter((i) => i.tableIndex === 0).every((i) => i.period === null)).toBe(true);
    expect(d.messages.map((m) => [m.ruleId, m.positions?.[0].line])).toEqual([
      ['read.no-period', 6],
      ['read.no-period', 6],
      ['read.no-period', 6],
    ]);
  });
  it('counts are pure numbers; the dashed span covers both columns', () => {
    const units = d.items.filter((i) => i.tableIndex === 1);
    expect(units.map((i) => [i.unit, i.scale, i.value?.toString()])).toEqual([
      ['pure', 0, '120'],
      ['pure', 0, '100'],
      ['pure', 0, '-3'],
      ['pure', 0, '-5'],
    ]);
    expect(units[1].period).toEqual({ type: 'duration', start: '2004-01-01', end: '2004-03-31' });
  });
});

describe('classic <TABLE>/<CAPTION>/<S>/<C> layout with dot leaders', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/leaders.txt', 'utf8'), 'leaders.txt');
  const r = itemsAsRows(d.items);
  it('labels without leaders, "-$" negatives, periods from a grouped header', () => {
    expect([...new Set(r.map((x) => x.row))]).toEqual(['Revenues', 'Net income (loss)', 'Basic', 'Diluted']);
    expect(r.filter((x) => x.line === '18').map((x) => x.value)).toEqual(['-0.12', '0.05', '-0.20', '0.09']);
    expect(r.filter((x) => x.line === '13').map((x) => `${x.period_start}..${x.period_end}`)).toEqual([
      '2004-04-01..2004-06-30',
      '2003-04-01..2003-06-30',
      '2004-01-01..2004-06-30',
      '2003-01-01..2003-06-30',
    ]);
  });
  it('"except per share amounts" leaves share counts in thousands', () => {
    expect(r.filter((x) => x.line === '20').map((x) => [x.unit, x.scale])).toEqual(Array(4).fill(['shares', '3']));
    expect(r.filter((x) => x.line === '17').map((x) => [x.unit, x.scale, x.section])).toEqual(
      Array(4).fill(['USD/share', '0', 'Net income (loss) per share:']),
    );
  });
});

describe('"low to high" guidance, row-level scale, balances dated by their label, Shares column', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/equity.txt', 'utf8'), 'equity.txt');
  const r = itemsAsRows(d.items);
  it('"$410 to $425" is a low/high pair in millions; "% of Sales" is a percent column', () => {
    expect(r.filter((x) => x.line === '4').map((x) => [x.raw, x.value, x.scale, x.unit, x.range])).toEqual([
      ['$410', '410', '6', 'USD', 'low'],
      ['$425', '425', '6', 'USD', 'high'],
      ['100.0', '100.0', '0', 'percent', ''],
    ]);
  });
  it('two tables; balances are instants at the date in their label; the Shares column counts shares', () => {
    expect(d.tables.map((t) => t.title)).toEqual(['OUTLOOK', "STOCKHOLDERS' EQUITY"]);
    expect(r.filter((x) => x.line === '8').map((x) => [x.period_type, x.period_end, x.unit, x.scale])).toEqual([
      ['instant', '2004-12-31', 'shares', '3'],
      ['instant', '2004-12-31', 'USD', '3'],
    ]);
  });
});

describe('year-only column headers under a period phrase in the title block', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/fiscal.txt', 'utf8'), 'fiscal.txt');
  it('fiscal years ended June 30 (not calendar years); the phrase is not part of the title', () => {
    expect(d.tables[0].title).toBe('CONSOLIDATED STATEMENTS OF OPERATIONS');
    expect(d.items.slice(0, 2).map((i) => i.period)).toEqual([
      { type: 'duration', start: '2004-07-01', end: '2005-06-30' },
      { type: 'duration', start: '2003-07-01', end: '2004-06-30' },
    ]);
    expect(d.items.map((i) => i.scale)).toEqual([6, 6, 6, 6, 0, 0]);
  });
});

describe('a full EDGAR submission file', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/submission.txt', 'utf8'), 'submission.txt');
  it('reads the release, not the SEC header numbers', () => {
    expect(d.tables.length).toBe(1);
    expect(d.items.length).toBe(6);
    expect(d.items.every((i) => i.pos.line >= 20)).toBe(true);
  });
  it('takes the cover facts from the SEC header', () => {
    expect(d.cover.documentType?.value).toBe('8-K');
    expect(d.cover.registrantName?.value).toBe('EXAMPLE HOLDING CORP');
    expect(d.cover.releaseDate?.value).toBe('2004-05-06');
    expect(d.cover.releaseDate?.pos.line).toBe(7);
  });
});

describe('amount and percent comparison columns', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/change.txt', 'utf8'), 'change.txt');
  it('"$ Change" keeps dollars in thousands, "% Change" is percent; both take the current year', () => {
    const r = itemsAsRows(d.items).filter((x) => x.line === '3');
    expect(r.map((x) => [x.raw, x.value, x.scale, x.unit, x.range, x.period_end])).toEqual([
      ['900', '900', '3', 'USD', '', '2005-12-31'],
      ['1,000', '1000', '3', 'USD', '', '2004-12-31'],
      ['(100)', '-100', '3', 'USD', 'change', '2005-12-31'],
      ['(10.0)', '-10.0', '0', 'percent', 'change', '2005-12-31'],
    ]);
  });
});

describe('a long label crowding the first column', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/crowded.txt', 'utf8'), 'crowded.txt');
  it('a number glued to the label but aligned with the column is a value; "Under $100,000" stays label', () => {
    const r = itemsAsRows(d.items);
    expect(r.filter((x) => x.line === '2').map((x) => [x.row, x.raw])).toEqual([
      ['Net gain on sales of loans-servicing released and other', '1,229'],
      ['Net gain on sales of loans-servicing released and other', '1,208'],
    ]);
    expect(r.filter((x) => x.line === '4').map((x) => [x.row, x.raw])).toEqual([
      ['Under $100,000 deposits', '100'],
      ['Under $100,000 deposits', '90'],
    ]);
  });
});

describe('a table carried over a page break with its header repeated', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/continued.txt', 'utf8'), 'continued.txt');
  it('is one table', () => {
    expect(d.tables.map((t) => t.title)).toEqual(['CONSOLIDATED BALANCE SHEETS']);
    expect(d.tables[0].rows.filter((r) => !r.heading).map((r) => r.label)).toEqual(['Cash', 'Receivables', 'Total assets', 'Payables', 'Total liabilities']);
    expect(new Set(d.items.map((i) => i.table))).toEqual(new Set(['CONSOLIDATED BALANCE SHEETS']));
    expect(d.items.filter((i) => i.row === 'Payables').map((i) => i.section)).toEqual(['LIABILITIES', 'LIABILITIES']);
  });
});

describe('rows labelled by a bare year', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/years.txt', 'utf8'), 'years.txt');
  it('the year is the label and the period; the column names head the values', () => {
    expect(itemsAsRows(d.items).map((x) => [x.row, x.column, x.raw, x.period_start, x.period_end])).toEqual([
      ['2005', 'Revenue', '1,234', '2005-01-01', '2005-12-31'],
      ['2005', 'Net income', '100', '2005-01-01', '2005-12-31'],
      ['2004', 'Revenue', '1,100', '2004-01-01', '2004-12-31'],
      ['2004', 'Net income', '90', '2004-01-01', '2004-12-31'],
    ]);
    expect(d.messages).toEqual([]);
  });
});

describe('source typos and value-less lines in a balance sheet', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/typos.txt', 'utf8'), 'typos.txt');
  const r = itemsAsRows(d.items);
  it('"4,180 ,000" is one number; an unreadable token in the value columns is reported with its line', () => {
    expect(r.filter((x) => x.line === '10').map((x) => [x.row, x.raw, x.value])).toEqual([
      ['Other liabilities', '4,180 ,000', '4180000'],
      ['Other liabilities', '3,351,000', '3351000'],
    ]);
    expect(d.messages.map((m) => [m.ruleId, m.positions?.[0].line])).toEqual([['read.unplaced-number', 11]]);
  });
  it('"Commitments" prints no amount and is no heading', () => {
    expect(r.some((x) => x.section === 'Commitments')).toBe(false);
    expect(d.tables[0].rows.find((x) => x.label === 'Commitments')?.heading).toBe(false);
    expect(r.filter((x) => x.line === '16').map((x) => x.section)).toEqual(["STOCKHOLDERS' EQUITY", "STOCKHOLDERS' EQUITY"]);
  });
});

describe('guidance with estimate headers and separate Low / High columns', () => {
  const d = readRelease(readFileSync('test/fixtures/read/synthetic/guidance.txt', 'utf8'), 'guidance.txt');
  it('Q1 2006E is the first quarter; Low and High columns are the two sides of the range', () => {
    expect(
      itemsAsRows(d.items)
        .filter((x) => x.line === '4')
        .map((x) => [x.column, x.period_start, x.period_end, x.range]),
    ).toEqual([
      ['Q1 2006E', '2006-01-01', '2006-03-31', ''],
      ['FY 2006 Guidance | Low', '2006-01-01', '2006-12-31', 'low'],
      ['FY 2006 Guidance | High', '2006-01-01', '2006-12-31', 'high'],
    ]);
  });
});
