// Period phrases of prose ("for the third quarter of 2004", "full-year 2005", "the end of the second quarter of
// 2004", "the prior year quarter") resolved against the release's own fiscal calendar and current quarter.
import type { Period } from '../../model/period.js';
import { isoDate } from '../periods.js';

export interface Calendar {
  /** Month (1-12) the fiscal year ends in. */
  fyeMonth: number;
  /** The quarter the release reports on. */
  current: { fy: number; q: number };
}

export interface PeriodPhrase {
  start: number;
  end: number;
  period: Period;
  /** Text just before the phrase introduces a comparison ("over", "from", "than", "versus"). */
  base: boolean;
}

const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Quarter q of fiscal year fy as a duration. */
export function quarterOf(cal: Calendar, fy: number, q: number): Period {
  // The fiscal year fy ends in fyeMonth of calendar year fy; quarter q ends 3 * (4 - q) months earlier.
  let endM = cal.fyeMonth - 3 * (4 - q);
  let endY = fy;
  while (endM <= 0) {
    endM += 12;
    endY--;
  }
  let startM = endM - 2;
  let startY = endY;
  if (startM <= 0) {
    startM += 12;
    startY--;
  }
  return { type: 'duration', start: isoDate(startY, startM, 1), end: isoDate(endY, endM, lastDay(endY, endM)) };
}

export function yearOf(cal: Calendar, fy: number): Period {
  const endM = cal.fyeMonth;
  const startM = endM === 12 ? 1 : endM + 1;
  const startY = endM === 12 ? fy : fy - 1;
  return { type: 'duration', start: isoDate(startY, startM, 1), end: isoDate(fy, endM, lastDay(fy, endM)) };
}

function endOf(p: Period): Period {
  return p.type === 'duration' ? { type: 'instant', date: p.end } : p;
}

function shiftQuarter(fy: number, q: number, by: number): { fy: number; q: number } {
  const n = fy * 4 + (q - 1) + by;
  return { fy: Math.floor(n / 4), q: (n % 4) + 1 };
}

type Resolver = (m: RegExpExecArray, cal: Calendar) => Period | null;

const year = (s: string | undefined, cal: Calendar): number => (s ? Number(s) : cal.current.fy);

/** Phrase patterns, longest first; a span matched by one is not matched again. */
const PHRASES: [RegExp, Resolver][] = [
  [
    /\b(?:at )?the end of (?:the )?(first|second|third|fourth) quarter(?: of)?(?: (\d{4}))?/gi,
    (m, c) => endOf(quarterOf(c, year(m[2], c), ORDINAL[m[1].toLowerCase()])),
  ],
  [
    /\b(?:the )?(first|second|third|fourth) quarter of (?:last|the prior|the previous) year/gi,
    (m, c) => quarterOf(c, c.current.fy - 1, ORDINAL[m[1].toLowerCase()]),
  ],
  [/\b(?:the )?(first|second|third|fourth)[- ]quarter(?: of)?(?: fiscal)?(?: (\d{4}))?/gi, (m, c) => quarterOf(c, year(m[2], c), ORDINAL[m[1].toLowerCase()])],
  [/\b(?:([1-4])Q|Q([1-4]))[ ']?(\d{4})\b/gi, (m, c) => quarterOf(c, Number(m[3]), Number(m[1] ?? m[2]))],
  [/\byear[- ]end\b(?: of)?(?: (\d{4}))?(?: levels?)?/gi, (m, c) => endOf(yearOf(c, m[1] ? Number(m[1]) : c.current.fy - 1))],
  [/\b(?:the )?full[- ]year(?: ended)?(?: of)?(?: (\d{4}))?/gi, (m, c) => yearOf(c, year(m[1], c))],
  [/\bended (\d{4})\b/gi, (m, c) => endOf(yearOf(c, Number(m[1])))],
  [/\b(?:fiscal(?: year)?|the year ended [A-Z][a-z]+ \d{1,2},) (\d{4})/gi, (m, c) => yearOf(c, Number(m[1]))],
  [
    /\bthe (?:prior|previous|last)[- ]year(?:'s)? quarter|\bthe year[- ]ago quarter|\bthe same quarter (?:of |in )?(?:the )?(?:prior|previous|last) year/gi,
    (_m, c) => {
      const p = shiftQuarter(c.current.fy, c.current.q, -4);
      return quarterOf(c, p.fy, p.q);
    },
  ],
  [
    /\bthe (?:prior|previous|preceding|sequential|last) quarter|\bsequentially/gi,
    (_m, c) => {
      const p = shiftQuarter(c.current.fy, c.current.q, -1);
      return quarterOf(c, p.fy, p.q);
    },
  ],
  [/\bthe (?:current|latest|most recent) quarter|\bthe quarter\b/gi, (_m, c) => quarterOf(c, c.current.fy, c.current.q)],
  [/\bthe (?:prior|previous|last) year\b|\blast year\b/gi, (_m, c) => yearOf(c, c.current.fy - 1)],
  [/\ban annual basis\b/gi, (_m, c) => yearOf(c, c.current.fy - 1)],
  // A bare year used as a period: after a preposition ("in 2003", "each of 2005 and 2006") or before a measure word.
  [/(?<=\b(?:in|for|of|during|providing|and) (?:each of )?)((?:19|20)\d\d)\b(?! ?\w*,)/gi, (m, c) => yearOf(c, Number(m[1]))],
  [/\b((?:19|20)\d\d)(?= (?:adjusted|operating|revenue|net|guidance)\b)/gi, (m, c) => yearOf(c, Number(m[1]))],
];

const BASE_INTRO = /\b(?:over|from|than|versus|vs\.?|compared (?:to|with)|relative to|against|on)\s+$/i;

/** Every period phrase of a sentence, in text order. */
export function findPeriods(text: string, cal: Calendar): PeriodPhrase[] {
  const taken: boolean[] = new Array(text.length).fill(false);
  const out: PeriodPhrase[] = [];
  for (const [re, resolve] of PHRASES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean)) continue;
      // A date ("October 22, 2004") or a year inside a name ("Act of 1995") is not a period of a number.
      if (/\b[A-Z][a-z]+\.? \d{1,2}, $/.test(text.slice(Math.max(0, start - 16), start))) continue;
      const period = resolve(m, cal);
      if (!period) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      out.push({ start, end, period, base: BASE_INTRO.test(text.slice(Math.max(0, start - 30), start)) || /^sequentially/i.test(m[0]) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
