// The print proposes, the document's evidence decides. After every table is read, the readings of their headers
// (period of each column, scale of the money cells) are checked against what the rest of the release says:
// - the prose: "for the six months ended June 30, 2005" where a column is headed NINE MONTHS ENDED JUNE 30 and
//   the prose never speaks of nine months; "$3.8 million" where a table without a scale note prints 3,840;
// - arithmetic: earnings per share = net income / shares (a factor of 1,000 exposes a missing scale note);
// - the caption: "at June 30, 2005 and December 31, 2004, respectively" over two columns both printed JUNE 30, 2005;
// - the release date: no period ends after it (except guidance).
// Where the evidence overrides the print an info message says what and why, at the table's header; where the
// print conflicts with the evidence and nothing decides, the print is kept and a warning says so. The module reads
// only the layout-neutral table model, so the HTML reader can run it too.
import { Decimal } from '../model/decimal.js';
import { duration, instant } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { BuiltTable, Col } from './layout.js';
import { durationLength, findDates, monthsBefore } from './periods.js';
import { rowUnit } from './units.js';
import { endOf } from './interpret.js';
import { applyWeeks, statedWeeks } from './weeks.js';
import { crossTables, ytdSums } from './crosscheck.js';
import { applyFiscalCalendar } from './fiscal.js';
import { applyRelativeColumns } from './relative.js';

export interface EvidenceInput {
  /** The release's prose (paragraphs outside tables), lines joined with spaces. */
  prose: string;
  /** Release date (dateline), ISO; periods other than guidance end on or before it. */
  releaseDate?: string;
  file: string;
}

/** Checks and, where the evidence decides, corrects the tables' readings; returns the messages. */
export function weighEvidence(tables: BuiltTable[], input: EvidenceInput): Message[] {
  const messages: Message[] = [];
  const say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) =>
    messages.push({
      ruleId,
      severity,
      message: `table "${t.title}": ${message}`,
      positions: [{ file: input.file, line: t.headerLine ?? t.startLine, column: 1 }],
    });
  // Fiscal labels ("Q4 FY26", "Fiscal 2014 | Q1") take the calendar the document states before any check reads them.
  applyFiscalCalendar(tables, input.prose, say);
  const stated = statedLengths(input.prose);
  const weeks = statedWeeks(input.prose);
  for (const t of tables) {
    misprintedLengths(t, stated, say);
    applyWeeks(t, weeks, say);
    repeatedDates(t, say);
  }
  alignQuarters(tables, say);
  applyRelativeColumns(tables, input.prose, say);
  const released = input.releaseDate ? releaseDate(tables, input.releaseDate, input.file, messages) : undefined;
  missingScales(tables, input.prose, say);
  // Figures another table prints decide a misread period before the release date bound warns about it.
  crossTables(tables, released, say);
  atEndOfPeriod(tables, released);
  if (released) for (const t of tables) afterRelease(t, released, say);
  ytdSums(tables, say);
  return messages;
}

type Say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) => void;

const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/**
 * One quarter, one period: a document whose own evidence runs a quarter on its 52/53-week calendar (Hasbro's
 * statements: "Quarter Ended | March 31, 2019" from December 31, 2018) means that quarter wherever it is named,
 * as "Q1 2019", "March 2019" or "Quarter Ended March 31, 2019" over a pro forma reconciliation, not January 1 to
 * March 31. Periods within a week of each other at both ends are one quarter; the one starting on another day than
 * the first of a month is the calendar the evidence found, when it is the only such one.
 */
function alignQuarters(tables: BuiltTable[], say: Say): void {
  const all = new Map<string, { start: string; end: string }>();
  for (const t of tables) for (const c of t.cols) if (c.period?.type === 'duration' && !c.kind) all.set(`${c.period.start}/${c.period.end}`, c.period);
  const weekly = [...all.values()].filter((p) => !p.start.endsWith('-01'));
  for (const t of tables) {
    for (const c of t.cols) {
      const p = c.period;
      if (p?.type !== 'duration' || c.kind || !p.start.endsWith('-01')) continue;
      const near = weekly.filter((d) => daysApart(d.start, p.start) <= 7 && daysApart(d.end, p.end) <= 7);
      if (near.length !== 1) continue;
      c.period = duration(near[0].start, near[0].end);
      say(
        t,
        'info',
        'read.evidence-period',
        `column "${c.header.join(' | ')}": ${near[0].start}..${near[0].end}, the quarter the document's calendar runs (was ${p.start}..${p.end})`,
      );
    }
  }
}

const WORD_MONTHS: Record<string, number> = { three: 3, six: 6, nine: 9, twelve: 12, '3': 3, '6': 6, '9': 9, '12': 12 };

/** Lengths the prose gives periods ending on a month and day: "six months ended June 30, 2005" -> 06-30 -> {6}. */
function statedLengths(prose: string): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const re = /\b(three|six|nine|twelve|3|6|9|12)[- ]months?\s+(?:period\s+)?end(?:ed|ing)\s+([A-Za-z]{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?)/gi;
  for (const m of prose.matchAll(re)) {
    const d = findDates(/\d{4}/.test(m[2]) ? m[2] : `${m[2]}, 2000`)[0];
    if (!d) continue;
    const key = d.iso.slice(5);
    const set = out.get(key) ?? new Set<number>();
    set.add(WORD_MONTHS[m[1].toLowerCase()]);
    out.set(key, set);
  }
  return out;
}

/**
 * A year-to-date column whose printed length the prose never uses while it names exactly one other year-to-date
 * length for the same period end ("NINE MONTHS ENDED JUNE 30" over six-month figures): the prose decides.
 */
function misprintedLengths(t: BuiltTable, stated: Map<string, Set<number>>, say: Say): void {
  const fixed = new Map<string, number>();
  for (const c of t.cols) {
    const p = c.period;
    if (!p || p.type !== 'duration' || c.kind === 'change' || c.sub) continue;
    const printed = durationLength(c.header.join(' '))?.months;
    if (!printed || printed === 3 || printed === 12) continue;
    const lengths = stated.get(p.end.slice(5));
    if (!lengths || lengths.has(printed)) continue;
    const other = [...lengths].filter((n) => n !== 3 && n !== 12);
    if (other.length !== 1) continue;
    c.period = duration(monthsBefore(p.end, other[0]), p.end);
    const header = c.header.join(' | ');
    if (fixed.get(header) === other[0]) continue;
    fixed.set(header, other[0]);
    say(
      t,
      'info',
      'read.evidence-period',
      `column "${header}" is read as ${other[0]} months ending ${p.end}: the prose speaks of ${other[0]} months ended on that date and never of ${printed}`,
    );
  }
}

/**
 * Two value columns printed with the same date while the caption lists two dates "at June 30, 2005 and December 31,
 * 2004, respectively": the second column takes the caption's other date.
 */
function repeatedDates(t: BuiltTable, say: Say): void {
  const cols = t.cols.filter((c) => c.period?.type === 'instant' && !c.sub && c.kind !== 'change' && !c.member);
  for (let k = 1; k < cols.length; k++) {
    const a = cols[k - 1];
    const b = cols[k];
    if (endOf(a.period!) !== endOf(b.period!)) continue;
    // Columns naming different things under one date ("Consolidated | ME&T | Financial Products" at March 31,
    // 2022 in Caterpillar's supplemental data) do not repeat a date; they share it.
    const undated = (c: Col) =>
      c.header
        .join(' ')
        .replace(/[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\b(?:19|20)\d\d\b/g, '')
        .replace(/\W+/g, ' ')
        .trim()
        .toLowerCase();
    if (undated(a) !== undated(b)) continue;
    const dates = findDates(t.context ?? '')
      .filter((d) => d.hasDay)
      .map((d) => d.iso);
    const i = dates.indexOf(endOf(a.period!));
    const other = i >= 0 ? dates.find((d, j) => j !== i && d !== dates[i]) : undefined;
    if (!other) {
      say(
        t,
        'warning',
        'read.evidence-conflict',
        `columns ${t.cols.indexOf(a)} and ${t.cols.indexOf(b)} print the same date ${endOf(a.period!)}; nothing in the release says which other date is meant`,
      );
      continue;
    }
    b.period = instant(other);
    say(
      t,
      'info',
      'read.evidence-period',
      `column ${t.cols.indexOf(b)} "${b.header.join(' | ')}" repeats the date of its neighbour; the caption gives ${other}`,
    );
  }
}

/**
 * The dateline's year can be misprinted too (Asta Funding's release on fiscal 2004 is datelined "NOVEMBER 23,
 * 2003"): when every table's latest period ends after the dateline and within four months before the same day a
 * year later, the dateline is read a year later (info); otherwise it bounds the periods as printed.
 */
function releaseDate(tables: BuiltTable[], printed: string, file: string, messages: Message[]): string {
  let latest = '';
  let dated = 0;
  let after = 0;
  for (const t of tables) {
    if (GUIDANCE_RE.test(`${t.title} ${t.context ?? ''}`)) continue;
    let own = '';
    for (const c of t.cols) if (c.period && c.kind !== 'range' && !GUIDANCE_RE.test(c.header.join(' ')) && endOf(c.period) > own) own = endOf(c.period);
    if (!own) continue;
    dated++;
    if (own > printed) after++;
    if (own > latest) latest = own;
  }
  // One table reaching past the dateline is a forecast nobody titled as one (ServiceNow's reconciliation of its
  // full-year guidance, headed "Twelve Months Ended December 31, 2020"); a misprinted dateline moves most tables.
  if (!latest || latest <= printed || latest >= '9999' || after * 2 < dated) return printed;
  const next = `${Number(printed.slice(0, 4)) + 1}${printed.slice(4)}`;
  const gap = (Date.parse(next) - Date.parse(latest)) / 86_400_000;
  if (gap < 0 || gap > 120) return printed;
  messages.push({
    ruleId: 'read.evidence-date',
    severity: 'info',
    message: `the dateline reads ${printed} but the tables report periods to ${latest}: the release date is read as ${next}`,
    positions: [{ file, line: tables[0]?.headerLine ?? tables[0]?.startLine ?? 1, column: 1 }],
  });
  return next;
}

// A count grid dated only by its title: "Restaurants open at end of quarter:  Company  Franchised  Total".
const AT_END_RE = /\b(?:at|as of) (?:the )?end of (?:the )?(quarter|period|year)\b/i;

/**
 * The quarter (period, year) a table "at end of quarter" speaks of is the release's: its columns without a period
 * are instants at the latest end the release's other columns print, never after the release date.
 */
function atEndOfPeriod(tables: BuiltTable[], released: string | undefined): void {
  let latest = '';
  for (const t of tables) {
    if (GUIDANCE_RE.test(`${t.title} ${t.context ?? ''}`)) continue;
    for (const c of t.cols) {
      if (c.period?.type !== 'duration' || c.kind || GUIDANCE_RE.test(c.header.join(' '))) continue;
      const end = endOf(c.period);
      if (end > latest && (!released || end <= released)) latest = end;
    }
  }
  if (!latest) return;
  for (const t of tables) {
    if (!AT_END_RE.test(`${t.title} ${t.context ?? ''}`) || t.cols.some((c) => c.period)) continue;
    for (const c of t.cols) if (!c.kind && !c.ragged) c.period = instant(latest);
  }
}

const GUIDANCE_RE = /\b(?:guidance|outlook|estimate[ds]?|forecast|projected|expected|plan|budget|target)\b|\d{4}\s*e\b/i;

/** No period but guidance ends after the release date: the print is kept and the conflict reported. */
function afterRelease(t: BuiltTable, releaseDate: string, say: Say): void {
  if (GUIDANCE_RE.test(`${t.title} ${t.context ?? ''}`)) return;
  for (const c of t.cols) {
    // A change column's period is its neighbour's, which is checked itself (ServiceNow's "Growth Rates" beside guidance).
    if (!c.period || c.kind === 'range' || c.kind === 'change' || c.sub || GUIDANCE_RE.test(c.header.join(' '))) continue;
    const end = endOf(c.period);
    if (end > releaseDate && end < '9999') {
      say(t, 'warning', 'read.evidence-conflict', `column "${c.header.join(' | ')}" ends ${end}, after the release date ${releaseDate}`);
    }
  }
}

/** Money amounts the prose states in millions or billions, in dollars, with the rounding step of their print. */
function proseAmounts(prose: string): { dollars: Decimal; step: Decimal }[] {
  const out: { dollars: Decimal; step: Decimal }[] = [];
  for (const m of prose.matchAll(/\$\s?(\d{1,3}(?:,\d{3})*(?:\.(\d+))?)\s*(million|billion)\b/gi)) {
    const unit = new Decimal(10).pow(m[3].toLowerCase() === 'billion' ? 9 : 6);
    out.push({ dollars: new Decimal(m[1].replace(/,/g, '')).times(unit), step: unit.div(new Decimal(10).pow(m[2]?.length ?? 0)) });
  }
  return out;
}

interface MoneyCell {
  value: Decimal;
  label: string;
  col: Col;
}

function moneyCells(t: BuiltTable): { money: MoneyCell[]; eps: MoneyCell[]; shares: MoneyCell[] } {
  const money: MoneyCell[] = [];
  const eps: MoneyCell[] = [];
  const shares: MoneyCell[] = [];
  for (const r of t.rows) {
    if (r.heading) continue;
    const rowU = rowUnit(r.label, r.section, t.title);
    for (const c of r.cells) {
      const col = t.cols[c.col];
      if (col.kind === 'change') continue;
      const unit = col.unit ?? rowU;
      for (const p of c.cell.parts) {
        if (p.value === null || p.percent || p.dash) continue;
        const cell = { value: new Decimal(p.value), label: r.label, col };
        if (unit === 'USD') money.push(cell);
        else if (unit === 'USD/share') eps.push(cell);
        else if (unit === 'shares') shares.push(cell);
      }
    }
  }
  return { money, eps, shares };
}

/** How many prose amounts a table's money figures state at each scale (figure x 10^k rounds to the prose amount). */
function proseVotes(money: MoneyCell[], amounts: { dollars: Decimal; step: Decimal }[]): Map<number, number> {
  // Small figures (a count, a rate) agree with some prose amount by chance.
  const figures = money.map((m) => m.value.abs()).filter((v) => v.gte(100));
  // A figure v matches an amount when v >= 10 steps and |v - dollars| <= step / 2: one closed interval per amount,
  // computed once (this loop runs prose amounts x money cells x 3 scales; Decimal arithmetic inside it was most of
  // a Horizon Financial release's conversion time).
  const windows = amounts.map((a) => {
    const half = a.step.div(2);
    return { low: Decimal.max(a.step.times(10), a.dollars.minus(half)), high: a.dollars.plus(half) };
  });
  const votes = new Map<number, number>();
  for (const k of [0, 3, 6]) {
    const scaled = figures.map((v) => v.times(POWERS_OF_TEN[k]));
    votes.set(k, windows.filter((w) => scaled.some((v) => v.gte(w.low) && v.lte(w.high))).length);
  }
  return votes;
}

const POWERS_OF_TEN: Record<number, Decimal> = { 0: new Decimal(1), 3: new Decimal(1000), 6: new Decimal(1_000_000) };

/** Scale at which net income / shares = earnings per share in some column (shares read at the table's share scale). */
function perShareVote(money: MoneyCell[], eps: MoneyCell[], shares: MoneyCell[], shareScale: number): number | null {
  const income = money.filter((m) => /^net (?:income|earnings|loss)|^net \(loss\) income|^net income \(loss\)/i.test(m.label));
  for (const e of eps) {
    if (e.value.isZero()) continue;
    for (const n of income.filter((m) => m.col === e.col)) {
      for (const s of shares.filter((x) => x.col === e.col && !x.value.isZero())) {
        const fits = (k: number) => {
          const q = n.value
            .abs()
            .times(new Decimal(10).pow(k))
            .div(s.value.times(new Decimal(10).pow(shareScale)));
          return q.minus(e.value.abs()).abs().lte(e.value.abs().times(0.03).plus(0.011));
        };
        const ks = [0, 3, 6].filter(fits);
        if (ks.length === 1) return ks[0];
      }
    }
  }
  return null;
}

/**
 * Tables without a scale note: the prose amounts and the per-share arithmetic decide their scale (Horizon
 * Financial 2006-01-19 prints none; its prose gives "$4.0 million" for the table's 3,983). Evidence of the whole
 * release decides for a table that has none of its own.
 */
function missingScales(tables: BuiltTable[], prose: string, say: Say): void {
  const amounts = proseAmounts(prose);
  const own = new Map<BuiltTable, { votes: Map<number, number>; perShare: number | null }>();
  const docVotes = new Map<number, number>([
    [0, 0],
    [3, 0],
    [6, 0],
  ]);
  for (const t of tables) {
    if (t.scaleNote) continue;
    const { money, eps, shares } = moneyCells(t);
    if (!money.length) continue;
    const votes = proseVotes(money, amounts);
    for (const [k, n] of votes) docVotes.set(k, docVotes.get(k)! + n);
    // Share counts printed in full (seven digits and more) are in units whatever the money is printed in.
    const full = shares.some((s) => s.value.abs().gte(1_000_000));
    own.set(t, {
      votes,
      perShare: perShareVote(
        money,
        eps,
        shares.filter(() => full),
        0,
      ),
    });
  }
  // Decisive: enough matches, and several times those of any other scale (a few chance matches remain).
  const decisive = (votes: Map<number, number>, min: number, ratio: number) => {
    const best = [...votes].sort((a, b) => b[1] - a[1]);
    return best[0][1] >= min && best[0][1] >= ratio * best[1][1] && (ratio > 0 || best[1][1] === 0) ? best[0][0] : null;
  };
  const docK = decisive(docVotes, 2, 4);
  for (const t of tables) {
    const e = own.get(t);
    if (!e) continue;
    // The per-share arithmetic decides; else the release's prose as a whole (a table's own few matches can be
    // chance: 1,115 in millions is "$1.1 billion" too), unless the table alone says otherwise strongly.
    const mine = decisive(e.votes, 3, 0);
    const d =
      e.perShare !== null
        ? { k: e.perShare, why: 'net income / shares = earnings per share' }
        : mine !== null && (docK === null || e.votes.get(docK) === 0)
          ? { k: mine, why: `${e.votes.get(mine)} amounts of the prose ("$... million") are its figures` }
          : docK !== null
            ? { k: docK, why: `${docVotes.get(docK)} amounts of the release's prose ("$... million") are figures of its tables at that scale` }
            : null;
    if (!d || d.k === 0) continue;
    t.scaleNote = { text: '', scale: d.k, exceptShares: false, inferred: true };
    say(t, 'info', 'read.evidence-scale', `no scale note is printed; amounts are read in ${d.k === 3 ? 'thousands' : 'millions'} because ${d.why}`);
  }
}
