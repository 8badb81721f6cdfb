// How one printed number becomes an ix:nonFraction: which characters go inside the tag, which transform reads
// them, and which scale makes transform(text) x 10^scale equal the fact's magnitude exactly. The sign of the
// fact never comes from the print: `sign="-"` is set iff the fact value is negative.
import { Decimal } from '../../model/decimal.js';

/** TR4 transforms (namespace http://www.xbrl.org/inlineXBRL/transformation/2020-02-12, prefix ixt). */
export const FORMAT_NUMBER = 'ixt:num-dot-decimal';
export const FORMAT_ZERO = 'ixt:fixed-zero';

export interface PrintedNumber {
  /** Printed characters before the tagged text ("$", "(", "($", "-"). */
  before: string;
  /** The tagged text: digits with commas and one dot, or the dash of a zero. */
  core: string;
  after: string;
  format: typeof FORMAT_NUMBER | typeof FORMAT_ZERO;
  /** Magnitude of the printed number (0 for a dash). */
  magnitude: Decimal;
}

const DIGITS = /\d[\d,]*(?:\.\d+)?|\.\d+/;
const DASH = /[-\u2010-\u2015\u2212]+/;

/**
 * Splits the printed span of one value ("($3,600)", "$-", "-17.7%", "55.9%") into the outside text and the
 * tagged core. Null when the span holds no number or more than one (the caller reports it).
 */
export function splitPrinted(raw: string): PrintedNumber | null {
  const m = DIGITS.exec(raw);
  if (m) {
    const before = raw.slice(0, m.index);
    const after = raw.slice(m.index + m[0].length);
    if (/\d/.test(before) || /\d/.test(after)) return null;
    // A separator glued to the number (",5", "5.") would be a different number format: not ours to guess.
    if (/[,.]$/.test(before) || /^[,.]/.test(after)) return null;
    // num-dot-decimal: commas only as group separators between digits.
    if (/,(?!\d)|^,/.test(m[0])) return null;
    return { before, core: m[0], after, format: FORMAT_NUMBER, magnitude: new Decimal(m[0].replace(/,/g, '')) };
  }
  const d = DASH.exec(raw);
  if (d) {
    return {
      before: raw.slice(0, d.index),
      core: d[0],
      after: raw.slice(d.index + d[0].length),
      format: FORMAT_ZERO,
      magnitude: new Decimal(0),
    };
  }
  return null;
}

/** 10^k for the few scales in use, built once: powers of ten are exact, so sharing them changes no result. */
const POWERS = new Map<number, Decimal>();
function pow10(k: number): Decimal {
  let p = POWERS.get(k);
  if (p === undefined) {
    p = new Decimal(10).pow(k);
    POWERS.set(k, p);
  }
  return p;
}

/**
 * The scale with |printed| x 10^scale = |fact value|, trying `preferred` (the item's scale) first; null when no
 * power of ten relates them (the print does not show this fact).
 */
export function scaleFor(printed: Decimal, factValue: Decimal, preferred: number): number | null {
  const target = factValue.abs();
  if (target.isZero() || printed.isZero()) return target.isZero() && printed.isZero() ? preferred : null;
  if (printed.times(pow10(preferred)).eq(target)) return preferred;
  const k = Math.round(target.div(printed).log(10).toNumber());
  if (Number.isFinite(k) && printed.times(pow10(k)).eq(target)) return k;
  return null;
}

/** The value an Inline XBRL processor reads from a tag: transform(core) x 10^scale, negated when sign="-". */
export function inlineValue(core: string, format: string, scale: number, negative: boolean): Decimal {
  const base = format === FORMAT_ZERO ? new Decimal(0) : new Decimal(core.replace(/[, \u00a0]/g, ''));
  const v = base.times(pow10(scale));
  return negative ? v.neg() : v;
}
