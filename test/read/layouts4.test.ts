// Layout classes of the plain4 round, each printed differently from its unseen2 fixture, so a rule that fits one
// document only fails here: two tables side by side, a grid's second year block, a count grid titled on its
// header line, and a page's scale note over a third block of the page.
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const read = (lines: string[]) => itemsAsRows(readRelease(lines.join('\n'), 'layouts.txt').items);
const at = (rows: ReturnType<typeof read>, line: number) =>
  rows.filter((r) => r.line === String(line)).map((r) => [r.table, r.raw, r.scale, r.unit, r.period_type, r.period_start, r.period_end]);

describe('plain4 layout classes', () => {
  it('two tables side by side, three columns on the left', () => {
    const rows = read([
      'ACME SAVINGS BANK',
      '(Dollars in thousands)',
      '',
      'SELECTED BALANCES                                    OPERATIONS',
      '                  Jun 30,   Mar 31,  Jun 30,                            Q2 2004    Q2 2003',
      '                   2004      2004     2003',
      'Assets           $910,004  $902,117 $880,450      Interest income      $ 14,001   $ 13,200',
      'Loans             700,100   690,220  650,300      Interest expense        6,100      6,300',
      'Deposits          800,001   795,000  770,100      Net income              2,400      2,100',
    ]);
    expect(at(rows, 7)).toEqual([
      ['SELECTED BALANCES', '$910,004', '3', 'USD', 'instant', '', '2004-06-30'],
      ['SELECTED BALANCES', '$902,117', '3', 'USD', 'instant', '', '2004-03-31'],
      ['SELECTED BALANCES', '$880,450', '3', 'USD', 'instant', '', '2003-06-30'],
      ['OPERATIONS', '$ 14,001', '3', 'USD', 'duration', '2004-04-01', '2004-06-30'],
      ['OPERATIONS', '$ 13,200', '3', 'USD', 'duration', '2003-04-01', '2003-06-30'],
    ]);
    expect(at(rows, 9).map((r) => r[0])).toEqual(['SELECTED BALANCES', 'SELECTED BALANCES', 'SELECTED BALANCES', 'OPERATIONS', 'OPERATIONS']);
  });

  it("a quarterly grid's later year blocks continue the grid", () => {
    const rows = read([
      'QUARTERLY RESULTS (in thousands)',
      '',
      '                        Q1         Q2         Q3         Q4',
      '                     --------   --------   --------   --------',
      '1999',
      'Revenues             $ 10,100   $ 10,200   $ 10,300   $ 10,400',
      'Net income              1,100      1,200      1,300      1,400',
      '',
      '1998',
      'Revenues             $  9,100   $  9,200   $  9,300   $  9,400',
      'Net income                100        200        300        400',
    ]);
    expect(at(rows, 10).map((r) => [r[1], r[2], r[4], r[5], r[6]])).toEqual([
      ['$  9,100', '3', 'duration', '1998-01-01', '1998-03-31'],
      ['$  9,200', '3', 'duration', '1998-04-01', '1998-06-30'],
      ['$  9,300', '3', 'duration', '1998-07-01', '1998-09-30'],
      ['$  9,400', '3', 'duration', '1998-10-01', '1998-12-31'],
    ]);
  });

  it('a count grid titled on its header line counts things at the release period end', () => {
    const rows = read([
      'STATEMENTS OF INCOME (in thousands)',
      '',
      '                              Thirteen Weeks Ended',
      '                           May 1, 2004   May 3, 2003',
      'Net sales                    $ 120,500     $ 110,200',
      'Net income                       4,300         3,900',
      'Cost of sales                   80,000        75,000',
      '',
      'Stores open at end of period:     Owned       Leased      Total',
      '  Superstores                        40          210        250',
      '  Outlets                            12           30         42',
    ]);
    expect(at(rows, 10).map((r) => [r[1], r[2], r[3], r[4], r[6]])).toEqual([
      ['40', '0', 'pure', 'instant', '2004-05-01'],
      ['210', '0', 'pure', 'instant', '2004-05-01'],
      ['250', '0', 'pure', 'instant', '2004-05-01'],
    ]);
  });
});
