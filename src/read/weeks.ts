// 52/53-week calendars: the headers print only the end of each period ("THREE MONTHS ENDED JUL 2, 2005"), and a
// quarter is read as 13 weeks, a year as 52. The document itself says when a period is longer:
// - the prose names a period's end and its weeks: Pericom 2005-11-07 "Results for the previous quarter ended July 2,
//   2005 are based upon 14 weeks versus a normal 13 week quarter"; "the 53-week fiscal year ended January 1, 2005";
//   "fiscal 2004 was a 53-week year";
// - the table prints consecutive quarters: a quarter starts the day after the previous printed quarter's end
//   (Oct 1, 2005 after Jul 2, 2005 starts Jul 3).
// Each change from the header's reading is an info message at the header; a prose statement the header
// contradicts ("13 Weeks Ended" where the prose says 14) keeps the print and warns.
import { duration } from '../model/period.js';
import type { BuiltTable, Col } from './layout.js';
import { addDays, durationLength, findDates, numberWord } from './periods.js';

type Say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) => void;

/** A statement of a period's length in weeks: by its end date, or by its fiscal year ("fiscal 2004"). */
export interface WeeksStatement {
  weeks: number;
  end?: string;
  fiscalYear?: number;
}

const WEEKS_RE = /\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ]weeks?\b/gi;
const ENDED_RE = /\b(?:quarters?|years?|periods?|months?|weeks?)\s+(?:then\s+)?end(?:ed|ing)\s*$/i;

/** The prose's statements of weeks, sentence by sentence. */
export function statedWeeks(prose: string): WeeksStatement[] {
  const out: WeeksStatement[] = [];
  for (const s of prose.split(/(?<=[.;])\s+(?=[A-Z(])/)) {
    const counts = [...s.matchAll(WEEKS_RE)]
      .map((m) => ({ n: numberWord(m[1].toLowerCase()) ?? 0, index: m.index! }))
      .filter((c) => (c.n >= 12 && c.n <= 15) || (c.n >= 25 && c.n <= 28) || (c.n >= 38 && c.n <= 41) || (c.n >= 51 && c.n <= 54));
    if (!counts.length) continue;
    const dates = findDates(s).filter((d) => d.hasDay && ENDED_RE.test(s.slice(Math.max(0, d.index - 40), d.index)));
    for (const [k, d] of dates.entries()) {
      const nextDate = dates[k + 1]?.index ?? s.length;
      // "the 14-week quarter ended July 2, 2005" (weeks just before the phrase), else the first count after the
      // date and before the next one ("quarter ended July 2, 2005 are based upon 14 weeks versus a normal 13").
      const before = counts.filter(
        (c) =>
          c.index < d.index && c.index >= d.index - 40 && /^[\s\S]{0,12}\b(?:fiscal\s+)?(?:quarter|year|period)/i.test(s.slice(c.index).replace(WEEKS_RE, '')),
      );
      const after = counts.find((c) => c.index > d.endIndex && c.index < nextDate);
      const c = before[before.length - 1] ?? after;
      if (c) out.push({ weeks: c.n, end: d.iso });
    }
    if (dates.length) continue;
    // "fiscal 2004 was a 53-week year", "the 53-week fiscal year 2004".
    const fy = s.match(/\bfiscal(?:\s+year)?\s+((?:19|20)\d\d)\b/i);
    const long = counts.filter((c) => c.n >= 51);
    if (fy && long.length === 1 && /\byear\b/i.test(s)) out.push({ weeks: long[0].n, fiscalYear: Number(fy[1]) });
  }
  return out;
}

/** Nominal months of a period of n weeks (14 -> 3, 27 -> 6, 53 -> 12). */
const monthsOfWeeks = (n: number) => Math.round(n / 4.345);
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const nominalMonths = (c: Col) => durationLength(c.header.join(' '))?.months;

function valueDurations(t: BuiltTable): Col[] {
  return t.cols.filter((c) => c.period?.type === 'duration' && c.kind !== 'change' && !c.sub);
}

/** The columns a statement speaks of: same end (or the fiscal year's end) and the same nominal length. */
function statedCols(t: BuiltTable, st: WeeksStatement): Col[] {
  const months = monthsOfWeeks(st.weeks);
  const cols = valueDurations(t).filter((c) => {
    const p = c.period as { start: string; end: string };
    return Math.abs(days(p.start, p.end) - months * 30.44) <= 20;
  });
  if (st.end) return cols.filter((c) => (c.period as { end: string }).end === st.end);
  // A fiscal year ends in its year, or early in the next (a retailer's "fiscal 2004" ends January 29, 2005).
  const inYear = cols.filter((c) => (c.period as { end: string }).end.startsWith(`${st.fiscalYear}`));
  if (inYear.length) return inYear;
  return cols.filter((c) => /^\d{4}-0[12]-/.test((c.period as { end: string }).end) && (c.period as { end: string }).end.startsWith(`${st.fiscalYear! + 1}`));
}

/** Applies the prose's week statements, then the consecutive-quarter rule, to a table's duration columns. */
export function applyWeeks(t: BuiltTable, stated: WeeksStatement[], say: Say): void {
  const fixed = new Set<Col>();
  for (const st of stated) {
    for (const c of statedCols(t, st)) {
      const p = c.period as { start: string; end: string };
      const start = addDays(p.end, -7 * st.weeks + 1);
      fixed.add(c);
      if (start === p.start) continue;
      const header = c.header.join(' | ');
      const printed = durationLength(c.header.join(' '))?.weeks;
      if (printed && printed !== st.weeks) {
        say(
          t,
          'warning',
          'read.evidence-conflict',
          `column "${header}" is headed ${printed} weeks but the prose says the period ended ${p.end} had ${st.weeks}; the header is kept`,
        );
        continue;
      }
      c.period = duration(start, p.end);
      say(
        t,
        'info',
        'read.evidence-period',
        `column "${header}" is read as ${st.weeks} weeks from ${start}: the prose says the period ended ${p.end} had ${st.weeks} weeks`,
      );
    }
  }
  consecutiveQuarters(t, fixed, say);
}

/**
 * A 52/53-week calendar (some period ends off a month end) printing consecutive quarters: each quarter starts the
 * day after the previous printed quarter's end, which exposes a 14-week quarter the header cannot show.
 */
function consecutiveQuarters(t: BuiltTable, fixed: Set<Col>, say: Say): void {
  const quarters = valueDurations(t).filter((c) => nominalMonths(c) === 3 && !durationLength(c.header.join(' '))?.weeks);
  const monthEnd = (iso: string) => addDays(iso, 1).endsWith('-01');
  if (!quarters.some((c) => !monthEnd((c.period as { end: string }).end))) return;
  const done = new Set<string>();
  for (const c of quarters) {
    if (fixed.has(c)) continue;
    const p = c.period as { start: string; end: string };
    const prev = quarters
      .map((o) => (o.period as { end: string }).end)
      .filter((e) => e < p.end && days(e, p.end) >= 84 && days(e, p.end) <= 105)
      .sort()
      .pop();
    if (!prev || addDays(prev, 1) === p.start) continue;
    const start = addDays(prev, 1);
    c.period = duration(start, p.end);
    const header = c.header.join(' | ');
    if (done.has(header)) continue;
    done.add(header);
    say(
      t,
      'info',
      'read.evidence-period',
      `column "${header}" is read as ${days(prev, p.end) / 7} weeks from ${start}: the table prints the previous quarter ended ${prev}`,
    );
  }
}
