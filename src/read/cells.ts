// Splitting a fixed-width line into its label text and its value cells. The grammar is lexical: a line's value
// cells are the run of number-like words at its right end; a number glued to a label word by a single space
// ("Under $100,000", "in 2005)") belongs to the label. Geometry (which column a cell is in) is decided later.

/** One whitespace-delimited word of a line with its 0-based span. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** A footnote mark printed after a number. */
  note?: boolean;
}

export type WordKind = 'num' | 'dollar' | 'dash' | 'nan' | 'pct' | 'lparen' | 'note' | 'rangeto' | 'word';

/** A printed value cell: one number, a dash zero, a not-a-number mark, or a "low - high" pair. */
export interface RawCell {
  /** Exact printed span, first to last non-blank character. */
  text: string;
  start: number;
  end: number;
  /** Span of the number itself (no "$" prefix), used for column alignment. */
  coreStart: number;
  coreEnd: number;
  /** One entry for a single value, two for a range (low, high). */
  parts: CellPart[];
}

export interface CellPart {
  raw: string;
  start: number;
  /** Decimal text with the printed sign and decimals ("-0.00", "29294", "55.9"); null when not a number. */
  value: string | null;
  percent: boolean;
  /** Printed with a "$". */
  dollar: boolean;
  /** A dash printed for zero. */
  dash: boolean;
  /** A multiple printed with "x" ("1.5x"): a pure number. */
  times?: boolean;
  /**
   * 1-based source line of the part's first character when it differs from its row's value line (HTML: the
   * cells of one <tr> may stand on different raw lines); `start` is then the 0-based column on that line.
   */
  line?: number;
  /** Raw-file string offsets [offset, endOffset) of the printed number, for writing a tag around it in place. */
  offset?: number;
  endOffset?: number;
  /** Power of ten printed with the number itself ("$1.2 billion" in a guidance cell): overrides the table's scale. */
  scale?: number;
  /** A difference of percentages printed in percentage points ("(1.8) ppt"): a change whatever its column. */
  change?: boolean;
  /** One of two figures printed side by side in one cell ("$0.25 / $0.24": basic / diluted), not a range's end. */
  listed?: boolean;
}

// A number word: optional "$" and "(" in either order, optional minus, digits with thousands groups or a bare
// decimal, then optional ")" and "%". A footnote marker such as "*" or "(1)" is not part of it. Mainframe-printed
// releases put the minus after the number (a thrift's "84-", "312-"): a trailing minus not followed by a number.
const NUM_RE = /^\(?\$?\(?-?\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\)?(?:%|x|X)?\)?-?$/;
// Zero printed as dashes or as "nil" (the same thrift's "Gain (loss) on sale of securities ... nil").
const DASH_RE = /^\(?\$?\(?(?:-{1,3}|\u2014|\u2013|nil|NIL|Nil)\)?$/;
const TRAILING_MINUS_RE = /^\$?\d[\d,]*(?:\.\d+)?-$/;
const NAN_RE = /^(?:N\/?M|N\/?A|n\/?m|n\/?a|NMF|nmf|\*{1,3})$/;
const RULE_CHUNK_RE = /^[-=_]{3,}$/;

/**
 * The words at the right end of a line, left to right: scanning from the end, up to the first label word and
 * two more (enough for the range and glue tests), without splitting the whole line.
 */
function trailingWords(line: string): Word[] {
  const rev: Word[] = [];
  let i = line.length;
  let extra = -1;
  while (i > 0 && extra !== 0) {
    while (i > 0 && isSpace(line.charCodeAt(i - 1))) i--;
    if (i === 0) break;
    let j = i;
    while (j > 0 && !isSpace(line.charCodeAt(j - 1))) j--;
    let text = line.slice(j, i);
    let start = j;
    // "4,180 ,000": a number broken by a stray space before a thousands group is one number.
    if (/^,\d{3}(?:[,.)%]|$)/.test(text) && j >= 2 && line.charCodeAt(j - 1) === 32 && /\d$/.test(line.slice(0, j - 1))) {
      let k = j - 1;
      while (k > 0 && !isSpace(line.charCodeAt(k - 1))) k--;
      if (/^[$(]*-?\d{1,3}(?:,\d{3})*$/.test(line.slice(k, j - 1))) {
        start = k;
        text = line.slice(k, i);
      }
    }
    rev.push({ text, start, end: i });
    i = start;
    if (extra > 0) extra--;
    else if (extra < 0 && wordKind(text) === 'word' && !GLUED_NOTE_RE.test(text) && !NOTE_RE.test(text) && !text.endsWith(')-') && text.toLowerCase() !== 'to')
      extra = 2;
  }
  return rev.reverse();
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

export function splitWords(line: string): Word[] {
  const words: Word[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return words;
}

export function wordKind(word: string): WordKind {
  const text = word.includes(' ,') ? word.replace(/ (?=,)/g, '') : word;
  if (text === '$') return 'dollar';
  const c0 = text.charCodeAt(0);
  // Words starting with a letter other than N/n (NA, NM) are label words.
  if ((c0 >= 65 && c0 <= 90 && c0 !== 78) || (c0 >= 97 && c0 <= 122 && c0 !== 110)) return 'word';
  if (text === '%') return 'pct';
  if (text === '(' || text === '($' || text === '$(' || text === '-$' || text === '($-' || text === '-') return text === '-' ? 'dash' : 'lparen';
  if (DASH_RE.test(text)) return 'dash';
  if (NUM_RE.test(text) && parensBalanced(text)) return 'num';
  if (NAN_RE.test(text)) return 'nan';
  return 'word';
}

function parensBalanced(t: string): boolean {
  let open = 0;
  let close = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41) close++;
  }
  // "0.38)" after a lone "(" word is allowed: the cell assembler checks the pair.
  return open === close || (open === 0 && close === 1);
}

/** A footnote mark printed as a word of its own: "(a)", "(1)", "(12)". */
const NOTE_RE = /^\((?:[a-z]|\d{1,2})\)$/;
const GLUED_NOTE_RE = /^(.*\d\)?%?)(\(\d{1,2}\)|\([a-z]\)|\*{1,3}|\u2020|\u2021)$/;

/** Splits "($3,600)-" into the number and a range hyphen, "1,234(1)" / "9.31*" into the number and a footnote mark. */
function explodeWords(words: Word[]): Word[] {
  const out: Word[] = [];
  for (const [i, w] of words.entries()) {
    // "200- 210": the hyphen of a range; "84-" with no number right after it: a trailing minus.
    const next = words[i + 1];
    if (TRAILING_MINUS_RE.test(w.text) && next && next.start - w.end <= 3 && /^[($]*\d/.test(next.text)) {
      out.push({ text: w.text.slice(0, -1), start: w.start, end: w.end - 1 });
      out.push({ text: '-', start: w.end - 1, end: w.end });
      continue;
    }
    const note = w.text.match(GLUED_NOTE_RE);
    if (note && NUM_RE.test(note[1])) {
      out.push({ text: note[1], start: w.start, end: w.start + note[1].length });
      out.push({ text: note[2], start: w.start + note[1].length, end: w.end, note: true });
      continue;
    }
    if (w.text.length > 2 && w.text.endsWith(')-')) {
      out.push({ text: w.text.slice(0, -1), start: w.start, end: w.end - 1 });
      out.push({ text: '-', start: w.end - 1, end: w.end });
    } else out.push(w);
  }
  return out;
}

export interface SplitLine {
  /** Label text before the first cell, rule chunks removed, trailing space trimmed ('' when none). */
  label: string;
  /** 0-based column of the label's first character (-1 when no label). */
  labelStart: number;
  cells: RawCell[];
  /**
   * Malformed numbers standing apart among the value cells ("4,1", a number cut short "18,0"): neither a cell nor
   * label text, so the good cells of the row stay cells; the table reports each at its line and column.
   */
  malformed?: Word[];
}

const VALUE_KINDS = new Set<WordKind>(['num', 'dollar', 'dash', 'nan', 'pct', 'lparen', 'note', 'rangeto']);

/** Splits a line into label and value cells (see the module comment). */
const MAYBE_VALUE_RE = /[\d*\u2013\u2014-]|N\/?[AM]|n\/?[am]/;

/**
 * @param valueFrom numbers starting at or right of this column are values even when a label word is glued to
 *   them by one space (a long label crowding the first column).
 */
export function splitLine(line: string, valueFrom = Infinity): SplitLine {
  // Only the words at the right end can be values: classify from there and stop at the first label word.
  if (!MAYBE_VALUE_RE.test(line)) return labelOnly(line);
  const malformed = malformedValues(line);
  if (malformed.length) {
    // Read the row without them: its good cells stay cells.
    let blanked = line;
    for (const w of malformed) blanked = blanked.slice(0, w.start) + ' '.repeat(w.end - w.start) + blanked.slice(w.end);
    const split = splitWithoutMalformed(blanked, valueFrom);
    if (split.cells.length) return { ...split, malformed };
  }
  return splitWithoutMalformed(line, valueFrom);
}

/** A number with a malformed thousands group ("4,1", "18,0", "1,2345"): a typo or a number cut short. */
const MALFORMED_NUM_RE = /^\(?\$?\d{1,3}(?:,\d{3})*,(?:\d{0,2}|\d{4,})\)?$/;

/**
 * Malformed numbers among the trailing value words, each set apart from its neighbours by two spaces or more
 * (a column of its own), with a real value to its left in the run: "94     41     4,1".
 */
function malformedValues(line: string): Word[] {
  const all = trailingWords(line);
  const found: Word[] = [];
  let value = false;
  for (let i = all.length - 1; i >= 0; i--) {
    const w = all[i];
    const kind = wordKind(w.text);
    const apart = (i === 0 || w.start - all[i - 1].end >= 2) && (i === all.length - 1 || all[i + 1].start - w.end >= 2);
    if (MALFORMED_NUM_RE.test(w.text) && !NUM_RE.test(w.text) && apart) {
      found.push(w);
      continue;
    }
    if (kind === 'word') break;
    if (kind === 'num' || kind === 'dash') value = true;
  }
  return value ? found : [];
}

function splitWithoutMalformed(line: string, valueFrom: number): SplitLine {
  const all = trailingWords(line);
  let from = all.length;
  while (from > 0) {
    const w = all[from - 1];
    const rangeTo = w.text.toLowerCase() === 'to' && from >= 2 && from < all.length && /^[-($]*\.?\d/.test(all[from - 2].text);
    if (wordKind(w.text) === 'word' && !rangeTo && !GLUED_NOTE_RE.test(w.text) && !NOTE_RE.test(w.text) && !w.text.endsWith(')-')) break;
    from--;
  }
  if (from === all.length) return labelOnly(line);
  // Keep one label word on the left for the glue test.
  const tail = explodeWords(all.slice(Math.max(0, from - 1)));
  const head = all.slice(0, Math.max(0, from - 1));
  const words = [...head, ...tail];
  const kinds: WordKind[] = words.map((w, i) => (i < head.length ? 'word' : w.note ? 'note' : wordKind(w.text)));
  // "*", "**", "(a)" or "(1)" a space or two after a number is its footnote mark, not a cell.
  for (let i = 1; i < words.length; i++) {
    const mark = (kinds[i] === 'nan' && /^\*+$/.test(words[i].text)) || NOTE_RE.test(words[i].text);
    if (mark && kinds[i - 1] === 'num' && words[i].start - words[i - 1].end <= 2) kinds[i] = 'note';
  }
  // Walk back over value-like words; stop at a label word, or at a number glued to a label word by one space.
  let first = words.length;
  // "$1.00 to $1.05": "to" between two numbers is a range separator.
  for (let i = 1; i + 1 < words.length; i++) {
    if (kinds[i] === 'word' && words[i].text.toLowerCase() === 'to' && kinds[i - 1] === 'num' && kinds[i + 1] === 'num') kinds[i] = 'rangeto';
  }
  for (let i = words.length - 1; i >= 0; i--) {
    const k = kinds[i];
    if (!VALUE_KINDS.has(k)) break;
    if (
      i > 0 &&
      k !== 'dollar' &&
      k !== 'rangeto' &&
      words[i].start < valueFrom &&
      kinds[i - 1] === 'word' &&
      words[i].start - words[i - 1].end === 1 &&
      !isRuleWord(words[i - 1].text)
    ) {
      // Glued to a label word: this word and the words glued to it by single spaces are label text.
      first = i + 1;
      while (first < words.length && words[first].start - words[first - 1].end === 1) first++;
      break;
    }
    first = i;
  }
  // A "nan" word only counts as a value when some real number or dash is also in the run, or it stands apart.
  const runWords = words.slice(first);
  const runKinds = kinds.slice(first);
  const cells = assembleCells(runWords, runKinds);
  const labelWords = words.slice(0, first);
  const labelFrom = line.length - line.trimStart().length;
  const labelText = labelWords.length ? line.slice(labelFrom, labelWords[labelWords.length - 1].end) : '';
  const label = stripLeaders(
    labelText
      .split(/\s{2,}/)
      .filter((c) => !RULE_CHUNK_RE.test(c))
      .join('  ')
      .trimEnd(),
  );
  return { label, labelStart: labelWords.length && label ? labelFrom : -1, cells };
}

/** Dot leaders between a label and its values ("Revenues ........", "Revenues . . . . .") are not label text. */
export function stripLeaders(label: string): string {
  return label.replace(/\s*(?:\.\s?){3,}\.?\s*$/, '').replace(/\s*[._]{3,}\s*$/, '');
}

function labelOnly(line: string): SplitLine {
  const t = line.trim();
  if (!t) return { label: '', labelStart: -1, cells: [] };
  const label = /[-=_]{3}/.test(t)
    ? t
        .split(/\s{2,}/)
        .filter((c) => !RULE_CHUNK_RE.test(c))
        .join('  ')
    : t;
  return { label, labelStart: label ? line.length - line.trimStart().length : -1, cells: [] };
}

function isRuleWord(t: string): boolean {
  return RULE_CHUNK_RE.test(t);
}

function assembleCells(words: Word[], kinds: WordKind[]): RawCell[] {
  // First group prefixes ("$", "(") with the value word they precede and "%" with the number before it.
  interface Piece {
    start: number;
    end: number;
    coreStart: number;
    coreEnd: number;
    kind: 'num' | 'dash' | 'nan' | 'hyphen';
  }
  const pieces: Piece[] = [];
  let prefixStart = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const k = kinds[i];
    if (k === 'dollar' || k === 'lparen') {
      if (prefixStart < 0) prefixStart = w.start;
      continue;
    }
    if (k === 'note') continue;
    if (k === 'pct') {
      const last = pieces[pieces.length - 1];
      if (last && last.kind === 'num' && w.start - last.end <= 1) {
        last.end = w.end;
        last.coreEnd = w.end;
      }
      continue;
    }
    const kind: Piece['kind'] = k === 'num' ? 'num' : k === 'nan' ? 'nan' : w.text === '-' || k === 'rangeto' ? 'hyphen' : 'dash';
    const start = prefixStart >= 0 ? prefixStart : w.start;
    pieces.push({ start, end: w.end, coreStart: w.start, coreEnd: w.end, kind });
    prefixStart = -1;
  }
  // Then join "low - high" pairs: number, hyphen, number with at most 3 spaces on each side.
  const cells: RawCell[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    const h = pieces[i + 1];
    const q = pieces[i + 2];
    if (p.kind === 'num' && h && h.kind === 'hyphen' && q && q.kind === 'num' && h.start - p.end <= 3 && q.start - h.end <= 3) {
      cells.push(makeCell(p.start, q.end, p.coreStart, q.coreEnd, [p, q]));
      i += 2;
      continue;
    }
    const kind = p.kind === 'hyphen' ? 'dash' : p.kind;
    cells.push(makeCell(p.start, p.end, p.coreStart, p.coreEnd, [{ ...p, kind }]));
  }
  return cells;

  function makeCell(start: number, end: number, coreStart: number, coreEnd: number, parts: { start: number; end: number; kind: string }[]): RawCell {
    return {
      text: '',
      start,
      end,
      coreStart,
      coreEnd,
      parts: parts.map((pp) => ({ raw: '', start: pp.start, value: null, percent: false, dollar: false, dash: pp.kind === 'dash' })),
    };
  }
}

/** Fills the text fields of cells from the line (kept apart so the assembler stays index-only). */
export function fillCellText(line: string, cells: RawCell[]): void {
  for (const c of cells) {
    c.text = line.slice(c.start, c.end);
    if (c.parts.length === 2) {
      // The low side ends before the separating hyphen that follows its last digit.
      const lowEnd = findRangeHyphen(line, c.parts[0].start, c.end);
      const low = line.slice(c.parts[0].start, lowEnd).trimEnd();
      const highStart = c.parts[1].start;
      c.parts[0].raw = low;
      c.parts[1].raw = line.slice(highStart, c.end).trim();
    } else {
      c.parts[0].raw = c.text;
    }
    for (const p of c.parts) {
      const v = parseValue(p.raw);
      p.value = v.value;
      p.percent = v.percent;
      p.dollar = v.dollar;
      p.dash = v.dash;
      if (v.times) p.times = true;
    }
  }
}

function findRangeHyphen(line: string, from: number, to: number): number {
  const word = line.slice(from, to).search(/\s+to\s+/i);
  if (word >= 0) return from + word;
  // First hyphen after a digit or ")" : that is the separator (a leading minus precedes the digits).
  let seenDigit = false;
  for (let i = from; i < to; i++) {
    const ch = line[i];
    if (/[0-9)]/.test(ch)) seenDigit = true;
    else if (ch === '-' && seenDigit) return i;
  }
  return to;
}

export interface ParsedValue {
  value: string | null;
  percent: boolean;
  dollar: boolean;
  dash: boolean;
  times?: boolean;
}

/** Value of one printed cell side: sign applied, grouping and symbols removed, decimals as printed. */
export function parseValue(raw: string): ParsedValue {
  // Printed words of the unit stay in the raw, not in the value: "2.0 pts", "(1.8) ppt", "10.0:1".
  const compact = raw.replace(/\s+/g, '').replace(/(?<=[\d)])(?:ppts?|pp|pts?\.?|:1)(?=\)?$)/i, '');
  const dollar = compact.includes('$');
  const percent = compact.includes('%');
  const times = /\d\)?[xX]\)?$/.test(compact);
  if (NAN_RE.test(compact)) return { value: null, percent, dollar, dash: false };
  const stripped = compact.replace(/[$%]/g, '').replace(/(\d\)?)[xX](\)?)$/, '$1$2');
  if (/^\(?(?:-{1,3}|\u2014|\u2013|nil)\)?$/i.test(stripped)) return { value: '0', percent, dollar, dash: true };
  const negative = stripped.includes('(') || /^\(?-/.test(stripped) || /\d-$/.test(stripped);
  let digits = stripped.replace(/[(),-]/g, '');
  if (digits.startsWith('.')) digits = '0' + digits;
  if (!/^\d+(?:\.\d+)?$/.test(digits)) return { value: null, percent, dollar, dash: false };
  return { value: (negative ? '-' : '') + digits, percent, dollar, dash: false, ...(times ? { times } : {}) };
}
