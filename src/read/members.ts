// Columns that name parts of the reporting entity instead of periods: business segments ("Retail | Credit |
// Corporate & Other | Total", Harmon Stores' SEGMENT INFORMATION), regions ("North America | Europe | Asia Pacific |
// Total"), consolidating columns ("Parent | Guarantor | Non-Guarantor | Eliminations | Consolidated"). Each becomes a
// member of an axis of its kind; the total column is the axis default (the entity as a whole). Layout-neutral: it
// reads only column headers and the table's title matter, so the HTML reader gets it through interpretColumns.
import type { MemberAxis } from '../model/document.js';
import type { Message } from '../model/source.js';
import type { BuiltTable, Col } from './layout.js';
import { headerPeriod } from './periods.js';

/** Headers that qualify a figure rather than name a part of the entity (GAAP / Adjustments / Non-GAAP, % of sales). */
const NOT_A_PART_RE =
  /\b(?:gaap|adjust\w*|reported|pro ?forma|actual|budget|plan|forecast|guidance|outlook|estimated?|change|variance|restated|previously|before|after|excluding|including|impact|effect|low|high|percent(?:age)?|amounts?|shares?|per share|notes?|unaudited|audited|ratio|margin|rate|average|balance)\b|%|\$/i;
const CONSOLIDATION_RE = /\bconsolidat\w*|\beliminat\w*|\bguarantors?\b|\bnon-?guarantors?\b|\bparent\b|\bissuer\b|\bsubsidiar\w*|\bcombined\b/i;
/** The eliminations column of a consolidating table ("Consolidating Adjustments", "Eliminations"): a part, not a basis. */
const CONSOLIDATING_PART_RE = /^(?:consolidating|intercompany|inter-?segment)\s+(?:adjustments|eliminations)$|^eliminations?$/i;
const REGION_TITLE_RE = /\bregions?\b|\bregional\b|\bgeograph\w*|\bcountr(?:y|ies)\b|\blocations?\b/i;
const PLACE_RE =
  /\b(?:(?:north|south|latin|central) america|americas|europe|asia|pacific|emea|apac|africa|middle east|international|domestic|united states|u\.\s?s\.|canada|japan|china|mexico|germany|united kingdom|u\.\s?k\.|france|india|brazil|australia|foreign|other countries|rest of (?:the )?world)\b/i;
/** Headers naming a measure: a table of years by "Revenue | Net income" is transposed, not segmented. */
const MEASURE_RE =
  /\b(?:revenues?|sales|income|earnings|loss|profits?|ebitda|assets|liabilities|equity|cash|expenses?|costs?|eps|dividends?|deposits|loans|backlog|orders|bookings|margin)\b/i;
const TOTAL_RE = /^(?:total|consolidated|combined)\b|\btotal$/i;

/**
 * Marks the period-less columns of a table as members when at least two columns name parts of the entity. The
 * member label is what a column prints below the header lines all of them share ("Segments" over every column).
 */
export function markMembers(periodless: Col[], title: string): void {
  const cols = periodless.filter((c) => !c.sub && c.kind === '' && /[A-Za-z]/.test(c.header.join(' ')));
  if (cols.length < 2) return;
  // Lines every column prints, or every column but the total prints (a "Supplemental Consolidating Data" spanning
  // the parts beside a "Consolidated" column of its own).
  const common = (of: Col[]) => of[0].header.filter((h) => of.every((c) => c.header.includes(h)));
  const parts0 = cols.filter((c) => !TOTAL_RE.test(c.header[c.header.length - 1] ?? ''));
  const shared = common(cols).length || parts0.length < 2 || parts0.length === cols.length ? common(cols) : common(parts0);
  const label = (c: Col) =>
    c.header
      .filter((h) => !shared.includes(h))
      .join(' ')
      .replace(/\s*(?:\(\d\)|\*+)\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const labels = cols.map(label);
  if (labels.some((l) => !l || (NOT_A_PART_RE.test(l) && !CONSOLIDATING_PART_RE.test(l))) || new Set(labels).size !== labels.length) return;
  const parts = labels.filter((l) => !TOTAL_RE.test(l));
  if (parts.filter((l) => MEASURE_RE.test(l)).length * 2 >= parts.length) return;
  const axis = axisOf(labels, `${title} ${shared.join(' ')}`);
  // One default: the consolidated column where one is printed, else the last total ("Total" after "Corporate & Other").
  const totals = labels.map((l, k) => (TOTAL_RE.test(l) ? k : -1)).filter((k) => k >= 0);
  const total = totals.find((k) => /^consolidated\b/i.test(labels[k])) ?? totals[totals.length - 1];
  cols.forEach((c, k) => (c.member = { axis, member: k === total ? null : labels[k] }));
  // Second cells under a member column (an amount and its % of total) stand for the same member.
  for (const c of periodless) if (c.sub && !c.member) c.member = cols.find((o) => o.header.join('|') === c.header.join('|'))?.member;
}

function axisOf(labels: string[], title: string): MemberAxis {
  if (labels.some((l) => CONSOLIDATION_RE.test(l)) && labels.some((l) => /\beliminat|\bguarantor|\bparent\b|\bissuer\b|\bsubsidiar|^consolidating\b/i.test(l)))
    return 'consolidation';
  if (/\bconsolidating\b/i.test(title)) return 'consolidation';
  const places = labels.filter((l) => PLACE_RE.test(l) && !TOTAL_RE.test(l)).length;
  if (REGION_TITLE_RE.test(title) || places * 2 >= labels.filter((l) => !TOTAL_RE.test(l)).length) return 'region';
  return 'segment';
}

const SEGMENT_TITLE_RE = /\bsegments?\b/i;
const bare = (s: string) =>
  s
    .toLowerCase()
    .replace(/&amp;/g, '&')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim();

/**
 * A table printed under a heading that names one of the document's segments is that segment's: Caterpillar prints
 * "CONSTRUCTION INDUSTRIES" over the boxes "Segment Sales", "Sales by Geographic Region" and "Segment Profit", and
 * its "Sales and Revenues by Segment" lists "Construction Industries" as a row. A segment is what a table titled by
 * segments prints as a row label or a segment column; every column of the headed table that names no part of the
 * entity itself goes on that member of the segment axis.
 */
export function segmentHeadings(tables: BuiltTable[], file: string): Message[] {
  const names = new Map<string, string>();
  for (const t of tables) {
    for (const c of t.cols) if (c.member?.axis === 'segment' && c.member.member) names.set(bare(c.member.member), c.member.member);
    if (!SEGMENT_TITLE_RE.test(t.title)) continue;
    for (const r of t.rows) if (r.cells.length && r.label.trim() && !TOTAL_RE.test(r.label.trim())) names.set(bare(r.label), r.label.trim());
    // ... or as the heading its rows are grouped under (Goldman's "Segment Net Revenues": "GLOBAL MARKETS" over
    // "FICC intermediation", "FICC financing", ...).
    for (const r of t.rows) if (r.cells.length && r.section.trim() && !names.has(bare(r.section))) names.set(bare(r.section), r.section.trim());
  }
  const out: Message[] = [];
  // A box headed by a period and a segment it names ("4Q21 Global Markets" over its figures) is that segment's.
  for (const t of tables) {
    if (t.cols.length !== 1 || t.cols[0].member || !t.cols[0].period) continue;
    const header = t.cols[0].header.join(' ');
    const name = [...names.keys()]
      .sort((x, y) => y.length - x.length)
      .find((n) => !MEASURE_RE.test(n) && ` ${bare(header)} `.includes(` ${n} `) && headerPeriod([bare(header).replace(n, ' ')]).period);
    if (!name) continue;
    const printed =
      header.match(
        new RegExp(
          name
            .split(' ')
            .map((w) => w.replace(/[^a-z0-9]/g, (ch) => `\\${ch}`))
            .join('[^A-Za-z0-9&]+'),
          'i',
        ),
      )?.[0] ?? names.get(name)!;
    t.cols[0].member = { axis: 'segment', member: printed };
    out.push({
      ruleId: 'read.segment-box',
      severity: 'info',
      message: `column "${header}" of table "${t.title}" names a period and "${printed}", a segment the document lists: its figures are on that segment member`,
      positions: [{ file, line: t.headerLine ?? t.startLine, column: 1 }],
    });
  }
  for (const t of tables) {
    const name = t.heading ? names.get(bare(t.heading)) : undefined;
    if (!name || bare(t.title) === bare(name) || t.cols.some((c) => c.member)) continue;
    for (const c of t.cols) c.member = { axis: 'segment', member: name };
    out.push({
      ruleId: 'read.segment-heading',
      severity: 'info',
      message: `table "${t.title}" is printed under the heading "${t.heading}", a segment the document lists ("${name}"): its columns are on that segment member`,
      positions: [{ file, line: t.headerLine ?? t.startLine, column: 1 }],
    });
  }
  return out;
}
