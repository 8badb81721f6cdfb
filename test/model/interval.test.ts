import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { add, divide, hasExcessDigits, intersect, roundedInterval, scale } from '../../src/model/interval.js';

const D = (s: string) => new Decimal(s);
const show = (i: { lo: Decimal; hi: Decimal } | null) => (i ? [i.lo.toFixed(), i.hi.toFixed()] : null);

describe('intervals (Calculations 1.1, round-to-nearest)', () => {
  it('a value reported to thousands stands for ±500', () => {
    expect(show(roundedInterval(D('102113000'), -3))).toEqual(['102112500', '102113500']);
  });
  it('a value reported to cents stands for ±0.005; INF is exact', () => {
    expect(show(roundedInterval(D('-0.44'), 2))).toEqual(['-0.445', '-0.435']);
    expect(show(roundedInterval(D('78321851'), 'INF'))).toEqual(['78321851', '78321851']);
  });
  it('a negative weight swaps the bounds', () => {
    expect(show(scale(roundedInterval(D('1000'), -3), D(-1)))).toEqual(['-1500', '-500']);
  });
  it('closed intervals that touch intersect; disjoint ones do not', () => {
    const a = roundedInterval(D('1000'), -3); // [500, 1500]
    const b = roundedInterval(D('2000'), -3); // [1500, 2500]
    expect(show(intersect(a, b))).toEqual(['1500', '1500']);
    expect(intersect(a, roundedInterval(D('3000'), -3))).toBeNull();
    expect(show(add(a, b))).toEqual(['2000', '4000']);
  });
  it('division takes the extreme corners and refuses a divisor interval holding zero', () => {
    const q = divide(roundedInterval(D('241000'), -3), roundedInterval(D('78321851'), 0));
    expect(q!.lo.toFixed(6)).toBe('0.003071');
    expect(q!.hi.toFixed(6)).toBe('0.003083');
    expect(divide(roundedInterval(D('1'), 0), roundedInterval(D('0'), 0))).toBeNull();
  });
  it('division agrees with the four-corner definition for every sign combination', () => {
    const I = (lo: string, hi: string) => ({ lo: D(lo), hi: D(hi) });
    const corners = (a: ReturnType<typeof I>, b: ReturnType<typeof I>) => {
      const q = [a.lo.div(b.lo), a.lo.div(b.hi), a.hi.div(b.lo), a.hi.div(b.hi)];
      return [Decimal.min(...q).toFixed(), Decimal.max(...q).toFixed()];
    };
    const as = [I('2', '6'), I('-6', '-2'), I('-2', '6'), I('-6', '2'), I('0', '3')];
    const bs = [I('2', '4'), I('-4', '-2'), I('3', '3')];
    for (const a of as) for (const b of bs) expect(show(divide(a, b)), `${show(a)} / ${show(b)}`).toEqual(corners(a, b));
  });
  it('excess digits: non-zero digits finer than decimals', () => {
    expect(hasExcessDigits(D('102113500'), -3)).toBe(true);
    expect(hasExcessDigits(D('102113000'), -3)).toBe(false);
    expect(hasExcessDigits(D('0.559'), 3)).toBe(false);
    expect(hasExcessDigits(D('0.5591'), 3)).toBe(true);
    expect(hasExcessDigits(D('0.5591'), 'INF')).toBe(false);
  });
});
