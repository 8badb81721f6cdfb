// The one interpreter of table headers, for every layout: a layout reader (fixed-width text, HTML) places header
// text over columns and cells under them; this turns each column's header into its period and kind (value,
// comparison, guidance range), using the table's title matter where the column prints only a year.
import type { Period } from '../model/period.js';
import type { BuiltCell, Col } from './layout.js';
import { headerPeriod } from './periods.js';

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
}

/** Sets header (inherited where a column prints none), period and kind of every column. */
export function interpretColumns(cols: Col[], cells: BuiltCell[], around: HeaderContext): void {
  inheritHeaders(cols);
  assignPeriods(cols, around);
  for (const c of cols) if (!c.kind && c.cellCount > 1 && cells.some((p) => p.cell.parts.length === 2 && cols[p.col] === c)) c.kind = 'range';
  resolveChangePeriods(cols);
}

/**
 * Unlabelled columns right of a labelled one are its second cell (amount and % of total); a column whose header
 * lines are some of its left neighbour's, printed on the neighbour's lines only, is too ("September 30," over an
 * amount and its % of total). A leading unlabelled column takes the header on its right.
 */
function inheritHeaders(cols: Col[]): void {
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if ((c.sub || !c.header.length) && ci > 0 && cols[ci - 1].header.length) {
      c.header = [...cols[ci - 1].header];
      c.sub = true;
    }
  }
  for (let ci = cols.length - 1; ci >= 0; ci--) {
    const c = cols[ci];
    if (!c.header.length && ci + 1 < cols.length && cols[ci + 1].header.length) c.header = [...cols[ci + 1].header];
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
  if (!around.caption) return;
  const captioned = headerPeriod([around.caption]);
  if (!captioned.period || captioned.kind) return;
  for (const c of cols) if (!c.period && c.kind !== 'change') c.period = captioned.period;
}

/** A comparison column takes the period of the latest column of the same length as its left neighbour. */
function resolveChangePeriods(cols: Col[]): void {
  const len = (p: Period | null) => (p && p.type === 'duration' ? `${monthsBetween(p.start, p.end)}` : p ? 'instant' : '');
  for (let ci = 0; ci < cols.length; ci++) {
    const c = cols[ci];
    if (c.kind !== 'change') continue;
    let left = ci - 1;
    while (left >= 0 && (cols[left].kind === 'change' || !cols[left].period)) left--;
    const ref = left >= 0 ? cols[left] : cols.find((o) => o.kind !== 'change' && o.period);
    if (!ref) continue;
    const same = cols.filter((o) => o.kind !== 'change' && o.period && len(o.period) === len(ref.period));
    let best = ref;
    for (const o of same) if (endOf(o.period!) > endOf(best.period!)) best = o;
    c.period = best.period;
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

