// The taxonomy loader's view of XML, on the project's one safe, namespace-aware parser (src/xml): the same
// entity refusal, well-formedness checks and line numbers as the read-back stage. Taxonomy files must not carry
// a DOCTYPE at all (no DTD is ever read), which is stricter than instance reading.
import { attr as domAttr, childElements, resolveQName as domResolveQName, textContent, type XmlElement } from '../xml/dom.js';
import { parseXml as parseDocument, XmlError } from '../xml/parse.js';

export { XmlError, type XmlElement };

/** Parses a taxonomy document into its root element. */
export function parseXml(text: string, file: string): XmlElement {
  const at = text.search(/<!DOCTYPE/i);
  if (at >= 0) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    throw new XmlError(file, line, at - before.lastIndexOf('\n'), 'DOCTYPE declarations are not accepted (no DTDs or entities are read)', 'xml.unsafe-doctype');
  }
  return parseDocument(text, file).root;
}

export function attr(el: XmlElement, ns: string, local: string): string | undefined {
  return domAttr(el, local, ns);
}

export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return childElements(el, ns, local);
}

/** Every child element (text and comments left out). */
export function elementChildren(el: XmlElement): XmlElement[] {
  return childElements(el);
}

/** Text of a label or reference resource. */
export function resourceText(el: XmlElement): string {
  return textContent(el);
}

/** Resolves a QName-valued attribute (e.g. type="xbrli:monetaryItemType") to clark form; unresolvable as written. */
export function resolveQName(el: XmlElement, value: string): string {
  const q = domResolveQName(el, value);
  return q ? `{${q.ns}}${q.local}` : value;
}
