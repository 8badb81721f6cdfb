// XBRL Calculations 1.1, round-to-nearest mode. For every summation-item network (per extended link role) and
// every total concept in it, each binding (an s-equal context and a u-equal unit in which the total and at least
// one item are reported) is checked: the weighted sum of the items' intervals must intersect the total's interval.
// Each fact stands for [v − ½·10^−d, v + ½·10^−d], so press-release subtotals that differ from the sum of their
// independently rounded lines by the rounding are accepted, and a total off by a real amount is not.
// Duplicates are intersected when consistent; inconsistent duplicates or excess digits stop that binding (they
// are reported by their own rules; here an info names the binding that was not checked).
import { Decimal } from '../../model/decimal.js';
import type { Message } from '../../model/source.js';
import { ARCROLE, type Relationship } from '../../model/taxonomy.js';
import type { CheckContext, IndexedFact } from '../context.js';
import { consistent, formatInterval, weightedSum } from '../../model/interval.js';
import type { Rule } from '../rule.js';
import { setValue, showFact, type SetValue } from '../values.js';
import { clark } from '../../model/fact.js';

/**
 * Summation-item relationships grouped into networks (base sets: one extended link role and one arcrole, 2.1 or
 * 1.1), then by total concept, in taxonomy order.
 */
function networks(ctx: CheckContext): Map<string, Map<string, Relationship[]>> {
  const out = new Map<string, Map<string, Relationship[]>>();
  for (const r of ctx.relationships(ARCROLE.summationItem, ARCROLE.summationItem11)) {
    const key = `${r.role}\u0000${r.arcrole}`;
    let byTotal = out.get(key);
    if (!byTotal) out.set(key, (byTotal = new Map()));
    const from = clark(r.from);
    const list = byTotal.get(from);
    if (list) list.push(r);
    else byTotal.set(from, [r]);
  }
  return out;
}

/** One total's binding: its facts in one context/unit, and the facts of each item there. */
interface Binding {
  ctxKey: string;
  unitKey: string;
  total: IndexedFact[];
}

function bindings(ctx: CheckContext, total: string): Binding[] {
  const out = new Map<string, Binding>();
  for (const f of ctx.byConcept(total)) {
    if (!f.fact.numeric) continue;
    const k = `${f.ctxKey}\u0000${f.unitKey}`;
    const b = out.get(k);
    if (b) b.total.push(f);
    else out.set(k, { ctxKey: f.ctxKey, unitKey: f.unitKey, total: [f] });
  }
  return [...out.values()];
}

function weightOf(r: Relationship): Decimal {
  return new Decimal(String(r.weight ?? 1));
}

function showWeighted(ctx: CheckContext, w: Decimal, f: IndexedFact): string {
  const sign = w.eq(1) ? '+' : w.eq(-1) ? '−' : `${w.toFixed()} ×`;
  return `${sign} ${ctx.name(f.fact.concept)} ${showFact(f)}`;
}

const rule: Rule = {
  id: 'calc',
  description: 'summation-item relationships hold in every context and unit (XBRL Calculations 1.1, round-to-nearest)',
  reports: {
    'calc.inconsistent': 'error',
    'calc.not-checked': 'info',
    'calc.duplicate-relationship': 'error',
    'calc.non-decimal-item': 'error',
  },
  needsTaxonomy: true,
  run(ctx) {
    const out: Message[] = [];
    for (const [network, byTotal] of networks(ctx)) {
      const role = network.slice(0, network.indexOf('\u0000'));
      for (const [total, rawRels] of byTotal) {
        // Calc 1.1 forbids two relationships between the same pair in one network; check the first only.
        const rels: Relationship[] = [];
        const seen = new Set<string>();
        for (const r of rawRels) {
          const to = clark(r.to);
          if (seen.has(to)) {
            out.push({
              ruleId: 'calc.duplicate-relationship',
              severity: 'error',
              message: `duplicate summation-item relationships from ${ctx.name(r.from)} to ${ctx.name(r.to)} in link role ${role}`,
              concept: ctx.name(r.from),
            });
            continue;
          }
          seen.add(to);
          rels.push(r);
          for (const q of [r.from, r.to]) {
            const c = ctx.concept(clark(q));
            if (c && !c.numeric) {
              out.push({
                ruleId: 'calc.non-decimal-item',
                severity: 'error',
                message: `${ctx.name(q)} is not numeric but takes part in a summation-item relationship (link role ${role})`,
                concept: ctx.name(q),
              });
            }
          }
        }
        const prepared = rels.map((rel) => ({ rel, concept: clark(rel.to), w: weightOf(rel) }));
        for (const b of bindings(ctx, total)) out.push(...checkBinding(ctx, role, prepared, b));
      }
    }
    return out;
  },
};

interface PreparedItem {
  rel: Relationship;
  concept: string;
  w: Decimal;
}

function checkBinding(ctx: CheckContext, role: string, rels: PreparedItem[], b: Binding): Message[] {
  const reported: { rel: Relationship; w: Decimal; value: SetValue }[] = [];
  for (const { rel, concept, w } of rels) {
    const facts = ctx.byAspects(concept, b.ctxKey, b.unitKey);
    if (!facts.length) continue;
    const value = setValue(ctx, facts);
    if (value.kind !== 'nil') reported.push({ rel, w, value });
  }
  // A binding exists only where the total and at least one item are reported.
  if (reported.length === 0) return [];
  const totalValue = setValue(ctx, b.total);
  if (totalValue.kind === 'nil') return [];
  const stops = (v: SetValue) => v.kind === 'inconsistent' || v.kind === 'unusable';
  const totalName = () => ctx.name(b.total[0].fact.concept);
  const contextRef = b.total[0].fact.contextRef;
  const where = () => ctx.describeContext(contextRef);

  if (stops(totalValue) || reported.some((i) => stops(i.value))) {
    const blocked = [{ name: totalName(), value: totalValue }, ...reported.map((i) => ({ name: ctx.name(i.rel.to), value: i.value }))].filter((x) =>
      stops(x.value),
    );
    const why = blocked.map((x) => `${x.name} (${x.value.kind === 'inconsistent' ? 'inconsistent duplicates' : 'excess digits or unusable value'})`).join(', ');
    return [
      {
        ruleId: 'calc.not-checked',
        severity: 'info',
        message: `calculation of ${totalName()} for ${where()} not checked because of ${why}`,
        concept: totalName(),
        context: contextRef,
        positions: ctx.positions([...b.total, ...blocked.flatMap((x) => x.value.facts)]),
      },
    ];
  }

  const sum = weightedSum(reported.flatMap((i) => (i.value.kind === 'value' ? [{ interval: i.value.interval, weight: i.w }] : [])));
  const totalInterval = (totalValue as Extract<SetValue, { kind: 'value' }>).interval;
  if (consistent(totalInterval, sum)) return [];

  // Inconsistent: the sum of the reported values themselves, for the message.
  let point = new Decimal(0);
  for (const i of reported) point = point.plus(mostPrecise(i.value.facts).value!.mul(i.w));

  const shown = mostPrecise(b.total);
  const missing = rels.filter((r) => !reported.some((i) => i.rel === r.rel)).map((r) => ctx.name(r.rel.to));
  const terms = reported.map((i) => showWeighted(ctx, i.w, mostPrecise(i.value.facts))).join(' ');
  return [
    {
      ruleId: 'calc.inconsistent',
      severity: 'error',
      message:
        `${totalName()} ${showFact(shown)} does not equal the sum of its items ${point.toFixed()} for ${where()}: ` +
        `reported ${formatInterval(totalInterval)}, items ${formatInterval(sum)} (${terms})` +
        (missing.length ? `; not reported: ${missing.join(', ')}` : '') +
        ` [link role ${role}]`,
      concept: totalName(),
      context: contextRef,
      positions: ctx.positions([...b.total, ...reported.flatMap((i) => i.value.facts)]),
    },
  ];
}

/** The most precise fact of a consistent duplicate set (largest decimals; INF wins). */
function mostPrecise(facts: IndexedFact[]): IndexedFact {
  const rank = (f: IndexedFact) => (f.fact.decimals === 'INF' ? Infinity : (f.fact.decimals ?? -Infinity));
  return facts.reduce((best, f) => (rank(f) > rank(best) ? f : best), facts[0]);
}

export default rule;
