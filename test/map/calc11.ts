// Test helper: an independent Calculations 1.1 (round-to-nearest) check of a fact set against the taxonomy's
// summation-item relationships: each fact is the interval [v - 5*10^(-d-1), v + 5*10^(-d-1)], duplicates
// intersect, and the weighted sum of the reported items must intersect the total, per context and unit.
import { Decimal } from '../../src/model/decimal.js';
import { clark, type Fact, type FactSet } from '../../src/model/fact.js';
import { ARCROLE, type Taxonomy } from '../../src/model/taxonomy.js';

type Interval = [Decimal, Decimal];

function interval(f: Fact): Interval {
  const v = new Decimal(f.value!);
  if (f.decimals === undefined || f.decimals === 'INF') return [v, v];
  const half = new Decimal(10).pow(-f.decimals).div(2);
  return [v.minus(half), v.plus(half)];
}

function intersect(a: Interval, b: Interval): Interval | null {
  const lo = Decimal.max(a[0], b[0]);
  const hi = Decimal.min(a[1], b[1]);
  return lo.lte(hi) ? [lo, hi] : null;
}

export interface Binding {
  role: string;
  total: string;
  context: string;
  unit: string;
  consistent: boolean;
  detail: string;
}

export function checkCalculations(fs: FactSet, taxonomy: Taxonomy): Binding[] {
  const byKey = new Map<string, Fact[]>();
  for (const f of fs.facts) {
    if (!f.numeric || f.value === null) continue;
    const k = `${clark(f.concept)}|${f.contextRef}|${f.unitRef}`;
    byKey.set(k, [...(byKey.get(k) ?? []), f]);
  }
  const value = (concept: string, ctx: string, unit: string): Interval | null | undefined => {
    const facts = byKey.get(`${concept}|${ctx}|${unit}`);
    if (!facts) return undefined;
    return facts.map(interval).reduce<Interval | null>((acc, i) => (acc ? intersect(acc, i) : null), facts.map(interval)[0]);
  };
  const networks = new Map<string, { role: string; total: string; items: [string, number][] }>();
  for (const r of taxonomy.relationships) {
    if (r.arcrole !== ARCROLE.summationItem) continue;
    const k = `${r.role}|${clark(r.from)}`;
    if (!networks.has(k)) networks.set(k, { role: r.role, total: clark(r.from), items: [] });
    networks.get(k)!.items.push([clark(r.to), r.weight ?? 1]);
  }
  const out: Binding[] = [];
  for (const net of networks.values()) {
    for (const key of byKey.keys()) {
      const [concept, ctx, unit] = key.split('|');
      if (concept !== net.total) continue;
      const total = value(concept, ctx, unit);
      if (!total) continue;
      let lo = new Decimal(0);
      let hi = new Decimal(0);
      let any = false;
      let skip = false;
      for (const [item, w] of net.items) {
        const iv = value(item, ctx, unit);
        if (iv === undefined) continue;
        if (iv === null) skip = true;
        else {
          any = true;
          lo = lo.plus(w > 0 ? iv[0] : iv[1].neg());
          hi = hi.plus(w > 0 ? iv[1] : iv[0].neg());
        }
      }
      if (!any || skip) continue;
      const ok = intersect(total, [lo, hi]) !== null;
      out.push({
        role: net.role,
        total: concept,
        context: ctx,
        unit,
        consistent: ok,
        detail: `${concept} in ${ctx}: total [${total[0]}, ${total[1]}] vs items [${lo}, ${hi}]`,
      });
    }
  }
  return out;
}
