// Title matter of a table printed outside it or in its first rows: the title ("CONSOLIDATED STATEMENTS OF
// INCOME"), the scale note ("(In millions, except per share amounts)", "($ in millions)"), and a period caption
// for the whole table ("THREE MONTHS ENDED JUNE 26, 2004"). Company names, "(Unaudited)" and page numbers are not
// the title.
import { COMPANY_RE, PAREN_ONLY_RE, PERIOD_LINE_RE, cleanTitle } from '../header.js';
import { findDates } from '../periods.js';

export interface TitleMatter {
  /** The lines considered, top to bottom. */
  lines: string[];
  title: string;
  /** A line naming the period of the whole table, with its date. */
  caption: string;
}

const MAX_LINES = 8;
const UNAUDITED_RE = /^\(?\s*un-?audited\s*\)?$/i;
// Running page heads end in their page number: PNC's "PNC Reports Full Year 2020 Net Income of $7.6 Billion, $16.96
// Diluted EPS – Page 14", Oshkosh's "... Page 10".
export const FURNITURE_RE =
  /^(?:exhibit\s+\d+(?:\.\d+)?|page\s+\d+(?:\s+of\s+\d+)?|-?\s*\d{1,3}\s*-?|\(?continued\)?|-\s*more\s*-|.{8,}\s[\u2013\u2014|-]?\s*page\s+\d{1,3})$/i;
/** "Three months ended June 26, 2004", "For the Quarter Ended March 31, 2020", "Fiscal Year 2021". */
const CAPTION_RE = /\b(?:months?|weeks?|quarters?|years?|periods?)\s+end(?:ed|ing)\b|^(?:as of|at)\s/i;

/** Is this line prose rather than a title line? */
export function isProse(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words > 24 || (/[.;:]$/.test(line) && words > 10 && !/\bcontinued\b/i.test(line));
}

/** The short lines printed right above a table (after the previous table), nearest last. */
export function titleMatter(above: string[], inTable: string[] = []): TitleMatter {
  const lines: string[] = [];
  for (let i = above.length - 1; i >= 0 && lines.length < MAX_LINES; i--) {
    const l = above[i];
    if (isProse(l)) break;
    lines.unshift(l);
  }
  const all = [...lines, ...inTable.filter((l) => !isProse(l))];
  let caption = '';
  for (const l of all) if (CAPTION_RE.test(l) && findDates(l).some((d) => d.hasDay) && l.split(/\s+/).length <= 14) caption = l;
  const titleish = (l: string) =>
    !COMPANY_RE.test(l) &&
    !PAREN_ONLY_RE.test(l) &&
    !PERIOD_LINE_RE.test(l) &&
    !UNAUDITED_RE.test(l) &&
    !FURNITURE_RE.test(l) &&
    l !== caption &&
    !/^\(?(?:dollars|amounts|\$)?\s*in (?:thousands|millions|billions)/i.test(l) &&
    /[A-Za-z]{3}/.test(l) &&
    // The second half of a scale note broken over two lines: Oracle's "($ in" / "millions, except per share data)".
    !/^(?:thousands|millions|billions)\b[^()]*\)$/i.test(l) &&
    !(findDates(l).length && l.replace(/[^A-Za-z]/g, '').length < 16);
  // The nearest title lines: a run of at most two, the table's own caption rows first.
  const pick = (list: string[]) => {
    const run: string[] = [];
    for (let i = list.length - 1; i >= 0 && run.length < 2; i--) {
      if (titleish(list[i])) run.unshift(list[i]);
      else if (run.length) break;
    }
    return run;
  };
  const own = pick(inTable.filter((l) => !isProse(l)));
  const title = cleanTitle(own.length ? own : pick(lines)).replace(/\s*\((?:\$\s*)?(?:in)?\s*$/i, '');
  // No title line, but a sentence ending in a colon right above introduces the table: its subject names it.
  const nearest = inTable.length ? inTable[inTable.length - 1] : lines.length ? undefined : above[above.length - 1];
  const subject = !title && nearest !== undefined ? leadInTitle(nearest) : undefined;
  const lead = subject ? cleanTitle([subject]) || undefined : undefined;
  return { lines: all, title: lead ?? title, caption };
}

const LEAD_VERB_RE =
  /\s(?:is|are|was|were|has been|have been|includes?|included|consists?|consisted|comprises?|comprised|represents?|reflects?|relates?|related)\b/i;
const TABLE_VERB_RE =
  /^(?:the\s+)?following\s+(?:table|schedule|information)s?\s+(?:presents?|summari[sz]es?|shows?|sets?\s+forth|provides?|reconciles?|reflects?|details?|includes?)\s+(.+)$/i;

/**
 * The subject of a sentence introducing the table below it (ending in a colon): "(A) Acquisition-related and other
 * costs are comprised of ... and are included in the following line items:" -> "Acquisition-related and other
 * costs"; "(1) Includes stock-based compensation as follows:" -> "Stock-based compensation"; "The following table
 * presents revenue by geography:" -> "Revenue by geography". Undefined when the sentence does not end in a colon
 * or names no short subject.
 */
export function leadInTitle(line: string): string | undefined {
  // The last sentence of the paragraph is the one that introduces the table.
  const text = line
    .replace(/\s+/g, ' ')
    .trim()
    .split(/(?<=[a-z)][.!?])\s+(?=[A-Z(])/)
    .pop()!;
  if (!text.endsWith(':')) return undefined;
  const body = text
    .slice(0, -1)
    .replace(/^(?:\(\s*[A-Za-z0-9]{1,2}\s*\)|\*+|[A-Za-z0-9]{1,2}\))\s*/, '')
    .trim();
  let subject: string | undefined;
  const table = TABLE_VERB_RE.exec(body);
  const includes = /^(?:includes?|including)\s+(.+?)(?:\s+as\s+follows)?$/i.exec(body);
  if (table) subject = table[1].replace(/\s+(?:as\s+follows|for\s+the\s+.*|below)$/i, '');
  else if (includes) subject = includes[1];
  else {
    const verb = LEAD_VERB_RE.exec(body);
    if (verb) subject = body.slice(0, verb.index);
  }
  subject = subject
    ?.replace(/\s+(?:as\s+(?:set\s+forth|used|defined|presented|reported)|in\s+this\s+(?:press\s+)?release)\b.*$/i, '')
    .replace(/[\s,;]+$/, '')
    .trim();
  if (!subject || !/[A-Za-z]{3}/.test(subject) || subject.length > 80) return undefined;
  const words = subject.split(' ').length;
  if (words > 12 || /^(?:it|this|these|they|we|our|such|which|that|there)$/i.test(subject)) return undefined;
  return subject.charAt(0).toUpperCase() + subject.slice(1);
}
