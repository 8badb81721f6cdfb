// Column header text -> XBRL period, by the grammar of earnings-release headers: "Three Months Ended June 30, 2005",
// "FOR THE YEAR ENDED DECEMBER 31, 2003", "JULY 31, 2002 TO DECEMBER 31, 2002", "4Q 2004", "3 Mos. Ended 03/31/01",
// "13 Weeks Ended", a bare year, a balance-sheet date. Dates are ISO strings; arithmetic is done on UTC dates.
import { duration, instant, type Period } from '../model/period.js';

export interface HeaderPeriod {
  period: Period | null;
  /** 'change' for a comparison column, 'range' for a "Low - High" column. */
  kind: '' | 'change' | 'range';
  /** True when only a date was printed (no duration words): an instant, unless a reconciliation repeats a statement. */
  dateOnly: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  'twenty-six': 26,
  'twenty-seven': 27,
  'thirty-nine': 39,
  forty: 40,
  'fifty-two': 52,
  'fifty-three': 53,
};

interface FoundDate {
  iso: string;
  index: number;
  endIndex: number;
  /** The day was printed (a month-only date means the month's last day). */
  hasDay: boolean;
}

export function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

/** Every date printed in the text, in order. */
const MDY_RE = new RegExp(`\\b${MONTH_WORD}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b\\s*,?\\s*'?((?:19|20)\\d\\d|\\d\\d)\\b`, 'g');
const MY_RE = new RegExp(`\\b${MONTH_WORD}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'g');

export function findDates(text: string): FoundDate[] {
  if (!/\d/.test(text)) return [];
  const t = text.toLowerCase();
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const add = (iso: string, index: number, len: number, hasDay: boolean) => {
    if (taken.some(([s, e]) => index < e && index + len > s)) return;
    taken.push([index, index + len]);
    out.push({ iso, index, endIndex: index + len, hasDay });
  };
  // Month Day, Year  (also "Mar 31 2005", "March 31,2005")
  for (const m of t.matchAll(MDY_RE)) {
    const mo = MONTHS[m[1].slice(0, m[1].startsWith('sept') ? 4 : 3)] ?? MONTHS[m[1].slice(0, 3)];
    const y = fullYear(m[3]);
    const d = Number(m[2]);
    if (mo && d >= 1 && d <= lastDay(y, mo)) add(isoDate(y, mo, d), m.index!, m[0].length, true);
  }
  // MM/DD/YY(YY)
  for (const m of t.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d\d)\b/g)) {
    const mo = Number(m[1]);
    const d = Number(m[2]);
    const y = fullYear(m[3]);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) add(isoDate(y, mo, d), m.index!, m[0].length, true);
  }
  // Month Year (no day): the month's end
  for (const m of t.matchAll(MY_RE)) {
    const mo = MONTHS[m[1].slice(0, 3)];
    const y = Number(m[2]);
    if (mo) add(isoDate(y, mo, lastDay(y, mo)), m.index!, m[0].length, false);
  }
  out.sort((a, b) => a.index - b.index);
  return out;
}

export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Start of an N-month period ending on iso (inclusive), calendar-month aligned when iso is a month end. */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (d === lastDay(y, m)) {
    const t = new Date(Date.UTC(y, m - months, 1));
    return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, 1);
  }
  // Not a month end: a 52/53-week fiscal calendar, where a quarter is 13 weeks.
  if (months % 3 === 0) return addDays(iso, -7 * 13 * (months / 3) + 1);
  const t = new Date(Date.UTC(y, m - 1 - months, d + 1));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

export function numberWord(w: string): number | null {
  if (/^\d+$/.test(w)) return Number(w);
  return NUMBER_WORDS[w] ?? null;
}

/** Length of the period the header names: months or weeks; null when it names none. */
export function durationLength(text: string): { months?: number; weeks?: number } | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  const w = t.match(/\b(\d{1,2}|[a-z]+(?:-[a-z]+)?)[- ]weeks?\b/);
  if (w) {
    const n = numberWord(w[1]);
    if (n) return { weeks: n };
  }
  const m = t.match(/\b(\d{1,2}|[a-z]+)[- ](?:months?|mos?\.?)(?=\W|$)/);
  if (m) {
    const n = numberWord(m[1]);
    if (n && n <= 12) return { months: n };
  }
  if (/\b(?:quarters?|qtr\.?|qtrs?)\b/.test(t) && !/\b(?:year|fiscal|annual)\b.*\bquarters\b/.test(t)) return { months: 3 };
  if (/\b(?:year|years|fiscal|annual|ytd|twelve)\b/.test(t)) return { months: 12 };
  return null;
}

export const CHANGE_RE =
  /\b(?:change|chg\.?|growth|year\s*\/\s*year|quarter\s*\/\s*quarter|variance|var\.?|increase|decrease|inc\.?\s*\(dec\.?\)|favorable|unfavorable|fav\.?\s*\(unfav\.?\))(?=\W|$)|%\s*(?:change|chg)|\bvs\.?\b|\b[QY]\/[QY]\b|\b(?:yoy|qoq)\b/i;

/** Derives the period of a column from its header lines. */
export function headerPeriod(lines: string[]): HeaderPeriod {
  // "Septem-" / "ber 30," : a word hyphenated across header lines.
  // An audit mark set between the date and its year ("Sept. 30, | (Unaudited) | 1997") belongs to neither.
  const text = lines
    .filter((l) => !/^\s*\((?:un)?audited\)\s*$/i.test(l))
    .join(' ')
    .replace(/([A-Za-z])- ([a-z])/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
  // Apple's data summary prints "Q3\u201904" with a typographic apostrophe.
  const lower = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const kind: HeaderPeriod['kind'] = CHANGE_RE.test(text) ? 'change' : /\blow\b.*\bhigh\b/.test(lower) ? 'range' : '';
  if (kind === 'change') return { period: null, kind, dateOnly: false };
  const dates = findDates(text);
  // Explicit "A to B" / "A through B" / "A - B"
  if (dates.length >= 2) {
    const between = lower.slice(dates[0].endIndex, dates[1].index);
    // Never backwards: a header whose two dates run the wrong way ("JULY 31, 2002 TO | JULY 30, 2002", from lines
    // pulled apart by tabs) is no period XBRL can hold (its end must follow its start).
    if (/^\s*(?:to|through|thru|-|\u2013)\s*$/.test(between) && dates[0].iso <= dates[1].iso) {
      return { period: duration(dates[0].iso, dates[1].iso), kind, dateOnly: false };
    }
  }
  const len = durationLength(lower.replace(/\b(?:low|high|approximately)\b/g, ''));
  if (dates.length) {
    let end = dates[dates.length - 1].iso;
    // "For the three months ended March 31, 2005" spanning columns, then this column's own year "2004".
    const after = lower.slice(dates[dates.length - 1].endIndex).match(/^\s*((?:19|20)\d\d)\s*$/);
    // "For the 13 Weeks Ended / October 2, 2004 and / September 27, 2003" over year columns "2004  2003": each
    // year column takes the printed date of its own year (a 52/53-week calendar ends on a different day each year).
    const own = after ? dates.find((d) => d.iso.startsWith(after[1])) : undefined;
    if (own) end = own.iso;
    else if (after && after[1] !== end.slice(0, 4)) {
      const [, m, d] = end.split('-').map(Number);
      const y = Number(after[1]);
      end = isoDate(y, m, Math.min(d, lastDay(y, m)));
    }
    // "Year to date" / "YTD": from the start of the (calendar) year to the date.
    if (/\b(?:ytd|year[- ]to[- ]date)\b/.test(lower)) return { period: duration(`${end.slice(0, 4)}-01-01`, end), kind, dateOnly: false };
    if (len?.weeks) return { period: duration(addDays(end, -7 * len.weeks + 1), end), kind, dateOnly: false };
    if (len?.months) return { period: duration(monthsBefore(end, len.months), end), kind, dateOnly: false };
    return { period: instant(end), kind, dateOnly: true };
  }
  // A quarter of a fiscal year ("Q4 FY26", "3Q FY2021"): its dates depend on where that fiscal year ends, which
  // the header does not say (NVIDIA's Q4 FY26 ends January 25, 2026). No period, so a warning asks, rather than
  // a calendar year.
  if (/\b(?:q[1-4]|[1-4]q)\s*'?\s*(?:fy|fiscal)\s*'?\d{2,4}\b/.test(lower)) return { period: null, kind, dateOnly: false };
  // "4Q 2004", "Q4 2004", "4Q'99", "fourth quarter 2004"
  const q =
    lower.match(/\b([1-4])q\s*'?((?:19|20)\d\d|\d\d)(?:[ea]\b|\b)/) ??
    lower.match(/\bq([1-4])\s*'?((?:19|20)\d\d|\d\d)(?:[ea]\b|\b)/) ??
    lower.match(/\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?(?: fiscal)? '?((?:19|20)\d\d)\b/) ??
    quarterOverYear(lower);
  if (q) {
    const n = { first: 1, second: 2, third: 3, fourth: 4 }[q[1] as 'first'] ?? parseInt(q[1], 10);
    const y = fullYear(q[2]);
    const endMonth = n * 3;
    return { period: duration(isoDate(y, endMonth - 2, 1), isoDate(y, endMonth, lastDay(y, endMonth))), kind, dateOnly: false };
  }
  // "FY06", "FY '06", "Fiscal 06": a two-digit fiscal year
  const fy = lower.match(/\bfy\s*'?(\d\d)(?:[ea]\b|\b)/);
  if (fy) {
    const y = fullYear(fy[1]);
    return { period: duration(isoDate(y, 1, 1), isoDate(y, 12, 31)), kind, dateOnly: false };
  }
  // A bare year ("2005", "FY2005", "2006E"): the calendar year
  const years = [...lower.matchAll(/(?:^|[^\d,.$])((?:19|20)\d\d)(?![\d,.])/g)];
  if (years.length === 1 || (years.length > 1 && years.every((y) => y[1] === years[0][1]))) {
    const y = Number(years[0][1]);
    return { period: duration(isoDate(y, 1, 1), isoDate(y, 12, 31)), kind, dateOnly: false };
  }
  return { period: null, kind, dateOnly: false };
}

/**
 * "First Quarter" spanning a block of columns whose own header adds what they measure before the year: Saia's
 * operating statistics "First Quarter | Amount/Workday | 2020" is the first quarter of 2020, not the year. Words
 * naming another length ("Full Year", "Six Months", "ended") stop it.
 */
function quarterOverYear(lower: string): RegExpMatchArray | null {
  const m = lower.match(/\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b([^\d]*?)'?((?:19|20)\d\d)\b/);
  if (!m || /\b(?:years?|months?|weeks?|ytd|to date|ended|ending|fiscal|quarter)\b/.test(m[2])) return null;
  return [m[0], m[1], m[3]] as unknown as RegExpMatchArray;
}

/** Words that make a header line: periods, comparisons, guidance. Used to find header lines before columns are known. */
export const HEADER_WORD_RE = new RegExp(
  `\\b(?:${MONTH_WORD}|(?:19|20)\\d\\d|ended|ending|months?|mos\\.?|weeks?|quarters?|qtr|year|fiscal|change|chg|variance|` +
    `low|high|approximately|as of|restated|reported|previously|ytd|actual|[1-4]q|q[1-4])(?=\\W|$)|\\d{1,2}/\\d{1,2}/\\d{2,4}|[1-4]q'\\d\\d`,
  'i',
);
