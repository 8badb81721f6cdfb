// OIM representations shared by the xBRL-JSON writer and reader: periods, units, canonical numbers.
import { NS } from '../../model/fact.js';
import type { Period } from '../../model/period.js';

export const XBRL_JSON_DOCUMENT_TYPE = 'https://xbrl.org/2021/xbrl-json';
/** Namespace of the "xbrl" alias (features such as xbrl:canonicalValues). */
export const OIM_NS = 'https://xbrl.org/2021';

/**
 * Aliases OIM reserves for fixed namespaces: a document may bind these prefixes only to these URIs, and these
 * URIs only to these prefixes (oimce:invalidURIForReservedAlias / invalidAliasForReservedURI).
 */
export const RESERVED_ALIASES: Record<string, string> = {
  xbrl: OIM_NS,
  xbrli: NS.xbrli,
  iso4217: NS.iso4217,
  xs: 'http://www.w3.org/2001/XMLSchema',
  utr: 'http://www.xbrl.org/2009/utr',
  enum2: 'http://xbrl.org/2020/extensible-enumerations-2.0',
};

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Adds days to an ISO date (calendar arithmetic in UTC on integers). */
export function addDays(date: string, days: number): string {
  const m = DATE.exec(date);
  if (!m) throw new Error(`not a date: "${date}"`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  const y = String(d.getUTCFullYear()).padStart(4, '0');
  return `${y}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
}

/** Is this a real calendar date (2003-02-30 is not)? */
export function isCalendarDate(date: string): boolean {
  return DATE.test(date) && addDays(date, 0) === date;
}

/** XBRL 2.1 end date or instant (end of the day) -> OIM datetime (start of the next day). */
function endToDateTime(d: string): string {
  return d.includes('T') ? d : `${addDays(d, 1)}T00:00:00`;
}

/** XBRL 2.1 start date (start of the day) -> OIM datetime. */
function startToDateTime(d: string): string {
  return d.includes('T') ? d : `${d}T00:00:00`;
}

/** OIM period string; undefined for forever (OIM expresses forever by leaving the period out). */
export function oimPeriod(p: Period): string | undefined {
  switch (p.type) {
    case 'instant':
      return endToDateTime(p.date);
    case 'duration':
      return `${startToDateTime(p.start)}/${endToDateTime(p.end)}`;
    case 'forever':
      return undefined;
  }
}

const DATETIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;

/** OIM end/instant datetime -> XBRL 2.1 date (midnight of D+1 is the end of D); other times are kept as datetimes. */
function dateTimeToEnd(s: string): string | undefined {
  const m = DATETIME.exec(s);
  if (!m || !isCalendarDate(m[1])) return undefined;
  if (m[2] === '00' && m[3] === '00' && m[4] === '00' && !m[5] && !m[6]) return addDays(m[1], -1);
  return s;
}

function dateTimeToStart(s: string): string | undefined {
  const m = DATETIME.exec(s);
  if (!m || !isCalendarDate(m[1])) return undefined;
  if (m[2] === '00' && m[3] === '00' && m[4] === '00' && !m[5] && !m[6]) return m[1];
  return s;
}

/** Parses an OIM period ("start/end" or an instant datetime); undefined when malformed. */
export function parseOimPeriod(s: string): Period | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) {
    const date = dateTimeToEnd(s);
    return date === undefined ? undefined : { type: 'instant', date };
  }
  const startText = s.slice(0, slash);
  const endText = s.slice(slash + 1);
  // "X/X" is an instant in OIM.
  if (startText === endText) {
    const date = dateTimeToEnd(endText);
    return date === undefined ? undefined : { type: 'instant', date };
  }
  const start = dateTimeToStart(startText);
  const end = dateTimeToEnd(endText);
  if (start === undefined || end === undefined) return undefined;
  return { type: 'duration', start, end };
}

/** Item types whose value space is xs:integer (canonical form without a decimal point). */
const INTEGER_TYPES = new Set([
  'integer',
  'nonNegativeInteger',
  'positiveInteger',
  'nonPositiveInteger',
  'negativeInteger',
  'long',
  'int',
  'short',
  'byte',
  'unsignedLong',
  'unsignedInt',
  'unsignedShort',
  'unsignedByte',
]);

/** Is a clark item type integer-derived (xbrli:integerItemType, xs:int ...)? */
export function isIntegerType(clarkType: string | undefined): boolean {
  if (!clarkType) return false;
  const local = clarkType.slice(clarkType.lastIndexOf('}') + 1).replace(/ItemType$/, '');
  return INTEGER_TYPES.has(local);
}

/**
 * Canonical OIM lexical form of a number (XML Schema canonical xs:decimal: always a point with at least one digit
 * each side, "1234000.0"; xs:integer without one). Input is ixport's canonical xs:decimal form.
 */
export function oimNumber(canonical: string, integer: boolean): string {
  if (integer) return canonical;
  return canonical.includes('.') ? canonical : `${canonical}.0`;
}
