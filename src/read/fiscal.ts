// Fiscal periods from the document's own evidence. Headers like "Q4 FY26", "FY2026", "Fiscal 2014 | Q1" or "Q3'04"
// name a quarter or year of a fiscal calendar the header does not give. The document gives it elsewhere:
// - the prose: NVIDIA "the fourth quarter ended January 25, 2026" (fiscal 2026 ends on the last Sunday of January),
//   Apple "its fiscal 2004 third quarter ended June 26, 2004", Microsoft "the third quarter of fiscal year 2020"
//   with "the quarter ended March 31, 2020", Oracle "fiscal 2014 Q4" over columns "Three Months Ended May 31, 2014";
// - dated column headers: the latest printed quarter is the quarter the release reports, and a "Year Ended May 31"
//   column ends the fiscal year.
// The labels are then mapped onto that calendar (month-end years, or 52/53-week years ending on a weekday), with an
// info message at the header. Without any evidence a fiscal label keeps no period, so items.ts warns.
import { duration, type Period } from '../model/period.js';
import type { BuiltTable, Col } from './layout.js';
import { addDays, findDates, isoDate } from './periods.js';
import { endOf, resolveChangePeriods } from './interpret.js';

type Say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) => void;

export interface FiscalCalendar {
  /** Month (1-12) the fiscal year ends in (for a 'nearest' weekday rule, the month whose end it is nearest). */
  endMonth: number;
  /**
   * A 52/53-week year: it ends on this weekday (0 Sunday), the last of endMonth or the one nearest its end; its
   * quarters' weeks when not 13 each (a restaurant's 16-12-12-12).
   */
  weekly?: { weekday: number; rule: 'last' | 'nearest'; weeks?: number[] };
  /** Fiscal year Y ends in calendar year Y + offset (fiscal 2024 ending February 1, 2025: offset 1). */
  offset: number;
  why: string;
  /** The quarter the document reports, when the prose dates it: "fiscal 2005 third quarter, which ended June 30, 2005". */
  reported?: { year: number; quarter: number };
}

export const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const ORD = '(first|second|third|fourth|1st|2nd|3rd|4th)';
const YEAR = "'?((?:19|20)\\d\\d|\\d\\d)";
const fullYear = (y: string) => (y.length === 4 ? Number(y) : 2000 + Number(y) - (Number(y) >= 50 ? 100 : 0));
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const isMonthEnd = (iso: string) => addDays(iso, 1).endsWith('-01');

interface Anchor {
  quarter: number;
  year?: number;
  end?: string;
  text: string;
}

/** "ended January 25, 2026" right after a phrase: the date, if printed within the sentence. */
function endedDate(after: string): string | undefined {
  const m = after.match(/^[^.;]{0,60}?\bend(?:ed|ing)\s+/i);
  if (!m) return undefined;
  const d = findDates(after.slice(m[0].length, m[0].length + 24))[0];
  return d && d.hasDay && d.index === 0 ? d.iso : undefined;
}

/** Quarters of fiscal years the text names, with the date they ended when it says so. */
function anchorsOf(text: string): Anchor[] {
  const t = text.replace(/[\u2018\u2019]/g, "'");
  const out: Anchor[] = [];
  const patterns: [RegExp, (m: RegExpMatchArray) => { q: number; y?: string }][] = [
    [
      new RegExp(`\\b${ORD}\\s+(?:fiscal\\s+)?quarter(?:\\s+of)?(?:\\s+(?:the\\s+)?fiscal(?:\\s+year)?\\s+${YEAR})?`, 'gi'),
      (m) => ({ q: ORDINAL[m[1].toLowerCase()], y: m[2] }),
    ],
    [new RegExp(`\\bfiscal(?:\\s+year)?\\s+${YEAR}\\s+${ORD}\\s+quarter\\b`, 'gi'), (m) => ({ q: ORDINAL[m[2].toLowerCase()], y: m[1] })],
    [new RegExp(`\\bfiscal(?:\\s+year)?\\s+${YEAR}\\s+q([1-4])\\b`, 'gi'), (m) => ({ q: Number(m[2]), y: m[1] })],
    [new RegExp(`\\b(?:q([1-4])|([1-4])q)\\s*(?:of\\s+)?(?:fy|fiscal(?:\\s+year)?)\\s*${YEAR}\\b`, 'gi'), (m) => ({ q: Number(m[1] ?? m[2]), y: m[3] })],
    // "fiscal 1996, which ended Feb. 2, 1997" (a retailer's comparative year) names its end as well.
    [new RegExp(`\\bfiscal(?:\\s+year)?\\s+${YEAR}(?=,?\\s+(?:which\\s+)?end(?:ed|ing)\\b)`, 'gi'), (m) => ({ q: 4, y: m[1] })],
  ];
  for (const [re, get] of patterns) {
    for (const m of t.matchAll(re)) {
      const { q, y } = get(m);
      const end = endedDate(t.slice(m.index! + m[0].length));
      if (!y && !end) continue;
      out.push({ quarter: q, year: y ? fullYear(y) : undefined, end, text: `${m[0]}${end ? ` ended ${end}` : ''}`.replace(/\s+/g, ' ') });
    }
  }
  return out;
}

const YEAR_HEADER_RE = /\b(?:fiscal\s+)?years?\s+end(?:ed|ing)\b/i;

/** Dated column headers: the latest printed quarter end, and a year-end date ("Year Ended May 31, 2014"). */
function printedEnds(tables: BuiltTable[]): { quarter?: string; yearEnd?: string; days: Map<string, number> } {
  let quarter: string | undefined;
  let yearEnd: string | undefined;
  const lengths = new Map<string, number>();
  for (const t of tables) {
    for (const c of t.cols) {
      const p = c.period;
      if (!p || p.type !== 'duration' || c.kind || !findDates(c.header.join(' ')).some((d) => d.hasDay)) continue;
      const days = (Date.parse(p.end) - Date.parse(p.start)) / 86_400_000;
      if (!lengths.has(p.end)) lengths.set(p.end, days + 1);
      if (days >= 83 && days <= 98 && (!quarter || p.end > quarter)) quarter = p.end;
      if (days >= 360 && days <= 372 && YEAR_HEADER_RE.test(`${c.header.join(' ')} ${t.context ?? ''}`) && (!yearEnd || p.end > yearEnd)) yearEnd = p.end;
    }
  }
  return { quarter, yearEnd, days: lengths };
}

/**
 * Weeks of each quarter of a 52-week year, from the printed length of the anchored quarter: a restaurant's
 * "Sixteen Weeks Ended April 20, 2003" first quarter (or a twelve-week later one) is a 16-12-12-12 year.
 */
function quarterWeeks(q: number, days: number | undefined): number[] {
  if ((q === 1 && days === 112) || (q > 1 && days === 84)) return [16, 12, 12, 12];
  return [13, 13, 13, 13];
}

/** The calendar a quarter's end implies: the fiscal year ends 3 x (4 - q) months (or 13-week quarters) later. */
function calendarOf(q: number, end: string, year: number | undefined, why: string, days?: number): FiscalCalendar {
  const [y, m] = end.split('-').map(Number);
  if (isMonthEnd(end)) {
    const months = m - 1 + 3 * (4 - q);
    const fyEndYear = y + Math.floor(months / 12);
    return { endMonth: (months % 12) + 1, offset: year === undefined ? 0 : fyEndYear - year, why };
  }
  const weeks = quarterWeeks(q, days);
  const fyEnd = addDays(end, 7 * weeks.slice(q).reduce((a, b) => a + b, 0));
  const [ey, em, ed] = fyEnd.split('-').map(Number);
  const weekday = new Date(Date.UTC(ey, em - 1, ed)).getUTCDay();
  // Early in a month: the weekday nearest the previous month's end (Buckle's fiscal 2024 ends February 1, 2025).
  const nearest = ed <= 3;
  const endMonth = nearest ? ((em + 10) % 12) + 1 : em;
  const endYear = nearest && em === 1 ? ey - 1 : ey;
  const weekly = { weekday, rule: nearest ? ('nearest' as const) : ('last' as const), ...(weeks[0] !== 13 ? { weeks } : {}) };
  return { endMonth, weekly, offset: year === undefined ? 0 : endYear - year, why };
}

/** The document's fiscal calendar, from the prose and titles (anchors) and the dated column headers. */
export function fiscalCalendar(tables: BuiltTable[], prose: string): FiscalCalendar | null {
  const text = [prose, ...tables.map((t) => `${t.title}. ${t.context ?? ''}`)].join(' . ');
  const anchors = anchorsOf(text);
  const printed = printedEnds(tables);
  // An end date the prose names together with its fiscal year decides the naming; else the first dated one.
  const dated = anchors.find((a) => a.end && a.year !== undefined) ?? anchors.find((a) => a.end);
  const named = latestHeaderQuarter(tables, anchors) ?? anchors.find((a) => a.year !== undefined);
  if (dated) {
    // A quarter ended on a date, named by its fiscal year here or elsewhere ("Fourth Quarter and Fiscal 2026").
    const year = dated.year ?? anchors.find((a) => a.year !== undefined && a.quarter === dated.quarter)?.year;
    const cal = calendarOf(dated.quarter, dated.end!, year, `the document says "${dated.text}"`, printed.days.get(dated.end!));
    return year === undefined ? cal : { ...cal, reported: { year, quarter: dated.quarter } };
  }
  if (named && printed.quarter) {
    return calendarOf(
      named.quarter,
      printed.quarter,
      named.year,
      `the document speaks of "${named.text}" and its latest printed quarter ends ${printed.quarter}`,
    );
  }
  if (printed.yearEnd) return calendarOf(4, printed.yearEnd, undefined, `a column prints the year ended ${printed.yearEnd}`);
  return null;
}

/**
 * The fiscal quarter the prose names that is also the latest printed in column headers. NVIDIA's CFO commentary
 * names "first quarter of fiscal 2027" (its outlook) before "fourth quarter of fiscal 2026", while its columns run
 * "Q4 FY26 | Q3 FY26 | Q4 FY25": the quarter reported is the latest a column prints, not the first the prose names.
 */
function latestHeaderQuarter(tables: BuiltTable[], anchors: Anchor[]): Anchor | undefined {
  let best: { q: number; y: number } | undefined;
  for (const t of tables) {
    for (const c of t.cols) {
      if (c.kind || /\b(?:outlook|guidance)\b/i.test(c.header.join(' '))) continue;
      for (const h of anchorsOf(c.header.join(' '))) {
        if (h.year !== undefined && (!best || h.year * 4 + h.quarter > best.y * 4 + best.q)) best = { q: h.quarter, y: h.year };
      }
    }
  }
  if (!best) return undefined;
  return anchors.find((a) => a.year === best!.y && a.quarter === best!.q) ?? { quarter: best.q, year: best.y, text: `Q${best.q} FY${best.y}` };
}

/**
 * "Year-to-date | 2005" under a fiscal calendar: from the start of fiscal 2005 to the end of the quarter the
 * document reports, or of the same quarter of an earlier year (Lakeshore Chemical's September year: its third
 * quarter ended June 30, 2005, so year-to-date 2005 runs from October 1, 2004).
 */
function yearToDateColumns(tables: BuiltTable[], cal: FiscalCalendar, say: Say): void {
  const r = cal.reported;
  if (!r) return;
  for (const t of tables) {
    for (const c of t.cols) {
      if (c.kind) continue;
      const header = c.header.join(' ');
      if (!/\byear[- ]to[- ]date\b|\bytd\b/i.test(`${header} ${t.title}`) || findDates(header).some((d) => d.hasDay)) continue;
      const years = header.match(/\b(?:19|20)\d\d\b/g);
      if (years?.length !== 1) continue;
      const y = Number(years[0]);
      if (y > r.year || y < r.year - 5) continue;
      const q = fiscalPeriod(cal, y, r.quarter) as { start: string; end: string };
      const start = addDays(yearEnd(cal, y - 1), 1);
      if (c.period?.type === 'duration' && c.period.start === start && c.period.end === q.end) continue;
      c.period = duration(start, q.end);
      say(t, 'info', 'read.evidence-period', `column "${c.header.join(' | ')}" is fiscal ${y} to date: ${start} to ${q.end} (${cal.why})`);
    }
  }
}

/** Last day of fiscal year Y. */
function yearEnd(cal: FiscalCalendar, y: number): string {
  const cy = y + cal.offset;
  const m = cal.endMonth;
  const last = isoDate(cy, m, lastDay(cy, m));
  if (!cal.weekly) return last;
  const dow = new Date(Date.parse(last)).getUTCDay();
  const back = (dow - cal.weekly.weekday + 7) % 7;
  if (cal.weekly.rule === 'last' || back <= 3) return addDays(last, -back);
  return addDays(last, 7 - back);
}

/** Quarter q (0: the whole year) of fiscal year Y. */
export function fiscalPeriod(cal: FiscalCalendar, y: number, q: number): Period {
  const start = addDays(yearEnd(cal, y - 1), 1);
  if (!q) return duration(start, yearEnd(cal, y));
  if (cal.weekly) {
    const weeks = cal.weekly.weeks ?? [13, 13, 13, 13];
    const qs = addDays(start, 7 * weeks.slice(0, q - 1).reduce((a, b) => a + b, 0));
    return duration(qs, q === 4 ? yearEnd(cal, y) : addDays(qs, 7 * weeks[q - 1] - 1));
  }
  const [sy, sm] = start.split('-').map(Number);
  const first = new Date(Date.UTC(sy, sm - 1 + 3 * (q - 1), 1));
  const last = new Date(Date.UTC(sy, sm - 1 + 3 * q, 0));
  return duration(first.toISOString().slice(0, 10), last.toISOString().slice(0, 10));
}

/** The fiscal quarter or year a header names without a date: "Q4 FY26", "Fiscal 2014 | Q1", "FY2026", "Q3'04". */
export function fiscalLabel(header: string, calendarLabels: boolean): { year: number; quarter: number } | null {
  const h = header.replace(/[\u2018\u2019]/g, "'").toLowerCase();
  if (findDates(h).some((d) => d.hasDay) || /\b(?:months?|weeks?|ytd|year[- ]to[- ]date)\b/.test(h)) return null;
  const fiscal = '(?:fy|fiscal(?:\\s+year)?)';
  const q =
    h.match(new RegExp(`\\b(?:q([1-4])|([1-4])q)\\s*'?\\s*${fiscal}\\s*'?((?:19|20)\\d\\d|\\d\\d)\\b`)) ??
    h.match(new RegExp(`\\b${fiscal}\\s*'?((?:19|20)\\d\\d|\\d\\d)\\b.*?\\b(?:q([1-4])|([1-4])q)\\b`)) ??
    h.match(new RegExp(`\\b${ORD}\\s+quarter(?:\\s+of)?\\s+${fiscal}\\s+'?((?:19|20)\\d\\d|\\d\\d)\\b`));
  if (q) {
    if (q[0].match(/^(?:q[1-4]|[1-4]q)/)) return { quarter: Number(q[1] ?? q[2]), year: fullYear(q[3]) };
    if (/^(?:fy|fiscal)/.test(q[0])) return { quarter: Number(q[2] ?? q[3]), year: fullYear(q[1]) };
    return { quarter: ORDINAL[q[1]], year: fullYear(q[2]) };
  }
  // Quarters labelled by the year alone ("Q3'04", "Q3 2020") are the fiscal calendar's when the document keeps one.
  const plain = calendarLabels ? h.match(/\b(?:q([1-4])|([1-4])q)\s*'?\s*((?:19|20)\d\d|\d\d)\b/) : null;
  if (plain) return { quarter: Number(plain[1] ?? plain[2]), year: fullYear(plain[3]) };
  // So are ordinal ones: a June-year thrift's "Fourth Quarter | 2003" is April-June 2003 (its prose: "the fourth
  // quarter of its fiscal year ended June 30, 2003").
  const ord = calendarLabels ? h.match(new RegExp(`\\b${ORD}\\s+quarter\\s+(?:of\\s+)?'?((?:19|20)\\d\\d)\\b`)) : null;
  if (ord) return { quarter: ORDINAL[ord[1]], year: fullYear(ord[2]) };
  const y = h.match(new RegExp(`\\b${fiscal}\\s*'?((?:19|20)\\d\\d|\\d\\d)\\b`));
  return y ? { quarter: 0, year: fullYear(y[1]) } : null;
}

/** Gives columns headed by fiscal labels the periods of the document's fiscal calendar. */
export function applyFiscalCalendar(tables: BuiltTable[], prose: string, say: Say): void {
  const cal = fiscalCalendar(tables, prose);
  if (!cal) {
    undated(tables, prose, say);
    return;
  }
  const fiscalYearEnd = cal.endMonth !== 12 || !!cal.weekly;
  for (const t of tables) {
    const told = new Set<string>();
    let changed = false;
    for (const c of t.cols) {
      if (c.kind === 'change') continue;
      const label = fiscalLabel(c.header.join(' '), fiscalYearEnd);
      if (!label) continue;
      const p = fiscalPeriod(cal, label.year, label.quarter);
      if (
        c.period &&
        endOf(c.period) === endOf(p) &&
        c.period.type === p.type &&
        (c.period.type !== 'duration' || c.period.start === (p as { start: string }).start)
      )
        continue;
      c.period = p;
      changed = true;
      const header = c.header.join(' | ');
      if (told.has(header)) continue;
      told.add(header);
      say(
        t,
        'info',
        'read.evidence-period',
        `column "${header}" is read as fiscal ${label.quarter ? `Q${label.quarter} ` : 'year '}${label.year}, ${periodText(p)}: ${cal.why}`,
      );
    }
    if (yearToDate(t, cal, say)) changed = true;
    if (changed) resolveChangePeriods(t.cols as Col[]);
  }
  if (fiscalYearEnd) yearToDateColumns(tables, cal, say);
}

/**
 * "Year-to-Date | December 31, | 1996" runs from the start of the fiscal year, not of the calendar year: six
 * months for a small company whose prose reports "the second quarter of fiscal 1997 ended December 31, 1996".
 */
function yearToDate(t: BuiltTable, cal: FiscalCalendar, say: Say): boolean {
  let changed = false;
  for (const c of t.cols) {
    const p = c.period;
    if (c.kind || !p || p.type !== 'duration' || !/\byear[- ]to[- ]date\b|\bytd\b/i.test(c.header.join(' '))) continue;
    const y = Number(p.end.slice(0, 4));
    const fy = [y - 1, y, y + 1, y + 2].map((k) => fiscalPeriod(cal, k, 0)).find((f) => f.type === 'duration' && f.start <= p.end && p.end <= f.end);
    if (!fy || fy.type !== 'duration' || fy.start === p.start) continue;
    c.period = duration(fy.start, p.end);
    changed = true;
    say(t, 'info', 'read.evidence-period', `column "${c.header.join(' | ')}" is read as the fiscal year to date, ${periodText(c.period)}: ${cal.why}`);
  }
  return changed;
}

/**
 * A document printing no date at all (Apple's data summary: "Q2'04 Actual | Q3'03 Actual | Q3'04 Actual" and no
 * dateline) cannot show whether its quarter labels are calendar or fiscal quarters: the calendar reading is kept
 * and a warning says it is unchecked.
 */
function undated(tables: BuiltTable[], prose: string, say: Say): void {
  const text = [prose, ...tables.map((t) => `${t.context ?? ''} ${t.cols.map((c) => c.header.join(' ')).join(' ')}`)].join(' ');
  if (findDates(text).some((d) => d.hasDay)) return;
  for (const t of tables) {
    const labelled = t.cols.filter((c) => c.period && !c.kind && fiscalLabel(c.header.join(' '), true)?.quarter);
    if (!labelled.length) continue;
    say(
      t,
      'warning',
      'read.evidence-conflict',
      `columns ${labelled.map((c) => `"${c.header.join(' | ')}"`).join(', ')} are read as calendar quarters: the document prints no date, so a fiscal calendar can neither be found nor ruled out`,
    );
  }
}

function periodText(p: Period): string {
  return p.type === 'duration' ? `${p.start} to ${p.end}` : endOf(p);
}
