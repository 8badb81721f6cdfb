// Which summations of the taxonomy the release's own numbers confirm. A base summation binds as soon as one of
// its items is reported (Calculations 1.1), so a release printing a total over lines the base taxonomy has no
// concept for (reported as map.unmapped) makes a summation that its printed numbers never claimed. The
// rule: keep a calculation relationship only where the numbers confirm it; unconfirmed networks are
// prohibited in a per-filing extension (extension.ts).
import { Decimal } from '../model/decimal.js';
import { clark, type Fact, type FactSet } from '../model/fact.js';
import { consistent, factInterval, intersect, weightedSum, type Interval } from '../model/interval.js';
import { ARCROLE, type Relationship, type Taxonomy } from '../model/taxonomy.js';

export interface Summation {
  role: string;
  total: string;
  arcs: Relationship[];
}

export interface Unconfirmed extends Summation {
  /** Context ids where the reported items do not add up to the total (within rounding). */
  contexts: string[];
}

/** The round-to-nearest interval of a printed fact, by the same arithmetic as the checks (model/interval.ts). */
function interval(f: Fact): Interval {
  return factInterval(f, new Decimal(f.value!));
}

export function summations(taxonomy: Taxonomy): Summation[] {
  return [...indexed(taxonomy).map((x) => x.summation)];
}

/** A summation with its items' Clark names and weights computed once. */
interface IndexedSummation {
  summation: Summation;
  items: { to: string; weight: Decimal }[];
}

// A taxonomy's relationships do not change once loaded, and the base one is checked against every release.
const indexCache = new WeakMap<Taxonomy, IndexedSummation[]>();

function indexed(taxonomy: Taxonomy): IndexedSummation[] {
  const cached = indexCache.get(taxonomy);
  if (cached) return cached;
  const byTotal = new Map<string, Summation>();
  for (const r of taxonomy.relationships) {
    if (r.arcrole !== ARCROLE.summationItem) continue;
    const k = `${r.role}|${clark(r.from)}`;
    if (!byTotal.has(k)) byTotal.set(k, { role: r.role, total: clark(r.from), arcs: [] });
    byTotal.get(k)!.arcs.push(r);
  }
  const out = [...byTotal.values()].map((summation) => ({
    summation,
    items: summation.arcs.map((arc) => ({ to: clark(arc.to), weight: new Decimal(arc.weight ?? 1) })),
  }));
  indexCache.set(taxonomy, out);
  return out;
}

/** The reported value of one concept in one context and unit; null when duplicates are inconsistent. */
interface Reported {
  ctx: string;
  interval: Interval | null;
}

/** Summations with at least one binding in the fact set whose items do not add up to its total. */
export function unconfirmedSummations(fs: FactSet, taxonomy: Taxonomy): Unconfirmed[] {
  // Concept (Clark) -> "context|unit" -> value, each level in the order the fact set first reports it (so the
  // contexts of a finding keep that order); two short lookups per item instead of one long key built per item.
  const values = new Map<string, Map<string, Reported>>();
  for (const f of fs.facts) {
    if (!f.numeric || f.value === null) continue;
    const concept = clark(f.concept);
    let byAspect = values.get(concept);
    if (!byAspect) values.set(concept, (byAspect = new Map()));
    const k = `${f.contextRef}|${f.unitRef}`;
    const seen = byAspect.get(k);
    // Duplicates narrow the interval; inconsistent duplicates (null) are the duplicate check's finding.
    if (seen) seen.interval = seen.interval && intersect(seen.interval, interval(f));
    else byAspect.set(k, { ctx: f.contextRef, interval: interval(f) });
  }
  const out: Unconfirmed[] = [];
  for (const { summation: s, items } of indexed(taxonomy)) {
    const totals = values.get(s.total);
    if (!totals) continue;
    const itemValues = items.map(({ to, weight }) => ({ byAspect: values.get(to), weight }));
    const contexts: string[] = [];
    for (const [k, { ctx, interval: total }] of totals) {
      if (!total) continue;
      const terms: { interval: Interval; weight: Decimal }[] = [];
      let skip = false;
      for (const { byAspect, weight } of itemValues) {
        const reported = byAspect?.get(k);
        if (reported === undefined) continue;
        if (reported.interval === null) {
          skip = true;
          break;
        }
        terms.push({ interval: reported.interval, weight });
      }
      if (terms.length && !skip && !consistent(total, weightedSum(terms))) contexts.push(ctx);
    }
    if (contexts.length) out.push({ ...s, contexts });
  }
  return out;
}
