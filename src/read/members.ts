// Columns that name parts of the reporting entity instead of periods: business segments ("Retail | Credit |
// Corporate & Other | Total", Harmon Stores' SEGMENT INFORMATION), regions ("North America | Europe | Asia Pacific |
// Total"), consolidating columns ("Parent | Guarantor | Non-Guarantor | Eliminations | Consolidated"). Each becomes a
// member of an axis of its kind; the total column is the axis default (the entity as a whole). Layout-neutral: it
// reads only column headers and the table's title matter, so the HTML reader gets it through interpretColumns.
import type { MemberAxis } from '../model/document.js';
import type { Col } from './layout.js';

/** Headers that qualify a figure rather than name a part of the entity (GAAP / Adjustments / Non-GAAP, % of sales). */
const NOT_A_PART_RE =
  /\b(?:gaap|adjust\w*|reported|pro ?forma|actual|budget|plan|forecast|guidance|outlook|estimated?|change|variance|restated|previously|before|after|excluding|including|impact|effect|low|high|percent(?:age)?|amounts?|shares?|per share|notes?|unaudited|audited|ratio|margin|rate|average|balance)\b|%|\$/i;
const CONSOLIDATION_RE = /\bconsolidat\w*|\beliminat\w*|\bguarantors?\b|\bnon-?guarantors?\b|\bparent\b|\bissuer\b|\bsubsidiar\w*|\bcombined\b/i;
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
  const shared = cols[0].header.filter((h) => cols.every((c) => c.header.includes(h)));
  const label = (c: Col) =>
    c.header
      .filter((h) => !shared.includes(h))
      .join(' ')
      .replace(/\s*(?:\(\d\)|\*+)\s*$/, '')
      .replace(/\s+/g, ' ')
      .trim();
  const labels = cols.map(label);
  if (labels.some((l) => !l || NOT_A_PART_RE.test(l)) || new Set(labels).size !== labels.length) return;
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
  if (labels.some((l) => CONSOLIDATION_RE.test(l)) && labels.some((l) => /\beliminat|\bguarantor|\bparent\b|\bissuer\b|\bsubsidiar/i.test(l)))
    return 'consolidation';
  if (/\bconsolidating\b/i.test(title)) return 'consolidation';
  const places = labels.filter((l) => PLACE_RE.test(l) && !TOTAL_RE.test(l)).length;
  if (REGION_TITLE_RE.test(title) || places * 2 >= labels.filter((l) => !TOTAL_RE.test(l)).length) return 'region';
  return 'segment';
}
