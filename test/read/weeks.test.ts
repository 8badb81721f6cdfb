// Weeks of a 52/53-week calendar stated by the document (src/read/weeks.ts): prose statements and consecutive
// printed quarters.
import { describe, expect, it } from 'vitest';
import { statedWeeks } from '../../src/read/weeks.js';
import { readRelease } from '../../src/read/index.js';

describe('statedWeeks', () => {
  it('reads the weeks a sentence gives a period end', () => {
    expect(
      statedWeeks('Results for the previous quarter ended July 2, 2005 are based upon 14 weeks versus a normal 13 week quarter which is the basis.'),
    ).toEqual([{ weeks: 14, end: '2005-07-02' }]);
    expect(statedWeeks('Sales for the 53-week fiscal year ended January 1, 2005 rose 4%.')).toEqual([{ weeks: 53, end: '2005-01-01' }]);
    expect(statedWeeks('The fourteen-week quarter ended January 1, 2005 included an extra week.')).toEqual([{ weeks: 14, end: '2005-01-01' }]);
    expect(statedWeeks('Fiscal 2004 was a 53-week year.')).toEqual([{ weeks: 53, fiscalYear: 2004 }]);
    // Weeks of something else: no statement.
    expect(statedWeeks('Inventory turned every 13 weeks. The quarter ended July 2, 2005 was strong.')).toEqual([]);
  });
});

const table = (caption: string, h1: string, h2: string, prose: string) =>
  [
    'ACME STORES REPORTS RESULTS',
    '',
    'Anytown, OH - March 10, 2005 - Acme Stores today reported results.',
    prose,
    '',
    '                       CONSOLIDATED STATEMENTS OF INCOME',
    '                    (In thousands, except per share data)',
    '',
    `                               ${caption}`,
    `                               ${h1}`,
    `                               ${h2}`,
    '                              ----------    ----------',
    'Net sales                     $  120,400    $  101,300',
    'Cost of sales                     80,100        70,200',
    'Net income                    $    9,100    $    7,300',
    '',
  ].join('\n');

describe('52/53-week periods in a release', () => {
  it('a quarter after a printed quarter starts the day after its end (14 weeks)', () => {
    const text = table('   Three Months Ended    ', ' Jan. 1,       Sept. 25,', '  2005           2004', 'Sales rose.');
    const doc = readRelease(text, 'q.txt');
    const periods = doc.items.filter((i) => i.row === 'Net sales').map((i) => i.period);
    expect(periods).toEqual([
      { type: 'duration', start: '2004-09-26', end: '2005-01-01' },
      { type: 'duration', start: '2004-06-27', end: '2004-09-25' },
    ]);
    expect(doc.messages.filter((m) => m.ruleId === 'read.evidence-period').length).toBe(1);
  });

  it('a 53-week year stated in the prose', () => {
    const text = table('    Fiscal Year Ended    ', ' Jan. 1,       Dec. 27,', '  2005           2003', 'The fiscal year ended January 1, 2005 had 53 weeks.');
    const doc = readRelease(text, 'y.txt');
    const periods = doc.items.filter((i) => i.row === 'Net sales').map((i) => i.period);
    expect(periods).toEqual([
      { type: 'duration', start: '2003-12-28', end: '2005-01-01' },
      { type: 'duration', start: '2002-12-29', end: '2003-12-27' },
    ]);
  });
});
