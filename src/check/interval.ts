// Closed intervals of Decimals: the value range a rounded fact stands for (XBRL Calculations 1.1,
// round-to-nearest mode), and the little arithmetic the checks need on them. No JS number touches a value.
import { Decimal } from '../model/decimal.js';

export interface Interval {
  lo: Decimal;
  hi: Decimal;
}

export type Decimals = number | 'INF';

const TEN = new Decimal(10);

/** The interval a value reported with `decimals` stands for: [v − ½·10^−d, v + ½·10^−d]; INF is exact. */
export function roundedInterval(value: Decimal, decimals: Decimals | undefined): Interval {
  if (decimals === undefined || decimals === 'INF') return { lo: value, hi: value };
  const half = TEN.pow(-decimals).div(2);
  return { lo: value.minus(half), hi: value.plus(half) };
}

/** True when the value has non-zero digits finer than `decimals` allows (calc11e:excessDigits, EFM 6.5.37). */
export function hasExcessDigits(value: Decimal, decimals: Decimals | undefined): boolean {
  if (decimals === undefined || decimals === 'INF') return false;
  return !value.mul(TEN.pow(decimals)).isInteger();
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
  const q = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
  return { lo: Decimal.min(...q), hi: Decimal.max(...q) };
}

/** "[lo, hi]" or just "v" for a point, in plain decimal notation, quotients cut to 8 significant digits. */
export function formatInterval(i: Interval): string {
  const show = (d: Decimal) => (d.sd() > 12 ? d.toSignificantDigits(8).toFixed() : d.toFixed());
  return i.lo.eq(i.hi) ? show(i.lo) : `[${show(i.lo)}, ${show(i.hi)}]`;
}
