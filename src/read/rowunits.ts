// Unit and scale of each row of a built table, from its label, its section, the table's title and footnotes, and
// from the rows around it: a reconciliation's per-share block repeats the labels of its amount block, and a row
// between two share counts that adds up with them counts shares.
import { Decimal } from '../model/decimal.js';
import type { BuiltRow, BuiltTable } from './layout.js';
import { footnoteMeasure, rowUnit, type UnitKind } from './units.js';
import { headerPeriod } from './periods.js';
import type { Period } from '../model/period.js';

// A table of rates: Aflac's "RECONCILIATION OF U.S. GAAP RETURN ON EQUITY (ROE) TO ADJUSTED ROE" and "(SELECTED
// PERCENTAGE CHANGES, UNAUDITED)" print percentages without the sign in rows that name no unit.
const RATE_TABLE_RE =
  /\bpercentage changes\b|\breturn on (?:average )?(?:common )?(?:(?:share|stock)holders['\u2019]? )?(?:equity|assets)\b.*\bto\b.*\b(?:return|ROE|ROA)\b/i;

const PER_UNIT_RE =
  /\bper\s+(?:average\s+|available\s+|occupied\s+|equivalent\s+|comparable\s+)?(?:restaurants?|stores?|units?|locations?|square\s+f(?:oo|ee)t|sq\.?\s*ft\.?|employees?|customers?|subscribers?|accounts?|households?|guests?|transactions?|tons?|rooms?|patient\s+days?|admissions?|members?)\b/i;

/** A table whose title matter says it prints changes only: Aflac's "(SELECTED PERCENTAGE CHANGES, UNAUDITED)". */
export const CHANGES_TABLE_RE = /\b(?:selected )?percentage changes\b/i;

/** A row label may carry its own scale: "Net sales (millions)", "Revenue ($ in thousands)". */
function scaleWord(text: string): number | null {
  // ... or end with it: PNC's "Net charge-offs (recoveries) In millions", a heading row "In billions".
  const m =
    text.match(/\((?:\$\s*)?(?:in\s+)?(?:\$\s*)?(thousands|millions|billions)(?:\s+of\s+[A-Za-z$/]+)?\)/i) ??
    text.match(/(?:^|\s)(?:\$\s*|dollars\s+|amounts\s+)?in\s+(?:\$\s*)?(thousands|millions|billions)\s*$/i);
  // ... or print thousands as "(000)": Aflac's "Shares used to compute earnings per share (000):".
  if (!m) return /\(\s*000'?s?\s*\)/.test(text) ? 3 : null;
  return m[1].toLowerCase() === 'thousands' ? 3 : m[1].toLowerCase() === 'millions' ? 6 : 9;
}

export function tableRowUnits(t: BuiltTable): { units: UnitKind[]; scales: (number | null)[] } {
  const rates = RATE_TABLE_RE.test(`${t.title} ${t.context ?? ''}`);
  const notes = t.rows.map((r) => footnoteMeasure(r.label, t.notes));
  const results = resultHeadings(t.rows);
  const units = t.rows.map((r, k) => {
    const unit = r.heading ? 'USD' : rowUnit(r.label, results.has(r.section) ? '' : r.section, t.title);
    if (unit === 'USD' && notes[k].unit) return notes[k].unit!;
    return rates && unit === 'USD' ? 'percent' : unit;
  });
  statisticCounts(t, units);
  perShareBlocks(t.rows, units);
  percentBlocks(t.rows, units);
  sharesBetweenShares(t.rows, units);
  // So may the heading of its section: Apple's "Shares used in computing earnings per share (in thousands):" over
  // the share counts of a table "(In millions, except share amounts)"; or a footnote: Saia's "(1) In thousands.".
  // Amounts per unit of business are printed in dollars whatever the table's note: a restaurant's "Average weekly
  // sales per restaurant $ 63,114" under "(in thousands)", a hotel's revenue per available room.
  const scales = t.rows.map((r, k) => scaleWord(r.label) ?? (PER_UNIT_RE.test(r.label) ? 0 : scaleWord(r.section)) ?? notes[k].scale ?? null);
  return { units, scales };
}

// A table of operating statistics: "OPERATING STATISTICS", "OPERATING DATA", "Selected Operating Data".
const STATISTICS_TITLE_RE = /\b(?:operating|selected|key) (?:operating )?(?:statistics|data)\b|^\W*statistics\b/i;
// Labels that may name money printed without a sign.
const MONEY_LABEL_RE =
  /revenue|sales|income|expense|cost|price|asset|loan|deposit|dollar|value|earning|cash|capital|debt|equity|margin|profit|ebitda|payroll|charge|\bfees?\b|rent|spend|premium|balance|amount|investment|book|receivable|payable|inventor|liabilit|backlog|\bper\b|yield|\brates?\b|wage|salar|loss|gain|tax|dividend|\$/i;

/**
 * A table of operating statistics with no scale note of its own ("OPERATING STATISTICS" under a statement in
 * thousands) prints its money with "$" ("Average revenue per tractor per week (in dollars) $ 2,910"): a row of whole
 * numbers without any "$" whose label names no money ("Average tractors in service 1,744", "Access lines 98,412")
 * counts things.
 */
function statisticCounts(t: BuiltTable, units: UnitKind[]): void {
  if (!STATISTICS_TITLE_RE.test(t.title)) return;
  const note = t.scaleNote;
  const matter = `${t.context ?? ''} ${(t.titleLines ?? []).join(' ')} ${t.title}`;
  if (note && !note.inferred && note.text && matter.includes(note.text)) return;
  t.rows.forEach((r, k) => {
    if (units[k] !== 'USD' || r.heading || !r.cells.length || MONEY_LABEL_RE.test(`${r.label} ${r.section}`)) return;
    const parts = r.cells.filter((c) => t.cols[c.col]?.kind !== 'change').flatMap((c) => c.cell.parts);
    if (parts.some((p) => p.dollar || p.percent || p.times || (p.value !== null && p.value.includes('.')))) return;
    if (parts.length) units[k] = 'pure';
  });
}

/**
 * Headings that name what their block computes: PNC's "Tangible book value per common share" over "Common
 * shareholders' equity 51,107", "Goodwill and other intangible assets (11,515)", ... "Tangible common shareholders'
 * equity", with "Tangible book value per common share (non-GAAP) $ 93.83" printed right after the block. The
 * rows are the computation's amounts, not figures per share: such a heading gives its rows no unit.
 */
function resultHeadings(rows: BuiltRow[]): Set<string> {
  const out = new Set<string>();
  rows.forEach((r, k) => {
    const section = r.section;
    if (r.heading || !section || rows[k + 1]?.section === section) return;
    const key = labelKey(section);
    const after = rows.slice(k + 1, k + 4).filter((x) => !x.heading && x.cells.length && x.section !== section);
    if (key.split(' ').length >= 3 && after.some((x) => labelKey(x.label).startsWith(key))) out.add(section);
  });
  return out;
}

const labelKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/\s*(?:\(\d{1,2}\)|\d)\s*$/, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
const values = (r: BuiltRow) => r.cells.map((c) => c.cell.parts[0]?.value ?? null);

/**
 * A reconciliation prints its adjustments twice, in amounts and then per share under the per-share row (Oshkosh's
 * "Earnings per share-diluted (GAAP)" then "Loss on extinguishment of debt, net of tax 0.10", repeating the net
 * income block's "6.5"; Aflac's "Net earnings per diluted share" then "Net investment (gains) losses 0.62" under
 * 448). A row below a per-share row that repeats an amount row's label, with smaller figures, is per share.
 */
function perShareBlocks(rows: BuiltRow[], units: UnitKind[]): void {
  const amounts = new Map<string, number>();
  let inBlock = false;
  rows.forEach((r, k) => {
    if (r.heading) return;
    const twin = amounts.get(labelKey(r.label));
    if (units[k] === 'USD' && inBlock && twin !== undefined && perShareOf(values(rows[twin]), values(r))) units[k] = 'USD/share';
    else if (units[k] === 'USD' && !amounts.has(labelKey(r.label))) amounts.set(labelKey(r.label), k);
    // The block runs on while its rows are per share: a row of amounts ends it.
    inBlock = units[k] === 'USD/share';
  });
}

/** Figures a per-share twin of the amounts: each at least five times smaller (the amounts are in millions). */
function perShareOf(amounts: (string | null)[], perShare: (string | null)[]): boolean {
  let some = false;
  for (let i = 0; i < perShare.length; i++) {
    const [a, b] = [amounts[i], perShare[i]];
    if (b === null || b === undefined || a === null || a === undefined || new Decimal(b).isZero()) continue;
    if (new Decimal(b).abs().times(5).gt(new Decimal(a).abs())) return false;
    some = true;
  }
  return some;
}

/**
 * A block whose first row prints its figures with "%" prints percentages in every row, the sign set once at the
 * top as "$" is: JPMorgan's "Net charge-off/(recovery) rate" heading over "Consumer & Business Banking 0.91%",
 * "Home Lending (0.17)", "Card 1.28".
 */
function percentBlocks(rows: BuiltRow[], units: UnitKind[]): void {
  let section = '';
  let percent = false;
  rows.forEach((r, k) => {
    if (r.heading || !r.cells.length) return;
    const parts = r.cells.flatMap((c) => c.cell.parts).filter((p) => p.value !== null);
    if (r.section !== section || !section) {
      section = r.section;
      percent = !!section && parts.length > 0 && parts.every((p) => p.percent) && units[k] !== 'USD/share';
      return;
    }
    if (percent && units[k] === 'USD' && parts.every((p) => !p.dollar && !p.percent)) units[k] = 'percent';
  });
}

/**
 * Oshkosh's "Dilutive equity-based compensation awards" between "Basic weighted-average shares outstanding" and
 * "Diluted weighted-average shares outstanding" counts shares: basic + it = diluted in every column. So does a run
 * of such rows: ServiceNow's "Effects of dilutive time-based stock awards", "... of warrants", ... between "GAAP
 * weighted-average shares ... diluted" 199,938 and "Non-GAAP weighted-average shares ... diluted" 196,699 (the
 * sum within the rounding of the printed figures).
 */
function sharesBetweenShares(rows: BuiltRow[], units: UnitKind[]): void {
  for (let k = 0; k < rows.length; k++) {
    if (units[k] !== 'shares' || !rows[k].cells.length) continue;
    let m = k + 1;
    while (m < rows.length && units[m] === 'USD' && !rows[m].heading && rows[m].cells.length) m++;
    if (m === k + 1 || m >= rows.length || units[m] !== 'shares') continue;
    if (bridgesShares(rows.slice(k, m + 1))) for (let j = k + 1; j < m; j++) units[j] = 'shares';
  }
}

/** First + the rows between = last in every column the first prints, each figure rounded by half a unit. */
function bridgesShares(run: BuiltRow[]): boolean {
  const byCol = (r: BuiltRow) => new Map(r.cells.filter((c) => c.cell.parts.length === 1).map((c) => [c.col, c.cell.parts[0].value]));
  const maps = run.map(byCol);
  const cols = [...maps[0].keys()];
  if (!cols.length || maps.some((m) => m.size !== run[0].cells.length || cols.some((c) => !m.has(c) || m.get(c) === null))) return false;
  return cols.every((c) => {
    const printed = maps.map((m) => m.get(c)!);
    const vals = printed.map((v) => new Decimal(v));
    // One row between: exact (Oshkosh); a run: each printed figure rounded by half a unit of its last place.
    const places = Math.max(...printed.map((v) => v.split('.')[1]?.length ?? 0));
    const tolerance = run.length > 3 ? new Decimal(10).pow(-places).times(run.length).div(2) : new Decimal(0);
    const sum = vals.slice(0, -1).reduce((s, v) => s.plus(v), new Decimal(0));
    return sum
      .minus(vals[vals.length - 1])
      .abs()
      .lte(tolerance);
  });
}

/**
 * Microsoft's constant-currency reconciliations turn the statement round: the columns name measures under a
 * period without a year ("Three Months Ended March 31, | Revenue"), the rows the years ("2019 As Reported", "2020
 * As Reported") and the comparisons ("Percentage Change Y/Y", "Constant Currency Impact"). A row printing a year
 * takes the column's period in that year; the other rows speak of the latest year, and a row saying "change" is
 * a change. Null when the table is not such a table.
 */
export function yearRows(t: BuiltTable): { years: (string | null)[]; latest: string } | null {
  if (!t.cols.some((c) => !c.period && !c.kind && yearlessDate(c.header))) return null;
  const years = t.rows.map((r) => r.label.match(/^((?:19|20)\d\d)\b(?!\s*[-\u2013,])/)?.[1] ?? null);
  const distinct = [...new Set(years.filter((y): y is string => !!y))].sort();
  return distinct.length >= 2 ? { years, latest: distinct[distinct.length - 1] } : null;
}

/** Header lines printing a month and day but no year ("Three Months Ended March 31,"). */
export function yearlessDate(header: string[]): string | null {
  const line = header.find((h) => /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b,?/i.test(h) && !/\b(?:19|20)\d\d\b/.test(h));
  return line ?? null;
}

const DURATION_WORDS_RE = /\b(?:months?|weeks?|quarter|year|ytd)\b/i;

/**
 * Tables whose columns name measures or regions and whose rows name the periods: Caterpillar's reconciliation
 * rows "Three Months Ended March 31, 2022 - U.S. GAAP", "Restructuring costs", "Three Months Ended March 31, 2022 -
 * Adjusted" under "Operating Profit | Profit per Share"; its regional table's headings "First Quarter 2022" over
 * the segment rows. A row or heading printing a period gives it to the rows down to the next one. Null where no
 * column lacks a period.
 */
export function labelPeriods(t: BuiltTable): (Period | null)[] | null {
  if (!t.cols.some((c) => !c.period && !c.ragged)) return null;
  let current: Period | null = null;
  let any = false;
  const out = t.rows.map((r) => {
    const own = periodInLabel(r.label) ?? (r.heading ? null : periodInLabel(r.section));
    if (own) {
      current = own;
      any = true;
    }
    return current;
  });
  return any ? out : null;
}

function periodInLabel(text: string): Period | null {
  if (!text || !DURATION_WORDS_RE.test(text) || !/\b(?:19|20)\d\d\b/.test(text)) return null;
  const hp = headerPeriod([text.replace(/\s+[-\u2013\u2014]\s+.*$/, '')]);
  return hp.period?.type === 'duration' && !hp.kind ? hp.period : null;
}
