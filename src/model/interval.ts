// Closed intervals of Decimals: the value range a rounded fact stands for (XBRL Calculations 1.1,
// round-to-nearest mode), and the little arithmetic on them. The one place ixport computes rounding intervals:
// the checks (src/check) and map's confirmation of base summations (src/map/confirm.ts) both use it, so the two
// cannot disagree on whether printed numbers add up. No JS number touches a value.
import { Decimal } from './decimal.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export type Decimals = number | 'INF';

const TEN = new Decimal(10);

// Powers of ten and half-units by exponent, computed once: every fact of a release shares a handful of decimals.
const POW10 = new Map<number, Decimal>();
const HALF = new Map<number, Decimal>();

function pow10(n: number): Decimal {
  let p = POW10.get(n);
  if (!p) POW10.set(n, (p = TEN.pow(n)));
  return p;
}

/** The interval a value reported with `decimals` stands for: [v − ½·10^−d, v + ½·10^−d]; INF is exact. */
export function roundedInterval(value: Decimal, decimals: Decimals | undefined): Interval {
  if (decimals === undefined || decimals === 'INF') return { lo: value, hi: value };
  let half = HALF.get(decimals);
  if (!half) HALF.set(decimals, (half = pow10(-decimals).div(2)));
  return { lo: value.minus(half), hi: value.plus(half) };
}

/**
 * The decimals a numeric value is accurate to: its decimals attribute, or decimals inferred from precision
 * (XBRL 2.1 §4.6.6) for documents of other tools; undefined when unknown (precision 0).
 */
export function accuracy(decimals: Decimals | undefined, precision: Decimals | undefined, value: Decimal | null | undefined): Decimals | undefined {
  if (decimals !== undefined) return decimals;
  if (precision === undefined || precision === 'INF') return 'INF';
  if (precision === 0 || !(value instanceof Decimal)) return undefined;
  if (value.isZero()) return 'INF';
  // decimals = precision − (exponent of the leading digit) − 1
  return precision - value.e - 1;
}

/** The interval a numeric fact's value stands for, from its decimals (or precision); exact when unknown. */
export function factInterval(fact: { decimals?: Decimals; precision?: Decimals }, value: Decimal): Interval {
  return roundedInterval(value, accuracy(fact.decimals, fact.precision, value));
}

/** True when the value has non-zero digits finer than `decimals` allows (calc11e:excessDigits, EFM 6.5.37). */
export function hasExcessDigits(value: Decimal, decimals: Decimals | undefined): boolean {
  if (decimals === undefined || decimals === 'INF') return false;
  return !value.mul(pow10(decimals)).isInteger();
}

export function exact(value: Decimal): Interval {
  return { lo: value, hi: value };
}

export const ZERO_INTERVAL: Interval = exact(new Decimal(0));

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

/** Multiply by a (possibly negative) weight; the bounds swap when the weight is negative. */
export function scale(a: Interval, w: Decimal): Interval {
  if (w.eq(1)) return a;
  if (w.eq(-1)) return { lo: a.hi.neg(), hi: a.lo.neg() };
  const x = a.lo.mul(w);
  const y = a.hi.mul(w);
  return x.lte(y) ? { lo: x, hi: y } : { lo: y, hi: x };
}

/** Σ weight·interval over the terms: the interval a weighted sum of rounded values stands for. */
export function weightedSum(terms: Iterable<{ interval: Interval; weight: Decimal }>): Interval {
  let sum = ZERO_INTERVAL;
  for (const t of terms) sum = add(sum, scale(t.interval, t.weight));
  return sum;
}

/**
 * Calculations 1.1 consistency of a summation: the total's interval meets the interval of the weighted sum of its
 * items (touching closed bounds meet), so a total that differs from its independently rounded items by no more
 * than the rounding is consistent.
 */
export function consistent(total: Interval, items: Interval): boolean {
  return intersect(total, items) !== null;
}

/** The intersection, or null when the intervals are disjoint (touching closed bounds intersect). */
export function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Decimal.max(a.lo, b.lo);
  const hi = Decimal.min(a.hi, b.hi);
  return lo.lte(hi) ? { lo, hi } : null;
}

/** a / b, or null when b contains zero (the quotient is unbounded). */
export function divide(a: Interval, b: Interval): Interval | null {
  if (b.lo.lte(0) && b.hi.gte(0)) return null;
  // b has one sign: the extremes are a's bounds over b's bounds chosen by the signs (two divisions, not four).
  if (b.lo.gt(0)) {
    return { lo: a.lo.div(a.lo.gte(0) ? b.hi : b.lo), hi: a.hi.div(a.hi.gte(0) ? b.lo : b.hi) };
  }
  return { lo: a.hi.div(a.hi.gte(0) ? b.hi : b.lo), hi: a.lo.div(a.lo.gte(0) ? b.lo : b.hi) };
}

/** "[lo, hi]" or just "v" for a point, in plain decimal notation, quotients cut to 8 significant digits. */
export function formatInterval(i: Interval): string {
  const show = (d: Decimal) => (d.sd() > 12 ? d.toSignificantDigits(8).toFixed() : d.toFixed());
  return i.lo.eq(i.hi) ? show(i.lo) : `[${show(i.lo)}, ${show(i.hi)}]`;
}
