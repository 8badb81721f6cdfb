// The prose reader: every number in the sentences of the release's paragraphs with what it measures (the noun
// phrase, mapped to a table label by taxonomy/prose.tsv), its period (resolved against the release's own dates
// and fiscal calendar), unit and scale, direction words and ranges. Numbers that are not amounts of a measure
// (dates, years, phone numbers, note numbers, counts of nothing) are not read at all.
import { Decimal } from '../../model/decimal.js';
import type { Block, ProseItem, ReleaseDocument, Table } from '../../model/document.js';
import type { Period } from '../../model/period.js';
import { findPeriods, quarterOf, yearOf, type Calendar, type PeriodPhrase } from './periods.js';
import { paragraphText, sentences, type ParagraphText, type Sentence } from './text.js';
import { loadProseVocabulary, type ProseVocabulary } from './vocabulary.js';

export { loadProseVocabulary, ProseVocabularyError, type ProseVocabulary } from './vocabulary.js';
export { findPeriods, quarterOf, yearOf, type Calendar } from './periods.js';

const SCALE_WORDS: Record<string, number> = { thousand: 3, million: 6, billion: 9 };

interface Token {
  start: number;
  end: number;
  /** The number as printed (digits, commas, point). */
  digits: string;
  kind: 'money' | 'percent' | 'count';
  scaleWord: string;
  unit?: string;
}

interface Measure {
  start: number;
  end: number;
  text: string;
  label: string;
}

const MONEY = /\$\s?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:\s+(million|billion|thousand)\b)?/gi;
const PERCENT = /(?<![\w.$,])(\d+(?:\.\d+)?)\s?(?:%|percent\b)/gi;
const INTEGER = /(?<![\w.$,\-/:])(\d{1,3}(?:,\d{3})+|\d+)(?![\w%]|[.,:/-]\d)/g;
const RANGE_JOIN = /^\s*(?:to|-|through)\s*$/i;

/** The release's fiscal calendar and current quarter: from its tables' periods, else its release date. */
export function calendarOf(doc: ReleaseDocument): Calendar {
  const durations: { start: string; end: string }[] = [];
  for (const t of doc.tables) for (const c of t.columns) if (c.period?.type === 'duration') durations.push(c.period);
  const months = (p: { start: string; end: string }) =>
    (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
  const year = durations.find((p) => months(p) === 12);
  const fyeMonth = year ? Number(year.end.slice(5, 7)) : 12;
  const release = doc.cover.releaseDate?.value;
  const quarters = durations.filter((p) => months(p) === 3 && (!release || p.end <= release)).sort((a, b) => (a.end < b.end ? 1 : -1));
  const anchor = quarters[0]?.end ?? year?.end ?? (release ? previousQuarterEnd(release, fyeMonth) : undefined);
  if (!anchor) return { fyeMonth, current: { fy: new Date().getUTCFullYear(), q: 4 } };
  const y = Number(anchor.slice(0, 4));
  const m = Number(anchor.slice(5, 7));
  // Months from the anchor's month to the fiscal year end, in whole quarters.
  const toFye = (fyeMonth - m + 12) % 12;
  const q = 4 - Math.floor(toFye / 3);
  const fy = m > fyeMonth ? y + 1 : y;
  return { fyeMonth, current: { fy, q } };
}

function previousQuarterEnd(release: string, fyeMonth: number): string {
  let y = Number(release.slice(0, 4));
  let m = Number(release.slice(5, 7)) - 1;
  while ((fyeMonth - m + 120) % 3 !== 0) m--;
  if (m <= 0) {
    m += 12;
    y--;
  }
  return `${y}-${String(m).padStart(2, '0')}-28`;
}

function findTokens(text: string, vocab: ProseVocabulary): Token[] {
  const out: Token[] = [];
  const taken = new Set<number>();
  const take = (t: Token) => {
    for (let i = t.start; i < t.end; i++) taken.add(i);
    out.push(t);
  };
  for (const m of text.matchAll(MONEY)) {
    take({ start: m.index!, end: m.index! + m[0].length, digits: m[1], kind: 'money', scaleWord: (m[2] ?? '').toLowerCase() });
  }
  for (const m of text.matchAll(PERCENT)) {
    if (taken.has(m.index!)) continue;
    take({ start: m.index!, end: m.index! + m[0].length, digits: m[1], kind: 'percent', scaleWord: '' });
  }
  for (const m of text.matchAll(INTEGER)) {
    if (taken.has(m.index!)) continue;
    // A count: a whole number (or a list or range of them) followed by a noun the vocabulary counts.
    const rest = text.slice(m.index! + m[0].length).replace(/^(?:\s*(?:,|to|and|or)\s*\d[\d,]*)*\s+/, '');
    const count = vocab.counts.find((c) => c.pattern.test(rest));
    if (!count) continue;
    take({ start: m.index!, end: m.index! + m[0].length, digits: m[1], kind: 'count', scaleWord: '', unit: count.unit });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Relative clauses (", which includes revenue from ...,") name other things: their measures are not the subject's. */
function maskClauses(text: string): string {
  return text.replace(/, (?:which|that|excluding|including)\b[^,]*,/gi, (s) => ' '.repeat(s.length));
}

function findMeasures(text: string, vocab: ProseVocabulary): Measure[] {
  const masked = maskClauses(text);
  const inClause = (i: number) => masked[i] === ' ' && text[i] !== ' ';
  const taken: boolean[] = new Array(text.length).fill(false);
  const out: Measure[] = [];
  for (const rule of vocab.measures) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.slice(start, end).some(Boolean) || inClause(start)) continue;
      // "52.1% of revenue": the revenue is the ratio's denominator, not a measure of its own.
      if (/(?:%|\bpercent)\s+of\s+(?:the company's\s+)?(?:total\s+)?$/i.test(text.slice(Math.max(0, start - 40), start))) continue;
      for (let i = start; i < end; i++) taken[i] = true;
      out.push({ start, end, text: m[0].replace(/\s+/g, ' '), label: rule.label });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

interface Context {
  doc: ReleaseDocument;
  vocab: ProseVocabulary;
  cal: Calendar;
  /** A "Note 1:" paragraph under a table: amounts printed in the table's scale, one per column period. */
  note?: Table;
}

function tableBefore(doc: ReleaseDocument, block: Block): Table | undefined {
  let last: Table | undefined;
  for (const b of doc.blocks) {
    if (b.startLine >= block.startLine) break;
    if (b.kind === 'table') last = doc.tables[b.tableIndex];
  }
  return last;
}

/** Reads every paragraph block of the release. */
export function readProse(doc: ReleaseDocument, vocab: ProseVocabulary = loadProseVocabulary()): ProseItem[] {
  const cal = calendarOf(doc);
  const out: ProseItem[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    const pt = paragraphText(doc.lines, b.startLine, b.endLine);
    const note = /^Note \d+:/i.test(pt.text) ? tableBefore(doc, b) : undefined;
    readParagraph(pt, { doc, vocab, cal, note }, out);
  }
  return out;
}

/** An amount printed as the other side of a comparison ("over the $11.0 million loss", "compared to a $1.3 million"). */
const BASE_AMOUNT =
  /\b(?:over|from|than|below|above|versus|vs\.?|compared (?:to|with))\s+(?:the\s+|a\s+|an\s+)?(?:(?!(?:was|were|is|are|totaled|reached|increased|decreased|grew)\b)[\w&-]+\s+){0,4}$/i;

function monthsOf(p: { start: string; end: string }): number {
  return (Number(p.end.slice(0, 4)) - Number(p.start.slice(0, 4))) * 12 + Number(p.end.slice(5, 7)) - Number(p.start.slice(5, 7)) + 1;
}

function readParagraph(pt: ParagraphText, cx: Context, out: ProseItem[]): void {
  let lastMeasure: Measure | undefined;
  const paragraphItems: ProseItem[] = [];
  const baseItems = new Set<ProseItem>();
  for (const s of sentences(pt.text)) {
    const text = s.text;
    const tokens = findTokens(text, cx.vocab);
    if (!tokens.length) {
      lastMeasure = findMeasures(text, cx.vocab).pop() ?? lastMeasure;
      continue;
    }
    const measures = findMeasures(text, cx.vocab);
    const sentence: SentenceScan = { pt, s, tokens, measures, periods: findPeriods(text, cx.cal), lastMeasure };
    const items = sentenceItems(sentence, cx, baseItems);
    settleChanges(items, paragraphItems, baseItems, cx.cal);
    out.push(...items);
    paragraphItems.push(...items);
    lastMeasure = measures[measures.length - 1] ?? lastMeasure;
  }
}

/** One sentence being read: its numbers, measures and period phrases, and the paragraph's last measure so far. */
interface SentenceScan {
  pt: ParagraphText;
  s: Sentence;
  tokens: Token[];
  measures: Measure[];
  periods: PeriodPhrase[];
  lastMeasure: Measure | undefined;
}

/** The items of one sentence's numbers in printed order; amounts printed as a comparison's base go to baseItems. */
function sentenceItems(sc: SentenceScan, cx: Context, baseItems: Set<ProseItem>): ProseItem[] {
  const { pt, s, tokens, measures, periods } = sc;
  const text = s.text;
  const items: ProseItem[] = [];
  const noteColumn = { next: 0 };
  tokens.forEach((t, k) => {
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // Ranges: "$200 million to $208 million", "between $16.0 million and $18.0 million", "9 to 12 months".
    const joinPrev = prev && prev.kind === t.kind && joins(text, prev, t);
    const joinNext = next && next.kind === t.kind && joins(text, t, next);
    const range: ProseItem['range'] = joinNext ? 'low' : joinPrev ? 'high' : '';
    const after = text.slice(t.end);
    const before = text.slice(0, t.start);
    const { unit, scale } = unitAndScale(t, text, t.scaleWord || (joinNext ? next.scaleWord : ''), cx);
    // What it measures: a measure printed right after it ("$1.2 million net loss", "$20.3 million in adjusted
    // gross margin"), else the nearest before it in the sentence, else the paragraph's last.
    const limit = next && !joinNext ? next.start : (tokens[k + 2]?.start ?? text.length);
    const end = joinNext ? next.end : t.end;
    const ratio = t.kind === 'percent' && /^\s*(?:of|as a percent(?:age)? of) (?:the company's )?(?:total )?(?:operating )?revenues?\b/i.test(after);
    let measure = ratio
      ? undefined
      : measures.find((m) => m.start >= end && m.start < limit && /^\s*(?:(?:million|billion|in|of|net|positive|the)\s+)*$/i.test(text.slice(end, m.start)));
    const following = !!measure;
    if (!measure) measure = [...measures].reverse().find((m) => m.end <= t.start) ?? sc.lastMeasure;
    const kind = kindOf(t, text, before, after, ratio, measure, items, cx);
    const direction = directionOf(kind, before, after, cx);
    // A loss: the measure names one ("net loss"), or "loss" stands between the measure and the number.
    const between = measure ? (following ? text.slice(end, measure.start) : text.slice(measure.end, t.start)) : '';
    const loss =
      kind !== 'count' && (/\bloss\b/i.test(measure?.text ?? '') || /\bloss\b/i.test(between) || /^\s*(?:million\s+|billion\s+)?loss\b/i.test(after));
    const { period, basePeriod } = periodsOf({ t, kind, range, text, end, limit, periods, items, noteColumn }, cx);
    const approximate = /\b(?:approximately|about|roughly|nearly|almost|more than|over|in excess of|up to)\s+$/i.test(before);
    const { raw, startAt } = taggedSpan(pt, s, t);
    const item: ProseItem = {
      raw,
      token: text.slice(t.start, t.end),
      value: new Decimal(t.digits.replace(/,/g, '')),
      scale,
      unit,
      kind,
      measure: t.kind === 'count' ? t.unit! : (measure?.text ?? ''),
      label: t.kind === 'count' ? '' : (measure?.label ?? ''),
      loss,
      direction,
      period,
      basePeriod,
      range,
      approximate,
      sentence: text.replace(/\s+/g, ' '),
      pos: { file: cx.doc.file, line: startAt[0], column: startAt[1] + 1 },
    };
    if (kind === 'amount' && BASE_AMOUNT.test(before)) baseItems.add(item);
    items.push(item);
  });
  return items;
}

/** Unit and scale of a number: its own unit or scale word, a per-share amount, a note's table scale. */
function unitAndScale(t: Token, text: string, scaleWord: string, cx: Context): { unit: string; scale: number } {
  let unit = t.unit ?? (t.kind === 'percent' ? 'percent' : 'USD');
  let scale = SCALE_WORDS[scaleWord] ?? 0;
  if (t.kind === 'money' && !scaleWord) {
    if (/\bper (?:basic |diluted )?share\b/i.test(text) && Number(t.digits.replace(/,/g, '')) < 100) unit = 'USD/share';
    else if (cx.note) scale = cx.note.scale;
  }
  return { unit, scale };
}

/** An amount, a ratio, a change or a count, from the words around the number. */
function kindOf(
  t: Token,
  text: string,
  before: string,
  after: string,
  ratio: boolean,
  measure: Measure | undefined,
  items: ProseItem[],
  cx: Context,
): ProseItem['kind'] {
  let kind: ProseItem['kind'] = t.kind === 'count' ? 'count' : 'amount';
  const window = text.slice(Math.max(0, t.start - 40), t.start) + ' ' + after.slice(0, 30);
  if (t.kind === 'percent') {
    if (ratio) kind = 'ratio';
    else if (/^\s*per\b/i.test(after) || /\b(?:in excess of|rates? of)\s*$/i.test(before)) kind = 'amount';
    else if (
      cx.vocab.up.test(window) ||
      cx.vocab.down.test(window) ||
      /\bby\s+(?:more than\s+)?$/i.test(before) ||
      /^\s*(?:over|from|than|versus|relative to|sequentially)\b/i.test(after)
    )
      kind = 'change';
    else if (items.some((i) => i.kind === 'ratio' && i.label === measure?.label)) kind = 'ratio';
  } else if (t.kind === 'money') {
    if (
      /^\s*(?:million\s+|billion\s+)?(?:improvement|increase|decrease|higher|lower|reduction|decline|more|less)\b/i.test(after) ||
      /\b(?:up|down|by)\s+$/i.test(before)
    )
      kind = 'change';
  }
  return kind;
}

/** Up or down, for a change: the direction words of its clause. */
function directionOf(kind: ProseItem['kind'], before: string, after: string, cx: Context): ProseItem['direction'] {
  const clauseBefore = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const dirText = kind === 'change' ? clauseBefore.slice(-30) + ' ' + after.slice(0, 25) : '';
  return !dirText ? '' : cx.vocab.down.test(dirText) ? 'down' : cx.vocab.up.test(dirText) ? 'up' : '';
}

/** A number's period (and a change's base period): a note's column, else the sentence's period phrases. */
function periodsOf(
  at: {
    t: Token;
    kind: ProseItem['kind'];
    range: ProseItem['range'];
    text: string;
    end: number;
    limit: number;
    periods: PeriodPhrase[];
    items: ProseItem[];
    noteColumn: { next: number };
  },
  cx: Context,
): { period: Period | null; basePeriod: Period | null } {
  const { t, kind, range, text, end, limit, periods, items } = at;
  let period: Period | null = null;
  let basePeriod: Period | null = null;
  if (cx.note) {
    const cols = cx.note.columns.filter((c) => c.period);
    period = cols[at.noteColumn.next++]?.period ?? null;
  } else if (kind === 'change') {
    basePeriod = periodAfter(periods, text, end, limit, true)?.period ?? null;
    // The period changed: that of the measure's own amount (not a comparison's), found once the sentence is read.
    period = nearestBefore(periods, t.start)?.period ?? current(cx.cal);
  } else {
    const range0 = range === 'high' ? items[items.length - 1] : undefined;
    period = range0?.period ?? periodAfter(periods, text, end, limit, false)?.period ?? nearestBefore(periods, t.start)?.period ?? current(cx.cal);
  }
  if (kind === 'count') period = null;
  return { period, basePeriod };
}

/** The tagged span: the token up to the end of its line ("$3.2" of "$3.2 / million"), and where it starts. */
function taggedSpan(pt: ParagraphText, s: Sentence, t: Token): { raw: string; startAt: ParagraphText['at'][number] } {
  const startAt = pt.at[s.start + t.start];
  let rawEnd = t.end;
  for (let i = t.start; i < t.end; i++)
    if (pt.at[s.start + i][0] !== startAt[0]) {
      rawEnd = i;
      break;
    }
  return { raw: s.text.slice(t.start, rawEnd).trimEnd(), startAt };
}

/**
 * A change whose comparison names an amount ("a 95% improvement over the $11.0 million loss in ..."): the base
 * period is that amount's; a full-year change with no base compares with the prior year.
 */
function settleChanges(items: ProseItem[], paragraphItems: ProseItem[], baseItems: Set<ProseItem>, cal: Calendar): void {
  items.forEach((it, k) => {
    if (it.kind !== 'change') return;
    const own = (i: ProseItem) => i.kind === 'amount' && i.label === it.label && !baseItems.has(i);
    const amount = items.find(own) ?? [...paragraphItems].reverse().find(own);
    if (amount?.period) it.period = amount.period;
    if (it.basePeriod) return;
    const nextItem = items[k + 1];
    if (nextItem && nextItem.kind === 'amount' && baseItems.has(nextItem) && nextItem.label === it.label) it.basePeriod = nextItem.period;
    else if (it.period?.type === 'duration' && monthsOf(it.period) === 12) it.basePeriod = yearOf(cal, Number(it.period.end.slice(0, 4)) - 1);
  });
}

function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (RANGE_JOIN.test(gap)) return true;
  return /^\s*and\s*$/i.test(gap) && /\bbetween\s+$/i.test(text.slice(0, a.start));
}

function current(cal: Calendar): Period {
  return quarterOf(cal, cal.current.fy, cal.current.q);
}

function nearestBefore(periods: PeriodPhrase[], at: number): PeriodPhrase | undefined {
  const before = periods.filter((p) => p.end <= at);
  return before.filter((p) => !p.base).pop() ?? before.pop();
}

/** A period phrase right after the number, introduced by a preposition within a few words, before the next number. */
function periodAfter(periods: PeriodPhrase[], text: string, from: number, limit: number, base: boolean): PeriodPhrase | undefined {
  const intro = base
    ? /^\s*(?:million\s+|billion\s+)?(?:[\w&%-]+\s+){0,4}?(?:over|from|than|versus|compared (?:to|with)|relative to|against|below|above|on)\s+(?:the\s+)?(?:(?:[\w&-]+\s+){1,4}(?:in|for|of)\s+)?$|^\s*$/i
    : /^\s*(?:million\s+|billion\s+)?(?:[\w&()-]+\s+){0,5}?(?:in|for|during|of|at|as of)\s+(?:each of\s+)?$/i;
  for (const p of periods) {
    if (p.start < from || p.start >= limit) continue;
    if (intro.test(text.slice(from, p.start)) || (base && /^\s*sequentially/i.test(text.slice(from)))) return p;
    return undefined;
  }
  return undefined;
}
