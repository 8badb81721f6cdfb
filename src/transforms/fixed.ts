// Transforms whose output does not depend on the digits of the input: zero dashes, empty, booleans.
import { collapse } from './numbers.js';

/** TR1-TR3 zerodash/numdash: one dash character (hyphen-minus or Unicode dashes) only. */
export function zerodash(s: string): string | undefined {
  return /^[-\u058A\u05BE\u2010-\u2015\uFE58\uFE63\uFF0D]$/.test(collapse(s)) ? '0' : undefined;
}

/** TR2/TR3 nocontent and TR4+ fixed-empty: any content, empty string out. */
export const nocontent = (_s: string): string | undefined => '';
/** TR2/TR3 booleanfalse/booleantrue and TR4+ fixed-false/fixed-true: any content. */
export const booleanfalse = (_s: string): string | undefined => 'false';
export const booleantrue = (_s: string): string | undefined => 'true';
/** TR4+ fixed-zero: any content gives 0. */
export const fixedZero = (_s: string): string | undefined => '0';
