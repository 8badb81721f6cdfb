// Closed intervals of Decimals: the value range a rounded fact stands for (XBRL Calculations 1.1,
// round-to-nearest mode), and the little arithmetic the checks need on them. No JS number touches a value.
import { Decimal } from '../model/decimal.js';

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
