// Dimension members of each placed item, from the wording of its column, table and row and from its range
// role (taxonomy/qualifiers.tsv), plus "future" periods (after a plausible release date) as forecasts.
import type { LineItem, ReleaseDocument } from '../model/document.js';
import { periodKey, type Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { QualifierRule } from './rules.js';

function periodEnd(p: Period): string | undefined {
  return p.type === 'instant' ? p.date : p.type === 'duration' ? p.end : undefined;
}

/** Members of one item from its own wording (one member per axis, first rule wins). */
function ownMembers(item: LineItem, range: LineItem['range'], qualifiers: QualifierRule[], releaseDate: string | undefined): QualifierRule[] {
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
): QualifierRule[][] {
  const members = placements.map((p) => ownMembers(p.item, p.range, qualifiers, releaseDate));
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
