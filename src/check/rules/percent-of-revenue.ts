// A "% of revenue" line must be the measure divided by revenue of the same period, rounded to the printed digits
// ("Adjusted EBITDA (% of Revenue) 8.7%" = 3,216 / 37,153). Roles come from identities.json "percentOfRevenue".
// Intervals as in the per-share rule: both amounts are rounded figures. Warning level.
import { Decimal } from '../../model/decimal.js';
import type { Message } from '../../model/source.js';
import type { CheckContext } from '../context.js';
import { effectiveDecimals } from '../context.js';
import type { PercentIdentity } from '../identities.js';
import { divide, formatInterval, intersect, scale } from '../../model/interval.js';
import type { Rule } from '../rule.js';
import { setValue, showFact } from '../values.js';
import { groupByBinding, unitKeysIn } from '../groups.js';

function checkIdentity(ctx: CheckContext, id: PercentIdentity): Message[] {
  const percent = ctx.resolve(id.percent);
  const measure = ctx.resolve(id.measure);
  const revenue = ctx.resolve(id.revenue);
  if (!percent || !measure || !revenue) return [];
  const multiplier = new Decimal(String(id.multiplier ?? 1));
  const out: Message[] = [];
  for (const group of groupByBinding(ctx.byConcept(percent))) {
    const printed = setValue(ctx, group);
    if (printed.kind !== 'value') continue;
    const ctxKey = group[0].ctxKey;
    for (const unitKey of unitKeysIn(ctx, measure, ctxKey)) {
      const m = setValue(ctx, ctx.byAspects(measure, ctxKey, unitKey));
      const r = setValue(ctx, ctx.byAspects(revenue, ctxKey, unitKey));
      if (m.kind !== 'value' || r.kind !== 'value') continue;
      const q = divide(m.interval, r.interval);
      if (!q) continue;
      const ratio = scale(q, multiplier);
      if (intersect(ratio, printed.interval)) continue;
      const d = effectiveDecimals(group[0]);
      const exact = m.facts[0].value!.div(r.facts[0].value!).mul(multiplier);
      const rounded = typeof d === 'number' ? exact.toFixed(Math.max(d, 0), Decimal.ROUND_HALF_UP) : exact.toFixed();
      const name = ctx.name(group[0].fact.concept);
      out.push({
        ruleId: 'identity.percent-of-revenue',
        severity: 'warning',
        message:
          `${name} ${showFact(group[0])} for ${ctx.describeContext(group[0].fact.contextRef)} is not ` +
          `${ctx.name(measure)} ${showFact(m.facts[0])} / ${ctx.name(revenue)} ${showFact(r.facts[0])} = ` +
          `${exact.toSignificantDigits(6).toFixed()} → ${rounded} (range ${formatInterval(ratio)})`,
        concept: name,
        context: group[0].fact.contextRef,
        positions: ctx.positions([...group, ...m.facts, ...r.facts]),
      });
    }
  }
  return out;
}

const rule: Rule = {
  id: 'identity.percent-of-revenue',
  description: '"% of revenue" lines equal measure / revenue rounded to the printed digits',
  reports: { 'identity.percent-of-revenue': 'warning' },
  needsTaxonomy: true,
  run(ctx) {
    return (ctx.identities?.percentOfRevenue ?? []).flatMap((id) => checkIdentity(ctx, id));
  },
};

export default rule;
