// The table model every layout reader (fixed-width text, HTML) builds before interpretation: columns with the
// header text printed over them, rows with their label and printed cells. The interpreter (interpret.ts) turns
// column headers into periods and kinds; items.ts turns cells into line items.
import type { RawCell } from './cells.js';
import type { Period } from '../model/period.js';
import type { ScaleNote } from './units.js';
import type { ColumnMember } from '../model/document.js';

export interface Col {
  start: number;
  end: number;
  /** Rows (line indices) that print a cell in this column. */
  support: Set<number>;
  header: string[];
  period: Period | null;
  kind: '' | 'change' | 'range';
  dateOnly: boolean;
  /** Column inherits header and period from its left neighbour (a second cell printed under one header). */
  sub: boolean;
  /** Some header text was placed over this column itself. */
  own: boolean;
  /** Some value of the column is printed with thousands separators. */
  grouped?: boolean;
  pctCells: number;
  /** Cells printing "$" (HTML): a column of amounts, whatever share of its cells print "%". */
  dollarCells?: number;
  cellCount: number;
  /** Values standing under no column header (ragged): reported without a period, never given a neighbour's. */
  ragged?: boolean;
  /**
   * Columns that are not periods (segments, regions, consolidating entities) take the period of the table's
   * caption; when the caption names one per year ("for the 13 weeks ended May 1, 2004 and May 3, 2003"), rows
   * labelled by a year take the one ending in their year.
   */
  captionPeriods?: Period[];
  /** Scale (and unit) the header prints in shorthand: "Rev $m", "Units k" (units.ts headerScale). */
  scale?: { scale: number; unit?: 'USD' | 'pure' };
  /** A unit of measure the header prints ("Natural Gas (MMcf/d)", "Oil ($/Bbl)"): the unit of its cells. */
  unit?: string;
  /** A component of the change from the period on its left to the one on its right (interpret.ts bridgeColumns). */
  bridge?: boolean;
  /** A segment, region or consolidating column: the axis and member it stands for (interpret.ts, members.ts). */
  member?: ColumnMember;
}

export interface BuiltCell {
  cell: RawCell;
  col: number;
  line: number;
}

export interface BuiltRow {
  label: string;
  indent: number;
  heading: boolean;
  total: boolean;
  /** 1-based lines of the label (in order; a label may run on below its numbers). */
  lines: number[];
  /** 1-based line of the values (0 for a heading). */
  valueLine: number;
  cells: BuiltCell[];
  section: string;
  afterRule: boolean;
}

export interface BuiltTable {
  title: string;
  scaleNote: ScaleNote | null;
  startLine: number;
  endLine: number;
  cols: Col[];
  rows: BuiltRow[];
  /** The title says "(continued)": the rest of the table before it, carried over a page. */
  continued: boolean;
  /** Numbers in the value columns that could not be read, with 1-based line and column. */
  warnings: { line: number; column: number; message: string }[];
  /** 1-based line of the first column-header line (where messages about the header point). */
  headerLine?: number;
  /** Title matter and text left of the column headers, where captions name dates ("at June 30, 2005 and ..."). */
  context?: string;
  /**
   * A heading printed over the title inside the table ("CONSTRUCTION INDUSTRIES" over "(Millions of dollars)" and
   * "Segment Sales"), shared by the later tables of the same HTML <table>.
   */
  heading?: string;
  /** Title matter printed inside the table (an HTML table's caption rows and header stubs), top to bottom. */
  titleLines?: string[];
  /** Footnotes printed under the table, by marker ("1" for "(1) In thousands."): they may scale or name units of rows. */
  notes?: Map<string, string>;
  /** Findings that make the table unreliable (ragged columns), with 1-based line and column. */
  errors: { line: number; column: number; message: string }[];
}

/** Repeated titles get " #2", " #3" in order, whichever reader built the tables. */
export function nameTables(tables: BuiltTable[]): void {
  const seen = new Map<string, number>();
  for (const t of tables) {
    const n = (seen.get(t.title) ?? 0) + 1;
    seen.set(t.title, n);
    if (n > 1) t.title = `${t.title} #${n}`;
  }
}
