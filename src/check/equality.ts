// Checks "left = right" identities between weighted sums of facts, per s-equal context and u-equal unit, with
// Calculations 1.1 intervals (a figure rounded to thousands stands for ±500). Used by the balance-sheet and the
// statement-twin rules, whose concept roles come from the taxonomy's identities data.
import { Decimal } from '../model/decimal.js';
import type { Message, Severity } from '../model/source.js';
import type { CheckContext, IndexedFact } from './context.js';
import type { Equality, Term } from './identities.js';
import { add, consistent, formatInterval, scale, ZERO_INTERVAL, type Interval } from '../model/interval.js';
import { setValue, showFact } from './values.js';

export interface ResolvedTerm {
  concept: string;
  weight: Decimal;
  optional: boolean;
}

export function resolveTerms(ctx: CheckContext, terms: Term[]): ResolvedTerm[] | null {
  const out: ResolvedTerm[] = [];
  for (const t of terms) {
    const concept = ctx.resolve(t.concept);
    if (concept === null) {
      if (t.optional) continue;
      return null; // a required concept the DTS does not have: the identity does not apply to this DTS
    }
    out.push({ concept, weight: new Decimal(String(t.weight ?? 1)), optional: t.optional ?? false });
  }
  return out;
}

export interface SumValue {
  interval: Interval;
  /** The sum of the reported values themselves, for messages. */
  point: Decimal;
  facts: IndexedFact[];
  /** "−Concept value (decimals d)" per term, for messages. */
  shown: string[];
}

/** The weighted sum of terms in one binding, or null when a required term is not reported or unusable. */
export function sumValue(ctx: CheckContext, terms: ResolvedTerm[], ctxKey: string, unitKey: string): SumValue | null {
  let interval = ZERO_INTERVAL;
  let point = new Decimal(0);
  const facts: IndexedFact[] = [];
  const shown: string[] = [];
  for (const t of terms) {
    const v = setValue(ctx, ctx.byAspects(t.concept, ctxKey, unitKey));
    if (v.facts.length === 0 || v.kind === 'nil') {
      if (t.optional) continue;
      return null;
    }
    // Inconsistent duplicates and excess digits are findings of their own rules; the identity is not checked.
    if (v.kind !== 'value') return null;
    interval = add(interval, scale(v.interval, t.weight));
    const f = v.facts[0];
    point = point.plus(f.value!.mul(t.weight));
    facts.push(...v.facts);
    const sign = t.weight.eq(1) ? '' : t.weight.eq(-1) ? '−' : `${t.weight.toFixed()} × `;
    shown.push(`${sign}${ctx.name(f.fact.concept)} ${showFact(f)}`);
  }
  return facts.length ? { interval, point, facts, shown } : null;
}

/**
 * Two sums agree when their intervals meet. When each side is a single fact reported with the same decimals, the
 * two are one figure printed twice and must be equal, as duplicates must (two closed intervals of adjacent
 * rounded values touch, which would let a last-digit disagreement through).
 */
function agree(l: SumValue, r: SumValue): boolean {
  if (l.facts.length === 1 && r.facts.length === 1 && l.facts[0].fact.decimals === r.facts[0].fact.decimals) {
    return l.point.eq(r.point);
  }
  return consistent(l.interval, r.interval);
}

/** "A − B + C": the terms of a sum, a negative weight shown as a minus. */
export function showTerms(v: SumValue): string {
  return v.shown.map((t, i) => (i === 0 ? t : t.startsWith('−') ? `− ${t.slice(1)}` : `+ ${t}`)).join(' ');
}

/** "A + B = total", or just "A" for a single term. */
function side(v: SumValue): string {
  return v.shown.length === 1 ? v.shown[0] : `${showTerms(v)} = ${v.point.toFixed()}`;
}

export function checkEquality(ctx: CheckContext, eq: Equality, ruleId: string, severity: Severity): Message[] {
  const left = resolveTerms(ctx, eq.left);
  const right = resolveTerms(ctx, eq.right);
  if (!left || !right || !left.length || !right.length) return [];
  // Bindings come from the first required term (else the first term) of the left side.
  const anchor = left.find((t) => !t.optional) ?? left[0];
  const seen = new Set<string>();
  const out: Message[] = [];
  for (const f of ctx.byConcept(anchor.concept)) {
    const key = `${f.ctxKey}\u0000${f.unitKey}`;
    if (seen.has(key) || !f.fact.numeric) continue;
    seen.add(key);
    const l = sumValue(ctx, left, f.ctxKey, f.unitKey);
    const r = sumValue(ctx, right, f.ctxKey, f.unitKey);
    if (!l || !r || agree(l, r)) continue;
    out.push({
      ruleId,
      severity,
      message:
        `${eq.name} does not hold for ${ctx.describeContext(f.fact.contextRef)}: ` +
        `${side(l)}, but ${side(r)} ` +
        `(intervals ${formatInterval(l.interval)} and ${formatInterval(r.interval)} do not meet)`,
      concept: ctx.name(f.fact.concept),
      context: f.fact.contextRef,
      positions: ctx.positions([...l.facts, ...r.facts]),
    });
  }
  return out;
}
