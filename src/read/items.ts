// Line items of a built table: one per printed number (two for a "low - high" cell), with unit, scale, period
// and range role, in the order of the gold files (line, then column, low before high).
import { Decimal } from '../model/decimal.js';
import type { LineItem, Table, TableRow } from '../model/document.js';
import { duration, instant, type Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import { addDays, findDates, headerPeriod } from './periods.js';
import { QUARTER_NAME_RE } from './interpret.js';
import type { BuiltRow, BuiltTable, Col } from './layout.js';
import { rowUnit, type UnitKind } from './units.js';
import { endOf } from './interpret.js';

const BEGIN_RE = /\b(?:beginning|start) of (?:the )?(?:period|year|quarter|month|fiscal year)\b/i;
const END_RE = /\b(?:end|close) of (?:the )?(?:period|year|quarter|month|fiscal year)\b/i;
/**
 * Ratios and per-share amounts computed from period-end balances: book value per share, equity to assets, and any
 * balance over a balance ("Reserves/Loans Receivable" in Horizon's reserve roll-forward, "Allowance for loan losses to
 * total loans", "Non-performing assets to total assets", "Loans to deposits"). A flow over a balance ("Net charge-offs
 * to average loans") or a ratio of averages stays a duration.
 */
const BALANCE = String.raw`(?:(?:reserves?|allowance)(?: for (?:possible )?(?:loan|credit) losses)?|non-?performing (?:assets|loans)|(?:tangible )?(?:(?:stock|share)holders'? )?equity|(?:tier 1 |risk-based |total )?capital|(?:total |gross |net )?loans(?: receivable)?|(?:total )?deposits)`;
const BALANCE_OF = String.raw`(?:total |gross |net )?(?:loans(?: receivable)?|assets|deposits|equity|non-?performing (?:assets|loans)|risk-weighted assets)`;
const BALANCE_RATIO_RE = new RegExp(
  String.raw`\bbook value\b|\bequity[- ]to[- ](?:total )?(?:assets|deposits)\b|^\W*${BALANCE}\s*(?:/|\bto\b|\bas an? (?:percent(?:age)?|%) of\b|\bas % of\b)\s*${BALANCE_OF}\b`,
  'i',
);
// Balances and head counts a quarterly grid prints beside its flows ("Cash and short-term investments 231,488",
// "Headcount 1,122" under "1Q03 4Q02 1Q02"): each is the stock at the quarter's end.
const STOCK_RE =
  /^(?:total )?cash(?:,| and) (?:cash equivalents|short-term investments|investments|marketable securities)(?:,? and (?:short-term )?(?:investments|marketable securities))?$|^(?:headcount|(?:total )?(?:number of )?employees)$/i;
const FLOW_RE = /\baverage\b|charge[- ]?offs?|\bincome\b|\bearnings\b|\brevenues?\b|\bprovision\b|\bexpenses?\b|\bgrowth\b|\bchange\b/i;

/** Period of a row's cell: the column's, except for opening/closing balances and balance-based ratios. */
const PER_UNIT_RE =
  /\bper\s+(?:average\s+|available\s+|occupied\s+|equivalent\s+|comparable\s+)?(?:restaurants?|stores?|units?|locations?|square\s+f(?:oo|ee)t|sq\.?\s*ft\.?|employees?|customers?|subscribers?|accounts?|households?|guests?|transactions?|tons?|rooms?|patient\s+days?|admissions?|members?)\b/i;

export function rowPeriod(label: string, p: Period | null): Period | null {
  // "Balance, December 31, 2004" / "Balance at June 30, 2005": the balance at that date, whatever the column.
  if (/^(?:ending |beginning |opening |closing )?balances?\b/i.test(label)) {
    const d = findDates(label).filter((x) => x.hasDay);
    if (d.length === 1) return instant(d[0].iso);
  }
  // A row labelled by a bare year in a table whose columns name no period: that calendar year.
  if (!p && /^(?:19|20)\d\d$/.test(label.trim())) return duration(`${label.trim()}-01-01`, `${label.trim()}-12-31`);
  if (!p || p.type !== 'duration') return p;
  if (BEGIN_RE.test(label)) return instant(addDays(p.start, -1));
  if (END_RE.test(label) || STOCK_RE.test(label.trim()) || (BALANCE_RATIO_RE.test(label) && !FLOW_RE.test(label))) return instant(p.end);
  return p;
}

const SECTION_PERIOD_RE = /^(?:(?:first|second|third|fourth)\s+quarter|(?:fiscal\s+)?year|(?:three|six|nine|twelve)\s+months|year[- ]to[- ]date)\b[^\d]*$/i;

/**
 * A period split between a column header and the stub above the rows: a quarterly grid's "First | Quarter"
 * columns under a "2003" line, or a segment table's "Net Sales | 2003" columns under "Fourth Quarter" and then
 * "Year" blocks (a manufacturer's business segment information).
 */
function sectionPeriod(section: string, col: Col): Period | null {
  if (col.kind || !section) return null;
  const header = col.header.join(' ');
  if (/^(?:19|20)\d\d$/.test(section) && !col.period && QUARTER_NAME_RE.test(header)) return headerPeriod([...col.header, section]).period;
  const year = header.match(/\b(?:19|20)\d\d\b/);
  if (year && SECTION_PERIOD_RE.test(section) && !findDates(header).some((d) => d.hasDay) && !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(header)) {
    const hp = headerPeriod([section, year[0]]);
    return hp.period && !hp.kind ? hp.period : null;
  }
  return null;
}

const RATE_TABLE_RE = /\bpercentage changes\b|\breturn on (?:average )?(?:common )?(?:(?:share|stock)holders['\u2019]? )?(?:equity|assets)\b.*\bto\b.*\b(?:return|ROE|ROA)\b/i;

/** A guidance column of its own headed "Low" or "High" holds one side of the range. */
function sideOf(col: Col): '' | 'low' | 'high' {
  const last = (col.header[col.header.length - 1] ?? '').trim().toLowerCase();
  return last === 'low' ? 'low' : last === 'high' ? 'high' : '';
}

function unitOf(row: BuiltRow, col: Col, percentCell: boolean, dollar: boolean, unit: UnitKind): UnitKind {
  if (percentCell) return 'percent';
  // A column headed by a unit of measure ("Oil (Bbl/d)") counts it, whatever the row says of money.
  if (col.unit && col.kind !== 'change' && (unit === 'USD' || unit === 'pure')) return col.unit;
  // A comparison column prints percentages ("4%", "NA", "14.4") unless it prints amounts ("$ Change",
  // "$1,234", or grouped numbers with no % anywhere in the column).
  if (col.kind === 'change') {
    const header = col.header.join(' ');
    const amounts = dollar || /\$|\bamounts?\b|\bdollars?\b/i.test(header) || (col.pctCells === 0 && !!col.grouped && !/%|percent/i.test(header));
    return amounts ? unit : 'percent';
  }
  // A bare number in a column of percentages ("100" closing a % of total column) is a percentage too.
  if (dollar && unit === 'pure') return 'USD';
  // A column headed "Shares" counts shares.
  if (!dollar && unit === 'USD' && /\bshares\b/i.test(col.header.join(' ')) && !/\bper share\b/i.test(col.header.join(' '))) return 'shares';
  // A column headed "% of Sales" or "Percent" prints percentages without the sign.
  if (!dollar && unit === 'USD' && /%|\bpercent(?:age)?\b/i.test(col.header.join(' '))) return 'percent';
  // So does a bank's "Average Balance | Interest | Yield/Rate" rate column.
  if (!dollar && unit === 'USD' && /\byields?\b|\brates?\b/i.test(col.header.slice(-2).join(' '))) return 'percent';
  if (!dollar && unit === 'USD' && col.cellCount >= 2 && col.pctCells / col.cellCount >= 0.5) return 'percent';
  return unit;
}

export function itemsOfTable(
  t: BuiltTable,
  tableIndex: number,
  file: string,
  firstItem: number,
): { table: Table; tableItems: LineItem[]; warnings: Message[] } {
  const layout = tableLayout(t);
  const acc: ItemsSoFar = { items: [], warnings: [], colWarned: new Set<number>() };
  const rows = t.rows.map((r, rowIndex) => tableRow(t, r, rowIndex, { tableIndex, file, firstItem, layout }, acc));
  acc.warnings.push(...tableWarnings(t, file));
  return { table: tableOf(t, tableIndex, layout.scale, rows), tableItems: acc.items, warnings: acc.warnings };
}

/** What every row of a table needs: the table's scale, each row's unit and scale, whether shares print in full. */
interface TableLayout {
  scale: number;
  rowUnits: UnitKind[];
  rowScales: (number | null)[];
  fullShares: boolean;
  depthOf: (indent: number) => number;
}

/** The items, warnings and columns already warned about, as rows are read in order. */
interface ItemsSoFar {
  items: LineItem[];
  warnings: Message[];
  colWarned: Set<number>;
}

function tableLayout(t: BuiltTable): TableLayout {
  // Share counts printed in full (seven digits and more) are not in thousands whatever the note says; the
  // table prints all its share counts alike.
  // A table of rates: Aflac's "RECONCILIATION OF U.S. GAAP RETURN ON EQUITY (ROE) TO ADJUSTED ROE" and "(SELECTED
  // PERCENTAGE CHANGES, UNAUDITED)" print percentages without the sign in rows that name no unit.
  const rates = RATE_TABLE_RE.test(`${t.title} ${t.context ?? ''}`);
  const rowUnits = t.rows.map((r) => {
    const unit = r.heading ? 'USD' : rowUnit(r.label, r.section, t.title);
    return rates && unit === 'USD' ? 'percent' : unit;
  });
  // Amounts per unit of business are printed in dollars whatever the table's note: a restaurant's "Average weekly
  // sales per restaurant $ 63,114" under "(in thousands)", a hotel's revenue per available room.
  const rowScales = t.rows.map((r) => scaleWord(r.label) ?? (PER_UNIT_RE.test(r.label) ? 0 : scaleWord(r.section)));
  const fullShares = t.rows.some(
    (r, k) =>
      rowUnits[k] === 'shares' &&
      r.cells.some((c) => c.cell.parts.some((p) => p.value !== null && !p.percent && new Decimal(p.value).abs().gte(1_000_000))),
  );
  return { scale: t.scaleNote?.scale ?? 0, rowUnits, rowScales, fullShares, depthOf: indentDepths(t.rows) };
}

// A row label may carry its own scale: "Net sales (millions)", "Revenue ($ in thousands)".
// So may the heading of its section: Apple's "Shares used in computing earnings per share (in thousands):" over
// the share counts of a table "(In millions, except share amounts)".
function scaleWord(text: string): number | null {
  // ... or end with it: PNC's "Net charge-offs (recoveries) In millions", a heading row "In billions".
  const m =
    text.match(/\((?:\$\s*)?(?:in\s+)?(?:\$\s*)?(thousands|millions|billions)(?:\s+of\s+[A-Za-z$/]+)?\)/i) ??
    text.match(/(?:^|\s)(?:\$\s*|dollars\s+|amounts\s+)?in\s+(?:\$\s*)?(thousands|millions|billions)\s*$/i);
  // ... or print thousands as "(000)": Aflac's "Shares used to compute earnings per share (000):".
  if (!m) return /\(\s*000'?s?\s*\)/.test(text) ? 3 : null;
  return m[1].toLowerCase() === 'thousands' ? 3 : m[1].toLowerCase() === 'millions' ? 6 : 9;
}

/** One printed row: its cells' items (appended to acc, with a no-period warning per column) and the TableRow. */
function tableRow(
  t: BuiltTable,
  r: BuiltRow,
  rowIndex: number,
  where: { tableIndex: number; file: string; firstItem: number; layout: TableLayout },
  acc: ItemsSoFar,
): TableRow {
  const { tableIndex, file, firstItem, layout } = where;
  const { items, warnings, colWarned } = acc;
  const rowCells: TableRow['cells'] = [];
  const periods = new Map<Col, Period | null>();
  const periodOf = (col: Col) => {
    if (!periods.has(col)) {
      const year = r.label.trim().match(/^((?:19|20)\d\d)$/)?.[1];
      const own = year ? col.captionPeriods?.find((p) => endOf(p).startsWith(year)) : undefined;
      periods.set(col, rowPeriod(r.label, own ?? sectionPeriod(r.section.trim() || t.title, col) ?? col.period));
    }
    return periods.get(col)!;
  };
  const line = r.valueLine;
  // Share counts printed in full (seven digits and more) are not in thousands whatever the note says.
  for (const bc of r.cells) {
    const col = t.cols[bc.col];
    const indices: number[] = [];
    bc.cell.parts.forEach((part, pi) => {
      const unit = part.times ? 'pure' : unitOf(r, col, part.percent, part.dollar, layout.rowUnits[rowIndex]);
      const itemScale = scaleOfItem(t, layout, rowIndex, part.scale, unit);
      const period = periodOf(col);
      if (!period && !colWarned.has(bc.col) && !col.ragged) {
        colWarned.add(bc.col);
        warnings.push({
          ruleId: 'read.no-period',
          severity: 'warning',
          message: `no period could be derived for column "${col.header.join(' | ')}" of table "${t.title}"`,
          positions: [{ file, line, column: part.start + 1 }],
        });
      }
      indices.push(firstItem + items.length);
      items.push({
        table: t.title,
        tableIndex,
        row: r.label,
        rowIndex,
        section: r.section,
        column: col.header.join(' | '),
        columnIndex: bc.col,
        period,
        raw: part.raw,
        value: part.value === null ? null : new Decimal(part.value),
        scale: itemScale,
        unit,
        range:
          col.kind === 'change'
            ? 'change'
            : bc.cell.parts.length === 2
              ? pi === 0
                ? 'low'
                : 'high'
              : sideOf(col),
        pos: { file, line: part.line ?? line, column: part.start + 1 },
        ...(part.offset !== undefined ? { offset: part.offset, endOffset: part.endOffset } : {}),
        ...(col.member ? { member: col.member } : {}),
      });
    });
    rowCells.push({ columnIndex: bc.col, text: bc.cell.text, items: indices, pos: { file, line: bc.cell.parts[0]?.line ?? line, column: bc.cell.start + 1 } });
  }
  return {
    index: rowIndex,
    label: r.label,
    section: r.section,
    depth: layout.depthOf(r.indent),
    heading: r.heading,
    total: r.total,
    lines: r.lines,
    cells: rowCells,
  };
}

/** The power of ten a cell's number is printed in: its own, its row's, else the table's (by unit). */
function scaleOfItem(t: BuiltTable, layout: TableLayout, rowIndex: number, partScale: number | undefined, unit: UnitKind): number {
  const tableScale = partScale ?? layout.rowScales[rowIndex] ?? layout.scale;
  return unit === 'percent' || unit === 'USD/share' || unit === 'pure'
    ? 0
    : unit !== 'USD' && unit !== 'shares'
      ? (partScale ?? layout.rowScales[rowIndex] ?? 0)
    : unit === 'shares'
      ? (partScale ?? layout.rowScales[rowIndex] ?? (t.scaleNote?.exceptShares || layout.fullShares ? 0 : tableScale))
      : tableScale;
}

/** The layout's own findings: numbers it could not place, ragged columns. */
function tableWarnings(t: BuiltTable, file: string): Message[] {
  const warnings: Message[] = [];
  for (const w of t.warnings) {
    warnings.push({ ruleId: 'read.unplaced-number', severity: 'warning', message: `table "${t.title}": ${w.message}`, positions: [{ file, line: w.line, column: w.column }] });
  }
  for (const w of t.errors) {
    warnings.push({ ruleId: 'read.ragged-columns', severity: 'warning', message: `table "${t.title}": ${w.message}; reported without a period`, positions: [{ file, line: w.line, column: w.column }] });
  }
  return warnings;
}

function tableOf(t: BuiltTable, tableIndex: number, scale: number, rows: TableRow[]): Table {
  return {
    index: tableIndex,
    title: t.title,
    scaleNote: t.scaleNote?.text ?? '',
    scale,
    startLine: t.startLine,
    endLine: t.endLine,
    columns: t.cols.map((c, index) => ({
      index,
      header: c.header,
      label: c.header.join(' | '),
      period: c.period,
      kind: c.kind,
      start: c.start,
      end: c.end,
      ...(c.member ? { member: c.member } : {}),
    })),
    rows,
  };
}

function indentDepths(rows: BuiltRow[]): (indent: number) => number {
  const levels = [...new Set(rows.map((r) => Math.max(0, r.indent)))].sort((a, b) => a - b);
  return (indent: number) => Math.max(0, levels.indexOf(Math.max(0, indent)));
}

