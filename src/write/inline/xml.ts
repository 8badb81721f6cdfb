// The inline writer's XML serializer: every ix element and every piece of source text reaches the XHTML through
// these functions, so the document is well-formed whatever the release contains (no named entities ever; only
// the five XML escapes and numeric character references).
import { WriteError } from '../instance/errors.js';
import type { XAttr, XNode } from '../instance/parts.js';
import { escapeAttr, escapeText, hasInvalidXmlChars, xmlChars } from '../../xml/escape.js';

export { escapeAttr, escapeText } from '../../xml/escape.js';

/** Display text from the release: characters XML cannot carry (form feeds of page breaks) become spaces. */
export function displayText(s: string): string {
  return xmlChars(s);
}

/** A fact value or attribute that XML cannot carry is a bug upstream: fail loudly instead of altering it. */
function checkChars(s: string, what: string): string {
  if (hasInvalidXmlChars(s)) throw new WriteError(`${what} contains a character XML cannot represent: ${JSON.stringify(s)}`);
  return s;
}

export function attrs(list: XAttr[]): string {
  return list.map((a) => ` ${a.name}="${escapeAttr(checkChars(a.value, `attribute ${a.name}`))}"`).join('');
}

/** An element with escaped text content (or empty). `innerXml` is already serialised XML, not escaped again. */
export function element(name: string, list: XAttr[], content?: { text?: string; innerXml?: string }): string {
  if (content?.innerXml !== undefined) return `<${name}${attrs(list)}>${content.innerXml}</${name}>`;
  if (content?.text !== undefined && content.text !== '') {
    return `<${name}${attrs(list)}>${escapeText(checkChars(content.text, `content of ${name}`))}</${name}>`;
  }
  return `<${name}${attrs(list)}/>`;
}

/** Serialises an XNode tree compactly (no added whitespace: never alter content). */
export function serialize(n: XNode): string {
  if (n.name === '' && n.raw !== undefined) return n.raw;
  if (n.raw !== undefined) return element(n.name, n.attrs, { innerXml: n.raw });
  if (n.children.length) return element(n.name, n.attrs, { innerXml: n.children.map(serialize).join('') });
  return element(n.name, n.attrs, n.text !== undefined ? { text: n.text } : undefined);
}
