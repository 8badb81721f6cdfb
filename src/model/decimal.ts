// Every amount in ixport is a Decimal from this clone: 60 significant digits (the default 20 is too few for
// values like 123,456,789,012.345678 x 10^9) and no exponent notation ever reaching XML or JSON.
import { Decimal as DecimalJs } from 'decimal.js';

export const Decimal = DecimalJs.clone({
  precision: 60,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -1000,
  toExpPos: 1000,
});
export type Decimal = InstanceType<typeof Decimal>;

/** Canonical xs:decimal lexical form: no exponent, no trailing zeros after the point, "-0" written "0". */
export function canonicalDecimal(d: Decimal): string {
  if (d.isZero()) return '0';
  return d.toFixed();
}
