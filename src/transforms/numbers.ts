// Number transforms. Patterns follow the TRR specifications: TR2/TR3 demand digit grouping in threes and a
// digit before the decimal separator; TR4/TR5 relax both (any digits, group separators and spaces).
import { Decimal, canonicalDecimal } from '../model/decimal.js';

/** XML Schema whiteSpace=collapse. */
export function collapse(s: string): string {
  return s.replace(/[ \t\n\r]+/g, ' ').trim();
}

function canon(intPart: string, frac: string): string {
  const digits = (intPart.replace(/[^0-9]/g, '') || '0') + (frac ? '.' + frac.replace(/[^0-9]/g, '') : '');
  return canonicalDecimal(new Decimal(digits));
}

function byPattern(re: RegExp, sep: string): (s: string) => string | undefined {
  return (s) => {
    const t = collapse(s);
    const m = re.exec(t);
    if (!m) return undefined;
    const i = t.lastIndexOf(sep);
    return i < 0 ? canon(t, '') : canon(t.slice(0, i), t.slice(i + 1));
  };
}

// TR2/TR3: 1,234,567.89 / 1 234 567.89 / 1 234 567 (groups of three; comma, space or no-break space).
export const numdotdecimal = byPattern(/^[0-9]{1,3}([, \u00A0]?[0-9]{3})*(\.[0-9]+)?$/, '.');
export const numcommadecimal = byPattern(/^[0-9]{1,3}([. \u00A0]?[0-9]{3})*(,[0-9]+)?$/, ',');
// TR3 Indian grouping: 1,23,45,678.90 (separators between every group) or digits without separators.
const IN_GROUPED = '(?:[0-9]{1,2}[, \\u00A0])?(?:[0-9]{2}[, \\u00A0])*[0-9]{3}';
export const numdotdecimalin = byPattern(new RegExp(`^(?:${IN_GROUPED}|[0-9]+)(\\.[0-9]+)?$`), '.');

// TR4/TR5: any digits with group separators (comma/dot, space, NBSP, and apostrophe in the -apos variants).
export const numDotDecimal = byPattern(/^[, \u00A00-9]*(\.[ \u00A00-9]+)?$/, '.');
export const numCommaDecimal = byPattern(/^[. \u00A00-9]*(,[ \u00A00-9]+)?$/, ',');
export const numDotDecimalApos = byPattern(/^[,'`´’′ \u00A00-9]*(\.[ \u00A00-9]+)?$/, '.');
export const numCommaDecimalApos = byPattern(/^[.'`´’′ \u00A00-9]*(,[ \u00A00-9]+)?$/, ',');

function guardDigits(f: (s: string) => string | undefined): (s: string) => string | undefined {
  // TR4/TR5 patterns admit strings without any digit ("", ",", " . "); those are not numbers.
  return (s) => (/[0-9]/.test(s) ? f(s) : undefined);
}
export const numDotDecimal4 = guardDigits(numDotDecimal);
export const numCommaDecimal4 = guardDigits(numCommaDecimal);
export const numDotDecimalApos5 = guardDigits(numDotDecimalApos);
export const numCommaDecimalApos5 = guardDigits(numCommaDecimalApos);

/** "5 dollars 25 cents" style: integer, a unit (any non-digits), one or two digits of fraction, optional unit. */
function unitDecimal(re: RegExp, normalise: (s: string) => string): (s: string) => string | undefined {
  return (s) => {
    const m = re.exec(normalise(collapse(s)));
    if (!m) return undefined;
    const intPart = m[1].replace(/[^0-9]/g, '');
    return `${intPart}.${m[2].padStart(2, '0')}`;
  };
}

const fullWidthDigits = (s: string) => s.replace(/[\uFF10-\uFF19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48));
const SEP = ',.\\uFF0C\\uFF0E';
export const numunitdecimal = unitDecimal(new RegExp(`^(0|[1-9][0-9]{0,2}(?:[${SEP}]?[0-9]{3})*)[^0-9${SEP}]+([0-9]{1,2})[^0-9${SEP}]*$`), fullWidthDigits);
export const numunitdecimalin = unitDecimal(new RegExp(`^(${IN_GROUPED}|[0-9]+)[^0-9]+([0-9]{1,2})[^0-9]*$`), (s) => s);
export const numUnitDecimal = unitDecimal(/^([0-9.,\uFF0C]+)[^0-9.,\uFF0C][^0-9]*([0-9]{1,2})[^0-9]*$/, fullWidthDigits);
export const numUnitDecimalApos = unitDecimal(/^([0-9.,\uFF0C'`´’′\uFF07]+)[^0-9.,\uFF0C'`´’′\uFF07][^0-9]*([0-9]{1,2})[^0-9]*$/, fullWidthDigits);
