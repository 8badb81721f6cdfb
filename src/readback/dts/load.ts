// DTS discovery for validating instances: from the instance's schemaRef/linkbaseRef, follow xs:import,
// xs:include and linkbaseRef (schema appinfo) through local files and the schema cache (http and https URLs map
// to <cache>/<host>/<path>; nothing is fetched). Collects item/tuple concepts with what validation needs, and
// the calculation, definition (essence-alias, requires-element) relationships.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { NS, type QName } from '../../model/fact.js';
import type { Message } from '../../model/source.js';
import { XML_NS, attr, childElements, descendants, resolveQName, type XmlDocument, type XmlElement } from '../../xml/dom.js';
import { parseXml, XmlError } from '../../xml/parse.js';
import { at } from '../messages.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const XBRLI = NS.xbrli;

export type BaseKind = 'monetary' | 'shares' | 'pure' | 'fraction' | 'decimal' | 'integer' | 'double' | 'nonNumeric';

export interface ConceptInfo {
  qname: QName;
  id?: string;
  file: string;
  kind: 'item' | 'tuple' | 'other';
  periodType?: 'instant' | 'duration';
  balance?: string;
  nillable: boolean;
  abstract: boolean;
  base: BaseKind;
  /** decimals/precision values the item's type supplies (XML Schema default or fixed attribute values). */
  attrDefaults?: Record<string, string>;
}

export interface Arc {
  arcrole: string;
  role: string;
  from: string;
  to: string;
  /** Calculation weight, as written (a decimal). */
  weight: string;
  order: number;
  use?: string;
  priority: number;
}

/** What segment/scenario comparisons need of any global element: the value kind of its text and attributes. */
export interface ElementValueTypes {
  text: ValueKind;
  attrs: Record<string, ValueKind>;
}

export type ValueKind = 'integer' | 'decimal' | 'double' | 'boolean' | 'other';

export interface Dts {
  concepts: Map<string, ConceptInfo>;
  /** Global elements (clark) -> value kinds, for s-equality of segment and scenario content. */
  elementTypes: Map<string, ElementValueTypes>;
  /** Global attributes (clark) -> value kind (attributes in a namespace, validated laxly where they appear). */
  attributeTypes: Map<string, ValueKind>;
  /** Concepts by file#id, for locators. */
  byHref: Map<string, string>;
  arcs: Arc[];
  messages: Message[];
  /** Every document loaded (absolute paths) with its kind. */
  documents: Map<string, 'schema' | 'linkbase' | 'other'>;
}

export interface DtsEntry {
  href: string;
  /** File the href is relative to (with xml:base applied: see baseFileOf). */
  from: string;
}

export interface DtsOptions {
  /** Root of the schema cache, laid out as <host>/<path>. */
  cacheRoot: string;
  /** Parsed documents to reuse across DTS loads (file path -> document). */
  documentCache?: Map<string, XmlDocument>;
}

/** The file a relative reference on `el` resolves against: `file`, adjusted by any xml:base in scope. */
export function baseFileOf(el: XmlElement, file: string): string {
  const bases: string[] = [];
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const b = attr(e, 'base', XML_NS);
    if (b !== undefined) bases.unshift(b);
  }
  let base = file;
  for (const b of bases) base = /^[a-z]+:/i.test(b) ? b : resolve(dirname(base), b.endsWith('/') ? b + '_' : b);
  return base;
}

export function resolveHref(href: string, baseFile: string, opts: DtsOptions): string {
  const noFrag = href.split('#')[0];
  const m = /^https?:\/\/(.+)$/.exec(noFrag);
  if (m) return resolve(opts.cacheRoot, m[1]);
  if (/^[a-z]+:/i.test(noFrag)) return noFrag;
  return resolve(dirname(baseFile), decodeURIComponent(noFrag));
}

interface TypeDef {
  base?: string;
  /** Attribute name -> type (clark) declared by the type. */
  attrTypes?: Record<string, string>;
  /** Default or fixed values the type gives the decimals/precision attributes. */
  attrDefaults?: Record<string, string>;
}

export function loadDts(entries: { href: string; from: string }[], opts: DtsOptions): Dts {
  const dts: Dts = { concepts: new Map(), elementTypes: new Map(), attributeTypes: new Map(), byHref: new Map(), arcs: [], messages: [], documents: new Map() };
  const types = new Map<string, TypeDef>();
  const elements = new Map<string, { el: XmlElement; file: string; sg?: string; type?: string }>();
  const globalAttributes = new Map<string, string | undefined>();
  const linkbaseEls: { doc: XmlDocument; file: string }[] = [];
  const queue: { file: string; from: string; el?: XmlElement }[] = entries.map((e) => ({ file: resolveHref(e.href, e.from, opts), from: e.from }));

  while (queue.length) {
    const { file, from, el } = queue.shift()!;
    if (dts.documents.has(file)) continue;
    if (!existsSync(file)) {
      dts.messages.push(at('xbrl.dts:documentMissing', 'error', `${file} (referenced from ${from}) cannot be found`, from, el));
      dts.documents.set(file, 'other');
      continue;
    }
    let doc: XmlDocument;
    try {
      const cached = opts.documentCache?.get(file);
      doc = cached ?? parseXml(readFileSync(file, 'utf8'), file);
      if (!cached) opts.documentCache?.set(file, doc);
    } catch (e) {
      if (e instanceof XmlError)
        dts.messages.push({ ruleId: e.code, severity: 'error', message: e.reason, positions: [{ file: e.file, line: e.line, column: e.column }] });
      dts.documents.set(file, 'other');
      continue;
    }
    const root = doc.root;
    if (root.ns === XS && root.local === 'schema') {
      dts.documents.set(file, 'schema');
      const tns = attr(root, 'targetNamespace') ?? '';
      readSchema(doc, file, tns, types, elements);
      for (const a of childElements(root, XS, 'attribute')) {
        const name = attr(a, 'name');
        const t = attr(a, 'type');
        const q = t ? resolveQName(a, t) : undefined;
        if (name) globalAttributes.set(`{${tns}}${name}`, q ? `{${q.ns}}${q.local}` : undefined);
      }
      for (const c of descendants(root)) {
        if (c.ns === XS && (c.local === 'import' || c.local === 'include')) {
          const loc = attr(c, 'schemaLocation');
          if (loc) queue.push({ file: resolveHref(loc, baseFileOf(c, file), opts), from: file, el: c });
        } else if (c.ns === NS.link && c.local === 'linkbaseRef') {
          const href = attr(c, 'href', NS.xlink);
          if (href) queue.push({ file: resolveHref(href, baseFileOf(c, file), opts), from: file, el: c });
        }
      }
    } else if (root.ns === NS.link && root.local === 'linkbase') {
      dts.documents.set(file, 'linkbase');
      linkbaseEls.push({ doc, file });
      for (const c of descendants(root)) {
        if (attr(c, 'type', NS.xlink) === 'locator') {
          const href = attr(c, 'href', NS.xlink);
          if (href) queue.push({ file: resolveHref(href, baseFileOf(c, file), opts), from: file, el: c });
        }
      }
    } else dts.documents.set(file, 'other');
  }

  // Concepts: global elements whose substitution group chain reaches xbrli:item or xbrli:tuple.
  const kindOf = (clark: string, depth = 0): 'item' | 'tuple' | 'other' => {
    if (clark === `{${XBRLI}}item`) return 'item';
    if (clark === `{${XBRLI}}tuple`) return 'tuple';
    const e = elements.get(clark);
    if (!e?.sg || depth > 20) return 'other';
    return kindOf(e.sg, depth + 1);
  };
  for (const [clark, e] of elements) {
    const kind = kindOf(clark);
    if (kind === 'other') continue;
    const q = resolveQName(e.el, attr(e.el, 'name') ?? '')!;
    const info: ConceptInfo = {
      qname: { ns: clark.slice(1, clark.indexOf('}')), local: q.local },
      file: e.file,
      kind,
      nillable: /^\s*(true|1)\s*$/.test(attr(e.el, 'nillable') ?? ''),
      abstract: /^\s*(true|1)\s*$/.test(attr(e.el, 'abstract') ?? ''),
      base: kind === 'item' ? baseKind(e.type, types) : 'nonNumeric',
    };
    const id = attr(e.el, 'id');
    if (id) {
      info.id = id;
      dts.byHref.set(`${e.file}#${id}`, clark);
    }
    const pt = attr(e.el, 'periodType', XBRLI);
    if (pt === 'instant' || pt === 'duration') info.periodType = pt;
    const bal = attr(e.el, 'balance', XBRLI);
    if (bal) info.balance = bal;
    for (let t = e.type, depth = 0; t && depth < 30; t = types.get(t)?.base, depth++) {
      const d = types.get(t)?.attrDefaults;
      if (d) for (const [k, v] of Object.entries(d)) (info.attrDefaults ??= {})[k] ??= v;
    }
    dts.concepts.set(clark, info);
  }

  for (const [clark, e] of elements) {
    const chain: TypeDef[] = [];
    for (let t = e.type, depth = 0; t && depth < 30; t = types.get(t)?.base, depth++) {
      const d = types.get(t);
      if (d) chain.push(d);
    }
    const attrs: Record<string, ValueKind> = {};
    for (const d of chain) for (const [a, t] of Object.entries(d.attrTypes ?? {})) attrs[a] ??= valueKind(t, types);
    dts.elementTypes.set(clark, { text: valueKind(e.type, types), attrs });
  }
  for (const [clark, t] of globalAttributes) dts.attributeTypes.set(clark, valueKind(t, types));
  for (const { doc, file } of linkbaseEls) readArcs(doc, file, opts, dts);
  return dts;
}

function readSchema(
  doc: XmlDocument,
  file: string,
  tns: string,
  types: Map<string, TypeDef>,
  elements: Map<string, { el: XmlElement; file: string; sg?: string; type?: string }>,
): void {
  const clarkOf = (el: XmlElement, v: string | undefined) => {
    if (!v) return undefined;
    const q = resolveQName(el, v);
    return q ? `{${q.ns}}${q.local}` : undefined;
  };
  for (const c of childElements(doc.root, XS)) {
    const name = attr(c, 'name');
    if (!name) continue;
    if (c.local === 'element') {
      const inline = childElements(c, XS, 'complexType')[0] ?? childElements(c, XS, 'simpleType')[0];
      let type = clarkOf(c, attr(c, 'type'));
      if (!type && inline) {
        // An anonymous type: register it under a synthetic name.
        type = `{${tns}}#anon-${name}`;
        types.set(type, typeDef(inline, clarkOf));
      }
      elements.set(`{${tns}}${name}`, { el: c, file, sg: clarkOf(c, attr(c, 'substitutionGroup')), type });
    } else if (c.local === 'complexType' || c.local === 'simpleType') {
      types.set(`{${tns}}${name}`, typeDef(c, clarkOf));
    }
  }
}

function typeDef(t: XmlElement, clarkOf: (el: XmlElement, v: string | undefined) => string | undefined): TypeDef {
  const def: TypeDef = {};
  for (const d of descendants(t)) {
    if (d.ns !== XS) continue;
    if ((d.local === 'restriction' || d.local === 'extension') && !def.base) def.base = clarkOf(d, attr(d, 'base'));
    const an = attr(d, 'name');
    if (d.local === 'attribute' && an && attr(d, 'type')) (def.attrTypes ??= {})[an] = clarkOf(d, attr(d, 'type'))!;
    if (d.local === 'attribute' && (an === 'decimals' || an === 'precision')) {
      const v = attr(d, 'fixed') ?? attr(d, 'default');
      if (v !== undefined) (def.attrDefaults ??= {})[an] = v.trim();
    }
  }
  return def;
}

const XBRLI_BASES: Record<string, BaseKind> = {
  monetaryItemType: 'monetary',
  sharesItemType: 'shares',
  pureItemType: 'pure',
  fractionItemType: 'fraction',
  decimalItemType: 'decimal',
  floatItemType: 'double',
  doubleItemType: 'double',
  integerItemType: 'integer',
  nonPositiveIntegerItemType: 'integer',
  negativeIntegerItemType: 'integer',
  longItemType: 'integer',
  intItemType: 'integer',
  shortItemType: 'integer',
  byteItemType: 'integer',
  nonNegativeIntegerItemType: 'integer',
  unsignedLongItemType: 'integer',
  unsignedIntItemType: 'integer',
  unsignedShortItemType: 'integer',
  unsignedByteItemType: 'integer',
  positiveIntegerItemType: 'integer',
};
const XS_BASES: Record<string, BaseKind> = {
  decimal: 'decimal',
  float: 'double',
  double: 'double',
  integer: 'integer',
  nonPositiveInteger: 'integer',
  negativeInteger: 'integer',
  long: 'integer',
  int: 'integer',
  short: 'integer',
  byte: 'integer',
  nonNegativeInteger: 'integer',
  unsignedLong: 'integer',
  unsignedInt: 'integer',
  unsignedShort: 'integer',
  unsignedByte: 'integer',
  positiveInteger: 'integer',
};

function baseKind(type: string | undefined, types: Map<string, TypeDef>): BaseKind {
  let t = type;
  for (let depth = 0; t && depth < 30; depth++) {
    const ns = t.slice(1, t.indexOf('}'));
    const local = t.slice(t.indexOf('}') + 1);
    if (ns === XBRLI && XBRLI_BASES[local]) return XBRLI_BASES[local];
    if (ns === XS && XS_BASES[local]) return XS_BASES[local];
    if (ns === XS) return 'nonNumeric';
    t = types.get(t)?.base;
  }
  return 'nonNumeric';
}

/** A fragment identifier may be percent-encoded (non-ASCII ids): compare it decoded. */
function decodeFragment(f: string): string {
  try {
    return decodeURIComponent(f);
  } catch {
    return f;
  }
}

function valueKind(type: string | undefined, types: Map<string, TypeDef>): ValueKind {
  const base = baseKind(type, types);
  if (base === 'double') return 'double';
  if (base === 'integer') return 'integer';
  if (base !== 'nonNumeric') return 'decimal';
  for (let t = type, depth = 0; t && depth < 30; t = types.get(t)?.base, depth++) if (t === `{${XS}}boolean`) return 'boolean';
  return 'other';
}

function readArcs(doc: XmlDocument, file: string, opts: DtsOptions, dts: Dts): void {
  for (const link of childElements(doc.root)) {
    if (attr(link, 'type', NS.xlink) !== 'extended') continue;
    const role = attr(link, 'role', NS.xlink) ?? '';
    const locs = new Map<string, string[]>();
    for (const c of childElements(link)) {
      if (attr(c, 'type', NS.xlink) !== 'locator') continue;
      const href = attr(c, 'href', NS.xlink) ?? '';
      const target = `${resolveHref(href, baseFileOf(c, file), opts)}#${decodeFragment(href.split('#')[1] ?? '')}`;
      const clark = dts.byHref.get(target);
      const label = attr(c, 'label', NS.xlink) ?? '';
      if (clark) locs.set(label, [...(locs.get(label) ?? []), clark]);
    }
    for (const c of childElements(link)) {
      if (attr(c, 'type', NS.xlink) !== 'arc') continue;
      const arcrole = attr(c, 'arcrole', NS.xlink) ?? '';
      const from = locs.get(attr(c, 'from', NS.xlink) ?? '') ?? [];
      const to = locs.get(attr(c, 'to', NS.xlink) ?? '') ?? [];
      const weight = (attr(c, 'weight') ?? '1').trim();
      for (const f of from)
        for (const t of to) {
          const arc: Arc = { arcrole, role, from: f, to: t, weight, order: Number(attr(c, 'order') ?? '1'), priority: Number(attr(c, 'priority') ?? '0') };
          const use = attr(c, 'use');
          if (use) arc.use = use;
          dts.arcs.push(arc);
        }
    }
  }
}
