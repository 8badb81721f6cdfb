/**
 * XBRL periods as the reader derives them from column headers. Dates are ISO yyyy-mm-dd and, as in XBRL 2.1,
 * an end date or instant means the END of that day.
 */
export type Period = { type: 'instant'; date: string } | { type: 'duration'; start: string; end: string } | { type: 'forever' };

export function periodKey(p: Period): string {
  switch (p.type) {
    case 'instant':
      return p.date;
    case 'duration':
      return `${p.start}/${p.end}`;
    case 'forever':
      return 'forever';
  }
}

export function instant(date: string): Period {
  return { type: 'instant', date };
}

export function duration(start: string, end: string): Period {
  return { type: 'duration', start, end };
}
