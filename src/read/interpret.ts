// The one interpreter of table headers, for every layout: a layout reader (fixed-width text, HTML) places header
// text over columns and cells under them; this turns each column's header into its period and kind (value,
// comparison, guidance range), using the table's title matter where the column prints only a year.
import type { Period } from '../model/period.js';
import type { BuiltCell, Col } from './layout.js';
import { addDays, durationLength, findDates, headerPeriod } from './periods.js';
import { duration } from '../model/period.js';
import { Decimal } from '../model/decimal.js';
import { markMembers } from './members.js';
import { headerScale, measureUnit } from './units.js';

/** Text around a table that can name its columns' periods. */
export interface HeaderContext {
  /** Title lines and text left of the column headers ("For the years ended June 30,"). */
  context: string;
  /** For a table without column headers: the sentence introducing it ("... for the quarter ended October 1, 2005:"). */
  intro: string;
  /**
   * A period printed for the whole table outside its column headers (Apple's "THREE MONTHS ENDED JUNE 26, 2004"
   * under the title of a table headed "As Reported | Adjustments | Non-GAAP"): the period of every column whose
   * own header names none.
   */
  caption?: string;
  /**
   * The sentence introducing the table ("The following is a summary of Antero Resources' 33% reduction in the 2020
   * capital budget."): the period of the columns nothing else names, when it names exactly one.
   */
  lead?: string;
}

/** Sets header (inherited where a column prints none), period and kind of every column. */
export function interpretColumns(cols: Col[], cells: BuiltCell[], around: HeaderContext): void {
  inheritHeaders(cols);
  for (const c of cols) {
    const unit = measureUnit(c.header.join(' '));
    if (unit) c.unit = unit;
    const scale = headerScale(c.header[c.header.length - 1] ?? '');
    if (scale) c.scale = scale;
  }
  assignPeriods(cols, around);
  fiscalWeeks(cols);
  for (const c of cols)
    if (!c.kind && c.cellCount > 1 && cells.some((p) => p.cell.parts.length === 2 && !p.cell.parts[0].listed && cols[p.col] === c)) c.kind = 'range';
  resolveChangePeriods(cols);
  rowBridges(cols, cells);
}

/**
 * Unlabelled columns right of a labelled one are its second cell (amount and % of total); a column whose header
 * lines are some of its left neighbour's, printed on the neighbour's lines only, is too ("September 30," over an
 * amount and its % of total). A leading unlabelled column takes the header on its right.
 */
function inheritHeaders(cols: Col[]): void {
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (c.ragged) continue;
    if ((c.sub || !c.header.length) && ci > 0 && cols[ci - 1].header.length) {
      c.header = [...cols[ci - 1].header];
      c.sub = true;
    }
  }
  for (let ci = cols.length - 1; ci >= 0; ci--) {
    const c = cols[ci];
    if (!c.header.length && !c.ragged && ci + 1 < cols.length && cols[ci + 1].header.length) c.header = [...cols[ci + 1].header];
  }
  for (let ci = 1; ci < cols.length; ci++) {
    const c = cols[ci];
    const left = cols[ci - 1];
    if (c.sub || !c.header.length || c.header.length >= left.header.length) continue;
    if (c.header.every((h) => left.header.includes(h)) && [...c.support].every((l) => left.support.has(l))) {
      c.header = [...left.header];
      c.sub = true;
    }
  }
}

const PERIOD_PHRASE_RE =
  /\b(?:(?:three|six|nine|twelve|\d{1,2})[- ](?:months?|weeks?)|quarters?|(?:fiscal )?years?)\s+end(?:ed|ing)\s+[A-Za-z]{3,9}\.?\s+\d{1,2}\b,?/i;

function assignPeriods(cols: Col[], around: HeaderContext): void {
  const introPeriod = around.intro && /:$/.test(around.intro) ? headerPeriod([around.intro]) : null;
  // Columns headed by a year only take the period phrase of the title ("For the years ended June 30,").
  const phrase = around.context.match(PERIOD_PHRASE_RE);
  for (const c of cols) {
    if (!c.header.length && introPeriod?.period) {
      c.period = introPeriod.period;
      continue;
    }
    const monthless = !/[A-Za-z]{3}/.test(c.header.join(' ').replace(/\b(?:fiscal|unaudited|audited|restated)\b/gi, ''));
    const hp = headerPeriod(phrase && monthless ? [phrase[0], ...c.header] : c.header);
    c.period = hp.period;
    c.kind = hp.kind;
    c.dateOnly = hp.dateOnly;
  }
  shareColumns(cols);
  // Columns naming no period ("Retail  Credit  Total", "Parent  Guarantor  Eliminations") are members of an
  // axis; the period is the caption's ("For the 13 weeks ended May 1, 2004", "As of May 1, 2004").
  // Bridge and percentage-change columns name no period but are changes, not members.
  bridgeColumns(cols);
  percentChanges(cols);
  // A grid's "First | Quarter ... Fourth | Quarter | Year" columns name periods whose year a row section gives
  // (items.ts sectionPeriod), not members.
  markMembers(
    cols.filter((c) => !c.period && c.kind !== 'change' && !c.ragged && c.header.length && !QUARTER_NAME_RE.test(c.header.join(' '))),
    around.context,
  );
  // A period caption printed outside the table (Apple's "THREE MONTHS ENDED JUNE 26, 2004" under the title) names
  // the period of every column whose header names none.
  if (around.caption) {
    const captioned = headerPeriod([around.caption]);
    if (captioned.period && !captioned.kind) for (const c of cols) if (!c.period && c.kind !== 'change') c.period = captioned.period;
  }
  const caption = captionPeriods(around.context);
  if (!caption.length) {
    const lead = around.lead ? leadPeriod(around.lead) : null;
    if (lead) for (const c of cols) if (!c.period && c.kind !== 'change' && !c.ragged) c.period = lead;
    return;
  }
  for (const c of cols) {
    if (c.period || c.kind === 'change' || c.ragged || (!c.header.length && introPeriod)) continue;
    c.period = caption[0];
    if (caption.length > 1) c.captionPeriods = caption;
  }
}

export const QUARTER_NAME_RE = /^(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q[1-4]|[1-4]q|(?:total\s+|fiscal\s+)?year)$/i;

const SHARE_HEADER_RE = /^(?:%|percent|pct\.?)(?:\s+(?:of\s+)?(?:total\s+)?(?:net\s+)?(?:sales|revenues?|total))?$/i;

/**
 * A percentage-of-total column printed beside its amount under a date centred over the amount only (a
 * restaurant's "April 20, | 2003    %"): the share is of the amount's period, not a member of an axis.
 */
function shareColumns(cols: Col[]): void {
  for (let ci = 1; ci < cols.length; ci++) {
    const c = cols[ci];
    const left = cols[ci - 1];
    const own = c.header[c.header.length - 1] ?? '';
    if (c.period || c.kind || !left.period || left.kind || !SHARE_HEADER_RE.test(own.trim())) continue;
    c.period = left.period;
  }
}

/**
 * Columns between two periods of one length, naming none, bridge the earlier to the later: Caterpillar's "First
 * Quarter 2021 | Sales Volume | Price Realization | Currency | Inter-Segment / Other | First Quarter 2022" adds the
 * components of the change to the first to give the second. They are changes in amounts, over the later period,
 * not segments.
 */
function bridgeColumns(cols: Col[]): void {
  const len = (p: Period) => (p.type === 'duration' ? `${p.start.slice(5)}..${p.end.slice(5)}` : '');
  for (let a = 0; a < cols.length; a++) {
    const left = cols[a];
    if (!left.period || left.kind || left.period.type !== 'duration') continue;
    let b = a + 1;
    while (b < cols.length && !cols[b].period && !cols[b].kind && !cols[b].ragged && cols[b].header.length) b++;
    const right = cols[b];
    if (b === a + 1 || !right?.period || right.kind || right.period.type !== 'duration') continue;
    if (len(left.period) !== len(right.period) || endOf(left.period) >= endOf(right.period)) continue;
    for (let k = a + 1; k < b; k++) Object.assign(cols[k], { kind: 'change', bridge: true });
  }
}

const LEAD_RE = /^(?:the\s+)?following\b/i;

/**
 * The one period a sentence introducing a table names: "The following is a summary of ... the 2020 capital budget."
 * (the year 2020). Null when it names none, several ("... for the three months ended March 31, 2019 and 2020:") or
 * a day.
 */
export function leadPeriod(sentence: string): Period | null {
  if (!LEAD_RE.test(sentence)) return null;
  const years = new Set(sentence.match(/\b(?:19|20)\d\d\b/g) ?? []);
  // A date ("... as of May 31, 2014 was as follows:") dates a schedule whose rows name their own years: not this.
  if (years.size !== 1 || findDates(sentence).some((d) => d.hasDay)) return null;
  const hp = headerPeriod([sentence]);
  return hp.kind ? null : hp.period;
}

/**
 * The periods a table's caption names: "For the 13 weeks ended May 1, 2004 and May 3, 2003" (one duration per
 * date), "As of May 1, 2004" (an instant). Exported for layout readers that find captions elsewhere.
 */
export function captionPeriods(context: string): Period[] {
  const dates = findDates(context).filter((d) => d.hasDay);
  if (!dates.length) return [];
  const lead = context.slice(0, dates[0].index).match(/(?:\b(?:for|during)\s+the\s+)?[\w\s-]*?\b(?:ended|ending|as of|at)\s*$/i);
  if (!lead) return [];
  // Only dates listed together ("May 1, 2004 and May 3, 2003"), not a later sentence's.
  const listed = [dates[0]];
  for (let k = 1; k < dates.length; k++) {
    if (!/^\s*,?\s*(?:and|&|,)\s*$/i.test(context.slice(dates[k - 1].endIndex, dates[k].index))) break;
    listed.push(dates[k]);
  }
  const out: Period[] = [];
  for (const d of listed) {
    const p = headerPeriod([lead[0], context.slice(d.index, d.endIndex)]).period;
    if (p) out.push(p);
  }
  return out;
}

/**
 * A table whose periods end on days other than month ends ("Jan. 29, 2005") keeps a 52/53-week calendar: its
 * quarter ending "Jan. 31, 2004" is 13 weeks (from Nov. 2), not the calendar quarter, and its year 52 weeks.
 */
function fiscalWeeks(cols: Col[]): void {
  const durations = cols.filter((c) => c.period?.type === 'duration' && c.kind !== 'change');
  const monthEnd = (iso: string) => addDays(iso, 1).endsWith('-01');
  // The evidence is a quarter or year by its length words ending off a month end, not an explicit
  // "January 1, 2002 to July 30, 2002" stub period.
  const weekly = (c: Col) => {
    const len = durationLength(c.header.join(' '));
    return !!len && (!!len.weeks || (!!len.months && len.months % 3 === 0));
  };
  if (!durations.some((c) => c.period!.type === 'duration' && !monthEnd(c.period!.end) && weekly(c))) return;
  for (const c of durations) {
    const p = c.period!;
    if (p.type !== 'duration' || !monthEnd(p.end)) continue;
    const len = durationLength(c.header.join(' '));
    if (!len?.months || len.months % 3 !== 0 || !p.start.endsWith('-01')) continue;
    c.period = duration(addDays(p.end, -7 * 13 * (len.months / 3) + 1), p.end);
  }
}

/** A comparison column takes the period of the latest column of the same length as its left neighbour. */
export function resolveChangePeriods(cols: Col[]): void {
  const len = (p: Period | null) => (p && p.type === 'duration' ? `${monthsBetween(p.start, p.end)}` : p ? 'instant' : '');
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (c.kind !== 'change') continue;
    let left = ci - 1;
    while (left >= 0 && (cols[left].kind === 'change' || !cols[left].period)) left--;
    const ref = left >= 0 ? cols[left] : cols.find((o) => o.kind !== 'change' && o.period);
    if (!ref) {
      c.period = comparedPeriod(c.header);
      continue;
    }
    const same = cols.filter((o) => o.kind !== 'change' && o.period && len(o.period) === len(ref.period));
    let best = ref;
    for (const o of same) if (endOf(o.period!) > endOf(best.period!)) best = o;
    c.period = best.period;
  }
}

/**
 * A table of changes only names the comparison in its header: Mastercard's "Three Months Ended March 31, 2020 as
 * compared to the Three Months Ended March 31, 2019 | Increase/(Decrease) | Net revenue" is a change over the first.
 */
function comparedPeriod(header: string[]): Period | null {
  const text = header.join(' ');
  const m = text.match(/^(.*?)\s+(?:as\s+)?(?:compared\s+(?:to|with)|vs\.?|versus)\s+/i);
  return m && findDates(m[1]).length ? headerPeriod([m[1]]).period : null;
}

/**
 * Percentages right of two or more periods of one length, under a header naming no period and no change: Mastercard's
 * "Q1 2020 | Q1 2019 | Reported GAAP | Currency-neutral" prints the growth of the first over the second. Not a
 * share of a total ("% of revenue", "Margin").
 */
function percentChanges(cols: Col[]): void {
  for (let k = 2; k < cols.length; k++) {
    const c = cols[k];
    if (c.period || c.kind || c.ragged || c.cellCount < 2 || c.pctCells < c.cellCount) continue;
    if (/\bof\b|margin|mix|rate|ratio|yield|share/i.test(c.header.join(' '))) continue;
    let j = k - 1;
    while (j >= 0 && !cols[j].period && cols[j].pctCells === cols[j].cellCount && !cols[j].ragged) j--;
    const periods = [];
    // Bridge columns between the two periods are passed over.
    for (; j >= 0 && (cols[j].kind === 'change' || (cols[j].period && !cols[j].kind)); j--) if (!cols[j].kind) periods.push(cols[j].period!);
    const spans = new Set(periods.map((p) => (p.type === 'duration' ? monthsBetween(p.start, p.end) : -1)));
    if (periods.length >= 2 && spans.size === 1 && new Set(periods.map(endOf)).size === periods.length) c.kind = 'change';
  }
}

export function endOf(p: Period): string {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : '9999-12-31';
}

function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/**
 * Columns that add up across the rows: the first plus the columns between gives the last on every row printing
 * them all (Microsoft's "Percentage Change Y/Y (GAAP) | Constant Currency Impact | Percentage Change Y/Y Constant
 * Currency": 13% + 2% = 15%; ServiceNow's "Previous Guidance Midpoint | Currency Impact | Duration Impact |
 * Guidance Change | Current Guidance Midpoint": 4,230 - 52 + 0 - 43 = 4,135). The columns between are of the
 * nature of the ends: between two changes, components of the change; between two amounts of one period,
 * adjustments within that period, not a change between periods.
 */
function rowBridges(cols: Col[], cells: BuiltCell[]): void {
  const rows = new Map<number, Map<number, string>>();
  for (const b of cells) {
    const p = b.cell.parts;
    if (p.length !== 1 || p[0].value === null) continue;
    if (!rows.has(b.line)) rows.set(b.line, new Map());
    rows.get(b.line)!.set(b.col, p[0].value);
  }
  const key = (p: Period | null) => (p ? JSON.stringify(p) : '');
  for (let a = 0; a < cols.length; a++) {
    for (let z = a + 2; z < cols.length; z++) {
      const [first, last] = [cols[a], cols[z]];
      const changes = first.kind === 'change' && last.kind === 'change';
      const within = !first.kind && !last.kind && !!first.period && key(first.period) === key(last.period);
      const steps = cols.slice(a + 1, z);
      if ((!changes && !within) || steps.some((c) => c.ragged)) continue;
      if (changes ? !steps.some((c) => !c.kind) : !steps.some((c) => c.kind === 'change')) continue;
      if (!addsUp(rows, a, z)) continue;
      // Each keeps the period it has: a component's its header's, an adjustment the period of the ends.
      for (const c of steps) {
        if (changes && !c.kind) c.kind = 'change';
        else if (within && c.kind === 'change') {
          c.kind = '';
          c.period = first.period;
        }
      }
    }
  }
}

/** Every row printing columns a..z (two rows at least, some step not zero) has a + steps = z, within rounding. */
function addsUp(rows: Map<number, Map<number, string>>, a: number, z: number): boolean {
  let checked = 0;
  let moving = false;
  for (const r of rows.values()) {
    const vals: string[] = [];
    for (let k = a; k <= z; k++) if (r.has(k)) vals.push(r.get(k)!);
    if (vals.length !== z - a + 1) continue;
    const places = Math.max(...vals.map((v) => v.split('.')[1]?.length ?? 0));
    const steps = vals.slice(1, -1).map((v) => new Decimal(v));
    const sum = steps.reduce((s, v) => s.plus(v), new Decimal(vals[0]));
    // Each printed figure is rounded by half a unit of its last place.
    const tolerance = new Decimal(10).pow(-places).times(vals.length).div(2);
    if (
      sum
        .minus(vals[vals.length - 1])
        .abs()
        .gt(tolerance)
    )
      return false;
    if (steps.some((v) => !v.isZero())) moving = true;
    checked++;
  }
  return checked >= 2 && moving;
}
