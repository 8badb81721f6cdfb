// Transformation Registry 1 (2010-04-20), used by Inline XBRL 1.0 documents. TR1 is stricter than its
// successors: dates use space, dot or slash separators exactly as named, month names are in Title case (full or
// three-letter), years have two or four digits.
import { enMonth, gMonthDay, gYearMonth, isoDate } from './dates.js';
import { collapse } from './numbers.js';
import { Decimal, canonicalDecimal } from '../model/decimal.js';

type Fn = (s: string) => string | undefined;

const FULL = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const SHORT = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const D = '(\\d{1,2})';
const Y = '(\\d{2}|\\d{4})';
const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

function tr1(pattern: string, build: (m: RegExpExecArray) => string | undefined): Fn {
  const re = new RegExp(`^${pattern}$`);
  return (s) => {
    const m = re.exec(collapse(s));
    return m ? build(m) : undefined;
  };
}

const dmy = (d: string, m: number, y: string) => isoDate(year(y), m, Number(d));

export const TR1: Record<string, Fn> = {
  datedoteu: tr1(`${D}\\.${D}\\.${Y}`, (m) => dmy(m[1], Number(m[2]), m[3])),
  datedotus: tr1(`${D}\\.${D}\\.${Y}`, (m) => dmy(m[2], Number(m[1]), m[3])),
  dateslasheu: tr1(`${D}/${D}/${Y}`, (m) => dmy(m[1], Number(m[2]), m[3])),
  dateslashus: tr1(`${D}/${D}/${Y}`, (m) => dmy(m[2], Number(m[1]), m[3])),
  dateslashdaymontheu: tr1(`${D}/${D}`, (m) => gMonthDay(Number(m[2]), Number(m[1]))),
  dateslashmonthdayus: tr1(`${D}/${D}`, (m) => gMonthDay(Number(m[1]), Number(m[2]))),
  datelonguk: tr1(`${D} ${FULL} ${Y}`, (m) => dmy(m[1], enMonth(m[2]), m[3])),
  dateshortuk: tr1(`${D} ${SHORT} ${Y}`, (m) => dmy(m[1], enMonth(m[2]), m[3])),
  datelongus: tr1(`${FULL} ${D}, ${Y}`, (m) => dmy(m[2], enMonth(m[1]), m[3])),
  dateshortus: tr1(`${SHORT} ${D}, ${Y}`, (m) => dmy(m[2], enMonth(m[1]), m[3])),
  datelongdaymonthuk: tr1(`${D} ${FULL}`, (m) => gMonthDay(enMonth(m[2]), Number(m[1]))),
  dateshortdaymonthuk: tr1(`${D} ${SHORT}`, (m) => gMonthDay(enMonth(m[2]), Number(m[1]))),
  datelongmonthdayus: tr1(`${FULL} ${D}`, (m) => gMonthDay(enMonth(m[1]), Number(m[2]))),
  dateshortmonthdayus: tr1(`${SHORT} ${D}`, (m) => gMonthDay(enMonth(m[1]), Number(m[2]))),
  datelongmonthyear: tr1(`${FULL} ${Y}`, (m) => gYearMonth(year(m[2]), enMonth(m[1]))),
  dateshortmonthyear: tr1(`${SHORT} ${Y}`, (m) => gYearMonth(year(m[2]), enMonth(m[1]))),
  datelongyearmonth: tr1(`${Y} ${FULL}`, (m) => gYearMonth(year(m[1]), enMonth(m[2]))),
  dateshortyearmonth: tr1(`${Y} ${SHORT}`, (m) => gYearMonth(year(m[1]), enMonth(m[2]))),
  // Numbers: the name gives the group separator (if any), then the decimal separator.
  numcomma: tr1('(\\d+)(?:,(\\d+))?', (m) => num(m[1], m[2])),
  numcommadot: tr1('(\\d{1,3}(?:,\\d{3})*)(?:\\.(\\d+))?', (m) => num(m[1], m[2])),
  numdotcomma: tr1('(\\d{1,3}(?:\\.\\d{3})*)(?:,(\\d+))?', (m) => num(m[1], m[2])),
  numspacecomma: tr1('(\\d{1,3}(?:[ \\u00A0]\\d{3})*)(?:,(\\d+))?', (m) => num(m[1], m[2])),
  numspacedot: tr1('(\\d{1,3}(?:[ \\u00A0]\\d{3})*)(?:\\.(\\d+))?', (m) => num(m[1], m[2])),
  numdash: tr1('-', () => '0'),
};

function num(int: string, frac: string | undefined): string {
  return canonicalDecimal(new Decimal(`${int.replace(/[^0-9]/g, '')}${frac ? '.' + frac : ''}`));
}
