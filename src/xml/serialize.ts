// Serialises parsed XML nodes back to text: for escaped ix:nonNumeric content, footnotes and typed dimension
// members. Namespace declarations needed by a serialised fragment are written on its top-level elements so the
// fragment stands alone.
import { XML_NS, type XmlElement, type XmlNode } from './dom.js';
import { escapeAttr, escapeText } from './escape.js';

export { escapeAttr, escapeText } from './escape.js';

const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XHTML_VOID = new Set(['area', 'base', 'br', 'col', 'hr', 'img', 'input', 'link', 'meta', 'param']);

export interface SerializeOptions {
  /** Drop child elements for which this returns true (ix:exclude). */
  skip?: (el: XmlElement) => boolean;
  /** Rewrite an element before writing it: return its children to write them in its place (unwrap). */
  unwrap?: (el: XmlElement) => boolean;
  /** Namespace taken as the default one of the fragment and never declared (XHTML in escaped Inline XBRL). */
  implicitDefault?: string;
  /** Write xml:lang on XHTML elements as the HTML lang attribute (escaped text blocks are read as HTML). */
  htmlLang?: boolean;
}

/** Serialises a list of nodes; each top-level element declares the namespaces its subtree uses. */
export function serializeNodes(nodes: XmlNode[], opts: SerializeOptions = {}): string {
  let out = '';
  const start: Record<string, string> = opts.implicitDefault !== undefined ? { '': opts.implicitDefault } : {};
  for (const n of nodes) out += serializeNode(n, opts, start);
  return out;
}

function serializeNode(n: XmlNode, opts: SerializeOptions, written: Record<string, string>): string {
  if (n.kind === 'text') return escapeText(n.text);
  if (n.kind === 'comment') return '';
  if (opts.skip?.(n)) return '';
  if (opts.unwrap?.(n)) {
    let s = '';
    for (const c of n.children) s += serializeNode(c, opts, written);
    return s;
  }
  const name = n.prefix ? `${n.prefix}:${n.local}` : n.local;
  let s = '<' + name;
  let inner = written;
  // Declare the element's and its attributes' namespaces where the output does not have them in scope yet.
  if (inner[n.prefix] !== n.ns && !(n.prefix === '' && n.ns === '' && inner[''] === undefined)) {
    inner = { ...inner, [n.prefix]: n.ns };
    s += n.prefix ? ` xmlns:${n.prefix}="${escapeAttr(n.ns)}"` : ` xmlns="${escapeAttr(n.ns)}"`;
  }
  for (const a of n.attrs) {
    if (!a.ns || a.ns === XML_NS) continue;
    const p = a.name.slice(0, a.name.indexOf(':'));
    if (inner[p] === a.ns) continue;
    if (inner === written) inner = { ...written };
    inner[p] = a.ns;
    s += ` xmlns:${p}="${escapeAttr(a.ns)}"`;
  }
  for (const a of n.attrs) {
    const name = opts.htmlLang && n.ns === XHTML_NS && a.ns === XML_NS && a.local === 'lang' ? 'lang' : a.name;
    s += ` ${name}="${escapeAttr(a.value)}"`;
  }
  // Empty XHTML elements are written with an end tag unless HTML defines them as void: "<td/>" would open a
  // cell in an HTML parser reading an escaped text block.
  if (!n.children.length && (n.ns !== XHTML_NS || XHTML_VOID.has(n.local))) return s + '/>';
  s += '>';
  for (const c of n.children) s += serializeNode(c, opts, inner);
  return s + `</${name}>`;
}
