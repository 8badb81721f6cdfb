// Columns headed by their place in time rather than a date: "Current | Quarter", "Prior Year | Quarter",
// "Current | Year-to-Date", "Prior | Year-to-Date". The document's prose names the quarter it reports ("results for
// the second quarter ended June 30, 2003", "For the six months ended June 30, 2003"), and these columns are that
// quarter, the same quarter a year before, and the year to date of each.
import { duration, type Period } from '../model/period.js';
import type { BuiltTable } from './layout.js';
import { findDates, monthsBefore, numberWord } from './periods.js';
import { ORDINAL } from './fiscal.js';

type Say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) => void;

const QUARTER_RE = /\b(first|second|third|fourth)\s+(?:fiscal\s+)?quarter\s+(?:of\s+(?:fiscal\s+)?\d{4}\s+)?ended\s+/gi;
const MONTHS_RE = /\b(three|six|nine|twelve)\s+months\s+ended\s+/gi;

/** The quarter the prose reports: its end date and how many months its year to date runs. */
function reportedQuarter(prose: string): { end: string; ytdMonths: number } | null {
  for (const m of prose.matchAll(QUARTER_RE)) {
    const date = findDates(prose.slice(m.index! + m[0].length, m.index! + m[0].length + 40)).find((d) => d.hasDay && d.index === 0);
    if (!date) continue;
    let ytdMonths = ORDINAL[m[1].toLowerCase()] * 3;
    for (const y of prose.matchAll(MONTHS_RE)) {
      const d = findDates(prose.slice(y.index! + y[0].length, y.index! + y[0].length + 40)).find((x) => x.hasDay && x.index === 0);
      const months = numberWord(y[1].toLowerCase()) ?? 0;
      if (d?.iso === date.iso && months > 3) ytdMonths = months;
    }
    return { end: date.iso, ytdMonths };
  }
  return null;
}

function yearBefore(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The period a relative header names, or null when it names none. */
function relativePeriod(header: string, q: { end: string; ytdMonths: number }): Period | null {
  const h = header.toLowerCase().replace(/\s+/g, ' ');
  const prior = /\b(?:prior|previous|last)\s+year\b|\bprior\b|\bprevious\b|\blast year\b|\byear[- ]ago\b/.test(h);
  const ytd = /\byear[- ]to[- ]date\b|\bytd\b/.test(h);
  const quarter = /\bquarter\b/.test(h);
  if (!(/\bcurrent\b|\bthis\b/.test(h) || prior) || (!ytd && !quarter)) return null;
  const end = prior ? yearBefore(q.end) : q.end;
  return duration(monthsBefore(end, ytd ? q.ytdMonths : 3), end);
}

/** Gives undated "Current / Prior Year Quarter" and "Year-to-Date" columns the periods the prose reports. */
export function applyRelativeColumns(tables: BuiltTable[], prose: string, say: Say): void {
  const q = reportedQuarter(prose);
  if (!q) return;
  for (const t of tables) {
    // A change column compares the current period with the prior one: it takes the current column's period.
    let current: Period | null = null;
    for (const c of t.cols) {
      if (c.period) continue;
      if (c.kind === 'change') {
        if (current) c.period = current;
        continue;
      }
      if (c.kind) continue;
      const p = relativePeriod(c.header.join(' '), q);
      if (!p || p.type !== 'duration') continue;
      c.period = p;
      if (p.end === q.end) current = p;
      say(t, 'info', 'read.evidence-period', `column "${c.header.join(' | ')}" prints no date: ${p.start} to ${p.end}, from the quarter the release reports`);
    }
  }
}
