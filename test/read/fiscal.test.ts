// Fiscal labels ("Q4 FY26", "Fiscal 2014 | Q1", "FY2026") mapped onto the calendar the document states (fiscal.ts).
import { describe, expect, it } from 'vitest';
import { fiscalCalendar, fiscalLabel, fiscalPeriod } from '../../src/read/fiscal.js';
import type { BuiltTable, Col } from '../../src/read/layout.js';
import { duration } from '../../src/model/period.js';

const col = (header: string[], period: ReturnType<typeof duration> | null = null): Col => ({
  start: 0,
  end: 0,
  support: new Set(),
  header,
  period,
  kind: '',
  dateOnly: false,
  sub: false,
  own: true,
  pctCells: 0,
  cellCount: 1,
});
const table = (cols: Col[], context = ''): BuiltTable => ({
  title: 't',
  scaleNote: null,
  startLine: 1,
  endLine: 1,
  cols,
  rows: [],
  continued: false,
  warnings: [],
  errors: [],
  context,
});

describe('fiscal calendar from the document', () => {
  it('52/53-week year ending the last Sunday of January (NVIDIA: "fourth quarter ended January 25, 2026")', () => {
    const cal = fiscalCalendar([], 'NVIDIA today reported revenue for the fourth quarter ended January 25, 2026, of $68.1 billion.')!;
    expect(cal.weekly).toEqual({ weekday: 0, rule: 'last' });
    expect(fiscalPeriod(cal, 2026, 4)).toEqual(duration('2025-10-27', '2026-01-25'));
    expect(fiscalPeriod(cal, 2026, 3)).toEqual(duration('2025-07-28', '2025-10-26'));
    expect(fiscalPeriod(cal, 2025, 4)).toEqual(duration('2024-10-28', '2025-01-26'));
    expect(fiscalPeriod(cal, 2026, 0)).toEqual(duration('2025-01-27', '2026-01-25'));
  });

  it('month-end year from a named quarter and the latest printed quarter (Microsoft: third quarter of fiscal year 2020)', () => {
    const t = table([col(['Three Months Ended March 31, 2020'], duration('2020-01-01', '2020-03-31'))]);
    const cal = fiscalCalendar([t], 'In the third quarter of fiscal year 2020, revenue grew.')!;
    expect([cal.endMonth, cal.offset, cal.weekly]).toEqual([6, 0, undefined]);
    expect(fiscalPeriod(cal, 2020, 3)).toEqual(duration('2020-01-01', '2020-03-31'));
    expect(fiscalPeriod(cal, 2020, 0)).toEqual(duration('2019-07-01', '2020-06-30'));
  });

  it('a fiscal year named by the year it starts in (fiscal 2024 ended February 1, 2025)', () => {
    const cal = fiscalCalendar([], 'Net income for fiscal 2024 ended February 1, 2025 was $200 million.')!;
    expect([cal.endMonth, cal.offset, cal.weekly?.rule]).toEqual([1, 1, 'nearest']);
    expect(fiscalPeriod(cal, 2024, 0)).toEqual(duration('2024-02-04', '2025-02-01'));
  });

  it('no evidence, no calendar', () => {
    expect(fiscalCalendar([table([col(['Q4 FY26'])])], 'Record revenue.')).toBeNull();
  });

  it('reads the labels', () => {
    expect(fiscalLabel('Q4 FY26', false)).toEqual({ quarter: 4, year: 2026 });
    expect(fiscalLabel('Fiscal 2014 Q1', false)).toEqual({ quarter: 1, year: 2014 });
    expect(fiscalLabel('FY2026', false)).toEqual({ quarter: 0, year: 2026 });
    expect(fiscalLabel('Q3\u201904 Actual', true)).toEqual({ quarter: 3, year: 2004 });
    expect(fiscalLabel('Q3 2020', false)).toBeNull();
    expect(fiscalLabel('Three Months Ended January 25, 2026', true)).toBeNull();
  });
});
