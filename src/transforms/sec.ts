// SEC transformation registry (ixt-sec, http://www.sec.gov/inlineXBRL/transformation/2015-08-31).
import { Decimal } from '../model/decimal.js';
import { COUNTRIES, EDGAR_PROVINCES_COUNTRIES, EXCHANGES, FILER_CATEGORIES, STATES_PROVINCES, type NameTable } from './data/sec-names.js';

const WS = '[ \\t\\n\\r]*';
const DASH = '[\\u058A\\u05BE\\u2010-\\u2015\\uFE58\\uFE63\\uFF0D-]';

/** Compiles one table alternative of the notation described in data/sec-names.ts into a regular expression. */
function compileAlternative(p: string): string {
  const verbatim = p.startsWith('=');
  const words = (verbatim ? p.slice(1) : p).split(' ');
  return words
    .map((w) => {
      if (verbatim || w.startsWith('[')) return w;
      const eq = w.indexOf('=');
      if (eq >= 0) return compileWord(w.slice(0, eq)) + w.slice(eq + 1);
      return compileWord(w);
    })
    .join('\\s+');
}

function compileWord(w: string): string {
  return w
    .replace(/~([A-Za-z]+)|(^[^A-Za-z~=]*|[(|-])([A-Za-z])/g, (_m, any: string | undefined, pre: string, c: string) =>
      any !== undefined ? any.replace(/[A-Za-z]/g, (x) => `[${x.toUpperCase()}${x.toLowerCase()}]`) : `${pre}[${c.toUpperCase()}${c.toLowerCase()}]`,
    )
    .replace(/'/g, "['’]");
}

function compileTable(t: NameTable): { re: RegExp; codes: string[] }[] {
  return t.map(([code, pattern]) => ({ re: new RegExp(`^${WS}(?:${compileAlternativeList(pattern)})${WS}$`), codes: [code] }));
}

/** Alternatives separated by '|' at the top level are compiled one by one (their words differ in case rules). */
function compileAlternativeList(p: string): string {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (!inClass && c === '(') depth++;
    else if (!inClass && c === ')') depth--;
    else if (!inClass && c === '|' && depth === 0) {
      parts.push(p.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(p.slice(start));
  const verbatim = p.startsWith('=');
  return parts.map((a, i) => compileAlternative(verbatim && i > 0 ? '=' + a : a)).join('|');
}

function lookup(table: NameTable): (s: string) => string | undefined {
  let compiled: { re: RegExp; codes: string[] }[] | undefined;
  return (s) => {
    compiled ??= compileTable(table);
    for (const e of compiled) if (e.re.test(s)) return e.codes[0];
    return undefined;
  };
}

export const countrynameen = lookup(COUNTRIES);
export const stateprovnameen = lookup(STATES_PROVINCES);
export const edgarprovcountryen = lookup(EDGAR_PROVINCES_COUNTRIES);
export const exchnameen = lookup(EXCHANGES);
export const entityfilercategoryen = lookup(FILER_CATEGORIES);

const BALLOT = new RegExp(`^${WS}([\\u2610-\\u2612])${WS}$`);
export function boolballotbox(s: string): string | undefined {
  const m = BALLOT.exec(s);
  return m ? (m[1] === '\u2610' ? 'false' : 'true') : undefined;
}
export function yesnoballotbox(s: string): string | undefined {
  const m = BALLOT.exec(s);
  return m ? (m[1] === '\u2610' ? 'No' : 'Yes') : undefined;
}

// Durations from a decimal number of units; fractions spill into the next smaller unit (a month is 30.4375 days).
const DECIMAL = new RegExp(`^${WS}([+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+))${WS}$`);
type Parts = { y?: Decimal; m?: Decimal; d?: Decimal; h?: Decimal };

function duration(s: string, split: (n: Decimal) => Parts): string | undefined {
  const m = DECIMAL.exec(s);
  if (!m) return undefined;
  const n = new Decimal(m[1]);
  const p = split(n.abs());
  const units: [keyof Parts, string][] = [
    ['y', 'Y'],
    ['m', 'M'],
    ['d', 'D'],
    ['h', 'H'],
  ];
  const present = units.filter(([k]) => p[k] !== undefined);
  const allZero = present.every(([k]) => p[k]!.isZero());
  // The largest unit asked for is always written; smaller ones only when not zero. A zero duration is unsigned.
  let out = allZero || !n.isNegative() ? 'P' : '-P';
  present.forEach(([k, u], i) => {
    const v = p[k]!;
    if (i > 0 && v.isZero()) return;
    out += (k === 'h' ? 'T' : '') + v.toFixed(0) + u;
  });
  return out;
}

const MONTH_DAYS = new Decimal('30.4375');
export const duryear = (s: string) =>
  duration(s, (n) => {
    const y = n.floor();
    const months = n.minus(y).times(12);
    return { y, m: months.floor(), d: months.minus(months.floor()).times(MONTH_DAYS).floor() };
  });
export const durmonth = (s: string) => duration(s, (n) => ({ m: n.floor(), d: n.minus(n.floor()).times(MONTH_DAYS).floor() }));
export const durweek = (s: string) => duration(s, (n) => ({ d: n.times(7).floor() }));
export const durday = (s: string) => duration(s, (n) => ({ d: n.floor(), h: n.minus(n.floor()).times(24).floor() }));
export const durhour = (s: string) => duration(s, (n) => ({ h: n.floor() }));

const QUARTER = '(1|[Ff]irst|2|[Ss]econd|3|[Tt]hird|4|[Ff]ourth|[Ll]ast)';
const QUARTER_END: Record<string, string> = {
  '1': '03-31',
  first: '03-31',
  '2': '06-30',
  second: '06-30',
  '3': '09-30',
  third: '09-30',
  '4': '12-31',
  fourth: '12-31',
  last: '12-31',
};
const QUARTER_YEAR_LAST = new RegExp(`^${WS}(?:(?![0-9]{2})\\w[^0-9]*)?${QUARTER}[^0-9]*([0-9]{4})${WS}$`);
const QUARTER_YEAR_FIRST = new RegExp(`^${WS}([0-9]{4})[^0-9]*${QUARTER}((?![0-9]).*\\w+)?${WS}$`);

export function datequarterend(s: string): string | undefined {
  let m = QUARTER_YEAR_LAST.exec(s);
  let year: string;
  let q: string;
  if (m) {
    q = m[1];
    year = m[2];
  } else {
    m = QUARTER_YEAR_FIRST.exec(s);
    if (!m) return undefined;
    year = m[1];
    q = m[2];
  }
  return `${year}-${QUARTER_END[q.toLowerCase()]}`;
}

export const numinf = (_s: string): string | undefined => 'INF';
export const numneginf = (_s: string): string | undefined => '-INF';
export const numnan = (_s: string): string | undefined => 'NaN';

// English number words.
const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: [string, bigint][] = [
  ['quintillion', 10n ** 18n],
  ['quadrillion', 10n ** 15n],
  ['trillion', 10n ** 12n],
  ['billion', 10n ** 9n],
  ['million', 10n ** 6n],
  ['thousand', 10n ** 3n],
];

/** Words with only the first letter free in case ("Fifty", "fifty"; not "FIFTY"). */
function word(w: string): string | undefined {
  if (!w) return undefined;
  const rest = w.slice(1);
  if (rest !== rest.toLowerCase()) return undefined;
  return w.toLowerCase();
}

/** Parses 1..999 from tokens at i: [unit hundred [and]] [tens[-unit] | teen | unit]. */
function below1000(t: string[], i: number): { value: number; next: number } | undefined {
  let value = 0;
  let j = i;
  let any = false;
  if ((t[j] in UNITS || t[j] in TEENS) && t[j + 1] === 'hundred') {
    value = (UNITS[t[j]] ?? TEENS[t[j]]) * 100;
    j += 2;
    any = true;
    if (t[j] === 'and' && (t[j + 1] in UNITS || t[j + 1] in TEENS || t[j + 1] in TENS)) j++;
  }
  if (t[j] in TEENS && t[j + 1] !== 'hundred') return { value: value + TEENS[t[j]], next: j + 1 };
  if (t[j] in TENS) {
    value += TENS[t[j]];
    j++;
    if (t[j] === '-' && t[j + 1] in UNITS) j++;
    if (t[j] in UNITS && !(t[j + 1] === 'hundred')) {
      value += UNITS[t[j]];
      j++;
    }
    return { value, next: j };
  }
  if (t[j] in UNITS && t[j + 1] !== 'hundred') return { value: value + UNITS[t[j]], next: j + 1 };
  return any ? { value, next: j } : undefined;
}

function tokens(s: string): string[] | undefined {
  const raw = s.replace(new RegExp(DASH, 'g'), ' - ').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const r of raw) {
    if (r === '-' || r === ',') {
      out.push(r);
      continue;
    }
    if (/^[0-9]{1,4}$/.test(r)) {
      out.push(r);
      continue;
    }
    const w = word(r);
    if (w === undefined || !/^[a-z]+$/.test(w)) return undefined;
    out.push(w);
  }
  return out;
}

function parseWords(t: string[]): bigint | undefined {
  let i = 0;
  let total = 0n;
  let lastScale = 10n ** 21n;
  let any = false;
  while (i < t.length) {
    if (any && t[i] === ',') i++;
    if (any && t[i] === 'and') i++;
    const g = below1000(t, i);
    if (!g) return undefined;
    i = g.next;
    const scale = SCALES.find(([name]) => name === t[i]);
    if (scale) {
      if (scale[1] >= lastScale) return undefined;
      lastScale = scale[1];
      total += BigInt(g.value) * scale[1];
      i++;
      any = true;
      continue;
    }
    if (i !== t.length) return undefined;
    total += BigInt(g.value);
    any = true;
  }
  return any ? total : undefined;
}

const LEADING = new RegExp(`^${WS}`);
const TRAILING = new RegExp(`${WS}$`);
/** Only XML whitespace may surround the words (a no-break space there is an error). */
function trimXml(s: string): string | undefined {
  const t = s.replace(LEADING, '').replace(TRAILING, '');
  if (/^\s|\s$/.test(t)) return undefined;
  return t;
}

export function numwordsen(s: string): string | undefined {
  const t = trimXml(s);
  if (!t) return undefined;
  if (/^([Nn]o(ne)?|[Nn]il|[Zz]ero)$/.test(t)) return '0';
  const tk = tokens(t);
  if (!tk) return undefined;
  const v = parseWords(tk);
  return v === undefined ? undefined : v.toString();
}

export function durwordsen(s: string): string | undefined {
  const t = trimXml(s);
  if (!t) return undefined;
  const tk = tokens(t);
  if (!tk) return undefined;
  // Split into "<number> <unit>" groups, units in the order years, months, days.
  const units: [RegExp, string][] = [
    [/^years?$/, 'Y'],
    [/^months?$/, 'M'],
    [/^days?$/, 'D'],
  ];
  let out = 'P';
  let i = 0;
  let u = 0;
  let groups = 0;
  while (i < tk.length) {
    if (groups && (tk[i] === ',' || tk[i] === 'and')) {
      i++;
      continue;
    }
    let j = i;
    while (j < tk.length && !units.some(([re]) => re.test(tk[j]))) j++;
    if (j >= tk.length) return undefined;
    let k = u;
    while (k < units.length && !units[k][0].test(tk[j])) k++;
    if (k >= units.length) return undefined;
    let numTokens = tk.slice(i, j);
    if (numTokens[numTokens.length - 1] === '-') numTokens = numTokens.slice(0, -1);
    if (!numTokens.length) return undefined;
    let n: bigint | undefined;
    if (numTokens.length === 1 && /^(zero|no|none)$/.test(numTokens[0])) n = 0n;
    else if (numTokens.length === 1 && /^[0-9]+$/.test(numTokens[0])) n = BigInt(numTokens[0]);
    else n = parseWords(numTokens);
    if (n === undefined) return undefined;
    if (n !== 0n) out += n.toString() + units[k][1];
    u = k + 1;
    i = j + 1;
    groups++;
  }
  return groups ? (out === 'P' ? 'P0D' : out) : undefined;
}
