// The reader's output: a release as an ordered list of blocks (prose and tables) plus every numeric table cell
// as a line item. Plain data: no methods, serialisable to JSON (Decimals aside).
import type { Decimal } from './decimal.js';
import type { Period } from './period.js';
import type { Message, SourcePos } from './source.js';

/** Unit names of the reader, as in the gold files. */
export type ItemUnit = 'USD' | 'shares' | 'USD/share' | 'percent' | 'pure' | (string & {});

/**
 * '' a single value; 'low'/'high' one side of a "Low - High" range cell; 'change' a comparative
 * ("% change", "Change") column whose period is the current period of the comparison.
 */
export type RangeRole = '' | 'low' | 'high' | 'change';

/** One numeric table cell (one side of a range cell). Field names follow the gold TSV columns. */
/**
 * Columns that are not periods but parts of the reporting entity: business segments ("Retail | Credit |
 * Corporate & Other | Total"), geographic regions ("North America | Europe | Total"), consolidating columns ("Parent |
 * Guarantor | Eliminations | Consolidated"). The map puts each on a member of an axis of that kind; the total
 * (member null) is the axis default. The map adds two from the document's evidence (src/map/collisions.ts): the
 * reporting basis ("As Reported | Adjustments | Non-GAAP": reported is the default) and the currency basis
 * ("in Constant Currency"). The reader adds one more: another company's figures ("eOne (under U.S. GAAP)" beside
 * "Hasbro As Reported", src/read/entities.ts), on that company's member of a business-acquisition axis.
 */
export type MemberAxis = 'segment' | 'region' | 'consolidation' | 'basis' | 'currency' | 'acquiree';

export interface ColumnMember {
  axis: MemberAxis;
  /** The column's printed name ("Corporate & Other"); null for the total column (the axis default). */
  member: string | null;
}

export interface LineItem {
  /** Table title, printed case kept; a repeated title gets " #2", " #3". */
  table: string;
  tableIndex: number;
  /** Row label, multi-line labels joined with one space. */
  row: string;
  rowIndex: number;
  /** Innermost heading whose block holds the row ('' when none). */
  section: string;
  /** Column header lines, top to bottom, joined with " | ". */
  column: string;
  columnIndex: number;
  /** null only when no period could be derived (then a warning names the line). */
  period: Period | null;
  /** The exact printed span of the cell (one side of a range), internal spaces kept. */
  raw: string;
  /** Value with the printed sign, not scaled, decimals as printed; null when the cell is not a number (N/M). */
  value: Decimal | null;
  /** Power of ten the value is printed in (3 = thousands). */
  scale: number;
  unit: ItemUnit;
  range: RangeRole;
  /** Position of the first character of raw. */
  pos: SourcePos;
  /**
   * Raw-file string offsets [offset, endOffset) of the printed number (HTML releases), so a writer can wrap it
   * where it is printed; a closing ")" printed in the next cell lies outside the range.
   */
  offset?: number;
  endOffset?: number;
  /** Set when the column is a segment, region or consolidating column rather than a period. */
  /**
   * The share basis a per-share figure is printed for when its cell prints two ("$0.25 / $0.24" under "Earnings
   * per Basic/Diluted Share": the first basic, the second diluted), where the label names both.
   */
  shareBasis?: 'basic' | 'diluted';
  member?: ColumnMember;
}

export interface TableColumn {
  index: number;
  /** Header lines of this column, top to bottom (spanning headers included). */
  header: string[];
  /** header joined with " | ". */
  label: string;
  period: Period | null;
  /** 'change' for comparative columns, 'range' for Low - High columns, '' otherwise. */
  kind: '' | 'change' | 'range';
  /** 0-based character span [start, end) the column's values occupy in the source lines. */
  start: number;
  end: number;
  /** Segment, region or consolidating column (see ColumnMember). */
  member?: ColumnMember;
}

/** One printed cell of a row; a range cell holds two items. */
export interface TableCell {
  columnIndex: number;
  /** The printed text of the whole cell, e.g. "($3,600)-  ($3,500)". */
  text: string;
  /** Indices into ReleaseDocument.items. */
  items: number[];
  pos: SourcePos;
}

export interface TableRow {
  index: number;
  label: string;
  section: string;
  /** Indentation level of the label (0 = flush left), for rendering and hierarchy. */
  depth: number;
  /** A heading row prints no values ("Current Assets", "Operating Revenues:"). */
  heading: boolean;
  /** A total or subtotal row ("Total Assets", an unlabeled sum under a rule). */
  total: boolean;
  /** Lines the label occupies; the values stand on the last one. */
  lines: number[];
  cells: TableCell[];
}

export interface Table {
  index: number;
  title: string;
  /** Printed scale note ("amounts in $ thousands"), '' when none. */
  scaleNote: string;
  /** Scale of money cells (3 for thousands, 6 for millions, 0 for whole units). */
  scale: number;
  startLine: number;
  endLine: number;
  columns: TableColumn[];
  rows: TableRow[];
}

export type Block =
  | { kind: 'paragraph'; text: string; startLine: number; endLine: number }
  | { kind: 'table'; tableIndex: number; startLine: number; endLine: number }
  /** Lines kept verbatim (page furniture, addresses) so the rendering shows the whole release. */
  | { kind: 'preformatted'; text: string; startLine: number; endLine: number };

/** Cover information found in the release text, each with where it was read. */
export interface CoverInfo {
  registrantName?: { value: string; pos: SourcePos };
  tradingSymbol?: { value: string; pos: SourcePos };
  exchange?: { value: string; pos: SourcePos };
  releaseDate?: { value: string; pos: SourcePos };
  periodEnd?: { value: string; pos: SourcePos };
  documentType?: { value: string; pos?: SourcePos };
}

/**
 * A number printed in a sentence (src/read/prose): what it measures, for which period, in which unit. Plain data
 * like LineItem; the mapper makes facts of the ones whose measure and period it can place.
 */
export interface ProseItem {
  /** The printed span tagged in the rendering ("$37.6 million", "2.2%", "$1,939"); on the number's own line. */
  raw: string;
  /** The whole printed token as the sentence has it, a line break read as one space ("$3.2 million"). */
  token: string;
  /** The printed number, unsigned and unscaled (37.6). */
  value: Decimal;
  /** Power of ten the number is printed in (6 for "million"; a Note under a table in $ thousands: 3). */
  scale: number;
  /** USD, USD/share, percent, or a count's noun (lines, route miles). */
  unit: ItemUnit;
  /** amount: the measure's value; ratio: the measure as a percent of revenue; change: a change of the measure. */
  kind: 'amount' | 'ratio' | 'change' | 'count';
  /** The noun phrase as printed ("operating revenue from continuing operations"); '' when none was found. */
  measure: string;
  /** The table label the measure means (taxonomy/prose.tsv), '' when the vocabulary has none. */
  label: string;
  /** The amount is stated as a loss ("a $1.2 million net loss"): the fact is the negative of the print. */
  loss: boolean;
  /** Direction words of a change ('' when none). */
  direction: '' | 'up' | 'down';
  period: Period | null;
  /** For a change: the period it compares with ("over the third quarter of 2003"). */
  basePeriod: Period | null;
  /** One end of a printed range ("$200 million to $208 million"). */
  range: '' | 'low' | 'high';
  /** Qualified by "approximately", "more than", "in excess of" (the number is not exact). */
  approximate: boolean;
  /** The sentence, whitespace collapsed. */
  sentence: string;
  pos: SourcePos;
}

export interface ReleaseDocument {
  file: string;
  /**
   * 'html' for an HTML release: `lines` are the raw HTML lines (positions point into them) and a paragraph
   * block's `text` is what it prints; absent for plaintext.
   */
  format?: 'html';
  /** The source split into lines (1-based line n is lines[n-1]). */
  lines: string[];
  blocks: Block[];
  tables: Table[];
  items: LineItem[];
  cover: CoverInfo;
  /** Warnings (numbers that could not be placed, periods not derived), each with its line. */
  messages: Message[];
  /** Numbers in the prose (paragraph blocks), read by src/read/prose; absent when not read. */
  proseItems?: ProseItem[];
}
