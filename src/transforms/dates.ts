// Date transforms of the TR2/TR3 registries (explicit patterns, as the TRR 2 and 3 specifications define them)
// and the shared calendar helpers the TR4/TR5 engine (./tr45.ts) uses.

/** Full-width (U+FF10..) and Devanagari (U+0966..) digits -> ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[\uFF10-\uFF19\u0966-\u096F]/g, (c) => {
    const cp = c.charCodeAt(0);
    return String.fromCharCode(48 + (cp >= 0xff10 ? cp - 0xff10 : cp - 0x0966));
  });
}

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Year digits: one or two digits are years of this century; three digits are not a year. */
export function yearOf(digits: string): number | undefined {
  const d = asciiDigits(digits);
  if (d.length === 1 || d.length === 2) return 2000 + Number(d);
  if (d.length === 4) return Number(d);
  return undefined;
}

export function isoDate(y: number | undefined, m: number, d: number): string | undefined {
  if (y === undefined || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function gMonthDay(m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(2000, m)) return undefined;
  return `--${pad(m)}-${pad(d)}`;
}

export function gYearMonth(y: number | undefined, m: number): string | undefined {
  if (y === undefined || m < 1 || m > 12) return undefined;
  return `${pad(y, 4)}-${pad(m)}`;
}

const WS = '[ \\t\\n\\r]*';
const YEAR = '([0-9]{4}|[0-9]{1,2})';
const num = (s: string) => Number(asciiDigits(s));

// English month names as TR2/TR3 accept them: Title or UPPER case, full or three-letter.
const EN_FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_NAMES = [...EN_FULL, ...EN_FULL.map((m) => m.slice(0, 3)), ...EN_FULL.map((m) => m.slice(0, 3).toUpperCase()), ...EN_FULL.map((m) => m.toUpperCase())];
const EN = `(${EN_NAMES.join('|')})`;
export function enMonth(name: string): number {
  return EN_FULL.findIndex((m) => m.slice(0, 3).toLowerCase() === name.slice(0, 3).toLowerCase()) + 1;
}

type Fn = (s: string) => string | undefined;
function re(src: string, flags = ''): RegExp {
  return new RegExp(`^${WS}${src}${WS}$`, flags);
}
function by(r: RegExp, f: (m: RegExpExecArray) => string | undefined): Fn {
  return (s) => {
    const m = r.exec(s);
    return m ? f(m) : undefined;
  };
}

// Numeric orders.
export const datedaymonth = by(re('([0-9]{1,2})[^0-9]+([0-9]{1,2})'), (m) => gMonthDay(num(m[2]), num(m[1])));
export const datemonthday = by(re('([0-9]{1,2})[^0-9]+([0-9]{1,2})[A-Za-z]*'), (m) => gMonthDay(num(m[1]), num(m[2])));
export const datedaymonthyear = by(re(`([0-9]{1,2})[^0-9]+([0-9]{1,2})[^0-9]+${YEAR}`), (m) => isoDate(yearOf(m[3]), num(m[2]), num(m[1])));
export const datemonthdayyear = by(re(`([0-9]{1,2})[^0-9]+([0-9]{1,2})[^0-9]+${YEAR}`), (m) => isoDate(yearOf(m[3]), num(m[1]), num(m[2])));
export const datemonthyear = by(re(`([0-9]{1,2})[^0-9]+${YEAR}`), (m) => gYearMonth(yearOf(m[2]), num(m[1])));
const yearMonthDay = by(new RegExp(`^${WS}([0-9]{4}|[0-9]{1,2})[^0-9]+([0-9]{1,2})[^0-9]+([0-9]{1,2})[^0-9]*$`), (m) =>
  isoDate(yearOf(m[1]), num(m[2]), num(m[3])),
);
export const dateyearmonthday: Fn = (s) => yearMonthDay(asciiDigits(s));

// English month names.
export const datedaymonthen = by(re(`([0-9]{1,2})[^0-9]+${EN}`), (m) => gMonthDay(enMonth(m[2]), num(m[1])));
export const datemonthdayen = by(re(`${EN}[^0-9]+([0-9]{1,2})[A-Za-z]{0,2}`), (m) => gMonthDay(enMonth(m[1]), num(m[2])));
export const datedaymonthyearen = by(re(`([0-9]{1,2})[^0-9]+${EN}[^0-9]+${YEAR}`), (m) => isoDate(yearOf(m[3]), enMonth(m[2]), num(m[1])));
export const datemonthdayyearen = by(re(`${EN}[^0-9]+([0-9]+)[^0-9]+${YEAR}`), (m) => isoDate(yearOf(m[3]), enMonth(m[1]), num(m[2])));
export const datemonthyearen = by(re(`${EN}[^0-9]+${YEAR}`), (m) => gYearMonth(yearOf(m[2]), enMonth(m[1])));
export const dateyearmonthen = by(re(`${YEAR}[^0-9]+${EN}`), (m) => gYearMonth(yearOf(m[1]), enMonth(m[2])));

// Danish (TR3): month stems in any case, with any letters and dots after them.
const DK = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
// Up to six more characters may follow the stem ("sept.", "august", "augustsss").
const DK_RE = `(${DK.join('|')})[^0-9]{0,6}`;
const dkMonth = (s: string) => DK.indexOf(s.toLowerCase()) + 1;
export const datedaymonthdk = by(re(`([0-9]{1,2})[^0-9]+${DK_RE}`, 'i'), (m) => gMonthDay(dkMonth(m[2]), num(m[1])));
export const datedaymonthyeardk = by(re(`([0-9]{1,2})[^0-9]+${DK_RE}[^0-9]*${YEAR}`, 'i'), (m) => isoDate(yearOf(m[3]), dkMonth(m[2]), num(m[1])));
export const datemonthyeardk = by(re(`${DK_RE}[^0-9]*${YEAR}`, 'i'), (m) => gYearMonth(yearOf(m[2]), dkMonth(m[1])));

// Hindi (TR3): Devanagari or ASCII digits, Hindi month names (or Devanagari month numbers in day-month-year).
export const HI_MONTHS = ['जनवरी', 'फरवरी', 'मार्च', 'अप्रैल', 'मई', 'जून', 'जुलाई', 'अगस्त', 'सितंबर', 'अक्टूबर', 'नवंबर', 'दिसंबर'];
const HI = `(${HI_MONTHS.join('|')})`;
const HI_YEAR = '([0-9]{2}|[0-9]{4}|[०-९]{2}|[०-९]{4})';
const hiMonth = (s: string) => (/^[०-९]+$/.test(s) ? num(s) : HI_MONTHS.indexOf(s) + 1);
export const datedaymonthyearin = by(re(`([0-9]{1,2}|[०-९]{1,2})[^0-9०-९]+(${HI_MONTHS.join('|')}|[०-९]{1,2})[^0-9०-९]+${HI_YEAR}`), (m) =>
  isoDate(yearOf(m[3]), hiMonth(m[2]), num(m[1])),
);
export const datemonthyearin = by(re(`${HI}[^0-9०-९]+${HI_YEAR}`), (m) => gYearMonth(yearOf(m[2]), hiMonth(m[1])));

// Indian national (Saka) calendar: day, Saka month, Saka year -> Gregorian date. Month names come in Devanagari
// and in several transliterations; as in the registry's pattern, the rightmost place where a month's form
// starts decides (so "Ashwin" is Asvina by its "in", "Asadha" Ashadha by its "dha").
const SAKA_MONTHS: RegExp[][] = [
  [/C\S*ait/y, /चैत्र/y],
  [/Vai/y, /वैशाख/y, /बैसाख/y],
  [/Jy/y, /ज्येष्ठ/y],
  [/dha/y, /ḍha/y, /आषाढ/y],
  [/vana/y, /Śrāvaṇa/y, /श्रावण/y, /सावन/y],
  [/Bh\S+dra/y, /Proṣṭhapada/y, /भाद्रपद/y, /भादो/y],
  [/in/y, /आश्विन/y],
  [/K\S+rti/y, /कार्तिक/y],
  [/M\S+rga/y, /Agra/y, /मार्गशीर्ष/y, /अगहन/y],
  [/Pau/y, /पौष/y],
  [/M\S+gh/y, /माघ/y],
  [/Ph\S+lg/y, /फाल्गुन/y],
];

function sakaMonth(text: string): number {
  for (let pos = text.length - 1; pos >= 0; pos--) {
    for (let m = 0; m < SAKA_MONTHS.length; m++) {
      for (const re of SAKA_MONTHS[m]) {
        re.lastIndex = pos;
        if (re.test(text)) return m + 1;
      }
    }
  }
  return 0;
}

function sakaToGregorian(sakaYear: number, month: number, day: number): string | undefined {
  const gy = sakaYear + 78;
  const leap = daysInMonth(gy, 2) === 29;
  const lengths = [leap ? 31 : 30, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30];
  if (day < 1 || day > lengths[month - 1]) return undefined;
  // Chaitra 1 is 22 March (21 March when the Gregorian year is a leap year).
  let offset = day - 1;
  for (let i = 0; i < month - 1; i++) offset += lengths[i];
  const d = new Date(Date.UTC(gy, 2, leap ? 21 : 22) + offset * 86400000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const CAL_IN = re('([0-9]{1,2}|[०-९]{1,2})([^0-9०-९]+)([0-9]{2}|[0-9]{4}|[०-९]{2}|[०-९]{4})');
export const calindaymonthyear: Fn = (s) => {
  const m = CAL_IN.exec(s);
  if (!m) return undefined;
  const month = sakaMonth(m[2]);
  const day = num(m[1]);
  if (!month) return undefined;
  const y = asciiDigits(m[3]);
  if (y.length === 4) return sakaToGregorian(Number(y), month, day);
  // A two-digit Saka year is the one whose date falls in the Gregorian years 2000-2099.
  for (const century of [1900, 2000]) {
    const g = sakaToGregorian(century + Number(y), month, day);
    if (g && g >= '2000-01-01' && g <= '2099-12-31') return g;
  }
  return undefined;
};

// Japanese eras and CJK year/month/day.
const ERAS: [RegExp, number][] = [
  [/^明治|^明/, 1868],
  [/^大正|^大/, 1912],
  [/^昭和|^昭/, 1926],
  [/^平成|^平/, 1989],
  [/^令和|^令/, 2019],
];
const JS_WS = '[\\s\\u00A0]*';
const JD = '([0-9０-９]{1,2}|元)';
const eraYear = (era: string, y: string): number => {
  const base = ERAS.find(([r]) => r.test(era))![1];
  return base + (y === '元' ? 1 : num(y)) - 1;
};
const ERA = '(明治|明|大正|大|昭和|昭|平成|平|令和|令)';
export const dateerayearmonthdayjp = by(
  new RegExp(`^${JS_WS}${ERA}${JS_WS}${JD}${JS_WS}年${JS_WS}([0-9０-９]{1,2})${JS_WS}月${JS_WS}([0-9０-９]{1,2})${JS_WS}日${JS_WS}$`),
  (m) => isoDate(eraYear(m[1], m[2]), num(m[3]), num(m[4])),
);
export const dateerayearmonthjp = by(new RegExp(`^${JS_WS}${ERA}${JS_WS}${JD}${JS_WS}年${JS_WS}([0-9０-９]{1,2})${JS_WS}月${JS_WS}$`), (m) =>
  gYearMonth(eraYear(m[1], m[2]), num(m[3])),
);
const CJK_YEAR = '([0-9０-９]{1,2}|[0-9０-９]{4})';
export const dateyearmonthdaycjk = by(
  new RegExp(`^${JS_WS}${CJK_YEAR}${JS_WS}年${JS_WS}([0-9０-９]{1,2})${JS_WS}月${JS_WS}([0-9０-９]{1,2})${JS_WS}日${JS_WS}$`),
  (m) => isoDate(yearOf(m[1]), num(m[2]), num(m[3])),
);
export const dateyearmonthcjk = by(new RegExp(`^${JS_WS}${CJK_YEAR}${JS_WS}年${JS_WS}([0-9０-９]{1,2})${JS_WS}月${JS_WS}$`), (m) =>
  gYearMonth(yearOf(m[1]), num(m[2])),
);
