// Prefix assignment shared by the instance and the inline writer: one prefix per namespace, standard prefixes
// for the XBRL namespaces, the fact set's own preferences next, and a generated prefix only on a clash.
import { NS, type FactSet, type QName } from '../../model/fact.js';

/** Prefixes the writers always use for the XBRL namespaces (EDGAR also requires ix and ixt by these names). */
const STANDARD: Record<string, string> = {
  xbrli: NS.xbrli,
  link: NS.link,
  xlink: NS.xlink,
  xsi: NS.xsi,
  xbrldi: NS.xbrldi,
  iso4217: NS.iso4217,
  ix: NS.ix,
  ixt: NS.ixt4,
  xhtml: NS.xhtml,
};

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

export class Prefixes {
  private readonly byNs = new Map<string, string>();
  private readonly byPrefix = new Map<string, string>();

  /** Reserves the standard prefixes (only those whose namespaces are in `standard`) before any other. */
  constructor(standard: string[]) {
    for (const p of standard) this.bind(p, STANDARD[p]);
  }

  private bind(prefix: string, ns: string): void {
    this.byNs.set(ns, prefix);
    this.byPrefix.set(prefix, ns);
  }

  /** Binds `ns`, preferring `preferred`; returns the prefix used. */
  add(ns: string, preferred?: string): string {
    const have = this.byNs.get(ns);
    if (have !== undefined) return have;
    let base = preferred && NCNAME.test(preferred) && !/^xml/i.test(preferred) ? preferred : 'ns';
    let prefix = base;
    for (let n = 1; this.byPrefix.has(prefix); n++) prefix = `${base}${n}`;
    this.bind(prefix, ns);
    return prefix;
  }

  prefixOf(ns: string): string {
    const p = this.byNs.get(ns);
    if (p === undefined) throw new Error(`namespace ${ns} has no prefix bound`);
    return p;
  }

  qname(q: QName): string {
    return `${this.prefixOf(q.ns)}:${q.local}`;
  }

  /** prefix -> namespace, sorted by prefix (the order declarations are written in). */
  declarations(): [string, string][] {
    return [...this.byPrefix.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }
}

/** Every QName a fact set writes: concepts, dimensions, members, measures. */
export function usedQNames(fs: FactSet): QName[] {
  const out: QName[] = [];
  for (const f of fs.facts) out.push(f.concept);
  for (const c of Object.values(fs.contexts)) {
    for (const d of c.dimensions) out.push(d.dimension, d.member);
    for (const t of c.typedDimensions ?? []) out.push(t.dimension);
  }
  for (const u of Object.values(fs.units)) out.push(...u.numerators, ...u.denominators);
  return out;
}

/**
 * Prefixes for writing a fact set: the standard ones listed, then the fact set's declared namespaces (sorted by
 * prefix, so the result does not depend on object key order), then any namespace a QName uses that is not declared.
 */
export function prefixesFor(fs: FactSet, standard: string[]): Prefixes {
  const p = new Prefixes(standard);
  for (const [prefix, ns] of Object.entries(fs.namespaces).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    p.add(ns, prefix);
  }
  const extra = usedQNames(fs)
    .filter((q) => q.ns)
    .sort((a, b) => (a.ns < b.ns ? -1 : a.ns > b.ns ? 1 : 0));
  for (const q of extra) p.add(q.ns, q.prefix);
  return p;
}
