// xBRL-JSON (OIM 1.0, https://xbrl.org/2021/xbrl-json) writer. One canonical text per fact set: keys sorted,
// fact ids derived from the fact's aspects (same fact -> same id in every run and from every source document),
// values in XML Schema canonical form (the xbrl:canonicalValues feature), 2-space indent, trailing newline.
// Contexts and units do not exist in OIM: each fact carries its aspects as "dimensions".
import { createHash } from 'node:crypto';
import { clark, NS, type Fact, type FactSet, type QName } from '../../model/fact.js';
import { Decimal, canonicalDecimal } from '../../model/decimal.js';
import type { Taxonomy } from '../../model/taxonomy.js';
import { aspectKey, factContext, factUnit, typedMemberText, XBRLI_PURE } from '../../diff/aspects.js';
import { isIntegerType, oimNumber, oimPeriod, OIM_NS, RESERVED_ALIASES, XBRL_JSON_DOCUMENT_TYPE } from './oim.js';
import { canonicalDecimalText, XS_DECIMAL } from '../instance/parts.js';
import { IxportError } from '../../model/errors.js';

export interface XbrlJsonOptions {
  /** When given, integer-typed concepts get integer canonical values and language is kept for text types only. */
  taxonomy?: Taxonomy;
}

export class XbrlJsonWriteError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'write.json' });
  }
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Prefixes every EDGAR document uses for these namespaces (entity scheme, dimensions). */
const WELL_KNOWN: Record<string, string> = { [NS.cik]: 'cik', [NS.xbrldi]: 'xbrldi' };

/** Binds every namespace the document uses to one prefix: reserved aliases first, then the fact set's own. */
class Prefixes {
  private byNs = new Map<string, string>();
  private used = new Map<string, string>();
  private preferred = new Map<string, string[]>();

  constructor(private readonly declared: Record<string, string>) {}

  /** Records a namespace with an optional preferred prefix (from a QName). */
  want(ns: string, prefix?: string): void {
    const list = this.preferred.get(ns) ?? [];
    if (prefix && !list.includes(prefix)) list.push(prefix);
    this.preferred.set(ns, list);
  }

  /** Assigns prefixes in namespace order, so the result does not depend on fact order. */
  assign(): void {
    const reservedByNs = new Map(Object.entries(RESERVED_ALIASES).map(([p, ns]) => [ns, p]));
    const declaredByNs = new Map<string, string[]>();
    for (const [p, ns] of Object.entries(this.declared).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      declaredByNs.set(ns, [...(declaredByNs.get(ns) ?? []), p]);
    }
    const namespaces = [...this.preferred.keys()].sort();
    // Reserved URIs take their alias before anything else can claim it.
    for (const ns of namespaces) {
      const r = reservedByNs.get(ns);
      if (r) this.bind(ns, r);
    }
    let n = 0;
    for (const ns of namespaces) {
      if (this.byNs.has(ns)) continue;
      // Well-known prefixes first, so the same facts read from different documents get the same text.
      const candidates = [...(WELL_KNOWN[ns] ? [WELL_KNOWN[ns]] : []), ...(this.preferred.get(ns) ?? []).slice().sort(), ...(declaredByNs.get(ns) ?? [])];
      let chosen = candidates.find((p) => NCNAME.test(p) && !this.used.has(p) && !(p in RESERVED_ALIASES));
      while (!chosen) {
        const p = `ns${++n}`;
        if (!this.used.has(p)) chosen = p;
      }
      this.bind(ns, chosen);
    }
  }

  private bind(ns: string, prefix: string): void {
    this.byNs.set(ns, prefix);
    this.used.set(prefix, ns);
  }

  prefixOf(ns: string): string {
    const p = this.byNs.get(ns);
    if (p === undefined) throw new Error(`namespace not registered: ${ns}`);
    return p;
  }

  qname(q: QName): string {
    return `${this.prefixOf(q.ns)}:${q.local}`;
  }

  map(): Record<string, string> {
    return Object.fromEntries([...this.used.entries()]);
  }
}

/** decimals for OIM: the fact's decimals, or decimals inferred from precision (XBRL 2.1 §4.6.6); undefined = INF. */
function oimDecimals(f: Fact): number | undefined {
  if (f.value === null || !f.numeric) return undefined;
  if (typeof f.decimals === 'number') return f.decimals;
  if (f.decimals === 'INF') return undefined;
  if (typeof f.precision === 'number') {
    const v = new Decimal(f.value);
    // A zero has no magnitude to anchor precision to; it is exact as far as OIM can say.
    if (v.isZero()) return undefined;
    return f.precision - v.abs().e - 1;
  }
  return undefined;
}

/** Stable, readable fact id: concept local name + hash of the aspects; NCName-safe. */
function baseId(f: Fact, key: string): string {
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 10);
  const local = NCNAME.test(f.concept.local) ? f.concept.local : 'f';
  return `${local}-${hash}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** JSON with object keys sorted at every level, 2-space indent, trailing newline. */
export function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v as object).sort(cmp)) out[k] = sort((v as Record<string, unknown>)[k]);
      return out;
    }
    return v;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}

/** Serialises a fact set as xBRL-JSON. Deterministic: the same facts give byte-identical text. */
export function writeXbrlJson(factSet: FactSet, options: XbrlJsonOptions = {}): string {
  const prefixes = new Prefixes(factSet.namespaces);
  prefixes.want(OIM_NS, 'xbrl');

  interface Pending {
    fact: Fact;
    key: string;
  }
  const pending: Pending[] = [];
  for (const fact of factSet.facts) {
    let key: string;
    try {
      key = aspectKey(fact, factSet, { exactNamespaces: true });
    } catch (e) {
      throw new XbrlJsonWriteError(`${factSet.source ?? 'fact set'}: ${(e as Error).message}`);
    }
    pending.push({ fact, key });
    const c = factContext(fact, factSet);
    const u = factUnit(fact, factSet);
    prefixes.want(fact.concept.ns, fact.concept.prefix);
    prefixes.want(c.entity.scheme);
    for (const d of c.dimensions) {
      prefixes.want(d.dimension.ns, d.dimension.prefix);
      prefixes.want(d.member.ns, d.member.prefix);
    }
    for (const t of c.typedDimensions ?? []) prefixes.want(t.dimension.ns, t.dimension.prefix);
    for (const m of [...(u?.numerators ?? []), ...(u?.denominators ?? [])]) prefixes.want(m.ns, m.prefix);
  }
  prefixes.assign();

  // Order: aspect key, then value and decimals, so duplicates get their suffixes deterministically.
  const valueOrder = (f: Fact) => `${f.value === null ? '\u0000nil' : f.value}\u0001${f.decimals ?? ''}\u0001${f.lang ?? ''}`;
  pending.sort((a, b) => cmp(a.key, b.key) || cmp(valueOrder(a.fact), valueOrder(b.fact)));

  const facts: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  // Many facts share a context: its OIM period string is computed once.
  const periods = new Map<string, string | undefined>();
  for (const { fact, key } of pending) {
    const base = baseId(fact, key);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    facts[id] = factObject(fact, factSet, prefixes, options.taxonomy, periods);
  }

  const doc = {
    documentInfo: {
      documentType: XBRL_JSON_DOCUMENT_TYPE,
      features: { 'xbrl:canonicalValues': true },
      namespaces: prefixes.map(),
      taxonomy: [...factSet.schemaRefs].sort(cmp),
    },
    facts,
  };
  return canonicalJson(doc);
}

function factObject(fact: Fact, fs: FactSet, prefixes: Prefixes, taxonomy: Taxonomy | undefined, periods: Map<string, string | undefined>): unknown {
  const c = factContext(fact, fs);
  const u = factUnit(fact, fs);
  const concept = taxonomy?.concepts.get(clark(fact.concept));
  const dims: Record<string, string> = { concept: prefixes.qname(fact.concept) };
  if (/\s/.test(c.entity.identifier) || c.entity.identifier === '') {
    throw new XbrlJsonWriteError(`entity identifier "${c.entity.identifier}" cannot be written as an OIM SQName`);
  }
  dims.entity = `${prefixes.prefixOf(c.entity.scheme)}:${c.entity.identifier}`;
  let period: string | undefined;
  if (periods.has(fact.contextRef)) period = periods.get(fact.contextRef);
  else periods.set(fact.contextRef, (period = oimPeriod(c.period)));
  if (period !== undefined) dims.period = period;
  if (u) {
    const num = u.numerators.map((m) => prefixes.qname(m)).sort(cmp);
    const den = u.denominators.map((m) => prefixes.qname(m)).sort(cmp);
    const pureOnly = den.length === 0 && u.numerators.length === 1 && clark(u.numerators[0]) === XBRLI_PURE;
    if (!pureOnly) {
      const side = (ms: string[]) => (ms.length > 1 ? `(${ms.join('*')})` : ms[0]);
      dims.unit = den.length ? `${side(num)}/${side(den)}` : side(num);
    }
  }
  for (const d of c.dimensions) dims[prefixes.qname(d.dimension)] = prefixes.qname(d.member);
  for (const t of c.typedDimensions ?? []) dims[prefixes.qname(t.dimension)] = typedMemberText(t.value);
  const isText = concept ? !concept.numeric && /string|token|language/i.test(concept.type) : true;
  if (!fact.numeric && fact.lang && isText) dims.language = fact.lang.toLowerCase();

  const out: Record<string, unknown> = { dimensions: dims };
  if (fact.value === null) out.value = null;
  else if (fact.numeric) {
    let canonical: string;
    try {
      // Plain decimal text is canonicalised by string operations (same result, no Decimal); anything else
      // (exponent forms read from other documents) goes through Decimal as before.
      canonical = XS_DECIMAL.test(fact.value) ? canonicalDecimalText(fact.value) : canonicalDecimal(new Decimal(fact.value));
    } catch {
      throw new XbrlJsonWriteError(`fact ${fact.id ?? clark(fact.concept)} has a non-numeric value "${fact.value}"`);
    }
    out.value = oimNumber(canonical, isIntegerType(concept?.type));
  } else out.value = fact.value;
  const decimals = oimDecimals(fact);
  if (decimals !== undefined) out.decimals = decimals;
  return out;
}
