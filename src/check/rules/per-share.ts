// A per-share figure must be the amount divided by the weighted-average shares of the same period, rounded to the
// printed decimals; a release that forces a per-share line so that the column adds up (a "rounding plug") fails.
// Which concepts are per-share amounts, their numerators and share counts is data (identities.json "perShare").
// Every share count reported for the period is tried (a "Basic and Diluted" row must hold for both). All values
// are intervals: the amount printed in thousands stands for ±500, so only a per-share figure that no true amount
// could round to is reported. Warning level: the source says what it says; the filer should know.
import { Decimal } from '../../model/decimal.js';
import { formatPos, type Message } from '../../model/source.js';
import type { CheckContext, IndexedFact } from '../context.js';
import { effectiveDecimals } from '../context.js';
import { resolveTerms, showTerms, sumValue, type ResolvedTerm, type SumValue } from '../equality.js';
import type { PerShareIdentity } from '../identities.js';
import { divide, formatInterval, intersect } from '../../model/interval.js';
import type { Rule } from '../rule.js';
import { setValue, showFact } from '../values.js';
import { groupByBinding, unitKeysIn } from '../groups.js';

/** The first numerator alternative whose required terms are all reported in this context (any unit). */
function amountIn(ctx: CheckContext, alternatives: ResolvedTerm[][], ctxKey: string): SumValue | null {
  for (const terms of alternatives) {
    const anchor = terms.find((t) => !t.optional) ?? terms[0];
    for (const unitKey of unitKeysIn(ctx, anchor.concept, ctxKey)) {
      const v = sumValue(ctx, terms, ctxKey, unitKey);
      if (v) return v;
    }
  }
  return null;
}

function checkIdentity(ctx: CheckContext, id: PerShareIdentity): Message[] {
  const perShare = ctx.resolve(id.perShare);
  if (!perShare) return [];
  const alternatives = id.numerators.map((n) => resolveTerms(ctx, n)).filter((t): t is ResolvedTerm[] => !!t && t.length > 0);
  const shares = id.shares.map((s) => ctx.resolve(s)).filter((s): s is string => s !== null);
  if (!alternatives.length || !shares.length) return [];

  const out: Message[] = [];
  for (const group of groupByBinding(ctx.byConcept(perShare))) {
    const printed = setValue(ctx, group);
    if (printed.kind !== 'value') continue;
    const ctxKey = group[0].ctxKey;
    const amount = amountIn(ctx, alternatives, ctxKey);
    if (!amount) continue;
    const d = effectiveDecimals(group[0]);
    const failures: string[] = [];
    const involved: IndexedFact[] = [...group, ...amount.facts];
    for (const shareConcept of shares) {
      for (const shareGroup of groupByBinding(ctx.byConcept(shareConcept).filter((f) => f.ctxKey === ctxKey))) {
        const count = setValue(ctx, shareGroup);
        if (count.kind !== 'value') continue;
        const q = divide(amount.interval, count.interval);
        if (!q || intersect(q, printed.interval)) continue;
        const exact = amount.point.div(shareGroup[0].value!);
        const rounded = typeof d === 'number' ? exact.toFixed(Math.max(d, 0), Decimal.ROUND_HALF_UP) : exact.toFixed();
        failures.push(
          `${amount.shown.length > 1 ? `(${showTerms(amount)})` : showTerms(amount)} / ${ctx.name(shareConcept)} ${showFact(shareGroup[0])} = ${exact.toSignificantDigits(6).toFixed()} ` +
            `→ ${rounded} (range ${formatInterval(q)})`,
        );
        involved.push(...shareGroup);
      }
    }
    if (!failures.length) continue;
    out.push({
      ruleId: 'identity.per-share',
      severity: 'warning',
      message:
        `${ctx.name(group[0].fact.concept)} ${showFact(group[0])} for ${ctx.describeContext(group[0].fact.contextRef)} ` +
        `is not the amount per share rounded to ${d} decimals: ${failures.join('; ')}`,
      concept: ctx.name(group[0].fact.concept),
      context: group[0].fact.contextRef,
      positions: ctx.positions(involved),
    });
  }
  return out;
}

/**
 * One finding per printed figure: a "Basic and Diluted" cell a mapper tags with both a basic and a diluted
 * concept is one plug, not two. Findings whose first position (the per-share cell) is the same are merged.
 */
function mergeByPrintedCell(messages: Message[]): Message[] {
  const out: Message[] = [];
  const byCell = new Map<string, Message>();
  for (const m of messages) {
    const cell = m.positions?.[0];
    const key = cell ? formatPos(cell) : undefined;
    const prior = key ? byCell.get(key) : undefined;
    if (!prior) {
      out.push(m);
      if (key) byCell.set(key, m);
      continue;
    }
    prior.message += `; also ${m.message}`;
    const seen = new Set(prior.positions!.map(formatPos));
    for (const p of m.positions ?? []) if (!seen.has(formatPos(p))) prior.positions!.push(p);
  }
  return out;
}

const rule: Rule = {
  id: 'identity.per-share',
  description: 'per-share amounts equal amount / weighted-average shares rounded to the printed decimals',
  reports: { 'identity.per-share': 'warning' },
  needsTaxonomy: true,
  run(ctx) {
    return mergeByPrintedCell((ctx.identities?.perShare ?? []).flatMap((id) => checkIdentity(ctx, id)));
  },
};

export default rule;
