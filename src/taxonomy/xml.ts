// A small namespace-aware element tree over fast-xml-parser (which only sees prefixed names). Documents with a
// DOCTYPE are refused, so no DTD or external entity is ever read.
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  ns: string;
  local: string;
  /** Attributes by clark name ({ns}local), or by plain name when unprefixed. */
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text content of this element (not of its children). */
  text: string;
  /** In-scope prefix -> namespace bindings (for QName-valued attributes such as type="xbrli:monetaryItemType"). */
  scope: Record<string, string>;
}

export class XmlError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type RawNode = Record<string, unknown>;

function split(name: string): [string, string] {
  const i = name.indexOf(':');
  return i < 0 ? ['', name] : [name.slice(0, i), name.slice(i + 1)];
}

function build(file: string, raw: RawNode, parentScope: Record<string, string>): XmlElement | null {
  const tag = Object.keys(raw).find((k) => k !== ':@');
  if (tag === undefined || tag === '#text' || tag.startsWith('?') || tag === '#comment') return null;
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, string>;
  const scope = { ...parentScope };
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns') scope[''] = v;
    else if (k.startsWith('xmlns:')) scope[k.slice(6)] = v;
  }
  const [prefix, local] = split(tag);
  const ns = scope[prefix];
  if (ns === undefined && prefix !== '') throw new XmlError(file, `undeclared namespace prefix "${prefix}" on <${tag}>`);
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(rawAttrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
    const [ap, al] = split(k);
    if (ap === '') attrs[al] = v;
    else if (ap === 'xml') attrs[`{${XML_NS}}${al}`] = v;
    else {
      const ans = scope[ap];
      if (ans === undefined) throw new XmlError(file, `undeclared namespace prefix "${ap}" on attribute ${k}`);
      attrs[`{${ans}}${al}`] = v;
    }
  }
  const el: XmlElement = { ns: ns ?? '', local, attrs, children: [], text: '', scope };
  for (const child of (raw[tag] ?? []) as RawNode[]) {
    if ('#text' in child) el.text += String(child['#text']);
    else {
      const c = build(file, child, scope);
      if (c) el.children.push(c);
    }
  }
  return el;
}

/** Parses an XML document into its root element. */
export function parseXml(text: string, file: string): XmlElement {
  if (/<!DOCTYPE/i.test(text)) throw new XmlError(file, 'DOCTYPE declarations are not accepted (no DTDs or entities are read)');
  let raw: RawNode[];
  try {
    raw = parser.parse(text) as RawNode[];
  } catch (e) {
    throw new XmlError(file, `not well-formed XML: ${(e as Error).message}`);
  }
  for (const node of raw) {
    const el = build(file, node, { xml: XML_NS });
    if (el) return el;
  }
  throw new XmlError(file, 'no root element');
}

export function attr(el: XmlElement, ns: string, local: string): string | undefined {
  return ns === '' ? el.attrs[local] : el.attrs[`{${ns}}${local}`];
}

export function childrenNamed(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}

/** Resolves a QName-valued attribute (e.g. type="xbrli:monetaryItemType") to clark form. */
export function resolveQName(el: XmlElement, value: string): string {
  const [prefix, local] = split(value);
  const ns = el.scope[prefix];
  if (ns === undefined) return value;
  return `{${ns}}${local}`;
}
