// XBRL 2.1 instance writer: FactSet -> instance document text. Pure and deterministic: contexts, units and facts
// are written in a fixed order (see parts.ts) and nothing depends on time or on the input array order.
import { builder, create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { NS, type Fact, type FactSet } from '../../model/fact.js';
import { prefixesFor, type Prefixes } from './namespaces.js';
import { WriteError, factError } from './errors.js';
import { forXmlBuilder, hasInvalidXmlChars } from '../../xml/escape.js';
import { accuracyAttr, canonicalNumber, checkId, contextNode, schemaRefNode, sortedContexts, sortedFacts, sortedUnits, unitNode, type XNode } from './parts.js';

export { WriteError } from './errors.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Appends an XNode under `parent`; raw XML children are parsed with the document's prefixes in scope. */
function append(parent: XMLBuilder, n: XNode, p: Prefixes): void {
  if (n.raw !== undefined && n.name === '') {
    importRaw(parent, n.raw, p);
    return;
  }
  const el = parent.ele(n.ns, n.name);
  for (const a of n.attrs) {
    if (a.ns) el.att(a.ns, a.name, forXmlBuilder(a.value));
    else el.att(a.name, forXmlBuilder(a.value));
  }
  if (n.raw !== undefined) importRaw(el, n.raw, p);
  else if (n.children.length) for (const c of n.children) append(el, c, p);
  else if (n.text !== undefined) el.txt(forXmlBuilder(n.text));
}

function importRaw(parent: XMLBuilder, raw: string, p: Prefixes): void {
  const decls = p
    .declarations()
    .map(([prefix, ns]) => ` xmlns:${prefix}="${ns.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const wrapper = create(`<w${decls}>${raw}</w>`).root();
  for (const child of Array.from(wrapper.node.childNodes)) parent.import(builder(child as never));
}

/**
 * The part of xmlbuilder2's DOM the fact loop uses. Facts are most of an instance; building them through the
 * builder wrapper (an XMLBuilder object, argument sniffing and QName parsing per call) cost more than the
 * elements themselves. For plain element and attribute names the builder's ele/att/txt reduce to exactly these
 * DOM calls (createElementNS + appendChild, setAttribute, setAttributeNS, createTextNode), so the document, and
 * xmlbuilder2's serialisation of it, is the same.
 */
interface DomElement {
  appendChild(child: unknown): unknown;
  setAttribute(name: string, value: string): void;
  setAttributeNS(ns: string, name: string, value: string): void;
}
interface DomDocument {
  createElementNS(ns: string, qualifiedName: string): DomElement;
  createTextNode(data: string): unknown;
}

function domOf(b: XMLBuilder): { el: DomElement; doc: DomDocument } {
  const node = b.node as unknown as DomElement & { ownerDocument: DomDocument };
  return { el: node, doc: node.ownerDocument };
}

/** A tuple (read documents only) with its children nested, in output order. */
function tupleElement(parent: XMLBuilder, f: Fact, p: Prefixes, children: Map<Fact, Fact[]>): void {
  const el = parent.ele(f.concept.ns, p.qname(f.concept));
  if (f.id) el.att('id', checkId(f.id, 'tuple'));
  const { el: node, doc } = domOf(el);
  for (const c of children.get(f) ?? []) {
    if (c.tuple) tupleElement(el, c, p, children);
    else factElement(node, doc, c, p);
  }
}

function factElement(parent: DomElement, doc: DomDocument, f: Fact, p: Prefixes): void {
  const el = doc.createElementNS(f.concept.ns, p.qname(f.concept));
  parent.appendChild(el);
  if (f.id) el.setAttribute('id', checkId(f.id, 'fact'));
  el.setAttribute('contextRef', f.contextRef);
  if (f.numeric && f.unitRef) el.setAttribute('unitRef', f.unitRef);
  const acc = accuracyAttr(f);
  if (acc) el.setAttribute(acc.name, acc.value);
  if (!f.numeric && f.lang) el.setAttributeNS(XML_NS, 'xml:lang', f.lang);
  if (f.value === null) {
    el.setAttributeNS(NS.xsi, `${p.prefixOf(NS.xsi)}:nil`, 'true');
    return;
  }
  // A value XML cannot carry is refused, as the inline writer does (xml.ts checkChars): the map stage already
  // replaced such characters in release text with a warning, so one here came from elsewhere (a JSON "\u0001").
  if (!f.numeric && hasInvalidXmlChars(f.value)) throw factError(f, `value contains a character XML cannot represent: ${JSON.stringify(f.value)}`);
  // forXmlBuilder: a text value "R&amp;D" must be written "R&amp;amp;D" (escape.ts says why).
  el.appendChild(doc.createTextNode(f.numeric ? canonicalNumber(f) : forXmlBuilder(f.value)));
}

/** Placeholder text for footnote content, swapped for the content after pretty printing (which would re-indent mixed content). */
const placeholder = (n: number) => `ixport-footnote-content-${n}`;

/**
 * Footnotes (read documents only) as one footnoteLink in the standard link role: a locator per fact, the
 * footnote resources, and an arc per footnote from the locators of its facts.
 */
function footnoteLink(root: XMLBuilder, fs: FactSet, p: Prefixes, contents: string[]): void {
  const notes = fs.footnotes ?? [];
  if (!notes.length) return;
  const ids = new Set(fs.facts.map((f) => f.id).filter((id): id is string => !!id));
  const xl = p.prefixOf(NS.xlink);
  const link = root.ele(NS.link, `${p.prefixOf(NS.link)}:footnoteLink`);
  link.att(NS.xlink, `${xl}:type`, 'extended').att(NS.xlink, `${xl}:role`, 'http://www.xbrl.org/2003/role/link');
  const factIds = [...new Set(notes.flatMap((n) => n.factIds))].sort();
  for (const id of factIds) {
    if (!ids.has(id)) throw new WriteError(`a footnote refers to fact "${id}", which the fact set lacks`);
    link
      .ele(NS.link, `${p.prefixOf(NS.link)}:loc`)
      .att(NS.xlink, `${xl}:type`, 'locator')
      .att(NS.xlink, `${xl}:href`, `#${id}`)
      .att(NS.xlink, `${xl}:label`, `fact_${id}`);
  }
  notes.forEach((n, k) => {
    const label = `footnote_${k + 1}`;
    const el = link.ele(NS.link, `${p.prefixOf(NS.link)}:footnote`);
    if (n.id) el.att('id', checkId(n.id, 'footnote'));
    el.att(NS.xlink, `${xl}:type`, 'resource').att(NS.xlink, `${xl}:label`, label).att(NS.xlink, `${xl}:role`, n.role);
    el.att(XML_NS, 'xml:lang', n.lang ?? 'en');
    contents.push(n.content);
    el.txt(placeholder(contents.length - 1));
  });
  notes.forEach((n, k) => {
    for (const id of [...new Set(n.factIds)].sort()) {
      link
        .ele(NS.link, `${p.prefixOf(NS.link)}:footnoteArc`)
        .att(NS.xlink, `${xl}:type`, 'arc')
        .att(NS.xlink, `${xl}:arcrole`, n.arcrole)
        .att(NS.xlink, `${xl}:from`, `fact_${id}`)
        .att(NS.xlink, `${xl}:to`, `footnote_${k + 1}`);
    }
  });
}

export function writeInstance(factSet: FactSet): string {
  // XBRL 2.1 4.2.2: an instance without a schemaRef has no DTS; refuse rather than write an invalid document.
  if (factSet.schemaRefs.length === 0) throw new WriteError('the fact set has no schemaRef (taxonomy entry point) to write');
  const p = prefixesFor(factSet, ['xbrli', 'link', 'xlink', 'xsi', 'xbrldi', 'iso4217']);
  for (const f of factSet.facts) {
    if (f.tuple) continue;
    if (!factSet.contexts[f.contextRef]) {
      throw factError(f, `refers to context "${f.contextRef}", which the fact set lacks`);
    }
    if (f.unitRef && !factSet.units[f.unitRef]) {
      throw factError(f, `refers to unit "${f.unitRef}", which the fact set lacks`);
    }
  }
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(NS.xbrli, `${p.prefixOf(NS.xbrli)}:xbrl`);
  for (const [prefix, ns] of p.declarations()) {
    if (prefix !== p.prefixOf(NS.xbrli)) root.att(XMLNS, `xmlns:${prefix}`, ns);
  }
  // XBRL 2.1 4.7: schemaRef first, then contexts, units and items.
  for (const href of factSet.schemaRefs) append(root, schemaRefNode(p, href), p);
  for (const c of sortedContexts(factSet)) append(root, contextNode(p, { ...c, id: checkId(c.id, 'context') }), p);
  for (const u of sortedUnits(factSet)) append(root, unitNode(p, { ...u, id: checkId(u.id, 'unit') }), p);
  // Tuple children (read documents only) are written inside their tuple, in output order.
  const children = new Map<Fact, Fact[]>();
  const ordered = sortedFacts(factSet);
  for (const f of ordered) {
    if (f.tupleParent === undefined) continue;
    const parent = factSet.facts[f.tupleParent];
    if (!parent?.tuple) throw factError(f, `names tuple ${f.tupleParent}, which is not a tuple`);
    children.set(parent, [...(children.get(parent) ?? []), f]);
  }
  const { el: rootNode, doc: dom } = domOf(root);
  for (const f of ordered) {
    if (f.tupleParent !== undefined) continue;
    if (f.tuple) tupleElement(root, f, p, children);
    else factElement(rootNode, dom, f, p);
  }
  const contents: string[] = [];
  footnoteLink(root, factSet, p, contents);
  let text = doc.end({ prettyPrint: true, indent: '  ', newline: '\n' }) + '\n';
  contents.forEach((c, k) => {
    text = text.replace(`>${placeholder(k)}<`, () => `>${c}<`);
  });
  return text;
}
