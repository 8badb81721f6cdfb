// The value a set of duplicate facts (one concept, s-equal context, u-equal unit) stands for, as Calculations 1.1
// defines it: the intersection of the facts' intervals when they are consistent. Shared by every arithmetic rule
// so that a duplicate or an excess-digits fact stops each of them the same way.
import type { CheckContext, IndexedFact } from './context.js';
import { effectiveDecimals } from './context.js';
import { hasExcessDigits, intersect, type Interval } from '../model/interval.js';

export type SetValue =
  | { kind: 'value'; interval: Interval; facts: IndexedFact[] }
  /** Every fact of the set is nil: the concept counts as not reported. */
  | { kind: 'nil'; facts: IndexedFact[] }
  /** Values that stop a check: excess digits, a value that does not parse, unknown accuracy. */
  | { kind: 'unusable'; facts: IndexedFact[] }
  /** Duplicates whose values cannot all be true (or nil mixed with values). */
  | { kind: 'inconsistent'; facts: IndexedFact[] };

/**
 * `duplicatesOnly`: classify a duplicate set without the stops that concern only arithmetic (excess digits), as
 * the OIM duplicate rules do.
 */
export function setValue(ctx: CheckContext, facts: IndexedFact[], duplicatesOnly = false): SetValue {
  if (facts.every((f) => f.value === null)) return { kind: 'nil', facts };
  if (facts.some((f) => f.value === null)) return { kind: 'inconsistent', facts };
  let acc: Interval | null = null;
  const byDecimals = new Map<string, string>();
  for (const f of facts) {
    const d = effectiveDecimals(f);
    if (f.value === undefined || f.value === null || d === undefined || (!duplicatesOnly && hasExcessDigits(f.value, d))) return { kind: 'unusable', facts };
    // Duplicates reported with the same decimals must be the same number (OIM, Calculations 1.1).
    const prior = byDecimals.get(String(d));
    if (prior !== undefined && prior !== f.value.toFixed()) return { kind: 'inconsistent', facts };
    byDecimals.set(String(d), f.value.toFixed());
    const i = ctx.interval(f);
    acc = acc === null ? i : intersect(acc, i);
    if (acc === null) return { kind: 'inconsistent', facts };
  }
  return { kind: 'value', interval: acc as Interval, facts };
}

/** "value (decimals d)" of one fact for messages. */
export function showFact(f: IndexedFact): string {
  const v = f.fact.value === null ? 'nil' : f.fact.value;
  const d = f.fact.decimals ?? (f.fact.precision !== undefined ? `precision ${f.fact.precision}` : undefined);
  // A fact read from a document without positions (xBRL-JSON) is named by its id instead.
  const id = !f.fact.sources?.length && f.fact.id ? ` [fact ${f.fact.id}]` : '';
  return (d === undefined ? v : `${v} (decimals ${d})`) + id;
}
