// Evidence across tables (src/read/crosscheck.ts): the same figures in two tables share period and scale;
// year-to-date figures add up from their printed parts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRelease } from '../../src/read/index.js';

const kinds = (text: string) => readRelease(text, 'x.txt').messages.map((m) => `${m.severity} ${m.ruleId} ${m.positions[0]?.line}`);

const release = (second: string[]) =>
  [
    'ACME CORP REPORTS RESULTS',
    '',
    'Springfield, IL - August 2, 2005 - Acme Corp today reported second quarter results.',
    '',
    '                 CONSOLIDATED STATEMENTS OF INCOME',
    '                          (In thousands)',
    '',
    '                        Three Months Ended         Six Months Ended',
    '                             June 30,                  June 30,',
    '                         2005        2004          2005        2004',
    '                       --------    --------      --------    --------',
    'Net sales              $ 52,400    $ 48,100      $101,300    $ 93,900',
    'Cost of sales            38,100      35,200        73,900      68,400',
    'Operating income          6,210       5,480        11,870      10,300',
    'Net income             $  4,020    $  3,510      $  7,690    $  6,650',
    '',
    ...second,
    '',
  ].join('\n');

describe('figures printed in two tables', () => {
  it('a fiscal quarter read as a calendar quarter takes the statement period (info at the header)', () => {
    const doc = readRelease(readFileSync('test/fixtures/read/unseen/cross-tables.txt', 'utf8'), 'c.txt');
    const info = doc.messages.filter((m) => m.ruleId === 'read.evidence-period');
    expect(info.map((m) => m.positions[0].line)).toEqual([27, 27]);
    expect(doc.messages.filter((m) => m.severity === 'warning')).toEqual([]);
  });

  it('a table without a scale note printing the statement figures takes its printed scale', () => {
    const doc = readRelease(
      release([
        '<PAGE>',
        'Acme Corp second quarter 2005',
        '',
        '                        QUARTERLY SUMMARY',
        '',
        '                        Three Months Ended',
        '                             June 30,',
        '                         2005        2004',
        '                       --------    --------',
        'Net sales              $ 52,400    $ 48,100',
        'Operating income          6,210       5,480',
      ]),
      's.txt',
    );
    const summary = doc.items.filter((i) => i.table.startsWith('QUARTERLY'));
    expect(summary.every((i) => i.scale === 3)).toBe(true);
    expect(doc.messages.filter((m) => m.ruleId === 'read.evidence-scale').length).toBe(1);
  });

  it('a year-to-date column that is not the sum of its printed parts is a warning', () => {
    const k = kinds(
      release([
        '                     FIRST QUARTER (AS REPORTED)',
        '                          (In thousands)',
        '',
        '                        Three Months Ended',
        '                            March 31,',
        '                              2005',
        '                            --------',
        'Net sales                  $ 40,000',
        'Cost of sales                30,000',
        'Operating income              2,000',
        'Net income                 $  1,000',
      ]),
    );
    expect(k.filter((x) => x.startsWith('warning read.evidence-conflict')).length).toBe(1);
  });

  it('parts that add up say nothing', () => {
    const k = kinds(
      release([
        '                     FIRST QUARTER (AS REPORTED)',
        '                          (In thousands)',
        '',
        '                        Three Months Ended',
        '                            March 31,',
        '                              2005',
        '                            --------',
        'Net sales                  $ 48,900',
        'Cost of sales                35,800',
        'Operating income              5,660',
        'Net income                 $  3,670',
      ]),
    );
    expect(k.filter((x) => x.includes('evidence'))).toEqual([]);
  });
});
