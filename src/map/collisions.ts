// Map step 5: placements that collide. After concepts are resolved, two printed cells may land on one concept,
// context and unit with values that differ beyond rounding. The check stage would rightly call that an
// inconsistent duplicate; often it is the map's own choice that made it, and the document says why the cells
// differ. Each collision is explained from the evidence the later cell prints, in this order:
//   1. its column (or table title) names a reporting basis: "Adjustments", "Non-GAAP", "Adjusted", "Underlying"
//      (members of a reporting-basis axis; reported is the default) or "Constant Currency" (a currency-basis
//      axis) -> the whole column (table) on that member;
//   2. the same figure under the opposite sign wording ("Equity in (earnings) loss" vs "Equity in earnings
//      (loss)") -> the later row's printing negates the fact;
//   3. it is an average ("Average balances", "Average interest-earning assets") -> the row gets an "Average ..."
//      extension concept over its column's period;
//   4. its table is about one business segment ("CONSUMER & COMMUNITY BANKING FINANCIAL HIGHLIGHTS") and the
//      first printing's table is not -> the whole table on that member of the segment axis;
//   5. its label, or its heading, differs ("Inventories" under "Changes in operating assets and liabilities" vs
//      the balance sheet's), or the label repeats in its table under different blocks -> the row gets an extension
//      concept of its own, qualified by that heading or block, over its column's period (a change, not a balance).
// Each decision is an info message naming both lines. A collision nothing explains (a misread scale or period:
// same label, same heading, different tables) stays, and the check stage reports it.
import { Decimal } from '../model/decimal.js';
import type { LineItem, MemberAxis, ReleaseDocument } from '../model/document.js';
import type { Period } from '../model/period.js';
import { formatPos, type Message } from '../model/source.js';
import { changeBasis, ExtensionConcepts, extKindFor } from './ext-concepts.js';
import { EXTENSION_RULE, extConceptOf, extOrientation, type ExtConcepts, type Unresolved } from './place.js';
import type { Entry, MakeEntry } from './reconcile.js';
import { basisOf } from './basis.js';
import { normalizeLabel } from './rules.js';
import type { Placement } from './types.js';

export interface CollisionInput {
  doc: ReleaseDocument;
  entries: Entry[];
  ext: ExtensionConcepts | undefined;
  concepts: ExtConcepts;
  make: MakeEntry;
}

export interface CollisionResult {
  entries: Entry[];
  messages: Message[];
  /** Cells left untagged: a printing a power of 1000 apart from the row's other printings (a misread scale). */
  unresolved: Unresolved[];
}

type Member = { axis: MemberAxis; member: string };

/** What explains a collision, and where it applies: a column, a table, or a row. */
type Decision =
  | { kind: 'member'; key: string; scope: Scope; member: Member; why: string; pos: [Entry, Entry] }
  | { kind: 'concept'; key: string; scope: Scope; label: string; why: string; pos: [Entry, Entry] }
  | { kind: 'sign'; key: string; scope: Scope; why: string; pos: [Entry, Entry] }
  | { kind: 'change'; key: string; scope: Scope; why: string; pos: [Entry, Entry] }
  | { kind: 'qualify'; key: string; scope: Scope; qualifier: string; why: string; pos: [Entry, Entry] };

interface Scope {
  table: number;
  column?: number;
  row?: number;
}

// ---- 1. reporting basis --------------------------------------------------------------------------------------

export { basisOf };

// ---- 4. business segments -------------------------------------------------------------------------------------

const TITLE_NOISE =
  /\s+#\d+$|\([a-z0-9]\)|\(continued\)|,?\s*continued\b|\b(?:financial|operating)\s+highlights\b|\bhighlights\b|\bselected\b|\bsupplemental\b|\bsummary\b|\b(?:financial\s+)?results\b|\bdata\b|\binformation\b|\s-\s+managed basis\b/gi;
const BUSINESS =
  /\b(?:banking|bank|management|services|segments?|group|division|business(?:es)?|markets|wealth|investments?|consumer|commercial|retail|wholesale|institutional|corporate|payments?|insurance|brokerage|lending|card|mortgage|treasury)\b/i;
const NOT_A_BUSINESS =
  /\b(?:statements?|income|revenues?|expenses?|earnings|balances?|sheets?|average|loans|deposits|assets|liabilities|equity|ratios?|reconciliation|gaap|credit|quality|yields?|per share|cash flows?|margin|interest|charge-offs|allowance|securities|borrowed|funds|consolidated|condensed|total|full year|quarter)\b/i;

/** The business segment a table's title names ("CONSUMER & COMMUNITY BANKING FINANCIAL HIGHLIGHTS"), if any. */
export function segmentOfTitle(title: string): string | undefined {
  const t = title
    .replace(TITLE_NOISE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:-]+|[\s,:-]+$/g, '');
  if (!t || t.length > 60 || !BUSINESS.test(t) || NOT_A_BUSINESS.test(t)) return undefined;
  return t === t.toUpperCase()
    ? t
        .toLowerCase()
        .replace(/\b([a-z])/g, (c) => c.toUpperCase())
        .replace(/\b(And|Of|The|For)\b/g, (w) => w.toLowerCase())
    : t;
}

// ---- helpers ----------------------------------------------------------------------------------------------------

const TOTAL_HEADER = /^(?:total|consolidated|combined)\b|\btotal$/i;
const AVERAGE = /\baverage\b|\bavg\.?(?=\s|$)/i;

/** The printed value's interval (value ± half a unit of its decimals). */
function interval(x: Entry): [Decimal, Decimal] {
  const v = new Decimal(x.value);
  const half = new Decimal(10).pow(-x.decimals).div(2);
  return [v.minus(half), v.plus(half)];
}

function consistent(a: Entry, b: Entry): boolean {
  const [al, ah] = interval(a);
  const [bl, bh] = interval(b);
  return al.lte(bh) && bl.lte(ah);
}

/** Label words without footnote marks, case and punctuation. */
function words(label: string): string {
  return normalizeLabel(label.replace(/\(\s*\d{1,2}\s*\)|\*+/g, ' '));
}

function sameLabel(a: string, b: string): boolean {
  const bare = (s: string) => words(s).replace(/^total\s+/, '');
  return bare(a) === bare(b);
}

/** Two values that differ by an exact power of 1000: one table's scale is misread (a reader problem, not meaning). */
function scaleApart(a: Entry, b: Entry): boolean {
  const x = new Decimal(a.value).abs();
  const y = new Decimal(b.value).abs();
  if (x.isZero() || y.isZero()) return false;
  const r = x.gt(y) ? x.div(y) : y.div(x);
  const log = Math.round(Math.log10(r.toNumber()));
  return log > 0 && log % 3 === 0 && r.div(new Decimal(10).pow(log)).minus(1).abs().lt(0.01);
}

const CHANGE_HEADER = /\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|\bvs\.?(?=\s|$)|\bversus\b/i;
const CONSOLIDATING = /\bconsolidat\w*|\beliminat\w*|\bguarantor|\bparent\b|\bsubsidiar\w*/i;
const PLACE = /\b(?:americas?|europe|asia|pacific|emea|apac|africa|international|domestic|united states|u\.s\.|canada|japan|china)\b/i;

/** A column of the same period as another of its table: what its header adds to that sibling's. */
function siblingColumn(doc: ReleaseDocument, item: LineItem): { own: string; sibling: string } | undefined {
  const table = doc.tables[item.tableIndex];
  const col = table?.columns.find((c) => c.index === item.columnIndex);
  if (!table || !col?.period || !item.period) return undefined;
  const key = JSON.stringify(col.period);
  const sibling = table.columns.find((c) => c.index !== col.index && c.period && JSON.stringify(c.period) === key && c.kind === '');
  if (!sibling) return undefined;
  const own = col.header
    .filter((h) => !sibling.header.includes(h))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return own ? { own, sibling: sibling.header.join(' ') } : undefined;
}

/** A table's title as a qualifier: without its " #2", a leading "(1)" and a trailing colon; undefined when untitled or long. */
function titleQualifier(title: string): string | undefined {
  const t = title
    .replace(/\s+#\d+$/, '')
    .replace(/^\s*\(\w\)\s*/, '')
    .replace(/[:\s]+$/, '')
    .trim();
  return t && t.length <= 80 ? t : undefined;
}

/** What a column's header says besides its period: the words after the date ("2021 Investment Banking" -> "Investment Banking"). */
function columnWords(header: string): string {
  return header
    .split('|')
    .map((h) => h.replace(/\b(?:three|six|nine|twelve|months?|quarters?|years?|weeks?|ended|ending|as of|at|fiscal|full|fy|q[1-4]|[1-4]q|ytd)\b/gi, ' '))
    .map((h) =>
      h
        .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2})?,?/gi, ' ')
        .replace(/\b(?:19|20)\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2}(?=\s|,|$)/g, ' '),
    )
    .map((h) =>
      h
        .replace(/\(\s*[a-z0-9]\s*\)/gi, ' ')
        .replace(/[\s,.-]+/g, ' ')
        .trim(),
    )
    .filter((h) => h && !/^\(?in (?:millions|thousands|billions)/i.test(h))
    .join(' ')
    .trim();
}

/** The header of the nearest column to the left whose header differs (the measure a repeated "Growth" column belongs to). */
function leftMeasure(doc: ReleaseDocument, item: LineItem): string | undefined {
  const cols = doc.tables[item.tableIndex]?.columns ?? [];
  const at = cols.findIndex((c) => c.index === item.columnIndex);
  const own = cols[at]?.header.join('|');
  for (let k = at - 1; k >= 0; k--) {
    const words = columnWords(cols[k].header.join('|'));
    if (cols[k].header.join('|') !== own && words && !CHANGE_HEADER.test(words) && !/\bgrowth\b|%/i.test(words)) return words;
  }
  return undefined;
}

/** The same words with the parentheses moved: "Equity in (earnings) loss" vs "Equity in earnings (loss)". */
function invertedWording(a: string, b: string): boolean {
  const bare = (s: string) => s.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
  return a.includes('(') && b.includes('(') && bare(a) === bare(b) && a.toLowerCase().replace(/\s+/g, ' ') !== b.toLowerCase().replace(/\s+/g, ' ');
}

/** A row printed between a row labelled GAAP ("Net income (GAAP)") and the next labelled non-GAAP or adjusted. */
function reconcilingRow(doc: ReleaseDocument, item: LineItem): boolean {
  const rows = doc.tables[item.tableIndex]?.rows ?? [];
  const at = rows.findIndex((r) => r.index === item.rowIndex);
  if (at < 0 || basisOf(item.row) !== undefined) return false;
  let up = false;
  for (let k = at - 1; k >= 0; k--) {
    const b = basisOf(rows[k].label);
    if (b === null) {
      up = true;
      break;
    }
    if (b) return false;
  }
  if (!up) return false;
  for (let k = at + 1; k < rows.length; k++) {
    const b = basisOf(rows[k].label);
    if (b?.member === 'Non-GAAP') return true;
    if (b !== undefined) return false;
  }
  return false;
}

function heading(s: string): string {
  return s.replace(/:$/, '').trim();
}

/** The first row of the block a row stands in: after the last total or heading above it. */
function blockHead(doc: ReleaseDocument, item: LineItem): string | undefined {
  const rows = doc.tables[item.tableIndex]?.rows ?? [];
  const at = rows.findIndex((r) => r.index === item.rowIndex);
  for (let h = at - 1; h >= 0; h--) if (rows[h].heading && rows[h].label.trim()) return heading(rows[h].label);
  let k = at;
  while (k > 0 && !rows[k - 1].total && !rows[k - 1].heading) k--;
  return k < at && k >= 0 ? rows[k].label : undefined;
}

/** Another row of its table prints the same label. */
function repeatedInTable(doc: ReleaseDocument, item: LineItem): boolean {
  const rows = doc.tables[item.tableIndex]?.rows ?? [];
  return rows.some((r) => r.index !== item.rowIndex && r.cells.length > 0 && words(r.label) === words(item.row));
}

function where(x: Entry): string {
  return `"${x.p.item.row}" (${formatPos(x.p.item.pos)})`;
}

/** The member a column or table already carries on an axis (the reader's or an earlier decision's). */
function hasAxis(p: Placement, axis: MemberAxis): boolean {
  return p.item.member?.axis === axis || (p.members ?? []).some((m) => m.axis === axis);
}

/** One collision: the later printing (x, its item a) and the first one (first, its item b). */
interface Case {
  doc: ReleaseDocument;
  x: Entry;
  first: Entry;
  a: LineItem;
  b: LineItem;
  /** The per-filing extension is there to take new concepts and members. */
  ext: boolean;
  pos: [Entry, Entry];
}

type Rule = (c: Case) => Decision | undefined;

/**
 * The collision's explanation, or undefined when the evidence explains nothing: the first rule that explains it,
 * in order of how directly the print says it (a column's own words before a table's title before a row's).
 */
function explain(doc: ReleaseDocument, x: Entry, first: Entry, ext: boolean): Decision | undefined {
  const a = x.p.item;
  const b = first.p.item;
  const sameCell = a.tableIndex === b.tableIndex && a.rowIndex === b.rowIndex && a.columnIndex === b.columnIndex;
  if (sameCell || scaleApart(x, first)) return undefined;
  const c: Case = { doc, x, first, a, b, ext, pos: [first, x] };
  for (const rule of RULES) {
    const d = rule(c);
    if (d) return d;
  }
  return undefined;
}

/** 0. A balance read from period columns of one row that end on one date but disagree: the row is a flow. */
const flowRow: Rule = ({ x, a, b, ext, pos }) => {
  const flows = a.period?.type === 'duration' && b.period?.type === 'duration' && JSON.stringify(a.period) !== JSON.stringify(b.period);
  if (ext && flows && x.p.resolved.concept.periodType === 'instant' && a.tableIndex === b.tableIndex && a.rowIndex === b.rowIndex) {
    const label = `${a.row} (${a.section ? heading(a.section) : 'change'})`;
    return {
      kind: 'concept',
      key: `row:${a.tableIndex}:${a.rowIndex}`,
      scope: { table: a.tableIndex, row: a.rowIndex },
      label,
      why: 'its period columns end on one date with different values: a change over each period, not a balance',
      pos,
    };
  }
  return undefined;
};

/** 1. A reporting basis named by the column, else by the table's title. */
const reportingBasis: Rule = ({ x, a, b, ext, pos }) => {
  if (!ext) return undefined;
  const column = basisOf(a.column);
  if (column && JSON.stringify(basisOf(b.column)) !== JSON.stringify(column) && !hasAxis(x.p, column.axis)) {
    return {
      kind: 'member',
      key: `column:${a.tableIndex}:${a.columnIndex}`,
      scope: { table: a.tableIndex, column: a.columnIndex },
      member: column,
      why: `its column "${a.column}" is ${column.member}`,
      pos,
    };
  }
  const title = a.tableIndex !== b.tableIndex && column === undefined ? basisOf(a.table.replace(/\s+#\d+$/, '')) : undefined;
  if (title && JSON.stringify(basisOf(b.table)) !== JSON.stringify(title) && !hasAxis(x.p, title.axis)) {
    return {
      kind: 'member',
      key: `table:${a.tableIndex}`,
      scope: { table: a.tableIndex },
      member: title,
      why: `its table "${a.table}" is ${title.member}`,
      pos,
    };
  }
  return undefined;
};

/** 1b. A comparison column: one the reader took for a period, or a change concept shared by two comparisons. */
const comparisonColumn: Rule = ({ x, first, a, b, ext, pos }) => {
  if (!ext || x.p.ext?.origin !== 'change') return undefined;
  const scope = { table: a.tableIndex, column: a.columnIndex };
  if (a.tableIndex === b.tableIndex && a.columnIndex !== b.columnIndex) {
    if (x.p.ext.name === first.p.ext?.name && a.rowIndex === b.rowIndex) {
      // One row's comparisons of one period ("4Q21 vs 3Q21", "4Q21 vs 4Q20") that got one name: the column qualifies it.
      const q = columnWords(a.column) || a.column;
      return {
        kind: 'qualify',
        key: `qualify:${a.tableIndex}:${a.columnIndex}:${a.rowIndex}`,
        scope: { ...scope, row: a.rowIndex },
        qualifier: q,
        why: `its column "${a.column}" is a comparison of its own`,
        pos,
      };
    }
    return { kind: 'change', key: `change:${a.tableIndex}:${a.columnIndex}`, scope, why: `its column "${a.column}" is a comparison of its own`, pos };
  }
  if (a.tableIndex !== b.tableIndex) {
    // The same row label's change in another table ("Other" of noninterest income and of noninterest expense).
    const q = titleQualifier(a.table) ?? (a.section ? heading(a.section) : undefined);
    if (q && q !== titleQualifier(b.table)) {
      return {
        kind: 'qualify',
        key: `qualify:${a.tableIndex}:${a.columnIndex}:${a.rowIndex}`,
        scope: { ...scope, row: a.rowIndex },
        qualifier: q,
        why: `its table "${q}" is not "${b.table}"`,
        pos,
      };
    }
  }
  return undefined;
};

/**
 * 1c. A column beside another of the same period: a change, a part of the entity ("Machinery, Energy &
 * Transportation"), or a measure of its own ("Pre-tax | After-tax", "Fully Implemented", "eOne (under U.S. GAAP)")
 * whose rows get concepts qualified by it.
 */
const besideAnotherColumn: Rule = ({ doc, x, first, a, b, ext, pos }) => {
  if (!ext) return undefined;
  const sibling = siblingColumn(doc, a);
  if (!sibling) return undefined;
  const scope = { table: a.tableIndex, column: a.columnIndex };
  if (CHANGE_HEADER.test(sibling.own) && !(x.p.ext?.origin === 'change' && first.p.ext?.origin === 'change')) {
    return {
      kind: 'change',
      key: `change:${a.tableIndex}:${a.columnIndex}`,
      scope,
      why: `its column "${a.column}" is a change beside the period's own column`,
      pos,
    };
  }
  if (!TOTAL_HEADER.test(sibling.own) && basisOf(sibling.own) !== null) {
    const context = `${sibling.own} ${a.column} ${a.table}`;
    const axis: MemberAxis = CONSOLIDATING.test(context)
      ? 'consolidation'
      : PLACE.test(sibling.own)
        ? 'region'
        : BUSINESS.test(sibling.own) || /\bsegments?\b/i.test(context)
          ? 'segment'
          : 'basis';
    const member = sibling.own.replace(/\s*\(\s*[a-z0-9]\s*\)\s*$/i, '').trim();
    if (!hasAxis(x.p, axis))
      return {
        kind: 'member',
        key: `column:${a.tableIndex}:${a.columnIndex}`,
        scope,
        member: { axis, member },
        why: `its column "${a.column}" stands beside another of the same period`,
        pos,
      };
  }
  if (a.tableIndex === b.tableIndex && a.columnIndex !== b.columnIndex && !TOTAL_HEADER.test(sibling.own)) {
    const q = columnWords(sibling.own) || sibling.own;
    if (columnWords(b.column) !== q) {
      return {
        kind: 'qualify',
        key: `qualify:${a.tableIndex}:${a.columnIndex}`,
        scope,
        qualifier: q,
        why: `its column "${a.column}" measures something else than "${sibling.sibling}" for one period`,
        pos,
      };
    }
  }
  return undefined;
};

/** 1d. Two columns with one header ("Growth (Local)" after each measure): the measure to their left qualifies them. */
const repeatedHeader: Rule = ({ doc, a, b, ext, pos }) => {
  if (!ext || a.tableIndex !== b.tableIndex || a.columnIndex === b.columnIndex || a.column !== b.column) return undefined;
  const q = leftMeasure(doc, a);
  if (!q || q === leftMeasure(doc, b)) return undefined;
  const scope = { table: a.tableIndex, column: a.columnIndex };
  return {
    kind: 'qualify',
    key: `qualify:${a.tableIndex}:${a.columnIndex}`,
    scope,
    qualifier: `${columnWords(a.column) || a.column}, ${q}`,
    why: `its column "${a.column}" repeats a header; it follows "${q}"`,
    pos,
  };
};

/** 1e. A column naming a business beside its period in another table ("2021 Investment Banking" vs "2021 Global Markets"). */
const businessColumn: Rule = ({ x, a, b, ext, pos }) => {
  if (!ext) return undefined;
  const segA = segmentOfTitle(columnWords(a.column));
  if (!segA || segA === segmentOfTitle(columnWords(b.column)) || hasAxis(x.p, 'segment')) return undefined;
  const scope = { table: a.tableIndex, column: a.columnIndex };
  return {
    kind: 'member',
    key: `column:${a.tableIndex}:${a.columnIndex}`,
    scope,
    member: { axis: 'segment', member: segA },
    why: `its column "${a.column}" names the ${segA} business`,
    pos,
  };
};

/**
 * 1f. A row between a GAAP measure and its non-GAAP ("Net income (GAAP)", ..., "Adjusted net income (non-GAAP)"):
 * a reconciling item, on the reporting-basis member "Adjustments".
 */
const reconcilingItem: Rule = ({ doc, x, a, b, ext, pos }) => {
  if (!ext || hasAxis(x.p, 'basis') || !reconcilingRow(doc, a) || reconcilingRow(doc, b)) return undefined;
  return {
    kind: 'member',
    key: `recon:${a.tableIndex}:${a.rowIndex}`,
    scope: { table: a.tableIndex, row: a.rowIndex },
    member: { axis: 'basis', member: 'Adjustments' },
    why: 'it stands between a GAAP measure and its non-GAAP measure: a reconciling item',
    pos,
  };
};

/** 2. The same figure, printed under the opposite sign wording (with or without an extension). */
const oppositeWording: Rule = ({ x, first, a, b, pos }) => {
  if (!new Decimal(x.value).eq(new Decimal(first.value).neg()) || !invertedWording(a.row, b.row)) return undefined;
  return {
    kind: 'sign',
    key: `sign:${a.tableIndex}:${a.rowIndex}`,
    scope: { table: a.tableIndex, row: a.rowIndex },
    why: `"${a.row}" names the opposite sign of "${b.row}"`,
    pos,
  };
};

/** 3. An average. */
const average: Rule = ({ a, b, ext, pos }) => {
  const averageOf = (i: LineItem) => AVERAGE.test(i.row) || AVERAGE.test(i.section) || AVERAGE.test(i.table) || AVERAGE.test(i.column);
  if (!ext || !averageOf(a) || averageOf(b)) return undefined;
  const label = AVERAGE.test(a.row) ? a.row : `Average ${a.row.charAt(0).toLowerCase()}${a.row.slice(1)}`;
  return {
    kind: 'concept',
    key: `row:${a.tableIndex}:${a.rowIndex}`,
    scope: { table: a.tableIndex, row: a.rowIndex },
    label,
    why: `it is an average ("${AVERAGE.test(a.section) ? a.section : AVERAGE.test(a.row) ? a.row : a.table}")`,
    pos,
  };
};

/** 4. A business segment's table. */
const segmentTable: Rule = ({ x, a, b, ext, pos }) => {
  const segment = ext && a.tableIndex !== b.tableIndex ? segmentOfTitle(a.table) : undefined;
  if (!segment || segmentOfTitle(b.table) === segment || hasAxis(x.p, 'segment')) return undefined;
  return {
    kind: 'member',
    key: `table:${a.tableIndex}`,
    scope: { table: a.tableIndex },
    member: { axis: 'segment', member: segment },
    why: `its table "${a.table}" reports the ${segment} segment`,
    pos,
  };
};

/** 5. A different label, a different heading, or a label repeated in its table under different blocks. */
const differentRow: Rule = ({ doc, a, b, ext, pos }) => {
  if (!ext) return undefined;
  const row = { table: a.tableIndex, row: a.rowIndex };
  const key = `row:${a.tableIndex}:${a.rowIndex}`;
  if (!sameLabel(a.row, b.row)) return { kind: 'concept', key, scope: row, label: a.row, why: `its label differs from "${b.row}"`, pos };
  if (a.section && words(heading(a.section)) !== words(heading(b.section))) {
    return { kind: 'concept', key, scope: row, label: `${a.row} (${heading(a.section)})`, why: `it is printed under "${heading(a.section)}"`, pos };
  }
  const head = repeatedInTable(doc, a) ? blockHead(doc, a) : undefined;
  if (head)
    return {
      kind: 'concept',
      key,
      scope: row,
      label: `${a.row} (${head})`,
      why: `its label repeats in its table; this one is printed in the block of "${head}"`,
      pos,
    };
  return undefined;
};

/** 6. A table of its own subject ("(1) Includes stock-based compensation as follows:"). */
const ownSubject: Rule = ({ a, b, ext, pos }) => {
  if (!ext) return undefined;
  const title = (t: string) => words(t.replace(/\s+#\d+$/, ''));
  const own = a.table
    .replace(/\s+#\d+$/, '')
    .replace(/^\s*\(\w\)\s*/, '')
    .replace(/[:\s]+$/, '')
    .trim();
  if (a.tableIndex === b.tableIndex || !own || own.length > 80 || title(a.table) === title(b.table)) return undefined;
  return {
    kind: 'concept',
    key: `row:${a.tableIndex}:${a.rowIndex}`,
    scope: { table: a.tableIndex, row: a.rowIndex },
    label: `${a.row} (${own})`,
    why: `it is printed in "${own}"`,
    pos,
  };
};

const RULES: Rule[] = [
  flowRow,
  reportingBasis,
  comparisonColumn,
  besideAnotherColumn,
  repeatedHeader,
  businessColumn,
  reconcilingItem,
  oppositeWording,
  average,
  segmentTable,
  differentRow,
  ownSubject,
];

function inScope(p: Placement, s: Scope): boolean {
  return p.item.tableIndex === s.table && (s.column === undefined || p.item.columnIndex === s.column) && (s.row === undefined || p.item.rowIndex === s.row);
}

/** The printed placement the decision makes of p (undefined: unchanged). */
function apply(d: Decision, x: Entry, rowItems: LineItem[], input: CollisionInput): Placement | undefined {
  const p = x.p;
  if (d.kind === 'member') {
    if (hasAxis(p, d.member.axis)) return undefined;
    return { ...p, members: [...(p.members ?? []), d.member] };
  }
  if (d.kind === 'sign') return { ...p, orientation: (x.sign === 1 ? -1 : 1) as 1 | -1 };
  const { ext, concepts } = input;
  const kind = extKindFor(p.item.unit);
  if (!ext || !kind || p.item.period === null) return undefined;
  if (d.kind === 'qualify') {
    if (p.ext?.origin === 'change') {
      const def = ext.forChange(p.item, undefined, kind, changeBasis(p.item.column), d.qualifier);
      return { ...p, resolved: { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE }, ext: def, period: p.period, orientation: p.orientation };
    }
    return qualifiedRow(p, p.printed?.row, [...(p.printed?.qualifiers ?? []), d.qualifier], d.why, rowItems, input);
  }
  if (d.kind === 'change') {
    const def = ext.forChange(p.item, undefined, kind, changeBasis(p.item.column));
    return { ...p, resolved: { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE }, ext: def, period: p.item.period, orientation: 1 };
  }
  if (p.ext?.origin === 'change') {
    // A change column of the row keeps a change concept, qualified as the row is (never one concept for all its columns).
    const q = d.label.startsWith(`${p.item.row} (`) && d.label.endsWith(')') ? d.label.slice(p.item.row.length + 2, -1) : d.label;
    const def = ext.forChange(p.item, undefined, kind, changeBasis(p.item.column), q);
    return { ...p, resolved: { concept: extConceptOf(ext, concepts, def), rule: EXTENSION_RULE }, ext: def, period: p.period, orientation: p.orientation };
  }
  return qualifiedRow(p, d.label, p.printed?.qualifiers ?? [], d.why, rowItems, input);
}

/**
 * p on the row concept of `label` (its printed label when undefined) qualified by its columns' words: a column
 * decision and a row decision on one cell ("After tax" and "in the block of Other notable items") both hold,
 * whichever came first.
 */
function qualifiedRow(p: Placement, label: string | undefined, qualifiers: string[], why: string, rowItems: LineItem[], input: CollisionInput): Placement {
  if (!qualifiers.length) return { ...onRowConcept(p, { ...p.item, row: label ?? p.item.row }, why, rowItems, input), printed: { row: label, qualifiers } };
  const row = `${(label ?? p.item.row).trim() || 'Unlabeled'} ${qualifiers.map((q) => `(${q})`).join(' ')}`;
  // The qualifiers also in the section: names are capped in length, so a long label's qualified name would not differ.
  const section = `${p.item.section.replace(/:$/, '').trim()} ${qualifiers.join(' ')}`.trim();
  return { ...onRowConcept(p, { ...p.item, row, section }, why, rowItems, input), printed: { row: label, qualifiers } };
}

/** p on an extension row concept of its own, printed as `printed` says (its label and section), over its own period. */
function onRowConcept(p: Placement, printed: LineItem, why: string, rowItems: LineItem[], input: CollisionInput): Placement {
  const { ext, concepts } = input;
  const kind = extKindFor(p.item.unit)!;
  const def = ext!.forRow(printed, kind, new Set([kind]), 'row', `printed apart from the base concept ${p.resolved.concept.qname.local}: ${why}`);
  const own = p.item.period!;
  const period: Period = def.periodType === 'instant' && own.type === 'duration' ? { type: 'instant', date: own.end } : own;
  return { ...p, resolved: { concept: extConceptOf(ext!, concepts, def), rule: EXTENSION_RULE }, ext: def, period, orientation: extOrientation(def, rowItems) };
}

/** An entry's aspect, with the members evidence added (the entry maker knows only the printed wording's). */
function aspectOf(x: Entry): string {
  const extra = (x.p.members ?? []).map((m) => `${m.axis}=${m.member}`).join(',');
  return extra ? `${x.aspect}|${extra}` : x.aspect;
}

function documentOrder(a: Entry, b: Entry): number {
  return a.p.item.pos.line - b.p.item.pos.line || a.p.item.pos.column - b.p.item.pos.column || a.p.itemIndex - b.p.itemIndex;
}

/** The printing the others are measured against: reported, not averaged, not a segment's, first printed. */
function firstOf(group: Entry[]): Entry {
  const score = (x: Entry) => {
    const i = x.p.item;
    return (
      (basisOf(i.column) ? 4 : 0) + (basisOf(i.table) ? 4 : 0) + (AVERAGE.test(`${i.row} ${i.section} ${i.table}`) ? 2 : 0) + (segmentOfTitle(i.table) ? 1 : 0)
    );
  };
  return [...group].sort((a, b) => score(a) - score(b) || documentOrder(a, b))[0];
}

/** Decisions for the collisions among entries (table cells only: prose was checked against them already). */
function decide(doc: ReleaseDocument, entries: Entry[], known: Map<string, Decision>, ext: boolean): Decision[] {
  const groups = new Map<string, Entry[]>();
  for (const x of entries) if (x.p.itemIndex >= 0) groups.set(aspectOf(x), [...(groups.get(aspectOf(x)) ?? []), x]);
  const found: Decision[] = [];
  for (const group of groups.values()) {
    if (group.length < 2 || group.every((x) => consistent(x, group[0]))) continue;
    const first = firstOf(group);
    for (const x of group.sort(documentOrder)) {
      if (x === first || consistent(x, first)) continue;
      // Nothing in x's print explains it: the reference printing may be the one with a subject of its own (a
      // breakdown titled "Stock-based compensation" chosen as reference over a GAAP-to-non-GAAP table's row).
      const d = explain(doc, x, first, ext) ?? explain(doc, first, x, ext);
      if (!d || known.has(d.key)) continue;
      known.set(d.key, d);
      found.push(d);
    }
  }
  return found;
}

function message(d: Decision): Message {
  const [first, x] = d.pos;
  const what =
    d.kind === 'member'
      ? `put on the ${d.member.axis} member "${d.member.member}" (${d.scope.column !== undefined ? 'its column' : 'its table'})`
      : d.kind === 'sign'
        ? 'read with its printed sign negated'
        : d.kind === 'change'
          ? 'given a change concept of its column'
          : d.kind === 'qualify'
            ? `given an extension concept qualified by "${d.qualifier}"`
            : `given the extension concept "${d.label}"`;
  return {
    ruleId: d.kind === 'member' ? 'map.collision-member' : d.kind === 'sign' ? 'map.collision-sign' : 'map.collision-concept',
    severity: 'info',
    message: `${where(x)} and ${where(first)} both read as ${first.p.resolved.concept.qname.local} for one period with different values (${x.value}, ${first.value}); ${d.why}: ${what}`,
    positions: [x.p.item.pos, first.p.item.pos],
  };
}

/**
 * Printings of one fact a power of 1000 apart from the others (3150 beside 3,150 million): the reader took one
 * table's scale wrongly. The odd one out (fewer printings at its magnitude; on a tie, the one read at the smaller
 * scale; equal scales decide nothing) is left untagged with a positioned warning rather than written as a wrong fact.
 */
function misreadScales(entries: Entry[]): { kept: Entry[]; unresolved: Unresolved[] } {
  const groups = new Map<string, Entry[]>();
  for (const x of entries) if (x.p.itemIndex >= 0) groups.set(aspectOf(x), [...(groups.get(aspectOf(x)) ?? []), x]);
  const drop = new Set<Entry>();
  const unresolved: Unresolved[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const x of group) {
      const apart = group.filter((y) => y !== x && scaleApart(x, y));
      if (!apart.length) continue;
      const same = group.filter((y) => y !== x && !scaleApart(x, y) && consistent(x, y)).length;
      // Printings at x's magnitude (x included) against those at the other's; a tie is decided by the scale read.
      const odd = apart.length > same + 1 || (apart.length === same + 1 && apart.every((y) => x.p.item.scale < y.p.item.scale));
      if (!odd) continue;
      drop.add(x);
      const other = apart[0];
      unresolved.push({
        ruleId: 'map.collision-scale',
        reason: `printed ${x.p.item.raw.trim()} at scale ${x.p.item.scale} where ${where(other)} prints the same ${x.p.resolved.concept.qname.local} as ${other.p.item.raw.trim()} at scale ${other.p.item.scale}: a power of 1000 apart, a misread scale`,
        item: x.p.item,
        itemIndex: x.p.itemIndex,
      });
    }
  }
  return { kept: entries.filter((x) => !drop.has(x)), unresolved };
}

/** Step 5: collisions resolved from the document's evidence, in rounds (a resolution may expose another). */
export function resolveCollisions(input: CollisionInput): CollisionResult {
  const known = new Map<string, Decision>();
  const made = new Set<string>();
  const messages: Message[] = [];
  const scales = misreadScales(input.entries);
  let entries = scales.kept;
  for (let round = 0; round < 4; round++) {
    const found = decide(input.doc, entries, known, input.ext !== undefined);
    if (!found.length) break;
    for (const d of found) {
      const rowItems = entries.filter((x) => inScope(x.p, d.scope)).map((x) => x.p.item);
      let changed = false;
      entries = entries.map((x) => {
        if (x.p.itemIndex < 0 || !inScope(x.p, d.scope)) return x;
        const p = apply(d, x, rowItems, input);
        if (!p) return x;
        if (d.kind === 'concept' && p.ext) made.add(p.ext.name);
        changed = true;
        return input.make(p, x.i);
      });
      if (changed) messages.push(message(d));
    }
  }
  return { entries: oneSignPerConcept(entries, made, input), messages, unresolved: scales.unresolved };
}

/**
 * A row concept the decisions gave two rows of different tables ("Common stock issued, including treasury shares
 * reissued" in the statement of cash flow, "(28)" beside "65", and in a supplemental table printing only "(28)")
 * takes its sign from every printing of it: a row printed negative in every column is a contra amount only when no
 * other printing of the concept says otherwise.
 */
function oneSignPerConcept(entries: Entry[], made: Set<string>, input: CollisionInput): Entry[] {
  const byDef = new Map<string, Entry[]>();
  for (const x of entries) if (x.p.itemIndex >= 0 && x.p.ext && made.has(x.p.ext.name)) byDef.set(x.p.ext.name, [...(byDef.get(x.p.ext.name) ?? []), x]);
  const fix = new Map<Entry, Placement>();
  for (const group of byDef.values()) {
    if (new Set(group.map((x) => x.p.item.tableIndex)).size < 2 || new Set(group.map((x) => x.p.orientation)).size < 2) continue;
    const orientation = extOrientation(
      group[0].p.ext!,
      group.map((x) => x.p.item),
    );
    for (const x of group) if (x.p.orientation !== orientation) fix.set(x, { ...x.p, orientation });
  }
  return fix.size ? entries.map((x) => (fix.has(x) ? input.make(fix.get(x)!, x.i) : x)) : entries;
}
