// Inline XBRL 1.1 document set -> FactSet (the facts of one target document), with the specification's error
// codes for violations. Values: ix:nonFraction = transform(text) x 10^scale, negated when sign="-";
// ix:nonNumeric = text (or markup when escape="true") without ix:exclude content, continuation chain appended.
import { Decimal, canonicalDecimal } from '../../model/decimal.js';
import { NS, type Fact, type FactRelationship, type FactSet, type Footnote, type QName } from '../../model/fact.js';
import type { Message } from '../../model/source.js';
import { applyTransform } from '../../transforms/index.js';
import { attr, inScopeLang, resolveQName, type XmlDocument, type XmlElement, type XmlNode } from '../../xml/dom.js';
import { serializeNodes } from '../../xml/serialize.js';
import { at, posOf } from '../messages.js';
import { isTrue, parseDecimals, parsePrecision } from '../values.js';
import { readContext, readUnit } from '../xbrl/contexts.js';
import { FACT_FOOTNOTE, FOOTNOTE_ROLE } from '../xbrl/instance.js';
import { gather, isIx, ixAncestor, ixList, type IxElement } from './gather.js';
import { checkIxds } from './rules.js';
import { idrefs, innerNonFraction, type InlineState } from './state.js';

export interface InlineOptions {
  /** Target document to read (the `target` attribute); undefined = the default target. */
  target?: string;
}

const FACT_NAMES = ['nonFraction', 'nonNumeric', 'fraction', 'tuple'] as const;

export function readInlineDocuments(docs: XmlDocument[], options: InlineOptions = {}): { factSet: FactSet; messages: Message[] } {
  const ixds = gather(docs);
  const messages: Message[] = [];
  const st: InlineState = { ixds, messages, contexts: {}, units: {}, continuations: new Map() };
  const target = options.target;
  const factSet: FactSet = { schemaRefs: [], namespaces: {}, contexts: {}, units: {}, facts: [], source: docs[0]?.file };

  for (const r of ixList(ixds, 'references')) {
    if ((attr(r.el, 'target') ?? undefined) !== target) continue;
    for (const c of r.el.children) {
      if (c.kind !== 'element' || c.ns !== NS.link || c.local !== 'schemaRef') continue;
      const href = attr(c, 'href', NS.xlink);
      if (href !== undefined && !factSet.schemaRefs.includes(href)) factSet.schemaRefs.push(href);
    }
  }
  for (const r of ixList(ixds, 'resources')) {
    for (const c of r.el.children) {
      if (c.kind !== 'element' || c.ns !== NS.xbrli) continue;
      if (c.local === 'context') {
        const ctx = readContext(c, r.file, messages);
        if (ctx && !(ctx.id in st.contexts)) st.contexts[ctx.id] = ctx;
      } else if (c.local === 'unit') {
        const u = readUnit(c, r.file, messages);
        if (!(u.id in st.units)) st.units[u.id] = u;
      }
    }
  }
  for (const c of ixList(ixds, 'continuation')) {
    const id = attr(c.el, 'id');
    if (id !== undefined && !st.continuations.has(id)) st.continuations.set(id, c);
  }

  checkIxds(st);

  // Facts in document order across the set. A tuple's children (nested in it, or pointing at it with tupleRef,
  // wherever they are) follow it, ordered by their order attribute (document order among equals).
  const factEls: IxElement[] = [];
  for (const name of FACT_NAMES) factEls.push(...ixList(ixds, name));
  factEls.sort((a, b) => a.doc - b.doc || a.el.order - b.el.order);
  const tupleById = new Map<string, XmlElement>();
  for (const t of ixList(ixds, 'tuple')) {
    const tid = attr(t.el, 'tupleID');
    if (tid !== undefined) tupleById.set(tid, t.el);
  }
  const hasTuples = ixList(ixds, 'tuple').length > 0;
  const read: { el: XmlElement; fact: Fact; parent?: XmlElement }[] = [];
  for (const f of factEls) {
    if ((attr(f.el, 'target') ?? undefined) !== target) continue;
    if (f.el.local === 'fraction' && ixAncestor(f.el, ['fraction'])) continue; // nested fraction parts
    const fact = readFact(f, st);
    if (fact) read.push({ el: f.el, fact, parent: hasTuples ? tupleParent(f.el, tupleById) : undefined });
  }
  const children = new Map<XmlElement, typeof read>();
  for (const r of read) if (r.parent) children.set(r.parent, [...(children.get(r.parent) ?? []), r]);
  const orderOf = (el: XmlElement) => {
    const o = attr(el, 'order');
    return o !== undefined && /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(o) ? Number(o) : Infinity;
  };
  const usedContexts = new Set<string>();
  const usedUnits = new Set<string>();
  const emit = (r: (typeof read)[number], parentIndex: number | undefined, depth: number) => {
    if (parentIndex !== undefined) r.fact.tupleParent = parentIndex;
    const index = factSet.facts.push(r.fact) - 1;
    if (r.fact.contextRef) usedContexts.add(r.fact.contextRef);
    if (r.fact.unitRef) usedUnits.add(r.fact.unitRef);
    const kids = children.get(r.el);
    if (!kids || depth > 100) return;
    const sorted = kids.map((k, i) => ({ k, i })).sort((x, y) => orderOf(x.k.el) - orderOf(y.k.el) || x.i - y.i);
    for (const { k } of sorted) emit(k, index, depth + 1);
  };
  const readEls = new Set(read.map((r) => r.el));
  // A fact whose tuple is not read (another target, or a broken tupleRef) stays at the top level.
  for (const r of read) if (!r.parent || !readEls.has(r.parent)) emit(r, undefined, 0);
  // Contexts and units of the target: those its facts use, plus unused ones for the default target (as an
  // extracted instance would carry every resource).
  for (const [id, c] of Object.entries(st.contexts)) if (usedContexts.has(id) || target === undefined) factSet.contexts[id] = c;
  for (const [id, u] of Object.entries(st.units)) if (usedUnits.has(id) || target === undefined) factSet.units[id] = u;
  for (const d of docs) for (const [p, ns] of Object.entries(d.root.scope)) if (p && p !== 'xml' && !(p in factSet.namespaces)) factSet.namespaces[p] = ns;
  const footnotes = readFootnotes(st, target);
  if (footnotes.length) factSet.footnotes = footnotes;
  const relationships = readFactRelationships(st, target);
  if (relationships.length) factSet.relationships = relationships;
  return { factSet, messages };
}

function tupleParent(el: XmlElement, byId: Map<string, XmlElement>): XmlElement | undefined {
  const ref = attr(el, 'tupleRef');
  if (ref !== undefined) return byId.get(ref);
  return ixAncestor(el, ['tuple']);
}

function conceptOf(f: IxElement, st: InlineState): QName | undefined {
  const name = attr(f.el, 'name');
  if (name === undefined) {
    st.messages.push(at('ix11.schema:nameMissing', 'error', `ix:${f.el.local} has no name attribute`, f.file, f.el));
    return undefined;
  }
  const q = resolveQName(f.el, name);
  if (!q || !q.ns) {
    st.messages.push(at('ix11.schema:nameNotQName', 'error', `name "${name}" of ix:${f.el.local} is not a QName with a declared prefix`, f.file, f.el));
    return undefined;
  }
  return q.prefix ? { ns: q.ns, local: q.local, prefix: q.prefix } : { ns: q.ns, local: q.local };
}

function readFact(f: IxElement, st: InlineState): Fact | undefined {
  const el = f.el;
  const concept = conceptOf(f, st);
  if (!concept) return undefined;
  const fact: Fact = { concept, contextRef: '', value: null, numeric: false, sources: [posOf(f.file, el)] };
  const id = attr(el, 'id');
  if (id !== undefined) fact.id = id;
  if (el.local === 'tuple') {
    fact.tuple = true;
    return fact;
  }
  fact.contextRef = (attr(el, 'contextRef') ?? '').trim();
  const nil = isTrue(attr(el, 'nil', NS.xsi));
  if (el.local === 'nonNumeric') {
    if (!nil) {
      const v = nonNumericValue(f, st);
      if (v === undefined) return undefined;
      fact.value = v;
    }
    const lang = inScopeLang(el);
    if (lang !== undefined) fact.lang = lang;
    return fact;
  }
  fact.numeric = true;
  const unitRef = attr(el, 'unitRef')?.trim();
  if (unitRef !== undefined) fact.unitRef = unitRef;
  const decimals = parseDecimals(attr(el, 'decimals'));
  const precision = parsePrecision(attr(el, 'precision'));
  if (decimals !== undefined && decimals !== null) fact.decimals = decimals;
  if (precision !== undefined && precision !== null) fact.precision = precision;
  if (decimals === null || precision === null) {
    st.messages.push(at('ix11.schema:decimalsPrecision', 'error', 'decimals must be an integer or INF, precision a non-negative integer or INF', f.file, el));
  }
  if (nil) {
    // A format on a nil fact must still accept the (empty) content.
    if (attr(el, 'format') !== undefined) checkFormatOnEmpty(f, st);
    return fact;
  }
  if (el.local === 'fraction') {
    const part = (local: string) => {
      for (const c of el.children) if (c.kind === 'element' && isIx(c, local)) return numberText(c, f, st);
      return undefined;
    };
    const n = part('numerator');
    const d = part('denominator');
    if (n === undefined || d === undefined) return undefined;
    fact.value = `${n}/${d}`;
    return fact;
  }
  const v = nonFractionValue(f, st);
  if (v === undefined) return undefined;
  fact.value = v;
  return fact;
}

function checkFormatOnEmpty(f: IxElement, st: InlineState): void {
  const format = attr(f.el, 'format')!;
  const q = resolveQName(f.el, format);
  const section = f.el.local === 'nonFraction' ? '10' : '7';
  if (!q || !q.ns) {
    st.messages.push(at(`ix11.${section}.1.2:invalidTransformation`, 'error', `format "${format}" is not a QName in scope`, f.file, f.el));
    return;
  }
  const r = applyTransform(q.ns, q.local, '');
  if (!r.ok) {
    const code = r.reason === 'unknownTransform' ? `ix11.${section}.1.2:invalidTransformation` : `ix11.${section}.1.1:transformValueError`;
    st.messages.push(at(code, 'error', `${r.message} (a nil fact has empty content)`, f.file, f.el));
  }
}

/** The text content of nodes, elements descended into. */
function textOf(nodes: XmlNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.kind === 'text') s += n.text;
    else if (n.kind === 'element') s += textOf(n.children);
  }
  return s;
}

/** Applies format (or the no-format rule) to the displayed text of a numeric element; returns the canonical value. */
function numberText(el: XmlElement, f: IxElement, st: InlineState): string | undefined {
  const text = textOf(el.children);
  const format = attr(el, 'format');
  let value: string;
  const section = el.local === 'nonFraction' ? '10' : '9';
  if (format !== undefined) {
    const q = resolveQName(el, format);
    if (!q || !q.ns) {
      st.messages.push(at(`ix11.${section}.1.2:invalidTransformation`, 'error', `format "${format}" is not a QName in scope`, f.file, el));
      return undefined;
    }
    const r = applyTransform(q.ns, q.local, text);
    if (!r.ok) {
      const code = r.reason === 'unknownTransform' ? `ix11.${section}.1.2:invalidTransformation` : `ix11.${section}.1.1:transformValueError`;
      st.messages.push(at(code, 'error', r.message, f.file, el));
      return undefined;
    }
    value = r.value;
  } else value = text.replace(/[ \t\n\r]+/g, ' ').trim();
  if (!/^(\d+(\.\d*)?|\.\d+)$/.test(value)) {
    st.messages.push(at(`ix11.${section}.1.1:transformValueError`, 'error', `"${value}" is not a non-negative decimal number`, f.file, el));
    return undefined;
  }
  let d = new Decimal(value);
  const scale = attr(el, 'scale');
  if (scale !== undefined) {
    if (!/^\s*[+-]?\d+\s*$/.test(scale)) {
      st.messages.push(at('ix11.schema:scaleInvalid', 'error', `scale "${scale}" is not an integer`, f.file, el));
      return undefined;
    }
    // Exact: a power of ten only moves the decimal point.
    d = new Decimal(`${d.toFixed()}e${Number(scale.trim())}`);
  }
  if (attr(el, 'sign') === '-') d = d.negated();
  return canonicalDecimal(d);
}

function nonFractionValue(f: IxElement, st: InlineState): string | undefined {
  const inner = innerNonFraction(f.el);
  // format, scale and sign of the outer element apply (nested elements must agree on format and scale).
  if (inner === f.el) return numberText(f.el, f, st);
  const text = textOf(inner.children);
  const clone: XmlElement = { ...f.el, children: [{ kind: 'text', text }] };
  return numberText(clone, f, st);
}

/** Text of a node list for a nonNumeric value: ix:exclude content dropped. */
function plainText(nodes: XmlNode[]): string {
  let s = '';
  for (const n of nodes) {
    if (n.kind === 'text') s += n.text;
    else if (n.kind === 'element' && !isIx(n, 'exclude')) s += plainText(n.children);
  }
  return s;
}

function escapedMarkup(nodes: XmlNode[]): string {
  // Markup is XHTML read as HTML: its namespace is left implicit and xml:lang becomes lang, as in the text blocks
  // of extracted instances (EDGAR's and Arelle's).
  return serializeNodes(nodes, { skip: (e) => isIx(e, 'exclude'), unwrap: (e) => isIx(e), implicitDefault: NS.xhtml, htmlLang: true });
}

/** The elements of a continuation chain starting at el (el included); stops at a missing or repeated link. */
export function chainOf(el: XmlElement, st: InlineState): XmlElement[] {
  const out = [el];
  const seen = new Set<XmlElement>([el]);
  let next = attr(el, 'continuedAt')?.trim();
  while (next !== undefined) {
    const c = st.continuations.get(next);
    if (!c || seen.has(c.el)) break;
    out.push(c.el);
    seen.add(c.el);
    next = attr(c.el, 'continuedAt')?.trim();
  }
  return out;
}

function nonNumericValue(f: IxElement, st: InlineState): string | undefined {
  const chain = chainOf(f.el, st);
  const escape = isTrue(attr(f.el, 'escape'));
  let v = '';
  for (const part of chain) v += escape ? escapedMarkup(part.children) : plainText(part.children);
  const format = attr(f.el, 'format');
  if (format === undefined) return v;
  const q = resolveQName(f.el, format);
  if (!q || !q.ns) {
    st.messages.push(at('ix11.11.1.2:invalidTransformation', 'error', `format "${format}" is not a QName in scope`, f.file, f.el));
    return undefined;
  }
  const r = applyTransform(q.ns, q.local, v);
  if (!r.ok) {
    const code = r.reason === 'unknownTransform' ? 'ix11.11.1.2:invalidTransformation' : 'ix11.11.1.1:transformValueError';
    st.messages.push(at(code, 'error', r.message, f.file, f.el));
    return undefined;
  }
  return r.value;
}

function readFootnotes(st: InlineState, target: string | undefined): Footnote[] {
  const notes = new Map<string, Footnote>();
  const out: Footnote[] = [];
  for (const f of ixList(st.ixds, 'footnote')) {
    const note: Footnote = {
      role: attr(f.el, 'footnoteRole') ?? FOOTNOTE_ROLE,
      arcrole: FACT_FOOTNOTE,
      content: chainOf(f.el, st)
        .map((p) => escapedMarkup(p.children))
        .join(''),
      factIds: [],
      sources: [posOf(f.file, f.el)],
    };
    const id = attr(f.el, 'id');
    if (id !== undefined) {
      note.id = id;
      notes.set(id, note);
    }
    const lang = inScopeLang(f.el);
    if (lang !== undefined) note.lang = lang;
    out.push(note);
  }
  const factTarget = new Map<string, string | undefined>();
  for (const name of FACT_NAMES)
    for (const f of ixList(st.ixds, name)) {
      const id = attr(f.el, 'id');
      if (id !== undefined) factTarget.set(id, attr(f.el, 'target'));
    }
  const linked = new Set<Footnote>();
  for (const r of ixList(st.ixds, 'relationship')) {
    const from = idrefs(attr(r.el, 'fromRefs'));
    const to = idrefs(attr(r.el, 'toRefs'));
    const arcrole = attr(r.el, 'arcrole') ?? FACT_FOOTNOTE;
    for (const t of to) {
      const note = notes.get(t);
      if (!note) continue;
      note.arcrole = arcrole;
      for (const fr of from) if (factTarget.has(fr) && factTarget.get(fr) === target && !note.factIds.includes(fr)) note.factIds.push(fr);
      linked.add(note);
    }
  }
  // A footnote belongs to the target of the facts it annotates; unlinked footnotes go with the default target.
  return out.filter((n) => (linked.has(n) ? n.factIds.length > 0 : target === undefined));
}

/** ix:relationship elements whose targets are facts (not footnotes), limited to facts of the target document. */
function readFactRelationships(st: InlineState, target: string | undefined): FactRelationship[] {
  const factTarget = new Map<string, string | undefined>();
  for (const name of FACT_NAMES)
    for (const f of ixList(st.ixds, name)) {
      const id = attr(f.el, 'id');
      if (id !== undefined) factTarget.set(id, attr(f.el, 'target'));
    }
  const out: FactRelationship[] = [];
  for (const r of ixList(st.ixds, 'relationship')) {
    const from = idrefs(attr(r.el, 'fromRefs')).filter((id) => factTarget.has(id) && factTarget.get(id) === target);
    const to = idrefs(attr(r.el, 'toRefs')).filter((id) => factTarget.has(id) && factTarget.get(id) === target);
    if (!from.length || !to.length) continue;
    out.push({
      arcrole: attr(r.el, 'arcrole') ?? FACT_FOOTNOTE,
      linkRole: attr(r.el, 'linkRole') ?? 'http://www.xbrl.org/2003/role/link',
      fromIds: from,
      toIds: to,
      sources: [posOf(r.file, r.el)],
    });
  }
  return out;
}
