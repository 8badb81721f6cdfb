// Figures of another company printed beside the registrant's. A release after an acquisition prints the acquired
// business's own results: Hasbro's Q1 2020 release, after "Hasbro completed its acquisition of Entertainment One
// Ltd. (eOne)", prints a column "eOne (under U.S. GAAP)" beside "Hasbro As Reported" and a table "eOne - FY2019
// RESULTS OF OPERATIONS". Those figures are eOne's, not the registrant's consolidated ones: every column of a table
// whose title names the acquired company, and a column whose own header names it, go on that company's member of a
// business-acquisition axis. The company is known only from the prose ("acquisition of X", "acquired X", "merger
// with X"), so a title or column naming anything else is left alone; a name the registrant's own name shares, a
// column of adjustments or of combined (pro forma) figures, and wording about the deal itself ("eOne Acquisition
// Costs") are not the company's figures.
import type { Message } from '../model/source.js';
import type { BuiltTable, Col } from './layout.js';

/** A company the release says the registrant acquired or merged with: its name and the short name it goes by. */
export interface OtherEntity {
  /** The name as the prose prints it first ("Entertainment One Ltd."): the member's label. */
  name: string;
  /** Every printed name that stands for it ("Entertainment One Ltd.", "Entertainment One", "eOne"). */
  names: string[];
}

// A word of a company's name: capitalised ("Entertainment", "Ltd.", "AT&T") or camel-cased ("eOne", "iRobot").
const WORD = String.raw`(?:[A-Z][A-Za-z0-9&'.\-]*|[a-z]{1,2}[A-Z][A-Za-z0-9&'.\-]*)`;
const NAME = String.raw`${WORD}(?:\s+(?:of|and|&|de|du)\s+${WORD}|\s+${WORD}){0,5}`;
const DEAL = new RegExp(
  String.raw`\b(?:acquisition of|acquisitions of|acquired|acquire|acquiring|merger with|merged with|combination with)\s+(?:the\s+)?(${NAME})(?:\s*\(\s*(?:"|“)?(${WORD})(?:"|”)?\s*\))?`,
  'g',
);
/** Capitalised words that begin a sentence's object without naming a company ("acquisition of Property, Plant"). */
const NOT_A_NAME =
  /^(?:the|our|its|their|this|these|that|those|a|an|all|certain|substantially|additional|common|preferred|treasury|shares?|stock|assets?|property|properties|plant|equipment|land|real|intangibles?|businesses|business|companies|company|subsidiaries|subsidiary|interests?|noncontrolling|minority|debt|notes?|goodwill|inventor(?:y|ies)|customer|customers|licenses?|rights?|brands?|technology|software|[A-Z]{1,2}|Q[1-4]|FY\d*|\d.*)$/i;
/** Wording about the deal, not the company's figures: "eOne Acquisition Costs", "eOne transaction". */
const DEAL_WORDS = /^\W*(?:acquisition|acquired|transaction|deal|integration|merger|purchase|related)\b/i;
/** Columns or titles of figures that are not the other company's own: adjustments, combined or pro forma figures. */
const NOT_ITS_OWN = /\badjust\w*|\bpro ?forma\b|\bcombined\b|\beliminat\w*|\bconsolidated\b|\btotal\b/i;
/** Legal-form suffixes a short mention leaves off ("Entertainment One" for "Entertainment One Ltd."). */
const LEGAL_FORM = /(?:,?\s+(?:inc|corp|corporation|co|company|ltd|limited|plc|llc|lp|l\.p|n\.v|s\.a|ag|se|gmbh|holdings?)\.?)+$/i;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRe = (name: string) => new RegExp(String.raw`(?<![A-Za-z0-9])${escape(name)}(?![A-Za-z0-9])`, 'i');

/** The companies the prose names as acquired or merged with, other than the registrant itself. */
export function otherEntities(prose: string, registrant: string | undefined): OtherEntity[] {
  const own = registrantWords(registrant);
  const out: OtherEntity[] = [];
  for (const m of prose.matchAll(DEAL)) {
    let name = m[1].replace(/[\s,;:'-]+$/, '');
    // A sentence's full stop is not part of the name; the one of "Ltd." is.
    if (name.endsWith('.') && !LEGAL_FORM.test(name)) name = name.slice(0, -1);
    const first = name.split(/\s+/)[0];
    if (NOT_A_NAME.test(first.replace(/[.,]$/, '')) || name.length < 3) continue;
    const names = [name, name.replace(LEGAL_FORM, '').trim(), m[2]?.trim()].filter((n): n is string => !!n && n.length >= 3);
    if (names.some((n) => own.some((w) => wordRe(w).test(n)))) continue;
    // "BBVA USA" and "BBVA USA Bancshares, Inc." are one company: one name is the other's first words.
    const same = (a: string, b: string) => {
      const [x, y] = [a.toLowerCase(), b.toLowerCase()];
      return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
    };
    const known = out.find((e) => e.names.some((n) => names.some((k) => same(k, n))));
    if (known) {
      for (const n of names) if (!known.names.some((k) => k.toLowerCase() === n.toLowerCase())) known.names.push(n);
    } else out.push({ name, names: [...new Set(names)] });
  }
  return out;
}

/** The distinctive words of the registrant's name ("Hasbro" of "Hasbro, Inc."). */
function registrantWords(registrant: string | undefined): string[] {
  if (!registrant) return [];
  return registrant
    .replace(LEGAL_FORM, '')
    .split(/[\s,]+/)
    .map((w) => w.replace(/[^A-Za-z0-9&'-]/g, ''))
    .filter((w) => w.length >= 3 && !/^(?:the|and|of|group|international|global|financial|holdings?)$/i.test(w));
}

/** The other company a text names as the owner of its figures, if any. */
function namedIn(text: string, entities: OtherEntity[], own: string[]): OtherEntity | undefined {
  if (NOT_ITS_OWN.test(text) || own.some((w) => wordRe(w).test(text))) return undefined;
  return entities.find((e) =>
    e.names.some((n) => {
      const m = wordRe(n).exec(text);
      return m !== null && !DEAL_WORDS.test(text.slice(m.index + m[0].length).replace(/^'s\b/, ''));
    }),
  );
}

/** The header lines a column prints for itself (not the lines every column of the table prints). */
function ownHeader(t: BuiltTable, c: Col): string {
  const cols = t.cols.filter((o) => o.header.length && !o.sub);
  if (cols.length < 2) return '';
  return c.header.filter((h) => !cols.every((o) => o.header.includes(h))).join(' ');
}

/**
 * Puts the columns of another company's figures on its member (axis "acquiree"). `between[i]` is the text printed
 * between table i-1 and table i, when the reader knows it: a table with the same columns right after one of the
 * company's, where that text names the company ("The eOne financial results above include certain charges ...
 * outlined below"), is the company's too.
 */
export function markEntityMembers(tables: BuiltTable[], prose: string, registrant: string | undefined, file: string, between?: string[]): Message[] {
  const entities = otherEntities(prose, registrant);
  if (!entities.length) return [];
  const own = registrantWords(registrant);
  const out: Message[] = [];
  const mark = (t: BuiltTable, cols: Col[], e: OtherEntity, why: string) => {
    const free = cols.filter((c) => !c.member);
    if (!free.length) return false;
    for (const c of free) c.member = { axis: 'acquiree', member: e.name };
    out.push({
      ruleId: 'read.entity-member',
      severity: 'info',
      message: `${why} names ${e.name}, a company the release says it acquired or merged with, not the registrant: ${free.length === t.cols.length ? 'its columns are' : 'the column is'} on that company's member`,
      positions: [{ file, line: t.headerLine ?? t.startLine, column: 1 }],
    });
    return true;
  };
  const byTitle: (OtherEntity | undefined)[] = [];
  tables.forEach((t, ti) => {
    const title = t.title.replace(/\s+#\d+$/, '');
    const e = namedIn(title, entities, own);
    if (e && mark(t, t.cols, e, `table "${t.title}": its title`)) {
      byTitle[ti] = e;
      return;
    }
    const prev = ti > 0 ? byTitle[ti - 1] : undefined;
    const gap = between?.[ti] ?? '';
    if (prev && !own.some((w) => wordRe(w).test(title)) && sameColumns(tables[ti - 1], t) && prev.names.some((n) => wordRe(n).test(gap))) {
      if (mark(t, t.cols, prev, `table "${t.title}" follows ${prev.name}'s table with the same columns, and the text between`)) byTitle[ti] = prev;
      return;
    }
    for (const c of t.cols) {
      if (c.sub || c.member) continue;
      const header = ownHeader(t, c);
      const ce = header ? namedIn(header, entities, own) : undefined;
      if (!ce) continue;
      const subs = t.cols.filter((o) => o === c || (o.sub && o.header.join('|') === c.header.join('|')));
      mark(t, subs, ce, `column "${c.header.join(' | ')}" of table "${t.title}"`);
    }
  });
  return out;
}

function sameColumns(a: BuiltTable, b: BuiltTable): boolean {
  const key = (t: BuiltTable) => t.cols.map((c) => `${c.header.join('|')}@${JSON.stringify(c.period)}`).join('\u0000');
  return a.cols.length === b.cols.length && key(a) === key(b);
}
