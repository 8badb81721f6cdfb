// What every rule gets: the fact set indexed the ways the rules look facts up (by concept, by context and
// unit compared by value), the taxonomy's relationships by arcrole, and helpers to name facts in messages.
import { Decimal } from '../model/decimal.js';
import { clark, type Fact, type FactSet, type QName } from '../model/fact.js';
import type { SourcePos } from '../model/source.js';
import type { Concept, Relationship, Taxonomy } from '../model/taxonomy.js';
import { contextKey, unitKey } from './aspects.js';
import type { IdentitiesData } from './identities.js';
import { accuracy, factInterval, type Decimals, type Interval } from '../model/interval.js';

/** A fact with what the rules need precomputed. */
export interface IndexedFact {
  fact: Fact;
  /** Position in factSet.facts (stable tie-breaker). */
  index: number;
  /** Clark name of the concept. */
  concept: string;
  /** Value-based key of the context (s-equal contexts share it), plus the tuple parent for facts inside a tuple. */
  ctxKey: string;
  /** Value-based key of the unit; '' for non-numeric facts or a missing unit. */
  unitKey: string;
  /** Parsed numeric value; null for nil or non-numeric facts, undefined when a numeric value does not parse. */
  value: Decimal | null | undefined;
}

export interface CheckContext {
  factSet: FactSet;
  /** null when the document's DTS could not be loaded: rules that need it do not run. */
  taxonomy: Taxonomy | null;
  identities: IdentitiesData | null;
  facts: IndexedFact[];
  /** Facts of a concept (clark name), in fact-set order. */
  byConcept(concept: string): IndexedFact[];
  /** Facts of a concept in one s-equal context and u-equal unit. */
  byAspects(concept: string, ctxKey: string, unitKey: string): IndexedFact[];
  /** Relationships of any of the arcroles, in taxonomy order. */
  relationships(...arcroles: string[]): Relationship[];
  concept(clarkName: string): Concept | undefined;
  /** Clark name of the DTS concept an identities local name means, or null. */
  resolve(local: string): string | null;
  /** prefix:local for messages. */
  name(q: QName | string): string;
  /** "period [dimensions]" of a fact's context, for messages. */
  describeContext(contextRef: string): string;
  /** Source positions of facts, in the order given, each once. */
  positions(facts: IndexedFact[]): SourcePos[];
  /** The interval a numeric fact stands for (its value must be a Decimal). */
  interval(f: IndexedFact): Interval;
}

export function createContext(factSet: FactSet, taxonomy: Taxonomy | null, identities: IdentitiesData | null): CheckContext {
  // Equal contexts (units) get one short key, so the many aspect-key lookups hash short strings.
  const interned = new Map<string, string>();
  const intern = (long: string, prefix: string): string => {
    let k = interned.get(long);
    if (k === undefined) interned.set(long, (k = `${prefix}${interned.size}`));
    return k;
  };
  const ctxKeys = new Map<string, string>();
  for (const [id, c] of Object.entries(factSet.contexts)) ctxKeys.set(id, intern(contextKey(c), 'c'));
  const unitKeys = new Map<string, string>();
  for (const [id, u] of Object.entries(factSet.units)) unitKeys.set(id, intern(`unit ${unitKey(u)}`, 'u'));

  const facts: IndexedFact[] = [];
  factSet.facts.forEach((fact, index) => {
    // A tuple itself has no value; facts inside one bind only with facts of the same tuple (XBRL 2.1 §5.2.5.2).
    if (fact.tuple) return;
    const inTuple = fact.tupleParent !== undefined ? `\u0000tuple${fact.tupleParent}` : '';
    facts.push({
      fact,
      index,
      concept: clark(fact.concept),
      // A context the fact set lacks (a broken read document) is keyed by its id, so it matches nothing else.
      ctxKey: (ctxKeys.get(fact.contextRef) ?? `#${fact.contextRef}`) + inTuple,
      unitKey: fact.unitRef !== undefined ? (unitKeys.get(fact.unitRef) ?? `#${fact.unitRef}`) : '',
      value: parseValue(fact),
    });
  });

  const byConcept = new Map<string, IndexedFact[]>();
  const byAspects = new Map<string, IndexedFact[]>();
  for (const f of facts) {
    push(byConcept, f.concept, f);
    push(byAspects, aspectKey(f.concept, f.ctxKey, f.unitKey), f);
  }

  const byArcrole = new Map<string, Relationship[]>();
  for (const r of taxonomy?.relationships ?? []) push(byArcrole, r.arcrole, r);

  const prefixes = new Map<string, string>();
  for (const [p, ns] of Object.entries(factSet.namespaces)) if (!prefixes.has(ns)) prefixes.set(ns, p);

  const localIndex = new Map<string, string[]>();
  for (const [key, c] of taxonomy?.concepts ?? []) push(localIndex, c.qname.local, key);

  const name = (q: QName | string): string => {
    const qn = typeof q === 'string' ? parseClark(q) : q;
    if (!qn) return String(q);
    const p = qn.prefix ?? prefixes.get(qn.ns);
    return p ? `${p}:${qn.local}` : qn.local;
  };

  return {
    factSet,
    taxonomy,
    identities,
    facts,
    byConcept: (c) => byConcept.get(c) ?? [],
    byAspects: (c, ck, uk) => byAspects.get(aspectKey(c, ck, uk)) ?? [],
    relationships: (...arcroles) => arcroles.flatMap((a) => byArcrole.get(a) ?? []),
    concept: (c) => taxonomy?.concepts.get(c),
    resolve(local) {
      if (!taxonomy || !identities) return null;
      const keys = localIndex.get(local) ?? [];
      if (identities.namespace) {
        const want = `{${identities.namespace}}${local}`;
        return keys.includes(want) ? want : null;
      }
      return keys.length === 1 ? keys[0] : null;
    },
    name,
    describeContext(ref) {
      const c = factSet.contexts[ref];
      if (!c) return `context ${ref} (missing)`;
      const p = c.period;
      const period = p.type === 'instant' ? p.date : p.type === 'duration' ? `${p.start}..${p.end}` : 'forever';
      const dims = c.dimensions.map((d) => `${name(d.dimension)}=${name(d.member)}`);
      return dims.length ? `${period} [${dims.join(', ')}]` : period;
    },
    positions(list) {
      const seen = new Set<string>();
      const out: SourcePos[] = [];
      for (const f of list) {
        for (const p of f.fact.sources ?? []) {
          const k = `${p.file}\u0000${p.line}\u0000${p.column}`;
          if (seen.has(k)) continue;
          seen.add(k);
          out.push(p);
        }
      }
      return out;
    },
    interval: (f) => factInterval(f.fact, f.value as Decimal),
  };
}

/**
 * The decimals a numeric fact is accurate to: its decimals attribute, or decimals inferred from precision
 * (XBRL 2.1 §4.6.6) for documents of other tools; undefined when unknown (precision 0).
 */
export function effectiveDecimals(f: IndexedFact): Decimals | undefined {
  return accuracy(f.fact.decimals, f.fact.precision, f.value);
}

function parseValue(fact: Fact): Decimal | null | undefined {
  if (!fact.numeric || fact.value === null) return null;
  const text = fact.value.trim();
  // xs:decimal lexical space only (what a numeric fact value is after transformation); no exponents, no NaN.
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return new Decimal(text);
}

function aspectKey(concept: string, ctxKey: string, unitKey: string): string {
  return `${concept}\u0000${ctxKey}\u0000${unitKey}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function parseClark(s: string): QName | null {
  const m = /^\{([^}]*)\}(.+)$/.exec(s);
  return m ? { ns: m[1], local: m[2] } : null;
}
