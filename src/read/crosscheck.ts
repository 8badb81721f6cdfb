// Evidence across tables: a figure printed in two tables is one figure, and year-to-date figures add up.
// - The same row printed with the same figures in a column of another table: the two columns are the same period.
//   When one table gives those figures a period under which another of its tables prints different figures, and a
//   column elsewhere prints the same figures under another period, that column's reading is the misread one and
//   takes the other's period (info); a difference nothing decides is a warning. The same figures 1,000 times apart
//   expose a table without a printed scale note read at the wrong scale: it takes the other table's printed scale.
// - A year-to-date column whose parts are printed too (six months = three months ended March + three months ended
//   June; a year = four quarters, or nine months + the fourth quarter): most rows must add up, else a warning.
// Reads only the layout-neutral table model (layout.ts), like evidence.ts.
import { canonicalDecimal, Decimal } from '../model/decimal.js';
import { periodKey, type Period } from '../model/period.js';
import type { BuiltTable, Col } from './layout.js';
import { rowUnit } from './units.js';
import { periodContext, rowPeriod } from './items.js';
import { addDays } from './periods.js';
import { endOf } from './interpret.js';

type Say = (t: BuiltTable, severity: 'info' | 'warning', ruleId: string, message: string) => void;

interface Figure {
  /** Printed value (not scaled). */
  value: Decimal;
  /** Scaled by the table's scale. */
  scaled: Decimal;
  /** Half the printed rounding step, scaled. */
  half: Decimal;
  /** Canonical forms of value and value x 1000, and |value| < 10: compare() runs for every pair of columns. */
  key: string;
  key1000: string;
  small: boolean;
}

const labelKey = (label: string, section: string) => `${section.toLowerCase().replace(/[^a-z0-9]+/g, '')}|${label.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;

/** The money figures of each value column of a table, by row label. */
function columnFigures(t: BuiltTable): Map<Col, Map<string, Figure>> {
  const scale = t.scaleNote?.scale ?? 0;
  const out = new Map<Col, Map<string, Figure>>();
  for (const r of t.rows) {
    if (r.heading || rowUnit(r.label, r.section, t.title) !== 'USD' || !r.label.trim()) continue;
    for (const c of r.cells) {
      const col = t.cols[c.col];
      if (!col.period || col.kind !== '' || col.sub || col.member || c.cell.parts.length !== 1) continue;
      const p = c.cell.parts[0];
      if (p.value === null || p.percent) continue;
      if (rowPeriod(r.label, col.period, r.section, periodContext(t, col)) !== col.period) continue; // an opening or closing balance row
      if (NOT_ADDITIVE_RE.test(r.section)) continue; // JPMorgan's "SELECTED BALANCE SHEET DATA (average)"
      const value = new Decimal(p.value);
      const decimals = p.value.split('.')[1]?.length ?? 0;
      const unit = new Decimal(10).pow(scale);
      const m = out.get(col) ?? new Map<string, Figure>();
      m.set(labelKey(r.label, r.section), {
        value,
        scaled: value.times(unit),
        half: new Decimal(10).pow(scale - decimals).div(2),
        key: canonicalDecimal(value),
        key1000: canonicalDecimal(value.times(1000)),
        small: value.abs().lt(10),
      });
      out.set(col, m);
    }
  }
  return out;
}

/** Rows two columns share, and how many of them print the same figure (exactly, or 1,000 times apart). */
function compare(a: Map<string, Figure>, b: Map<string, Figure>): { same: number; differ: number; thousand: number } {
  let same = 0;
  let differ = 0;
  let thousand = 0;
  for (const [k, fa] of a) {
    const fb = b.get(k);
    if (!fb || fa.small) continue;
    if (fa.key === fb.key) same++;
    else differ++;
    if (fa.key1000 === fb.key || fb.key1000 === fa.key) thousand++;
  }
  return { same, differ, thousand };
}

/**
 * The same figures in two tables: one period, one scale. A column's reading is proven wrong when it ends after the
 * release date, or when another table prints other figures for the same rows under its period (a fiscal "Third
 * Quarter 2005" of a September year read as the calendar quarter to September 30, while the statement prints its
 * figures for the three months ended June 30: unseen/cross-tables.txt); then the other table's period decides, and
 * decides the other columns of the misread table that print its figures too.
 */
export function crossTables(tables: BuiltTable[], releaseDate: string | undefined, say: Say): void {
  const figures = tables.map(columnFigures);
  const cols = tables.flatMap((t, ti) => [...figures[ti]].map(([col, f]) => ({ t, ti, col, f })));
  type C = (typeof cols)[number];
  const wrong = (x: C) =>
    (!!releaseDate && endOf(x.col.period!) > releaseDate) ||
    cols.some((o) => o.ti !== x.ti && o.col.period && periodKey(o.col.period) === periodKey(x.col.period!) && compare(o.f, x.f).differ >= 2);
  const misread = new Set<number>();
  const pairs = () => cols.flatMap((b) => cols.filter((a) => a.ti !== b.ti && a.col.period && b.col.period).map((a) => ({ a, b })));
  const matching = ({ a, b }: { a: C; b: C }) => {
    const { same, differ } = compare(a.f, b.f);
    return same >= 2 && differ === 0 && periodKey(a.col.period!) !== periodKey(b.col.period!) ? same : 0;
  };
  const adopt = (a: C, b: C, same: number, why: string) => {
    const was = periodKey(b.col.period!);
    b.col.period = a.col.period;
    misread.add(b.ti);
    say(
      b.t,
      'info',
      'read.evidence-period',
      `column "${b.col.header.join(' | ')}" is read as ${periodKey(a.col.period!)}, not ${was}: table "${a.t.title}" prints its ${same} figures for that period${why}`,
    );
  };
  for (const { a, b } of pairs()) {
    const same = matching({ a, b });
    if (same && wrong(b) && !wrong(a))
      adopt(
        a,
        b,
        same,
        releaseDate && endOf(b.col.period!) > releaseDate
          ? `, and ${endOf(b.col.period!)} is after the release date`
          : ', and other figures for the period it was read as',
      );
  }
  const warned = new Set<string>();
  for (const { a, b } of pairs()) {
    const same = matching({ a, b });
    if (!same) continue;
    if (misread.has(b.ti) && !misread.has(a.ti)) {
      adopt(a, b, same, `, like the other misread columns of its table`);
      continue;
    }
    const key = [a.ti, b.ti].sort().join(':') + [periodKey(a.col.period!), periodKey(b.col.period!)].sort().join();
    if (warned.has(key) || misread.has(a.ti)) continue;
    warned.add(key);
    say(
      b.t,
      'warning',
      'read.evidence-conflict',
      `column "${b.col.header.join(' | ')}" (${periodKey(b.col.period!)}) prints ${same} figures that table "${a.t.title}" prints for ${periodKey(a.col.period!)}; nothing decides which period is meant`,
    );
  }
  crossScales(tables, figures, say);
}

/** A table whose scale was not printed, printing another table's figures 1,000 times smaller or larger. */
function crossScales(tables: BuiltTable[], figures: Map<Col, Map<string, Figure>>[], say: Say): void {
  for (let tb = 0; tb < tables.length; tb++) {
    const b = tables[tb];
    if (b.scaleNote && !b.scaleNote.inferred) continue;
    for (let ta = 0; ta < tables.length; ta++) {
      const a = tables[ta];
      if (ta === tb || !a.scaleNote || a.scaleNote.inferred || (b.scaleNote?.scale ?? 0) === a.scaleNote.scale) continue;
      let same = 0;
      for (const [ca, fa] of figures[ta])
        for (const [cb, fb] of figures[tb]) if (ca.period && cb.period && periodKey(ca.period) === periodKey(cb.period)) same += compare(fa, fb).same;
      if (same < 2) continue;
      const was = b.scaleNote?.scale ?? 0;
      b.scaleNote = { text: '', scale: a.scaleNote.scale, exceptShares: a.scaleNote.exceptShares, inferred: true };
      for (const m of figures[tb].values()) for (const f of m.values()) f.scaled = f.value.times(new Decimal(10).pow(a.scaleNote.scale));
      say(
        b,
        'info',
        'read.evidence-scale',
        `no scale note is printed and it was read at 10^${was}; table "${a.title}" prints ${same} of its figures for the same periods "${a.scaleNote.text}", so its amounts are read at 10^${a.scaleNote.scale}`,
      );
      break;
    }
  }
}

const NOT_ADDITIVE_RE = /\baverage|\bbalances?\b|\boutstanding\b|\bend of\b|\bbeginning of\b|\bratio\b/i;

/**
 * Year-to-date columns whose parts are printed (in any table, matched by row label): YTD = earlier YTD + quarter,
 * a year = its quarters. Silent where most rows add up; a warning at the header where most do not.
 */
export function ytdSums(tables: BuiltTable[], say: Say): void {
  // Averages and balances do not add up over time ("AVERAGE BALANCES" by quarter and six months).
  const figures = tables.map((t) => (NOT_ADDITIVE_RE.test(t.title) ? new Map<Col, Map<string, Figure>>() : columnFigures(t)));
  // Figures by period: a table's own first, then a label every other table prints alike (GAAP and pro forma
  // statements print one label with different figures).
  const periodFigures = (ti: number) => {
    const own = new Map<string, Map<string, Figure>>();
    const others = new Map<string, Map<string, Figure | null>>();
    figures.forEach((f, tj) => {
      for (const [col, m] of f) {
        const k = periodKey(col.period!);
        if (tj === ti) own.set(k, new Map([...(own.get(k) ?? []), ...m]));
        const into = others.get(k) ?? new Map<string, Figure | null>();
        for (const [label, fig] of m) into.set(label, into.has(label) && !into.get(label)?.scaled.eq(fig.scaled) ? null : fig);
        others.set(k, into);
      }
    });
    return (k: string, label: string) => own.get(k)?.get(label) ?? others.get(k)?.get(label) ?? undefined;
  };
  const keys = new Set(figures.flatMap((f) => [...f.keys()].map((c) => periodKey(c.period!))));
  const durations = [...keys].filter((k) => k.includes('/')).map((k) => ({ k, start: k.split('/')[0], end: k.split('/')[1] }));
  tables.forEach((t, ti) => {
    const lookup = periodFigures(ti);
    const stockHeadings = t.rows.some((r) => r.heading && (NOT_ADDITIVE_RE.test(r.label) || /\bperiod[- ]end\b/i.test(r.label)));
    for (const [col, m] of figures[ti]) {
      const p = col.period as Period;
      if (p.type !== 'duration') continue;
      const chain = partition(p.start, p.end, durations);
      if (!chain) continue;
      let checked = 0;
      let failed = 0;
      let stocks = 0;
      for (const [label, y] of m) {
        if (NOT_ADDITIVE_RE.test(label)) continue;
        const parts = chain.map((c) => lookup(c, label));
        if (parts.some((x) => !x)) continue;
        const sum = parts.reduce((s, x) => s.plus(x!.scaled), new Decimal(0));
        const slack = parts.reduce((s, x) => s.plus(x!.half), y.half);
        // A balance or an average under a heading that does not say so (JPMorgan's "Loans:" under "SELECTED
        // BALANCE SHEET DATA (period-end)" or "(average)"): the year prints the last quarter's figure, or about
        // the parts' mean. Such a row says nothing of the periods.
        checked++;
        if (balanceOrAverage(y, parts as Figure[], sum, slack)) stocks++;
        else if (sum.minus(y.scaled).abs().gt(slack)) failed++;
      }
      // ... once some row adds up or the table heads its blocks as balances ("SELECTED BALANCE SHEET DATA
      // (period-end)"): otherwise a column whose every row prints the last quarter is the quarter misread.
      if (checked > failed + stocks || stockHeadings) checked -= stocks;
      else failed += stocks;
      if (checked >= 3 && failed * 2 > checked) {
        say(
          t,
          'warning',
          'read.evidence-conflict',
          `column "${col.header.join(' | ')}" (${periodKey(p)}) is not the sum of the printed ${chain.join(' + ')} in ${failed} of ${checked} rows; its period or the parts' may be misread`,
        );
      }
    }
  });
}

function balanceOrAverage(y: Figure, parts: Figure[], sum: Decimal, slack: Decimal): boolean {
  if (sum.minus(y.scaled).abs().lte(slack)) return false;
  const last = parts[parts.length - 1];
  if (last.scaled.minus(y.scaled).abs().lte(last.half.plus(y.half))) return true;
  const mean = sum.div(parts.length);
  return mean.minus(y.scaled).abs().lte(mean.abs().times(0.1).plus(slack));
}

/** Printed periods (at least two) that run consecutively from start to end, the longest first from the start. */
function partition(start: string, end: string, durations: { k: string; start: string; end: string }[]): string[] | null {
  const out: string[] = [];
  let at = start;
  while (at <= end) {
    // Only parts that move forward: a misread period ending before it starts (a fuzzed header of seed 002) once
    // sent this loop back in time for ever.
    const next = durations
      .filter((d) => d.start === at && d.end >= at && d.end <= end && !(d.start === start && d.end === end))
      .sort((x, y) => (x.end < y.end ? 1 : -1))[0];
    if (!next) return null;
    out.push(next.k);
    if (next.end === end) return out.length >= 2 ? out : null;
    at = addDays(next.end, 1);
  }
  return null;
}
