// Fact-level comparison of two fact sets (two filings, or two runs). Facts are matched on their aspects
// (concept, entity, period, unit, dimensions, language); see aspects.ts. The result is plain data.
import { Decimal, canonicalDecimal } from '../model/decimal.js';
import { clark, type Context, type Fact, type FactSet, type QName } from '../model/fact.js';
import { periodKey } from '../model/period.js';
import type { Message } from '../model/source.js';
import { LABEL_ROLE, type Taxonomy } from '../model/taxonomy.js';
import { aspectKey, factContext, factUnit, typedMemberText, XBRLI_PURE } from './aspects.js';
import { conceptMatcher, periodMatcher } from './filter.js';
import { findMovedValues, findReclassifications } from './reclassify.js';
import type { DiffEntry, DiffOptions, DiffResult, FactValue } from './types.js';

export type { DiffEntry, DiffOptions, DiffResult, FactValue, MovedValue, Reclassification } from './types.js';
export { formatDiff, formatDiffJson, formatDiffText } from './format.js';

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The periods a fact set reports: the period aspect of every context at least one fact uses (an unused
 * context reports nothing). Restatement mode compares the intersection of both sides' sets.
 */
export function periodsReported(fs: FactSet): Set<string> {
  const out = new Set<string>();
  for (const f of fs.facts) {
    const c = fs.contexts[f.contextRef];
    if (c) out.add(periodKey(c.period));
  }
  return out;
}

function entitiesOf(fs: FactSet): Set<string> {
  const out = new Set<string>();
  for (const f of fs.facts) {
    const c = fs.contexts[f.contextRef];
    if (c) out.add(`${c.entity.scheme}#${c.entity.identifier}`);
  }
  return out;
}

/** The standard label of a concept (then terse, then any), or its local name. */
export function conceptLabel(q: QName, taxonomy?: Taxonomy): string {
  const labels = taxonomy?.concepts.get(clark(q))?.labels;
  if (!labels) return q.local;
  return labels[LABEL_ROLE.standard] ?? labels[LABEL_ROLE.terse] ?? Object.values(labels).sort()[0] ?? q.local;
}

/** Prefix for a namespace: the QName's own, else the fact set's declaration, else the clark form. */
function prefixed(q: QName, fs: FactSet): string {
  if (q.prefix) return `${q.prefix}:${q.local}`;
  const p = Object.keys(fs.namespaces)
    .sort()
    .find((k) => fs.namespaces[k] === q.ns);
  return p !== undefined ? `${p}:${q.local}` : clark(q);
}

function unitText(fact: Fact, fs: FactSet): string | undefined {
  const u = factUnit(fact, fs);
  if (!u) return undefined;
  const side = (ms: QName[]) => {
    const s = ms.map((m) => prefixed(m, fs)).sort(cmp);
    return s.length > 1 ? `(${s.join('*')})` : s[0];
  };
  if (u.denominators.length === 0 && u.numerators.length === 1 && clark(u.numerators[0]) === XBRLI_PURE) return 'xbrli:pure';
  return u.denominators.length ? `${side(u.numerators)}/${side(u.denominators)}` : side(u.numerators);
}

function dimensionsOf(c: Context, fs: FactSet): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of c.dimensions) out[prefixed(d.dimension, fs)] = prefixed(d.member, fs);
  for (const t of c.typedDimensions ?? []) out[prefixed(t.dimension, fs)] = typedMemberText(t.value);
  return out;
}

interface Side {
  fs: FactSet;
  /** aspect key -> the fact compared (the most precise of a duplicate set). */
  facts: Map<string, Fact>;
}

/** Precision rank for choosing among duplicates: INF above any integer; nil and text lowest. */
function precisionRank(f: Fact): number {
  if (f.decimals === 'INF') return Number.POSITIVE_INFINITY;
  if (typeof f.decimals === 'number') return f.decimals;
  return Number.NEGATIVE_INFINITY;
}

function valueOf(f: Fact): FactValue {
  const v: FactValue = { value: f.value };
  if (f.decimals !== undefined) v.decimals = f.decimals;
  return v;
}

/** Numeric value of a fact, or undefined for nil/text/unparseable. */
function numberOf(f: Fact): Decimal | undefined {
  if (!f.numeric || f.value === null) return undefined;
  try {
    return new Decimal(f.value);
  } catch {
    return undefined;
  }
}

/** Rounds to `decimals` places (negative: to tens, hundreds, thousands...), half up as XBRL 2.1 §4.6.7. */
function roundTo(x: Decimal, decimals: number): Decimal {
  if (decimals >= 0) return x.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  const scale = new Decimal(10).pow(-decimals);
  return x.div(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(scale);
}

function collect(fs: FactSet, keep: (f: Fact, c: Context) => boolean, label: string, messages: Message[], ignoreEntity: boolean): Side {
  const groups = new Map<string, Fact[]>();
  for (const f of fs.facts) {
    const c = factContext(f, fs);
    if (!keep(f, c)) continue;
    const k = aspectKey(f, fs, { ignoreEntity });
    const g = groups.get(k);
    if (g) g.push(f);
    else groups.set(k, [f]);
  }
  const facts = new Map<string, Fact>();
  for (const [k, g] of groups) {
    // Duplicates: compare the most precise one; tell when the others disagree with it beyond their rounding.
    const sorted = [...g].sort((x, y) => precisionRank(y) - precisionRank(x) || cmp(x.value ?? '', y.value ?? ''));
    const best = sorted[0];
    facts.set(k, best);
    const bestNum = numberOf(best);
    const inconsistent = sorted.slice(1).filter((o) => {
      const n = numberOf(o);
      if (!bestNum || !n) return (o.value ?? '') !== (best.value ?? '');
      const d = typeof o.decimals === 'number' ? o.decimals : undefined;
      return d === undefined ? !n.eq(bestNum) : !n.eq(roundTo(bestNum, d));
    });
    if (inconsistent.length) {
      messages.push({
        ruleId: 'diff.inconsistent-duplicate',
        severity: 'warning',
        message: `${label}: ${best.concept.local} has ${g.length} facts for the same aspects with inconsistent values (${g
          .map((x) => x.value ?? 'nil')
          .join(', ')}); compared ${best.value ?? 'nil'}`,
        concept: clark(best.concept),
        context: best.contextRef,
      });
    }
  }
  return { fs, facts };
}

function entryFor(fact: Fact, fs: FactSet, key: string, taxonomy?: Taxonomy): DiffEntry {
  const c = factContext(fact, fs);
  const e: DiffEntry = {
    key,
    concept: prefixed(fact.concept, fs),
    label: conceptLabel(fact.concept, taxonomy),
    period: periodKey(c.period),
    entity: `${c.entity.scheme}#${c.entity.identifier}`,
    dimensions: dimensionsOf(c, fs),
  };
  const unit = unitText(fact, fs);
  if (unit !== undefined) e.unit = unit;
  return e;
}

/** Compares fact set a (old) with b (new). */
export function diffFactSets(a: FactSet, b: FactSet, options: DiffOptions = {}): DiffResult {
  const messages: Message[] = [];
  const tolerance = new Decimal(options.tolerance ?? 0).abs();
  const periodsA = periodsReported(a);
  const periodsB = periodsReported(b);
  const shared = new Set([...periodsA].filter((p) => periodsB.has(p)));
  const matchPeriod = options.periods?.length ? periodMatcher(options.periods) : undefined;

  const keepFor = (fs: FactSet) => {
    const matchConcept = options.concepts?.length ? conceptMatcher(options.concepts, fs.namespaces) : undefined;
    return (f: Fact, c: Context) =>
      (!matchConcept || matchConcept(f.concept)) && (!matchPeriod || matchPeriod(c.period)) && (!options.restatement || shared.has(periodKey(c.period)));
  };
  const ignoreEntity = options.ignoreEntity ?? false;
  const A = collect(a, keepFor(a), a.source ?? 'A', messages, ignoreEntity);
  const B = collect(b, keepFor(b), b.source ?? 'B', messages, ignoreEntity);
  if (!ignoreEntity) {
    const entitiesA = entitiesOf(a);
    const entitiesB = entitiesOf(b);
    if (entitiesA.size && entitiesB.size && ![...entitiesA].some((e) => entitiesB.has(e))) {
      messages.push({
        ruleId: 'diff.no-common-entity',
        severity: 'warning',
        message: `A and B report no entity in common (A: ${[...entitiesA].sort().join(', ')}; B: ${[...entitiesB].sort().join(', ')}), so no fact can match; compare with the entity ignored (ignoreEntity, --ignore-entity) if they are the same company`,
      });
    }
  }

  const added: DiffEntry[] = [];
  const removed: DiffEntry[] = [];
  const changed: DiffEntry[] = [];
  const decimalsOnly: DiffEntry[] = [];
  const withinTolerance: DiffEntry[] = [];
  let matched = 0;

  for (const [key, fa] of A.facts) {
    const fb = B.facts.get(key);
    if (!fb) {
      const e = entryFor(fa, a, key, options.taxonomy);
      e.old = valueOf(fa);
      const n = numberOf(fa);
      if (n) e.difference = canonicalDecimal(n.neg());
      removed.push(e);
      continue;
    }
    matched++;
    const na = numberOf(fa);
    const nb = numberOf(fb);
    const e = entryFor(fb, b, key, options.taxonomy);
    e.old = valueOf(fa);
    e.new = valueOf(fb);
    const sameDecimals = (fa.decimals ?? null) === (fb.decimals ?? null);
    if (na && nb) {
      const d = nb.minus(na);
      e.difference = canonicalDecimal(d);
      if (d.isZero()) {
        if (!sameDecimals) decimalsOnly.push(e);
      } else if (d.abs().lte(tolerance)) {
        withinTolerance.push(e);
        if (!sameDecimals) decimalsOnly.push(e);
      } else changed.push(e);
    } else if ((fa.value ?? null) !== (fb.value ?? null)) {
      changed.push(e);
    } else if (!sameDecimals) decimalsOnly.push(e);
  }
  for (const [key, fb] of B.facts) {
    if (A.facts.has(key)) continue;
    const e = entryFor(fb, b, key, options.taxonomy);
    e.new = valueOf(fb);
    const n = numberOf(fb);
    if (n) e.difference = canonicalDecimal(n);
    added.push(e);
  }

  const order = (x: DiffEntry, y: DiffEntry) => cmp(x.period, y.period) || cmp(x.label, y.label) || cmp(x.key, y.key);
  for (const list of [added, removed, changed, decimalsOnly, withinTolerance]) list.sort(order);

  const reclassifications = findReclassifications({ added, removed, changed }, options.taxonomy);

  const result: DiffResult = {
    same: added.length + removed.length + changed.length + decimalsOnly.length === 0,
    added,
    removed,
    changed,
    decimalsOnly,
    withinTolerance,
    reclassifications,
    moved: findMovedValues({ added, removed, changed }, reclassifications),
    periods: {
      onlyA: [...periodsA].filter((p) => !periodsB.has(p)).sort(cmp),
      onlyB: [...periodsB].filter((p) => !periodsA.has(p)).sort(cmp),
    },
    counts: { a: A.facts.size, b: B.facts.size, matched },
    messages,
  };
  if (options.restatement) result.periods.compared = [...shared].filter((p) => !matchPeriod || periodMatches(p, matchPeriod)).sort(cmp);
  if (a.source) result.a = a.source;
  if (b.source) result.b = b.source;
  return result;
}

/** Does a period key pass the period filter? (Rebuilds the period from its key.) */
function periodMatches(key: string, match: ReturnType<typeof periodMatcher>): boolean {
  if (key === 'forever') return match({ type: 'forever' });
  const [start, end] = key.split('/');
  return match(end === undefined ? { type: 'instant', date: start } : { type: 'duration', start, end });
}
