// Line items of a built table: one per printed number (two for a "low - high" cell), with unit, scale, period
// and range role, in the order of the gold files (line, then column, low before high).
import { Decimal } from '../model/decimal.js';
import type { LineItem, Table, TableRow } from '../model/document.js';
import { duration, instant, type Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import { addDays, CHANGE_RE, findDates, headerPeriod, monthsBefore, numberWord } from './periods.js';
import { QUARTER_NAME_RE } from './interpret.js';
import type { BuiltRow, BuiltTable, Col } from './layout.js';
import { perColumnUnit, type UnitKind } from './units.js';
import { CHANGES_TABLE_RE, labelPeriods, tableRowUnits, yearlessDate, yearRows } from './rowunits.js';
import { endOf } from './interpret.js';

// A label that opens with the word says it too: AGNC's "Beginning cumulative non-deductible net capital loss" and
// "Ending cumulative ... per common share" under quarter columns are the balances before and after the quarter.
const BEGIN_RE = /\b(?:beginning|start) of (?:the )?(?:period|year|quarter|month|fiscal year)\b|^\W*(?:beginning|opening)\s/i;
// AGNC's key statistics print "Average coupon - as of period end" and "Net TBA portfolio - as of period end, at cost"
// under quarter columns: the label itself says the figure is the quarter-end one.
const END_RE =
  /\b(?:end|close) of (?:the )?(?:period|year|quarter|month|fiscal year)\b|^\W*(?:ending|closing|period[- ]end)\s|\b(?:as of|at) (?:the )?(?:period|quarter|year|month)[- ]end\b/i;
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
// Things a company holds at a date, counted: Mastercard's "Cards (Mil.)" column beside the quarter's volumes and
// transactions ("As of March 31, 2020, the company's customers had issued 2.6 billion ... cards").
const HELD_COUNT_RE =
  /^(?:total )?(?:number of )?(?:cards|accounts|subscribers|customers|members|stores|branches|locations|restaurants|offices|ATMs|employees|headcount)(?:\s*\((?:mil\.?|millions?|thousands?|000s?|in (?:millions|thousands))\))?$/i;
const FLOW_RE = /\baverage\b|charge[- ]?offs?|\bincome\b|\bearnings\b|\brevenues?\b|\bprovision\b|\bexpenses?\b|\bgrowth\b|\bchange\b/i;
/**
 * A bank's balances and capital ratios printed in a quarterly grid: PNC's page-one "Total loans (in billions)",
 * "Total deposits (in billions)" and "Common Equity Tier 1 capital ratio" under "For the quarter | 2Q21", its
 * "Nonperforming assets", "Accruing loans past due 90 days or more", "Allowance for loan and lease losses" under
 * "At or for the quarter ended | 6/30/2021". Each is the stock at the quarter's end; not where the row, its
 * heading, the table or the column speaks of a flow or an average ("Interest income: Loans", "Average balances").
 */
const BANK_STOCK_RE =
  /^(?:total )?(?:loans|deposits)$|^non-?performing (?:assets|loans)$|^(?:accruing )?loans (?:and leases )?(?:\d+ days or more )?past due\b|^allowance for (?:loan|credit|unfunded)\b|\btier 1\b.*\bratio$|^(?:total )?(?:risk-based )?capital ratio$/i;
// ... where a comparison column's "Change | 2Q21 vs | 1Q21" compares the balances.
const FLOW_WORDS_RE = /\baverage\b|charge[- ]?offs?|\bincome\b|\bearnings\b|\brevenues?\b|\bprovision\b|\bexpenses?\b/i;
const bareLabel = (label: string) =>
  label
    .replace(/\s*\((?:[a-z]|\d{1,2}|in [a-z]+|[a-z]+ions|non-gaap)\)/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
// PNC's "Net charge-offs to average loans (for the three months ended) (annualized)" under "June 30 | 2021".
const LENGTH_IN_LABEL_RE = /\(?\bfor the (three|six|nine|twelve) months ended\)?/i;

/** Period of a row's cell: the column's, except for opening/closing balances and balance-based ratios. */
// JPMorgan's quarterly trends print "SELECTED BALANCE SHEET DATA (period-end)" and "Period-end loans by client
// segment" over balances: instants at each column's end, where "(average)" rows stay the quarter's.
const PERIOD_END_SECTION_RE = /\bperiod[- ]end\b|\bend of (?:the )?period\b/i;
// "Loans, net of unearned income": the qualifier names a deduction, not a flow.
const NET_OF_RE = /,?\s*net of\b.*$/i;
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/**
 * A homebuilder's "Backlog at January 31:" over "Units" and "Dollar value" under "Three Months Ended January 31,":
 * a section dated at (as of) the month and day the column ends holds balances at that end.
 */
function sectionAtEnd(section: string, end: string): boolean {
  const m = section.match(/\b(?:at|as of)\s+([a-z]{3})[a-z]*\.?\s+(\d{1,2})\b(?!,?\s*(?:19|20)\d\d)/i);
  if (!m) return false;
  const month = MONTH_NAMES.indexOf(m[1].toLowerCase()) + 1;
  return month > 0 && end.slice(5) === `${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
}

/**
 * What a row's period rules read around it: the table's title and the column's header, and the table's headings
 * that speak of averages (JPMorgan's "SELECTED BALANCE SHEET DATA (average)" over a second "Loans: ... Total loans",
 * "Deposits" block: a balance row of such a table may be an average).
 */
export function periodContext(t: BuiltTable, col: Col): string {
  const averages = t.rows.some((r) => /\baverage\b/i.test(r.heading ? r.label : r.section)) ? ' average' : '';
  return `${t.title} ${col.header.join(' ')}${averages}`;
}

export function rowPeriod(label: string, p: Period | null, section = '', around = ''): Period | null {
  // A flow printed under a date column says its length: the period of that length ending on the date.
  const length = p?.type === 'instant' ? label.match(LENGTH_IN_LABEL_RE) : null;
  if (p?.type === 'instant' && length && !findDates(label).length) return duration(monthsBefore(p.date, numberWord(length[1].toLowerCase())!), p.date);
  if (p?.type === 'duration' && PERIOD_END_SECTION_RE.test(section) && !FLOW_RE.test(label.replace(NET_OF_RE, ''))) return instant(p.end);
  if (p?.type === 'duration' && sectionAtEnd(section, p.end) && !FLOW_RE.test(label.replace(NET_OF_RE, ''))) return instant(p.end);
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
  if (BANK_STOCK_RE.test(bareLabel(label)) && !FLOW_RE.test(`${label} ${section}`) && !FLOW_WORDS_RE.test(around)) return instant(p.end);
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
  if (
    year &&
    SECTION_PERIOD_RE.test(section) &&
    !findDates(header).some((d) => d.hasDay) &&
    !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i.test(header)
  ) {
    const hp = headerPeriod([section, year[0]]);
    return hp.period && !hp.kind ? hp.period : null;
  }
  return null;
}

/** A guidance column of its own headed "Low" or "High" holds one side of the range. */
function sideOf(col: Col): '' | 'low' | 'high' {
  const last = (col.header[col.header.length - 1] ?? '').trim().toLowerCase();
  return last === 'low' ? 'low' : last === 'high' ? 'high' : '';
}

const FIVE_UNITS = new Set(['USD', 'shares', 'USD/share', 'percent', 'pure']);
// ServiceNow's "Earnings per Basic/Diluted Share ($)" names both.
const PER_SHARE_COL_RE =
  /\b(?:earnings|income|loss|profit|eps|dividends?)\b.*\bper (?:(?:diluted|basic|common)(?:\s*\/\s*(?:diluted|basic))? )?share\b|^\W*per (?:diluted |basic |common )?share\W*$/i;

function unitOf(row: BuiltRow, col: Col, percentCell: boolean, dollar: boolean, unit: UnitKind): UnitKind {
  if (percentCell) return 'percent';
  // Apple's "CPU Units k" counts units, beside "Rev $m".
  if (col.scale?.unit === 'pure' && col.kind !== 'change' && unit === 'USD') return 'pure';
  // A column headed by a unit of measure ("Oil (Bbl/d)") counts it, whatever the row says of money.
  // So does it over a heading's price unit: Antero's "NYMEX ($/MMBtu)" row under "Natural gas MMBtu/day".
  if (col.unit && col.kind !== 'change' && (unit === 'USD' || unit === 'pure' || (!FIVE_UNITS.has(unit) && unit.startsWith('USD/')))) return col.unit;
  // A comparison column prints percentages ("4%", "NA", "14.4") unless it prints amounts ("$ Change",
  // "$1,234", or grouped numbers with no % anywhere in the column).
  if (col.kind === 'change') {
    const header = col.header.join(' ');
    const amounts =
      dollar || /\$|\bamounts?\b|\bdollars?\b/i.test(header) || (col.pctCells === 0 && (!!col.grouped || !!col.bridge) && !/%|percent/i.test(header));
    return amounts ? unit : 'percent';
  }
  // A bare number in a column of percentages ("100" closing a % of total column) is a percentage too.
  if (dollar && unit === 'pure') return 'USD';
  // A column headed "Diluted Earnings per Share" (Microsoft's constant-currency reconciliation) prints per-share amounts.
  if (unit === 'USD' && PER_SHARE_COL_RE.test(col.header[col.header.length - 1] ?? '')) return 'USD/share';
  // A column headed "Shares" counts shares.
  if (!dollar && unit === 'USD' && /\bshares\b/i.test(col.header.join(' ')) && !/\bper share\b/i.test(col.header.join(' '))) return 'shares';
  // A column headed "% of Sales" or "Percent" prints percentages without the sign.
  if (!dollar && unit === 'USD' && /%|\bpercent(?:age)?\b/i.test(col.header.join(' '))) return 'percent';
  // So does a bank's "Average Balance | Interest | Yield/Rate" rate column.
  if (!dollar && unit === 'USD' && /\byields?\b|\brates?\b/i.test(col.header.slice(-2).join(' '))) return 'percent';
  // Not when the column prints "$" amounts too: ServiceNow's guidance reconciliation "$4,125 - $4,145" over "42".
  if (!dollar && unit === 'USD' && col.cellCount >= 2 && col.pctCells / col.cellCount >= 0.5 && !(col.dollarCells! > 0)) return 'percent';
  return perColumnUnit(col.header.join(' '), unit);
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
  /** Every cell is a percentage change (rowunits.ts CHANGES_TABLE_RE). */
  changesOnly: boolean;
  /** Rows naming the years of columns that print none (rowunits.ts yearRows). */
  byYear: { years: (string | null)[]; latest: string } | null;
  /** Periods that rows and headings print, for columns naming none (rowunits.ts labelPeriods). */
  byLabel: (Period | null)[] | null;
}

/** The items, warnings and columns already warned about, as rows are read in order. */
interface ItemsSoFar {
  items: LineItem[];
  warnings: Message[];
  colWarned: Set<number>;
}

function tableLayout(t: BuiltTable): TableLayout {
  // Units and scales of the rows, from their labels, sections, the title, footnotes and the rows around them.
  const { units: rowUnits, scales: rowScales } = tableRowUnits(t);
  // Share counts printed in full (seven digits and more) are not in thousands whatever the note says; the
  // table prints all its share counts alike.
  const fullShares = t.rows.some(
    (r, k) =>
      rowUnits[k] === 'shares' && r.cells.some((c) => c.cell.parts.some((p) => p.value !== null && !p.percent && new Decimal(p.value).abs().gte(1_000_000))),
  );
  // Aflac's "EFFECT OF FOREIGN CURRENCY ON ADJUSTED RESULTS (SELECTED PERCENTAGE CHANGES, UNAUDITED)" heads its
  // columns "Including Currency Changes | Excluding Currency Changes": every cell is a percentage change.
  const changesOnly = CHANGES_TABLE_RE.test(`${t.title} ${t.context ?? ''}`);
  const byYear = yearRows(t);
  const byLabel = byYear ? null : labelPeriods(t);
  return { scale: t.scaleNote?.scale ?? 0, rowUnits, rowScales, fullShares, depthOf: indentDepths(t.rows), changesOnly, byYear, byLabel };
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
    if (!periods.has(col)) periods.set(col, cellPeriod(t, r, rowIndex, col, layout));
    return periods.get(col)!;
  };
  // A row of a year-row table saying "change" compares the years (rowunits.ts yearRows).
  const rowChange = !!layout.byYear && !layout.byYear.years[rowIndex] && CHANGE_RE.test(r.label);
  const line = r.valueLine;
  // Share counts printed in full (seven digits and more) are not in thousands whatever the note says.
  for (const bc of r.cells) {
    const col = t.cols[bc.col];
    const indices: number[] = [];
    bc.cell.parts.forEach((part, pi) => {
      const unit = layout.changesOnly ? 'percent' : part.times ? 'pure' : unitOf(r, col, part.percent, part.dollar, layout.rowUnits[rowIndex]);
      const itemScale = scaleOfItem(t, layout, rowIndex, part.scale, unit, col);
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
        range: rangeOf(col, part.listed ? 1 : bc.cell.parts.length, pi, layout.changesOnly || rowChange || !!part.change),
        pos: { file, line: part.line ?? line, column: part.start + 1 },
        ...(part.offset !== undefined ? { offset: part.offset, endOffset: part.endOffset } : {}),
        ...(col.member ? { member: col.member } : {}),
        ...(part.listed ? listedBasis(`${col.header.join(' ')} ${r.label}`, pi) : {}),
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

/**
 * Period of a row's cell in a column: a year row's caption period, else the header's month and day in the year a
 * row prints (yearRows), else the period a section splits with the header (sectionPeriod), else the column's, else
 * the one a row or heading above prints (labelPeriods); then the row's own rules (rowPeriod).
 */
function cellPeriod(t: BuiltTable, r: BuiltRow, rowIndex: number, col: Col, layout: TableLayout): Period | null {
  const year = r.label.trim().match(/^((?:19|20)\d\d)$/)?.[1];
  const own = year ? col.captionPeriods?.find((p) => endOf(p).startsWith(year)) : undefined;
  const yearRow = layout.byYear ? (layout.byYear.years[rowIndex] ?? layout.byYear.latest) : null;
  const dated = yearRow && !col.period ? yearlessDate(col.header) : null;
  const printed = dated ? headerPeriod([dated, yearRow!]).period : null;
  const p = own ?? printed ?? sectionPeriod(r.section.trim() || t.title, col) ?? col.period ?? layout.byLabel?.[rowIndex] ?? null;
  if (p?.type === 'instant' && BEGIN_RE.test(r.label)) return openingInstant(t, p.date) ?? p;
  if (p?.type === 'duration' && (HELD_COUNT_RE.test(r.label.trim()) || HELD_COUNT_RE.test((col.header[col.header.length - 1] ?? '').trim()))) {
    return instant(p.end);
  }
  return rowPeriod(r.label, p, r.section, periodContext(t, col));
}

/**
 * A roll-forward under date columns: JPMorgan's "Assets under management rollforward" heads its quarters "Dec 31,
 * 2021 ... Dec 31, 2020" and prints "Beginning balance" 2,560 under "Dec 31, 2020", the balance three months
 * before (its "FULL YEAR 2021" column begins at 2,716, the Dec 31, 2020 ending balance). When the table's dates are
 * evenly spaced, an opening row's cell is the balance one step before its column's date; else undefined.
 */
function openingInstant(t: BuiltTable, date: string): Period | undefined {
  const dates = [...new Set(t.cols.filter((c) => c.period?.type === 'instant' && !c.kind).map((c) => endOf(c.period!)))].sort();
  if (dates.length < 2) return undefined;
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  const gaps = new Set(dates.slice(1).map((d, i) => month(d) - month(dates[i])));
  const [gap] = gaps;
  if (gaps.size !== 1 || gap < 1 || gap > 12) return undefined;
  return instant(addDays(monthsBefore(date, gap), -1));
}

/** The basis of the pi-th of two figures in one cell, in the order the header or label names them ("Basic/Diluted"). */
function listedBasis(text: string, pi: number): { shareBasis?: 'basic' | 'diluted' } {
  const m = text.match(/\b(basic|diluted)\s*(?:\/|and|&)\s*(basic|diluted)\b/i);
  if (!m || m[1].toLowerCase() === m[2].toLowerCase()) return {};
  return { shareBasis: m[pi === 0 ? 1 : 2].toLowerCase() as 'basic' | 'diluted' };
}

/**
 * Range role of a cell's part: the two ends of a "low - high" cell (also "27% - 28%" under "Year/Year Growth (%)",
 * ServiceNow's guidance, a range of changes), else a change (a comparison column, a table of changes, a year-row
 * table's change row), else a "Low" or "High" column's side.
 */
function rangeOf(col: Col, parts: number, pi: number, change: boolean): LineItem['range'] {
  if (parts === 2) return pi === 0 ? 'low' : 'high';
  return col.kind === 'change' || change ? 'change' : sideOf(col);
}

/**
 * The power of ten a cell's number is printed in: percentages and per-share amounts in units; plain counts in
 * units unless the column header prints a shorthand scale ("CPU Units k"); units of measure their own or their
 * row's scale, never the money note's; share counts follow the note unless it excepts them or they are printed
 * in full; money its own, its row's, its column header's ("Rev $m"), else the table's.
 */
function scaleOfItem(t: BuiltTable, layout: TableLayout, rowIndex: number, partScale: number | undefined, unit: UnitKind, col: Col): number {
  const row = layout.rowScales[rowIndex];
  const money = partScale ?? row ?? col.scale?.scale ?? layout.scale;
  if (unit === 'percent' || unit === 'USD/share' || (unit === 'pure' && !col.scale)) return 0;
  if (unit === 'pure') return col.scale!.scale;
  if (unit !== 'USD' && unit !== 'shares') return partScale ?? row ?? 0;
  if (unit === 'shares') return partScale ?? row ?? (t.scaleNote?.exceptShares || layout.fullShares ? 0 : money);
  return money;
}

/** The layout's own findings: numbers it could not place, ragged columns. */
function tableWarnings(t: BuiltTable, file: string): Message[] {
  const warnings: Message[] = [];
  for (const w of t.warnings) {
    warnings.push({
      ruleId: 'read.unplaced-number',
      severity: 'warning',
      message: `table "${t.title}": ${w.message}`,
      positions: [{ file, line: w.line, column: w.column }],
    });
  }
  for (const w of t.errors) {
    warnings.push({
      ruleId: 'read.ragged-columns',
      severity: 'warning',
      message: `table "${t.title}": ${w.message}; reported without a period`,
      positions: [{ file, line: w.line, column: w.column }],
    });
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
