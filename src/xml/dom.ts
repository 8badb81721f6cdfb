// A small namespace-resolved XML tree: what fast-xml-parser gives, with every element and attribute named by
// (namespace, local name) and every element carrying its source line. Plain data plus a few read-only helpers.

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

export interface XmlAttr {
  /** '' for an unprefixed attribute (attributes never take the default namespace). */
  ns: string;
  local: string;
  /** The name as written, e.g. "xlink:href". */
  name: string;
  /** Decoded and attribute-value-normalised. */
  value: string;
}

export interface XmlText {
  kind: 'text';
  /** Decoded text (CDATA sections are text too). */
  text: string;
}

export interface XmlComment {
  kind: 'comment';
  text: string;
}

export interface XmlElement {
  kind: 'element';
  ns: string;
  local: string;
  /** Prefix as written ('' when none). */
  prefix: string;
  attrs: XmlAttr[];
  children: XmlNode[];
  parent: XmlElement | null;
  /** In-scope namespace declarations: prefix ('' = default) -> namespace URI. Shared with the parent when unchanged. */
  scope: Readonly<Record<string, string>>;
  /** Namespace declarations written on this element (prefix -> URI), for serialisation. */
  declared: Record<string, string>;
  /** 1-based line and column of the start tag's '<'. */
  line: number;
  column: number;
  /** Index of this element in document order (0 = root); lets callers sort elements from several lists. */
  order: number;
}

export type XmlNode = XmlElement | XmlText | XmlComment;

export interface XmlDocument {
  file: string;
  root: XmlElement;
  /** Whether the document had a DOCTYPE declaration (without an internal subset; those are refused). */
  hasDoctype: boolean;
  /** Every element in document order (root first). */
  elements: XmlElement[];
}

export function attr(el: XmlElement, local: string, ns = ''): string | undefined {
  for (const a of el.attrs) if (a.local === local && a.ns === ns) return a.value;
  return undefined;
}

export function hasAttr(el: XmlElement, local: string, ns = ''): boolean {
  return attr(el, local, ns) !== undefined;
}

export function isElement(n: XmlNode): n is XmlElement {
  return n.kind === 'element';
}

export function childElements(el: XmlElement, ns?: string, local?: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.kind !== 'element') continue;
    if (ns !== undefined && c.ns !== ns) continue;
    if (local !== undefined && c.local !== local) continue;
    out.push(c);
  }
  return out;
}

export function firstChild(el: XmlElement, ns: string, local: string): XmlElement | undefined {
  for (const c of el.children) if (c.kind === 'element' && c.ns === ns && c.local === local) return c;
  return undefined;
}

/** All descendant elements in document order (not el itself). Iterative: deep XHTML must not overflow the stack. */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const stack: XmlNode[] = [...el.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind !== 'element') continue;
    out.push(n);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return out;
}

/** Concatenated text of all descendant text nodes. */
export function textContent(el: XmlElement): string {
  let s = '';
  const stack: XmlNode[] = [el];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'text') s += n.text;
    else if (n.kind === 'element') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return s;
}

/** The xml:lang in scope for an element (nearest ancestor-or-self), or undefined. */
export function inScopeLang(el: XmlElement): string | undefined {
  for (let e: XmlElement | null = el; e; e = e.parent) {
    const l = attr(e, 'lang', XML_NS);
    if (l !== undefined) return l;
  }
  return undefined;
}

/** Resolves a QName-valued string ("pfx:local" or "local") against an element's scope. */
export function resolveQName(el: XmlElement, value: string, useDefault = true): { ns: string; local: string; prefix: string } | undefined {
  const v = value.trim();
  const i = v.indexOf(':');
  const prefix = i < 0 ? '' : v.slice(0, i);
  const local = i < 0 ? v : v.slice(i + 1);
  if (!/^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*$/.test(local)) return undefined;
  if (prefix && !/^[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7-\uFFFF]*$/.test(prefix)) return undefined;
  if (prefix === 'xml') return { ns: XML_NS, local, prefix };
  const ns = prefix || useDefault ? el.scope[prefix] : '';
  if (ns === undefined) return prefix ? undefined : { ns: '', local, prefix };
  return { ns, local, prefix };
}

export function elementName(el: XmlElement): string {
  return el.prefix ? `${el.prefix}:${el.local}` : el.local;
}
