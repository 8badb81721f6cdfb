// Which summations of the taxonomy the release's own numbers confirm. A base summation binds as soon as one of
// its items is reported (Calculations 1.1), so a release printing a total over lines the base taxonomy has no
// concept for (reported as map.unmapped) makes a summation that its printed numbers never claimed. Issue #7's
// rule: keep a calculation relationship only where the numbers confirm it; unconfirmed networks are
// prohibited in a per-filing extension (extension.ts).
import { Decimal } from '../model/decimal.js';
import { clark, type Fact, type FactSet } from '../model/fact.js';
import { ARCROLE, type Relationship, type Taxonomy } from '../model/taxonomy.js';

type Interval = [Decimal, Decimal];

export interface Summation {
  role: string;
  total: string;
  arcs: Relationship[];
}

export interface Unconfirmed extends Summation {
  /** Context ids where the reported items do not add up to the total (within rounding). */
  contexts: string[];
}

/** Round-to-nearest interval of a fact: [v - 5*10^(-d-1), v + 5*10^(-d-1)]; INF is exact. */
function interval(f: Fact): Interval {
  const v = new Decimal(f.value!);
  if (f.decimals === undefined || f.decimals === 'INF') return [v, v];
  const half = new Decimal(10).pow(-f.decimals).div(2);
  return [v.minus(half), v.plus(half)];
}

function intersect(a: Interval | null, b: Interval): Interval | null {
  if (!a) return null;
  const lo = Decimal.max(a[0], b[0]);
  const hi = Decimal.min(a[1], b[1]);
  return lo.lte(hi) ? [lo, hi] : null;
}

export function summations(taxonomy: Taxonomy): Summation[] {
  const byTotal = new Map<string, Summation>();
  for (const r of taxonomy.relationships) {
    if (r.arcrole !== ARCROLE.summationItem) continue;
    const k = `${r.role}|${clark(r.from)}`;
    if (!byTotal.has(k)) byTotal.set(k, { role: r.role, total: clark(r.from), arcs: [] });
    byTotal.get(k)!.arcs.push(r);
  }
  return [...byTotal.values()];
}

/** Summations with at least one binding in the fact set whose items do not add up to its total. */
export function unconfirmedSummations(fs: FactSet, taxonomy: Taxonomy): Unconfirmed[] {
  const values = new Map<string, Interval | null>();
  for (const f of fs.facts) {
    if (!f.numeric || f.value === null) continue;
    const k = `${clark(f.concept)}|${f.contextRef}|${f.unitRef}`;
    // Duplicates narrow the interval; inconsistent duplicates (null) are the duplicate check's finding.
    values.set(k, values.has(k) ? intersect(values.get(k)!, interval(f)) : interval(f));
  }
  const out: Unconfirmed[] = [];
  for (const s of summations(taxonomy)) {
    const contexts: string[] = [];
    for (const [key, total] of values) {
      const [concept, ctx, unit] = key.split('|');
      if (concept !== s.total || !total) continue;
      let lo = new Decimal(0);
      let hi = new Decimal(0);
      let bound = false;
      let skip = false;
      for (const arc of s.arcs) {
        const item = values.get(`${clark(arc.to)}|${ctx}|${unit}`);
        if (item === undefined) continue;
        if (item === null) {
          skip = true;
          break;
        }
        bound = true;
        const w = new Decimal(arc.weight ?? 1);
        const a = item[0].times(w);
        const b = item[1].times(w);
        lo = lo.plus(Decimal.min(a, b));
        hi = hi.plus(Decimal.max(a, b));
      }
      if (bound && !skip && !intersect([lo, hi], total)) contexts.push(ctx);
    }
    if (contexts.length) out.push({ ...s, contexts });
  }
  return out;
}
