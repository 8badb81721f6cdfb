// Grouping helpers the ratio identities (per-share, percent of revenue) share.
import type { CheckContext, IndexedFact } from './context.js';

/** Facts grouped by s-equal context and u-equal unit, groups in order of first appearance. */
export function groupByBinding(facts: IndexedFact[]): IndexedFact[][] {
  const groups = new Map<string, IndexedFact[]>();
  for (const f of facts) {
    if (!f.fact.numeric) continue;
    const k = `${f.ctxKey}\u0000${f.unitKey}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  return [...groups.values()];
}

/** The units a concept is reported in within one context, in order of first appearance. */
export function unitKeysIn(ctx: CheckContext, concept: string, ctxKey: string): string[] {
  return [
    ...new Set(
      ctx
        .byConcept(concept)
        .filter((f) => f.ctxKey === ctxKey)
        .map((f) => f.unitKey),
    ),
  ];
}
