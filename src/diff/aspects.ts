// The identity of a fact for matching and for stable ids: its OIM aspects (concept, entity, period, unit,
// taxonomy dimensions, language). Context and unit ids, container (segment/scenario) and non-dimensional segment
// content are not aspects: xBRL-JSON cannot carry them, and two documents with the same facts but other ids must
// match fact for fact.
import { clark, type Context, type Fact, type FactSet, type QName, type Unit } from '../model/fact.js';
import { periodKey } from '../model/period.js';
import { IxportError } from '../model/errors.js';

export const XBRLI_PURE = '{http://www.xbrl.org/2003/instance}pure';

/** Canonical unit key: sorted clark measures, "num*num/den*den"; '' when the fact has no unit. */
export function unitMeasuresKey(u: Unit | undefined): string {
  if (!u) return '';
  const num = u.numerators.map(clark).sort().join('*');
  const den = u.denominators.map(clark).sort().join('*');
  return den ? `${num}/${den}` : num;
}

/** The text of a typed member, whatever its serialisation: XML element content, or the bare value (xBRL-JSON). */
export function typedMemberText(value: string): string {
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}

/** Dimension part of the key: explicit "dim=member" and typed "dim~text", sorted. */
export function dimensionsKey(c: Context): string {
  const parts = c.dimensions.map((d) => `${clark(d.dimension)}=${clark(d.member)}`);
  for (const t of c.typedDimensions ?? []) parts.push(`${clark(t.dimension)}~${typedMemberText(t.value)}`);
  return parts.sort().join('|');
}

/** Context part of the key: entity, period and dimensions (the "where and when" of a fact). */
export function contextAspectKey(c: Context): string {
  return `${c.entity.scheme}#${c.entity.identifier}\u0001${periodKey(c.period)}\u0001${dimensionsKey(c)}`;
}

export class AspectError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'diff.bad-aspect' });
  }
}

/** Resolves a fact's context (and unit); throws AspectError naming the dangling reference. */
export function factContext(fact: Fact, fs: FactSet): Context {
  const c = fs.contexts[fact.contextRef];
  if (!c) throw new AspectError(`fact ${fact.id ?? clark(fact.concept)} refers to unknown context "${fact.contextRef}"`);
  return c;
}

export function factUnit(fact: Fact, fs: FactSet): Unit | undefined {
  if (fact.unitRef === undefined) return undefined;
  const u = fs.units[fact.unitRef];
  if (!u) throw new AspectError(`fact ${fact.id ?? clark(fact.concept)} refers to unknown unit "${fact.unitRef}"`);
  return u;
}

/** A company extension namespace's last path segment when it is a date ("…/20040506", "…/2004-05-06"). */
const DATED_NAMESPACE = /^(.*\/)(?:\d{8}|\d{4}-\d{2}-\d{2})\/?$/;

/**
 * The namespace a concept is compared under: a company extension namespace dated by its filing (EDGAR's
 * "http://www.company.com/20240331", ixport's "https://ixport.org/ext/MPOWER/20040506") without its date, so the
 * extension concepts of two quarters of a company match by local name (dated namespaces kept them apart);
 * any other namespace (base taxonomies are dated by year or not at all) as it is.
 */
export function comparedNamespace(ns: string): string {
  const m = DATED_NAMESPACE.exec(ns);
  return m ? `${m[1]}*` : ns;
}

/** Clark notation of a concept under its compared namespace. */
export function comparedConcept(q: QName): string {
  return `{${comparedNamespace(q.ns)}}${q.local}`;
}

/**
 * The full aspect key: equal for two facts exactly when they are duplicates in the OIM sense (same concept,
 * entity, period, unit, dimensions and, for text, language). For comparing documents (the default), extension
 * concepts are keyed without the date of their namespace (comparedNamespace); `exactNamespaces` keys every
 * concept by its own namespace (one document's fact identities: the xBRL-JSON writer's ids).
 */
export function aspectKey(fact: Fact, fs: FactSet, options: { ignoreEntity?: boolean; exactNamespaces?: boolean } = {}): string {
  const c = factContext(fact, fs);
  const unit = unitMeasuresKey(factUnit(fact, fs));
  const lang = !fact.numeric && fact.lang ? fact.lang.toLowerCase() : '';
  // A JSON array: printable in reports, and split back without ambiguity.
  const entity = options.ignoreEntity ? '' : `${c.entity.scheme}#${c.entity.identifier}`;
  const concept = options.exactNamespaces ? clark(fact.concept) : comparedConcept(fact.concept);
  return JSON.stringify([concept, entity, periodKey(c.period), dimensionsKey(c), unit, lang]);
}

/** The parts of an aspect key: concept (clark), "where and when" (entity, period, dimensions), unit, language. */
export function splitAspectKey(key: string): { concept: string; context: string; unit: string; lang: string } {
  const [concept, entity, period, dims, unit, lang] = JSON.parse(key) as string[];
  return { concept, context: JSON.stringify([entity, period, dims]), unit, lang };
}
