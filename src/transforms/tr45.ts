// TR4 and TR5 transforms, driven by the registry's signatures (data/tr45-signatures.ts): the input must match
// the transform's lexical pattern; the output is then built from the parts the transform's name lists
// (day, month, monthname, monthroman, year) in that order.
import { TR45_SIGNATURES } from './data/tr45-signatures.js';
import { MONTH_STEMS } from './data/month-names.js';
import { asciiDigits, calindaymonthyear, dateerayearmonthdayjp, dateerayearmonthjp, gMonthDay, gYearMonth, isoDate, yearOf } from './dates.js';
import * as fx from './fixed.js';
import * as nb from './numbers.js';

export type TransformFn = (input: string) => string | undefined;

/** XML Schema regular expression (implicitly anchored) -> JavaScript RegExp. */
function xsdRegex(pattern: string): RegExp {
  // The registry data writes the year digits of date-year-month-day as "[0-9０-९]", a reversed range; the
  // intent (as in the other patterns) is ASCII, full-width and Devanagari digits.
  const p = pattern.replace(/０-९/g, '０-９०-९');
  try {
    return new RegExp(`^(?:${p})$`, 'u');
  } catch {
    return new RegExp(`^(?:${p})$`);
  }
}

function collapse(s: string): string {
  return s.replace(/[ \t\n\r]+/g, ' ').trim();
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
// Greek inputs sometimes use Latin look-alike capitals (I, A, O) for Greek letters.
const greekLatin = (s: string) => s.replace(/i/g, 'ι').replace(/a/g, 'α').replace(/o/g, 'ο');

const monthIndexes = new Map<string, Map<string, number>>();
function monthIndex(lang: string): Map<string, number> {
  let m = monthIndexes.get(lang);
  if (m) return m;
  m = new Map();
  MONTH_STEMS[lang].forEach((stems, i) => {
    for (const s of stems.split(' ')) {
      m!.set(s, i + 1);
      m!.set(stripAccents(s), i + 1);
    }
  });
  monthIndexes.set(lang, m);
  return m;
}

function monthOf(lang: string, text: string): number | undefined {
  const idx = monthIndex(lang);
  let t = text.toLowerCase();
  if (lang === 'el') t = greekLatin(stripAccents(t));
  return idx.get(t) ?? idx.get(stripAccents(t));
}

type Part = 'day' | 'month' | 'monthname' | 'monthroman' | 'year';

function dateTransform(name: string, patterns: RegExp[], outputType: string): TransformFn {
  if (name.startsWith('date-jpn-era-')) return name.endsWith('-day') ? dateerayearmonthdayjp : dateerayearmonthjp;
  if (name.startsWith('date-ind-')) return calindaymonthyear;
  const tokens = name.slice('date-'.length).split('-');
  const lang = tokens[tokens.length - 1] in MONTH_STEMS ? tokens.pop()! : tokens.includes('monthroman') ? 'roman' : 'en';
  const parts = tokens as Part[];
  const src = patterns.map((p) => p.source).join('');
  const digitRuns = new RegExp(`[0-9${src.includes('０') ? '\\uFF10-\\uFF19' : ''}${src.includes('०') ? '\\u0966-\\u096F' : ''}]+`, 'g');
  return (input) => {
    const t = collapse(input);
    let m: RegExpExecArray | null = null;
    for (const p of patterns) if ((m = p.exec(t))) break;
    if (!m) return undefined;
    // Digits are those the registry's pattern admits (ASCII, and full-width or Devanagari where it lists them);
    // other digits are just separator text.
    const digits = (t.match(digitRuns) ?? []).map(asciiDigits);
    let month: number | undefined;
    if (parts.includes('monthroman')) {
      // The pattern's separators are greedy, so its group may hold only the last letter of "III".
      const r = /(?:^|[^A-Za-z])(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?![A-Za-z])/i.exec(t);
      month = r ? monthOf('roman', r[1]) : undefined;
      if (month === undefined) return undefined;
    } else if (parts.includes('monthname')) {
      for (let g = 1; g < m.length && month === undefined; g++) if (m[g] !== undefined) month = monthOf(lang, m[g]);
      if (month === undefined) return undefined;
    }
    let day = 0;
    let year: number | undefined;
    for (const p of parts) {
      if (p === 'monthname' || p === 'monthroman') continue;
      const d = digits.shift();
      if (d === undefined) return undefined;
      if (p === 'day') day = Number(d);
      else if (p === 'month') month = Number(d);
      else year = yearOf(d);
    }
    if (month === undefined) return undefined;
    if (outputType === 'xs:gMonthDay') return gMonthDay(month, day);
    if (outputType === 'xs:gYearMonth') return gYearMonth(year, month);
    return isoDate(year, month, day);
  };
}

const NUMBER_FNS: Record<string, TransformFn> = {
  'num-dot-decimal': nb.numDotDecimal4,
  'num-comma-decimal': nb.numCommaDecimal4,
  'num-unit-decimal': nb.numUnitDecimal,
  'num-dot-decimal-apos': nb.numDotDecimalApos5,
  'num-comma-decimal-apos': nb.numCommaDecimalApos5,
  'num-unit-decimal-apos': nb.numUnitDecimalApos,
  numdotdecimalin: nb.numdotdecimalin,
  'fixed-empty': fx.nocontent,
  'fixed-false': fx.booleanfalse,
  'fixed-true': fx.booleantrue,
  'fixed-zero': fx.fixedZero,
};

/** Builds the TR4 or TR5 registry from the signatures: names of that registry only. */
export function buildTr45(names: readonly string[]): Record<string, TransformFn> {
  const out: Record<string, TransformFn> = {};
  for (const name of names) {
    const sig = TR45_SIGNATURES[name];
    const fn = NUMBER_FNS[name];
    if (fn) {
      out[name] = fn;
      continue;
    }
    if (!sig || !name.startsWith('date-')) continue;
    // Built on first use: compiling the registry's patterns (Unicode regular expressions) was ~17 ms at import of
    // every command, most of which never apply a date transform.
    let built: TransformFn | undefined;
    out[name] = (input) => (built ??= dateTransform(name, sig.patterns.map(xsdRegex), sig.outputType))(input);
  }
  return out;
}
