// Lexical values of read facts: decimals/precision attributes and exact canonical decimal strings.
import { Decimal, canonicalDecimal } from '../model/decimal.js';

const DECIMAL_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** xs:decimal lexical form (whitespace collapsed) -> canonical string, or undefined when not a decimal. */
export function canonicalOf(text: string): string | undefined {
  const t = text.trim();
  if (!DECIMAL_RE.test(t)) return undefined;
  return canonicalDecimal(new Decimal(t));
}

/** xs:double/xs:float lexical forms accepted by XBRL numeric items (exponent, INF, NaN). */
const DOUBLE_RE = /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/;

/** Canonical value for a numeric item: exact decimal string; exponent forms expanded exactly; INF/NaN kept. */
export function numericValue(text: string): string | undefined {
  const t = text.trim();
  const c = canonicalOf(t);
  if (c !== undefined) return c;
  if (!DOUBLE_RE.test(t)) return undefined;
  if (/INF|NaN/.test(t)) return t;
  return canonicalDecimal(new Decimal(t));
}

/** decimals attribute: integer or INF; undefined when absent; null when present but not valid. */
export function parseDecimals(v: string | undefined): number | 'INF' | undefined | null {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (t === 'INF') return 'INF';
  if (!/^[+-]?\d+$/.test(t)) return null;
  return Number(t);
}

/** precision attribute: non-negative integer or INF. */
export function parsePrecision(v: string | undefined): number | 'INF' | undefined | null {
  if (v === undefined) return undefined;
  const t = v.trim();
  if (t === 'INF') return 'INF';
  if (!/^\+?\d+$/.test(t)) return null;
  return Number(t);
}

/** xs:boolean */
export function isTrue(v: string | undefined): boolean {
  const t = v?.trim();
  return t === 'true' || t === '1';
}

/**
 * Precision inferred from decimals (XBRL 2.1 4.6.6), from the lexical value: the digits before the decimal point
 * (leading zeros ignored), or minus the zeros between the point and the first non-zero digit, plus the exponent
 * and decimals; never below 0. An all-zero value counts the exponent and decimals only.
 */
export function inferPrecision(lexical: string, decimals: number | 'INF'): number | 'INF' | undefined {
  if (decimals === 'INF') return 'INF';
  const m = /^\s*[+-]?(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(lexical);
  if (!m || (!m[1] && !m[2])) return undefined;
  const exp = m[3] ? Number(m[3]) : 0;
  const intDigits = m[1].replace(/^0+/, '');
  const frac = m[2] ?? '';
  let p: number;
  if (intDigits) p = intDigits.length + exp + decimals;
  else {
    const z = frac.search(/[1-9]/);
    p = (z < 0 ? 0 : -z) + exp + decimals;
  }
  return Math.max(0, p);
}
