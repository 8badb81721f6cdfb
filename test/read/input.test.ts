// Bad input: clear messages naming file and line, non-zero exit codes, never a stack trace.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ReadError, readRelease } from '../../src/read/index.js';
import { readReleaseText } from '../../src/pipeline/release.js';
import { sniffDocument } from '../../src/pipeline/load.js';
import extract from '../../src/cli/commands/extract.js';
import { UserError } from '../../src/cli/command.js';
import { fillCellText, parseValue, splitLine } from '../../src/read/cells.js';
import { headerPeriod } from '../../src/read/periods.js';

describe('cell values', () => {
  it.each([
    ['$29,294', '29294'],
    ['(37,835)', '-37835'],
    ['($0.01)', '-0.01'],
    ['$-', '0'],
    ['-', '0'],
    ['--', '0'],
    ['---', '0'],
    ['55.9%', '55.9'],
    ['-17.7%', '-17.7'],
    ['($0.00)', '-0.00'],
    ['$ (806)', '-806'],
    ['(.02)', '-0.02'],
    ['( 0.38)', '-0.38'],
    ['(100.0)%', '-100.0'],
    ['$     -', '0'],
    ['$         1.28', '1.28'],
    ['1.5x', '1.5'],
    ['(0.3)x', '-0.3'],
  ])('%s -> %s', (raw, value) => expect(parseValue(raw).value).toBe(value));
  it.each([['N/M'], ['NM'], ['N/A'], ['NA'], ['*']])('%s is not a number', (raw) => expect(parseValue(raw).value).toBeNull());
});

describe('footnote marks after values', () => {
  it.each([
    ['Revenue            1,234 (a)     1,100', 'Revenue', ['1,234', '1,100']],
    ['Tax   5 (1)   6', 'Tax', ['5', '6']],
    ['Other    (1)      (2)', 'Other', ['(1)', '(2)']],
    ['Book value   $ 9.31  *    $ 8.74 **', 'Book value', ['$ 9.31', '$ 8.74']],
    ['Gain    1,234(2)    567*', 'Gain', ['1,234', '567']],
  ])('%s', (line, label, cells) => {
    const s = splitLine(line);
    fillCellText(line, s.cells);
    expect([s.label, s.cells.map((c) => c.text)]).toEqual([label, cells]);
  });
});

describe('header periods', () => {
  it.each([
    [['Three Months Ended', 'March 31, 2004'], { type: 'duration', start: '2004-01-01', end: '2004-03-31' }],
    [['FOR THE YEAR ENDED', 'DECEMBER 31, 2003'], { type: 'duration', start: '2003-01-01', end: '2003-12-31' }],
    [['JULY 31, 2002 TO', 'DECEMBER 31, 2002'], { type: 'duration', start: '2002-07-31', end: '2002-12-31' }],
    [['4Q 2004'], { type: 'duration', start: '2004-10-01', end: '2004-12-31' }],
    [["4Q'99"], { type: 'duration', start: '1999-10-01', end: '1999-12-31' }],
    [['2005', 'Low - High'], { type: 'duration', start: '2005-01-01', end: '2005-12-31' }],
    [['3 Mos. Ended 03/31/01'], { type: 'duration', start: '2001-01-01', end: '2001-03-31' }],
    [['Nine Months Ended', 'June 30,', '2005'], { type: 'duration', start: '2004-10-01', end: '2005-06-30' }],
    [['13 Weeks Ended', 'May 1, 2004'], { type: 'duration', start: '2004-02-01', end: '2004-05-01' }],
    [['Mpower Holding', 'March 31, 2004'], { type: 'instant', date: '2004-03-31' }],
    [['Year Ended', 'March 31,2005'], { type: 'duration', start: '2004-04-01', end: '2005-03-31' }],
    [['Year to Date', 'September 30, 2005'], { type: 'duration', start: '2005-01-01', end: '2005-09-30' }],
    [['Q1 2006E'], { type: 'duration', start: '2006-01-01', end: '2006-03-31' }],
    [['FY06'], { type: 'duration', start: '2006-01-01', end: '2006-12-31' }],
    [['Septem-', 'ber 30,', '2006'], { type: 'instant', date: '2006-09-30' }],
    [['Quarter', 'Ended', 'Septem-', 'ber 30,', '2006'], { type: 'duration', start: '2006-07-01', end: '2006-09-30' }],
    [['Six Months Ended', 'Oct 1, 2005'], { type: 'duration', start: '2005-04-03', end: '2005-10-01' }],
    [['FOR THE THREE MONTHS ENDED MARCH 31, 2005', '2004'], { type: 'duration', start: '2004-01-01', end: '2004-03-31' }],
    [['February 29, 2004', '2005'], { type: 'instant', date: '2005-02-28' }],
  ])('%j', (lines, period) => expect(headerPeriod(lines as string[]).period).toEqual(period));
  it('a change column is marked as such', () => expect(headerPeriod(['Three Month', 'Change']).kind).toBe('change'));
});

describe('bad input to the library', () => {
  it('empty file', () => expect(() => readRelease('  \n\n', 'e.txt')).toThrow(/^e\.txt:1: empty file/));
  it('binary file', () => expect(() => readRelease('abc\n\u0000\u0001\u0002', 'b.bin')).toThrow(ReadError));
  it('binary file names its line', () => expect(() => readRelease('abc\ndef\n\u0000', 'b.bin')).toThrow(/^b\.bin:3: binary/));
  it('HTML goes to the HTML reader (the loader decides the kind): every cell read, positioned on its raw line', () => {
    const html = '<html>\n<body>\n' + '<table><tr><td>Revenue</td><td>$1,000</td></tr></table>\n'.repeat(10) + '</body></html>\n';
    const doc = readReleaseText(html, 'r.htm', { kind: sniffDocument(html, 'r.htm') as 'html-release' });
    expect(doc.items.map((i) => [i.raw, i.pos.line, i.pos.column])).toEqual(Array.from({ length: 10 }, (_, k) => ['$1,000', 3 + k, 32]));
  });
  it('no tables: no items, no error from the library', () => {
    expect(readRelease('Just prose.\nNothing else here.\n', 'p.txt').items).toEqual([]);
  });
  it('no tables: an error when tables are required', () => {
    expect(() => readRelease('Just prose.\n', 'p.txt', { requireTables: true })).toThrow(/p\.txt:1: no table/);
  });
});

const RAGGED = [
  'RESULTS (in thousands)              2005          2004',
  'Revenue                          $1,000        $  900',
  'Cost                                400    350',
  'Profit                                  600    550   77   1',
  'Other               12   13                 14',
  '',
].join('\n');

describe('ixport extract (command)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ixport-read-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0x10]));
    writeFileSync(join(dir, 'prose.txt'), 'A release without any table.\nOnly words.\n');
    writeFileSync(join(dir, 'ragged.txt'), RAGGED);
  });
  /** Runs the command, capturing what it prints. */
  async function run(...args: string[]): Promise<{ code: number | null; out: string; error: unknown }> {
    const chunks: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((c: string) => (chunks.push(String(c)), true)) as typeof process.stdout.write;
    try {
      const code = await extract.run(args);
      return { code, out: chunks.join(''), error: null };
    } catch (error) {
      return { code: null, out: chunks.join(''), error };
    } finally {
      process.stdout.write = write;
    }
  }

  it('prints the gold columns for a seed', async () => {
    const r = await run('examples/001_3128817988bae0a4.txt');
    expect(r.code).toBe(0);
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('line\ttable\trow\tsection\tcolumn\tperiod_type\tperiod_start\tperiod_end\traw\tvalue\tscale\tunit\trange');
    expect(lines.length).toBe(173);
    expect(lines[1]).toBe(
      '198\tBALANCE SHEET\tCash & Cash Equivalents\tCurrent Assets\tMpower Holding | March 31, 2004\tinstant\t\t2004-03-31\t$29,294\t29294\t3\tUSD\t',
    );
  });
  it('prints JSON', async () => {
    const r = await run('examples/003_dae102acde5e4e8b.txt', '--format', 'json');
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out);
    expect(items.length).toBe(264);
    expect(items[0].value).toBe('34077');
    expect(items[0].pos.line).toBe(247);
  });
  it.each([
    ['empty.txt', /:1: empty file/],
    ['binary.bin', /:1: binary file/],
    ['prose.txt', /:1: no table/],
  ])('%s: a user error (exit code 2) naming file and line, nothing printed', async (f, re) => {
    const r = await run(join(dir, f));
    expect(r.error).toBeInstanceOf(UserError);
    expect((r.error as UserError).exitCode).toBe(2);
    expect((r.error as UserError).message.startsWith(join(dir, f) + ':')).toBe(true);
    expect((r.error as UserError).message).toMatch(re);
    expect(r.out).toBe('');
  });
  it('ragged columns: a positioned warning, the other cells printed (exit 0)', async () => {
    const r = await run(join(dir, 'ragged.txt'));
    expect(r.error).toBeNull();
    expect(r.code).toBe(0);
    expect(r.out.split('\n').some((l) => l.startsWith('2\tRESULTS\tRevenue\t'))).toBe(true);
  });
  it('seed 000 (a <TABLE> with phone numbers only): the header line, no error', async () => {
    const r = await run('examples/000_ccf59f1d994e8f6b.txt');
    expect(r.error).toBeNull();
    expect(r.code).toBe(0);
    expect(r.out).toBe('line\ttable\trow\tsection\tcolumn\tperiod_type\tperiod_start\tperiod_end\traw\tvalue\tscale\tunit\trange\n');
  });
  it('a missing file, a bad flag, no file: user errors', async () => {
    for (const args of [[join(dir, 'nope.txt')], ['examples/001_3128817988bae0a4.txt', '--format', 'xml'], []]) {
      expect((await run(...args)).error).toBeInstanceOf(UserError);
    }
  });
});
