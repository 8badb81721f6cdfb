// Dimension members of each placed item, from the wording of its column, table and row and from its range
// role (taxonomy/qualifiers.tsv), plus "future" periods (after a plausible release date) as forecasts.
import type { LineItem, ReleaseDocument } from '../model/document.js';
import { periodKey, type Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { QualifierRule } from './rules.js';

function periodEnd(p: Period): string | undefined {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : undefined;
}

/**
 * The header lines a column prints for itself: without the lines every headed column of its table shares
 * ("Comparison of Updated Full-Year 2020 Guidance to Previously Issued Guidance" spanning all of them).
 */
function ownHeader(doc: ReleaseDocument | undefined, item: LineItem): string {
  const cols = (doc?.tables[item.tableIndex]?.columns ?? []).filter((c) => c.header.length);
  const col = cols.find((c) => c.index === item.columnIndex);
  if (!col || cols.length < 2) return item.column;
  return col.header.filter((h) => !cols.every((c) => c.header.includes(h))).join(' | ');
}

/** Members of one item from its own wording (one member per axis, first rule wins). */
function ownMembers(
  item: LineItem,
  range: LineItem['range'],
  qualifiers: QualifierRule[],
  releaseDate: string | undefined,
  doc: ReleaseDocument | undefined,
): QualifierRule[] {
  const out: QualifierRule[] = [];
  const end = item.period ? periodEnd(item.period) : undefined;
  for (const q of qualifiers) {
    if (out.some((m) => m.axis === q.axis)) continue;
    const hit = ((): boolean => {
      switch (q.scope) {
        case 'column':
          // Header lines are joined with " | "; wording may run across them ("As | Previously | Reported").
          return q.pattern.test(item.column.replace(/\s*\|\s*/g, ' '));
        case 'table':
          return q.pattern.test(item.table.replace(/\s+#\d+$/, ''));
        case 'row':
          return q.pattern.test(item.row);
        case 'range':
          return range !== '' && q.pattern.test(range);
        case 'future':
          return releaseDate !== undefined && end !== undefined && end > releaseDate;
        case 'forecast-column':
          // A column of guidance (a range, or a period ending after the release): "Previous FY 2020" beside
          // "Current FY 2020" is the guidance given before, not another period.
          return (
            (range !== '' || (releaseDate !== undefined && end !== undefined && end > releaseDate)) &&
            q.pattern.test(ownHeader(doc, item).replace(/\s*\|\s*/g, ' '))
          );
      }
    })();
    if (hit) out.push(q);
  }
  return out;
}

/**
 * Members of every placement. A propagating member (predecessor) marks its period throughout the document:
 * a reconciliation column that prints only the dates of a predecessor period is the predecessor's too.
 */
export function membersOf(
  placements: { item: LineItem; range: LineItem['range'] }[],
  qualifiers: QualifierRule[],
  releaseDate: string | undefined,
  doc?: ReleaseDocument,
): QualifierRule[][] {
  const members = placements.map((p) => ownMembers(p.item, p.range, qualifiers, releaseDate, p.item.tableIndex >= 0 ? doc : undefined));
  const propagated = new Map<string, QualifierRule[]>();
  placements.forEach((p, i) => {
    for (const m of members[i].filter((q) => q.propagate)) {
      const k = periodKey(p.item.period!);
      const list = propagated.get(k) ?? [];
      if (!list.some((q) => q.axis === m.axis)) list.push(m);
      propagated.set(k, list);
    }
  });
  placements.forEach((p, i) => {
    for (const m of propagated.get(periodKey(p.item.period!)) ?? []) {
      if (!members[i].some((q) => q.axis === m.axis)) members[i].push(m);
    }
  });
  return members;
}

/**
 * The release date, when it can be trusted to separate actuals from forecasts: releases print balance sheets
 * of past dates only, and report at least one period that has ended. A date misread from the text (a year
 * off) would otherwise turn actual figures into forecasts.
 */
export function plausibleReleaseDate(doc: ReleaseDocument, messages: Message[]): string | undefined {
  const date = doc.cover.releaseDate?.value;
  if (!date) return undefined;
  const ends = doc.items.filter((i) => i.period).map((i) => ({ instant: i.period!.type === 'instant', end: periodEnd(i.period!) }));
  const lateBalance = ends.some((e) => e.instant && e.end !== undefined && e.end > date);
  const somePast = ends.length === 0 || ends.some((e) => e.end !== undefined && e.end <= date);
  if (!lateBalance && somePast) return date;
  messages.push({
    ruleId: 'map.release-date',
    severity: 'warning',
    message: `release date ${date} precedes the balance sheets or periods the release reports: not used to tell forecasts from actuals`,
    positions: doc.cover.releaseDate?.pos ? [doc.cover.releaseDate.pos] : [],
  });
  return undefined;
}
