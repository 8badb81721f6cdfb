// parse5 with source locations: the tree browsers build (unclosed <p>/<td>, <font> soup recovered alike), every
// node with its offsets in the raw file, entities decoded as HTML5 does (&#151; -> U+2014 through windows-1252).
import type { DefaultTreeAdapterMap } from 'parse5';
import { lazyPackage } from '../../model/lazy.js';

/** Loaded on first use: a plaintext conversion never parses HTML. */
export const parse5 = lazyPackage<typeof import('parse5')>('parse5');

export type Node = DefaultTreeAdapterMap['node'];
export type Element = DefaultTreeAdapterMap['element'];
export type ParentNode = DefaultTreeAdapterMap['parentNode'];
export type TextNode = DefaultTreeAdapterMap['textNode'];

export function parseHtmlDocument(text: string): ParentNode {
  return parse5().parse(text, { sourceCodeLocationInfo: true });
}

/** A payload inside a larger file (an EDGAR <TEXT> block): offsets are shifted to the file's by the caller. */
export function parseHtmlFragment(text: string): ParentNode {
  return parse5().parseFragment(text, { sourceCodeLocationInfo: true });
}

export function isElement(n: Node): n is Element {
  return 'tagName' in n;
}

export function isText(n: Node): n is TextNode {
  return n.nodeName === '#text';
}

export function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) if (a.name === name) return a.value;
  return undefined;
}

export function childrenOf(n: Node): Node[] {
  return 'childNodes' in n ? n.childNodes : [];
}

/** Elements whose content is never shown: scripts, styles, the document head, hidden Inline XBRL headers. */
export function isHidden(el: Element): boolean {
  const t = el.tagName;
  if (t === 'script' || t === 'style' || t === 'head' || t === 'title' || t === 'noscript' || t === 'template') return true;
  if (t === 'ix:header') return true;
  const style = attr(el, 'style');
  return !!style && /display\s*:\s*none/i.test(style);
}
