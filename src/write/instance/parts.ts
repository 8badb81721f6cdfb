// The XBRL parts both writers emit identically (contexts, units, schemaRefs, fact attributes), built once as a
// small neutral element tree (XNode) so the instance writer (xmlbuilder2) and the inline writer (its own
// serializer inside ix:resources) cannot drift apart. Also the one place that fixes the output order.
import { NS, clark, type Context, type Fact, type FactSet, type Unit } from '../../model/fact.js';
import type { Period } from '../../model/period.js';
import type { Prefixes } from './namespaces.js';
import { WriteError, factError } from './errors.js';

export interface XAttr {
  /** Qualified name as written ("id", "xlink:href"). */
  name: string;
  /** Namespace of the attribute ('' for an unprefixed attribute). */
  ns: string;
  value: string;
}

export interface XNode {
  name: string;
  ns: string;
  attrs: XAttr[];
  children: XNode[];
  /** Text content (only for elements without children). */
  text?: string;
  /** Serialised XML kept verbatim (typed dimension values, non-dimensional segment content). */
  raw?: string;
}

export function xnode(ns: string, name: string, attrs: XAttr[] = [], children: XNode[] = [], text?: string): XNode {
  return { name, ns, attrs, children, text };
}

export function xattr(name: string, value: string, ns = ''): XAttr {
  return { name, ns, value };
}

function xbrli(p: Prefixes, local: string, attrs: XAttr[] = [], children: XNode[] = [], text?: string): XNode {
  return xnode(NS.xbrli, `${p.prefixOf(NS.xbrli)}:${local}`, attrs, children, text);
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function periodSortKey(p: Period): [string, string] {
  switch (p.type) {
    case 'instant':
      return [p.date, p.date];
    case 'duration':
      return [p.end, p.start];
    case 'forever':
      return ['9999-99-99', ''];
  }
}

/** Contexts in a meaningful, input-order-independent order: non-dimensional first, then by period end, start, dimensions, id. */
export function sortedContexts(fs: FactSet): Context[] {
  return Object.values(fs.contexts).sort((a, b) => {
    const da = a.dimensions.length + (a.typedDimensions?.length ?? 0);
    const db = b.dimensions.length + (b.typedDimensions?.length ?? 0);
    if ((da === 0) !== (db === 0)) return da === 0 ? -1 : 1;
    const [ea, sa] = periodSortKey(a.period);
    const [eb, sb] = periodSortKey(b.period);
    return (
      cmp(eb, ea) || // latest period first, as a release prints its current period first
      cmp(sb, sa) ||
      cmp(dimKey(a), dimKey(b)) ||
      cmp(a.id, b.id)
    );
  });
}

function dimKey(c: Context): string {
  const e = c.dimensions.map((d) => `${clark(d.dimension)}=${clark(d.member)}`);
  const t = (c.typedDimensions ?? []).map((d) => `${clark(d.dimension)}=${d.value}`);
  return [...e, ...t].sort().join(' ');
}

export function sortedUnits(fs: FactSet): Unit[] {
  return Object.values(fs.units).sort((a, b) => cmp(a.id, b.id));
}

/**
 * Facts in source order (first printed position), so the instance reads like the release; facts without a
 * source (cover facts made up by the mapper) first. Ties broken by aspects and value: the order never depends
 * on the order of the input array.
 */
export function sortedFacts(fs: FactSet): Fact[] {
  const key = (f: Fact) => {
    const s = f.sources?.[0];
    return s ? [1, s.file, s.line, s.column] : [0, '', 0, 0];
  };
  return [...fs.facts].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) {
      const c = cmp(ka[i], kb[i]);
      if (c) return c;
    }
    return (
      cmp(clark(a.concept), clark(b.concept)) ||
      cmp(a.contextRef, b.contextRef) ||
      cmp(a.unitRef ?? '', b.unitRef ?? '') ||
      cmp(a.value ?? '', b.value ?? '') ||
      cmp(a.id ?? '', b.id ?? '')
    );
  });
}

function periodNodes(p: Prefixes, period: Period): XNode[] {
  switch (period.type) {
    case 'instant':
      return [xbrli(p, 'instant', [], [], period.date)];
    case 'duration':
      return [xbrli(p, 'startDate', [], [], period.start), xbrli(p, 'endDate', [], [], period.end)];
    case 'forever':
      return [xbrli(p, 'forever')];
  }
}

function dimensionNodes(p: Prefixes, c: Context): XNode[] {
  const di = p.prefixOf(NS.xbrldi);
  const explicit = [...c.dimensions]
    .sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)))
    .map((d) => xnode(NS.xbrldi, `${di}:explicitMember`, [xattr('dimension', p.qname(d.dimension))], [], p.qname(d.member)));
  const typed = [...(c.typedDimensions ?? [])]
    .sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)))
    .map((d) => ({ ...xnode(NS.xbrldi, `${di}:typedMember`, [xattr('dimension', p.qname(d.dimension))]), raw: d.value }));
  return [...explicit, ...typed];
}

export function contextNode(p: Prefixes, c: Context): XNode {
  const dims = dimensionNodes(p, c);
  const inScenario = c.container === 'scenario';
  const segment: XNode[] = inScenario ? [] : dims;
  const scenario: XNode[] = inScenario ? dims : [];
  const entityChildren = [xbrli(p, 'identifier', [xattr('scheme', c.entity.scheme)], [], c.entity.identifier)];
  if (segment.length || c.otherSegment) {
    const seg = xbrli(p, 'segment', [], segment);
    if (c.otherSegment) seg.children.push({ ...xnode('', ''), raw: c.otherSegment });
    entityChildren.push(seg);
  }
  const children = [xbrli(p, 'entity', [], entityChildren), xbrli(p, 'period', [], periodNodes(p, c.period))];
  if (scenario.length || c.otherScenario) {
    const sc = xbrli(p, 'scenario', [], scenario);
    if (c.otherScenario) sc.children.push({ ...xnode('', ''), raw: c.otherScenario });
    children.push(sc);
  }
  return xbrli(p, 'context', [xattr('id', c.id)], children);
}

export function unitNode(p: Prefixes, u: Unit): XNode {
  const measures = (qs: typeof u.numerators) => [...qs].sort((a, b) => cmp(clark(a), clark(b))).map((q) => xbrli(p, 'measure', [], [], p.qname(q)));
  if (u.denominators.length === 0) return xbrli(p, 'unit', [xattr('id', u.id)], measures(u.numerators));
  return xbrli(
    p,
    'unit',
    [xattr('id', u.id)],
    [xbrli(p, 'divide', [], [xbrli(p, 'unitNumerator', [], measures(u.numerators)), xbrli(p, 'unitDenominator', [], measures(u.denominators))])],
  );
}

export function schemaRefNode(p: Prefixes, href: string): XNode {
  const xl = p.prefixOf(NS.xlink);
  return xnode(NS.link, `${p.prefixOf(NS.link)}:schemaRef`, [xattr(`${xl}:type`, 'simple', NS.xlink), xattr(`${xl}:href`, href, NS.xlink)]);
}

/** xs:decimal lexical space (no exponent, no special values). */
export const XS_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/** A numeric fact value checked to be an xs:decimal and written canonically (no exponent, "-0" as "0"). */
export function canonicalNumber(f: Fact): string {
  const v = f.value ?? '';
  if (!XS_DECIMAL.test(v)) {
    throw factError(f, `has a non-decimal value "${v}"`);
  }
  return canonicalDecimalText(v);
}

/**
 * The canonical form of an xs:decimal lexical value (one XS_DECIMAL matches), by string operations alone (no Decimal, no float):
 * sign kept unless the value is zero, leading zeros of the integer part and trailing zeros of the fraction
 * dropped, "0" for an empty integer part. Same result as canonicalDecimal(new Decimal(v)), which the writers
 * used to build for every fact; the constructor never rounds, so the two agree digit for digit.
 */
export function canonicalDecimalText(v: string): string {
  let s = v;
  let negative = false;
  if (s[0] === '-') {
    negative = true;
    s = s.slice(1);
  } else if (s[0] === '+') s = s.slice(1);
  const dot = s.indexOf('.');
  let int = dot < 0 ? s : s.slice(0, dot);
  let frac = dot < 0 ? '' : s.slice(dot + 1);
  let i = 0;
  while (i < int.length && int.charCodeAt(i) === 48) i++;
  int = int.slice(i);
  let j = frac.length;
  while (j > 0 && frac.charCodeAt(j - 1) === 48) j--;
  frac = frac.slice(0, j);
  if (int === '' && frac === '') return '0';
  return (negative ? '-' : '') + (int || '0') + (frac ? `.${frac}` : '');
}

/** decimals/precision as the fact carries them; a non-nil numeric fact without either is written decimals="INF". */
export function accuracyAttr(f: Fact): XAttr | undefined {
  if (!f.numeric || f.value === null) return undefined;
  if (f.decimals !== undefined) return xattr('decimals', String(f.decimals));
  if (f.precision !== undefined) return xattr('precision', String(f.precision));
  return xattr('decimals', 'INF');
}

const NCNAME = /^[A-Za-z_][A-Za-z0-9._-]*$/;

/** Ids must be NCNames; one that is not is a bug upstream, reported with the fact it belongs to. */
export function checkId(id: string, what: string): string {
  if (!NCNAME.test(id)) throw new WriteError(`${what} id "${id}" is not an XML NCName`);
  return id;
}
