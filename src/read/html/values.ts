// Printed values in the cells of one table row. HTML generators split one printed value over several cells:
// "$" in a cell of its own, "(1,234" and ")" (Word), "12.5" and "%" (Workiva), a footnote marker after the number
// ("2" then "(b)"). Those cells are joined into one printed value, parsed with the plaintext grammar (cells.ts),
// and each part keeps the raw offset of its first character.
import { fillCellText, splitLine, type CellPart, type RawCell } from '../cells.js';
import type { GridCell } from './grid.js';
import { fontSizePt } from './style.js';
import type { LocatedText } from './text.js';

export type PieceKind = 'empty' | 'dollar' | 'lparen' | 'suffix' | 'note' | 'value' | 'text';

/** A printed value found in a row: the cells it was joined from, its grid span and its parsed cell. */
export interface ValuePiece {
  /** The cell holding the number itself. */
  core: GridCell;
  /** Grid columns of the core cell. */
  col: number;
  colEnd: number;
  /** First grid column of the cells joined into the value ("$" included). */
  from: number;
  /** Printed text as joined (no "$" of a cell of its own), with raw offsets. */
  located: LocatedText;
  cell: RawCell;
  /** Every value of the piece is a plain year (a header row: "2004  2003"). */
  yearLike: boolean;
  /** Printed as a bare "(1)": a footnote marker unless it stands among values. */
  noteLike: boolean;
}

const DOLLAR_RE = /^(?:US)?\$$/;
const LPAREN_RE = /^(?:\(|\$\(|\(\$)$/;
// Caterpillar prints "(1.8" and " pts)" in two cells: percentage points closing the figure.
const SUFFIX_RE = /^(?:\)|%|\)%|%\)|\)\s*%|(?:ppts?|pp|pts?\.?)\s*\)?)(?:\s*(?:\([a-z0-9]{1,2}\)|\*{1,3}|[\u2020\u2021]))*$/i;
// "1,2" in a cell of its own after a figure: two footnote markers (Caterpillar's supplemental data), not a number
// (a thousands group has three digits).
const MARKER_LIST_RE = /^(\d{1,2})(?:\s*,\s*(\d{1,2}))+$/;
const NOTE_RE = /^(?:\([a-z]{1,2}\)|\*{1,3}|[\u2020\u2021])+$/i;
const DIGIT_NOTE_RE = /^\((\d{1,2})\)$/;
const SIGN_WORD_RE = /^(up|down|increased?|decreased?)\s+(?=[\d.$])/i;
const UNCHANGED_RE = /^unchanged$/i;
const NAN_WORD_RE = /^(?:n\.?\s?m\.?|n\.?\s?a\.?|nmf|not meaningful|n\/m|n\/a)$/i;
const POINTS_RE = /(?<=[\d)])\s*(?:ppts?|pp|pts?\.?|percentage\s+points?)\s*(\))?\s*$/i;
const RATIO_TO_ONE_RE = /(\d+(?:\.\d+)?)\s*:\s*1\s*$/;
const DASH_PCT_RE = /^[\u2014\u2013-]{1,3}\s*%$/;
const SLASH_PAIR_RE =
  /^(\(?\$?\(?-?\d[\d,]*\.\d+\)?)\s*\/\s*(\(?\$?\(?-?\d[\d,]*\.\d+\)?)$|^(\(?\$\(?-?\d[\d,]*(?:\.\d+)?\)?)\s*\/\s*(\(?\$\(?-?\d[\d,]*(?:\.\d+)?\)?)$/;
const SCALE_WORD_RE = /\s*\b(thousand|million|billion|trillion)s?\b/gi;
const SCALE_OF: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };

export function pieceKind(cell: GridCell): PieceKind {
  const t = cell.text.text;
  if (!t) return 'empty';
  if (DOLLAR_RE.test(t)) return 'dollar';
  if (LPAREN_RE.test(t)) return 'lparen';
  if (SUFFIX_RE.test(t)) return 'suffix';
  if (NOTE_RE.test(t)) return 'note';
  if (/\d/.test(t) || NAN_WORD_RE.test(t) || /^[\u2014\u2013-]{1,3}%?$/.test(t) || UNCHANGED_RE.test(t)) return 'value';
  return 'text';
}

function concat(parts: { t: LocatedText; sep: string }[]): LocatedText {
  const out: LocatedText = { text: '', offsets: [], sup: [] };
  parts.forEach(({ t, sep }, k) => {
    if (k > 0 && sep) {
      out.text += sep;
      out.offsets.push(t.offsets[0] ?? -1);
      out.sup.push(false);
    }
    out.text += t.text;
    out.offsets.push(...t.offsets);
    out.sup.push(...t.sup);
  });
  return out;
}

/** Superscript characters after the number are footnote markers: dropped ("1,234<sup>(1)</sup>"). */
function dropTrailingSup(t: LocatedText): LocatedText {
  let end = t.text.length;
  while (end > 0 && (t.sup[end - 1] || t.text[end - 1] === ' ') && /[\d(]/.test(t.text.slice(0, end - 1))) end--;
  if (end === t.text.length || !/\d|[\u2014\u2013-]/.test(t.text.slice(0, end))) return t;
  return { text: t.text.slice(0, end), offsets: t.offsets.slice(0, end), sup: t.sup.slice(0, end) };
}

/**
 * What the document says of its footnote marks: the markers it defines ("(2) Excludes ..." at the start of a line
 * under a table) and the star marks its legend reads as not meaningful ("* Not meaningful").
 */
export interface NoteMarks {
  /** Markers a footnote line starts with: "2", "a", "*" (no parentheses, lower case). */
  defined: Set<string>;
  /** Star marks a legend reads as "not meaningful": a cell printing one alone is a value, NM. */
  notMeaningful: Set<string>;
}

export const NO_MARKS: NoteMarks = { defined: new Set(), notMeaningful: new Set() };

const NOTE_LINE_RE = /^\s*(?:\((\d{1,2}|[a-z])\)|(\*{1,3}|[\u2020\u2021]))\s*[A-Za-z]/;
const NM_LEGEND_RE = /^\s*(\*{1,3})\s*(?:[-=:\u2013\u2014]\s*)?(?:not\s+meaningful|n\.?\s?m\.?(?:\s|$)|nmf\b)/i;

/** The footnote marks defined by these lines (paragraphs under tables, rows of a table's foot). */
export function noteMarks(lines: string[], base: NoteMarks = NO_MARKS): NoteMarks {
  const out: NoteMarks = { defined: new Set(base.defined), notMeaningful: new Set(base.notMeaningful) };
  for (const l of lines) {
    const m = l.match(NOTE_LINE_RE);
    if (m) out.defined.add((m[1] ?? m[2]).toLowerCase());
    const nm = l.match(NM_LEGEND_RE);
    if (nm) out.notMeaningful.add(nm[1]);
  }
  return out;
}

/** The footnote marks a whole HTML document defines, in paragraphs, table rows and legend boxes alike. */
export function htmlNoteMarks(html: string): NoteMarks {
  const text = html
    .replace(/<\/?(?:p|div|tr|br|table|li|h[1-6])\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(?:nbsp|#160|#xa0);/gi, ' ')
    .replace(/&#42;/g, '*');
  return noteMarks(text.split('\n'));
}

/** A cell in a row that holds digits but gave no value: the row reports it rather than losing it. */
export interface UnreadCell {
  cell: GridCell;
  text: string;
}

/**
 * Joins the value cells of a row with their "$", "(", ")" and "%" neighbours; returns the printed values. Cells
 * printing digits that read as no value are pushed to `unread`.
 */
export function rowValues(cells: GridCell[], marks: NoteMarks = NO_MARKS, unread: UnreadCell[] = []): ValuePiece[] {
  const kinds = cells.map(pieceKind);
  // Antero's "*" alone under "Percent Change", its legend "* Not meaningful" below the table: a value, NM.
  kinds.forEach((k, i) => {
    if (k === 'note' && marks.notMeaningful.has(cells[i].text.text)) kinds[i] = 'value';
  });
  const used = new Set<number>();
  const out: ValuePiece[] = [];
  for (let i = 0; i < cells.length; i++) {
    if (kinds[i] !== 'value' || used.has(i)) continue;
    const core = cells[i];
    let dollar = false;
    const parts: { t: LocatedText; sep: string }[] = [];
    for (let j = i - 1; j >= 0 && !used.has(j) && (kinds[j] === 'dollar' || kinds[j] === 'lparen'); j--) {
      used.add(j);
      if (cells[j].text.text.includes('$')) dollar = true;
      // "$(" or "(" before the number: the "(" starts the printed value; "($" in one cell is printed so (Antero's
      // "($ | 0.06 | )" reads "($0.06)").
      const t = cells[j].text;
      const k = t.text.indexOf('(');
      if (k < 0) continue;
      const d = t.text.indexOf('$');
      const keep = d > k ? [k, d] : [k];
      parts.unshift({ t: { text: keep.map((x) => t.text[x]).join(''), offsets: keep.map((x) => t.offsets[x]), sup: keep.map(() => false) }, sep: '' });
    }
    parts.push({ t: dropTrailingSup(core.text), sep: '' });
    // Vertex's "8 | | %": the sign cell after an empty spacer cell is still this number's.
    let j = i + 1;
    let next = j;
    while (next < cells.length && kinds[next] === 'empty') next++;
    if (next > j && next < cells.length && kinds[next] === 'suffix' && cells[next].text.text.includes('%')) {
      parts.push({ t: cells[next].text, sep: '' });
      used.add(next);
      j = next + 1;
    }
    // A bare "1" set in a smaller font in a cell after the number (Caterpillar's consolidating columns, 6pt beside
    // 9pt figures) is its footnote marker, not a value.
    for (let k = j; k < cells.length && kinds[k] !== 'dollar' && kinds[k] !== 'lparen'; k++) {
      if (kinds[k] === 'empty' || kinds[k] === 'suffix') continue;
      if (smallMarker(cells[k], core) || markerList(cells[k], marks)) used.add(k);
      break;
    }
    // A footnote marker after the number: "(a)", "*", or a "(1)" the markup or the document makes one (printed as
    // a superscript, or right after the number with a footnote "(1) ..." printed for it). A bare "(13)" right
    // after a number is a figure of its own (NVIDIA's "2,544 | (13) | %": a 13% decline).
    for (; j < cells.length && (kinds[j] === 'suffix' || kinds[j] === 'note' || (j === i + 1 && noteAfter(cells, kinds, j, marks)) || supNote(cells[j])); j++) {
      used.add(j);
      parts.push({ t: cells[j].text, sep: kinds[j] === 'suffix' ? '' : ' ' });
    }
    used.add(i);
    let from = core.col;
    for (let k = i - 1; k >= 0 && (kinds[k] === 'dollar' || kinds[k] === 'lparen') && used.has(k); k--) from = cells[k].col;
    const piece = parsePiece(core, concat(parts), dollar);
    // A bare "(12)" after a row label is a negative figure unless the document makes it a footnote marker (a
    // footnote "(12) ..." printed, or set as a superscript); before any label it is a header's marker.
    if (piece?.noteLike && !marks.defined.has(core.text.text.slice(1, -1)) && !core.text.sup.every(Boolean)) {
      piece.noteLike = !cells.slice(0, i).some((c) => /[A-Za-z]{2}/.test(c.text.text));
    }
    if (piece) out.push({ ...piece, from });
    else unread.push({ cell: core, text: concat(parts).text });
  }
  return out;
}

/** "(1)" in the cell right after a number is its footnote marker when the document defines that footnote. */
function noteAfter(cells: GridCell[], kinds: PieceKind[], j: number, marks: NoteMarks): boolean {
  const m = cells[j].text.text.match(DIGIT_NOTE_RE);
  if (!m || !marks.defined.has(m[1])) return false;
  // ... and no "%" or ")" follows it: "(13) | %" is a percentage.
  let k = j + 1;
  while (k < cells.length && kinds[k] === 'empty') k++;
  return !(k < cells.length && kinds[k] === 'suffix');
}

/** "1,2" in a cell of its own: footnote markers when the document prints a footnote for each of them. */
function markerList(cell: GridCell, marks: NoteMarks): boolean {
  const t = cell.text.text.trim();
  return MARKER_LIST_RE.test(t) && t.split(',').every((n) => marks.defined.has(n.trim()));
}

/** A one- or two-digit number in a cell of its own printed at most four fifths the size of the number before it. */
function smallMarker(cell: GridCell, core: GridCell): boolean {
  if (!/^\(?\d{1,2}(?:\s*,\s*\d{1,2})*\)?$/.test(cell.text.text)) return false;
  const own = fontSizePt(cell.el);
  const value = fontSizePt(core.el);
  return own !== undefined && value !== undefined && own * 5 <= value * 4;
}

/** "(1)" printed as a superscript in a cell of its own after a number: its footnote marker. */
function supNote(cell: GridCell): boolean {
  return DIGIT_NOTE_RE.test(cell.text.text) && cell.text.sup.every(Boolean);
}

function parsePiece(core: GridCell, located: LocatedText, dollar: boolean): ValuePiece | null {
  const text = located.text;
  const base = {
    core,
    col: core.col,
    colEnd: core.colEnd,
    from: core.col,
    located,
    yearLike: false,
    noteLike: DIGIT_NOTE_RE.test(core.text.text) && text === core.text.text,
  };
  const signed = signWord(located);
  if (signed) return { ...base, cell: signed };
  // "$1.2 billion", "$5.0 - $5.2 billion": the scale word belongs to the number, not to the table's note.
  let scale: number | undefined;
  const words = text.replace(SCALE_WORD_RE, (_m, w: string) => {
    scale ??= SCALE_OF[w.toLowerCase()];
    return '';
  });
  const shown = scale !== undefined ? stripScaleWords(located) : located;
  let input = NAN_WORD_RE.test(words) ? 'NM' : shown.text.replace(/^(?:approximately|approx\.|about|~)\s*/i, (m) => ' '.repeat(m.length));
  // Mastercard's "(1.8) ppt": percentage points, the difference of two percentages; the raw keeps the word.
  const points = input.match(POINTS_RE);
  // "(1.8 pts)": the word goes, the closing parenthesis stays.
  if (points) {
    const close = points[1] ? ')' : '';
    input = input.slice(0, points.index) + close + ' '.repeat(input.length - points.index! - close.length);
  }
  // AGNC's leverage "9.9:1": a ratio to one, a pure multiple like "9.9x".
  const toOne = input.match(RATIO_TO_ONE_RE);
  if (toOne) input = input.slice(0, toOne.index) + toOne[1] + 'x' + ' '.repeat(input.length - toOne.index! - toOne[1].length - 1);
  // "—%": a zero percentage printed as a dash.
  const dashPct = DASH_PCT_RE.test(input.trim());
  if (dashPct) input = input.replace('%', ' ');
  // ServiceNow's "$0.25 / $0.24" under "Earnings per Basic/Diluted Share": two figures in printed order, not a range.
  const listed = input.includes('/') && SLASH_PAIR_RE.test(input.trim());
  if (listed) input = input.replace('/', ' ');
  const split = splitLine(input);
  if (split.label || split.cells.length !== (listed ? 2 : 1)) return null;
  fillCellText(input, split.cells);
  const cell = listed ? joinListed(input, split.cells) : split.cells[0];
  if ((input === 'NM' && located.text !== 'NM') || points || dashPct || toOne) {
    cell.text = located.text.trim();
    cell.parts[0].raw = located.text.trim();
  }
  for (const p of cell.parts) {
    if (points) Object.assign(p, { percent: true, change: true });
    if (dashPct) p.percent = true;
    if (listed) p.listed = true;
  }
  // The offset range covers what the number's own cell prints: a "(" or ")" set in a neighbouring cell lies
  // outside it, so a writer can wrap the range in place without crossing a tag.
  const loc = core.el.sourceCodeLocation;
  const inCore = (o: number) => !loc || (o >= loc.startOffset && o < loc.endOffset);
  for (const p of cell.parts) {
    const own = shown.offsets.slice(p.start, p.start + p.raw.length).filter((o) => o >= 0 && inCore(o));
    p.offset = own.length ? own[0] : shown.offsets[p.start];
    p.endOffset = (own.length ? own[own.length - 1] : (p.offset ?? 0)) + 1;
    if (dollar) p.dollar = true;
    if (scale !== undefined) p.scale = scale;
  }
  const yearLike = !dollar && cell.parts.every((p) => /^(?:19|20)\d\d$/.test(p.raw));
  return { ...base, located: shown, cell, yearLike };
}

function stripScaleWords(t: LocatedText): LocatedText {
  const keep: number[] = [];
  const re = new RegExp(SCALE_WORD_RE.source, 'gi');
  const drop = new Set<number>();
  for (const m of t.text.matchAll(re)) for (let k = m.index!; k < m.index! + m[0].length; k++) drop.add(k);
  for (let k = 0; k < t.text.length; k++) if (!drop.has(k)) keep.push(k);
  return { text: keep.map((k) => t.text[k]).join(''), offsets: keep.map((k) => t.offsets[k]), sup: keep.map((k) => t.sup[k]) };
}

/**
 * Sign words (Caterpillar's retail statistics: "UP 2%", "DOWN 18%", "UNCHANGED"): the raw is the whole cell, the
 * value carries the sign the word gives; "UNCHANGED" is the zero of the grid, like a dash.
 */
function signWord(t: LocatedText): RawCell | null {
  const text = t.text;
  let value: string | null = null;
  if (UNCHANGED_RE.test(text)) value = '0';
  else {
    const m = text.match(SIGN_WORD_RE);
    if (!m) return null;
    const rest = text.slice(m[0].length);
    const num = rest.match(/^\$?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*(%|percent)?$/i);
    if (!num) return null;
    const digits = (num[1] + (num[2] ?? '')).replace(/,/g, '');
    value = /^(?:down|decreased?)$/i.test(m[1]) && !/^0+(?:\.0+)?$/.test(digits) ? `-${digits}` : digits;
  }
  const part: CellPart = {
    raw: text,
    start: 0,
    value,
    percent: /%|percent/i.test(text),
    dollar: text.includes('$'),
    dash: false,
    offset: t.offsets[0],
    endOffset: (t.offsets[t.text.length - 1] ?? 0) + 1,
  };
  return { text, start: 0, end: text.length, coreStart: 0, coreEnd: text.length, parts: [part] };
}

/** Two figures printed in one cell as "a / b": one cell of two parts, each a figure of its own. */
function joinListed(input: string, cells: RawCell[]): RawCell {
  const [a, b] = cells;
  return { text: input.slice(a.start, b.end).trim(), start: a.start, end: b.end, coreStart: a.coreStart, coreEnd: b.coreEnd, parts: [...a.parts, ...b.parts] };
}
