// The document pane of a view page: an Inline XBRL document (ixport's rendering of a release, or any filer's)
// re-serialised as inert HTML. Every fact element (ix:nonFraction, ix:nonNumeric and their ix:continuation parts)
// becomes a <span>/<div class="f" data-f="i"> naming its fact's index in the fact model; the ix:header goes (its
// hidden facts are listed in the panel); scripts, images, external links and event handlers go, so the page
// loads nothing and works from file://. The document's own CSS is kept, to be scoped by the client (shadow root).
import { parseXml } from '../xml/parse.js';
import { attr, type XmlElement, type XmlNode } from '../xml/dom.js';
import { unwrapEdgarSgml } from '../readback/index.js';

const IX = new Set(['http://www.xbrl.org/2013/inlineXBRL', 'http://www.xbrl.org/2008/inlineXBRL']);
const XHTML = 'http://www.w3.org/1999/xhtml';
const VOID = new Set(['area', 'br', 'col', 'hr', 'input', 'wbr']);
const DROP = new Set([
  'script',
  'noscript',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'form',
  'button',
  'select',
  'textarea',
  'input',
  'svg',
  'math',
  'audio',
  'video',
  'source',
  'canvas',
  'title',
  'head',
]);
const BLOCK = new Set([
  'address',
  'blockquote',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** Attributes kept; everything else (event handlers, href, src, ids that could clash with the page) is dropped. */
const KEEP_ATTRS = new Set([
  'class',
  'style',
  'colspan',
  'rowspan',
  'align',
  'valign',
  'width',
  'height',
  'border',
  'cellpadding',
  'cellspacing',
  'bgcolor',
  'nowrap',
  'dir',
  'title',
  'alt',
]);

export interface DocumentPane {
  /** The body as HTML, fact elements marked with data-f. */
  html: string;
  /** The document's own CSS (its <style> elements), unscoped. */
  css: string;
  /** Facts (indexes) with at least one element in the document. */
  shown: Set<number>;
}

/** How a fact element is matched to its fact: the caller knows (by id, by source position). */
export type FactOf = (el: XmlElement) => number | undefined;

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttrValue(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** Parses an Inline XBRL document as the read-back does (EDGAR SGML wrapper removed, same positions). */
export function parseInline(text: string, file: string) {
  return parseXml(unwrapEdgarSgml(text), file);
}

function hasBlock(el: XmlElement): boolean {
  const stack: XmlNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind !== 'element') continue;
    if (n.ns === XHTML && BLOCK.has(n.local)) return true;
    stack.push(...n.children);
  }
  return false;
}

export function documentPane(root: XmlElement, factOf: FactOf): DocumentPane {
  const css: string[] = [];
  const shown = new Set<number>();
  // Continuation id -> fact index, from each fact's continuedAt chain.
  const continues = new Map<string, number>();
  const byId = new Map<string, XmlElement>();
  const all: XmlElement[] = [];
  const stack: XmlElement[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    all.push(el);
    const id = attr(el, 'id');
    if (id !== undefined && IX.has(el.ns)) byId.set(id, el);
    for (const c of el.children) if (c.kind === 'element') stack.push(c);
  }
  for (const el of all) {
    if (!IX.has(el.ns) || (el.local !== 'nonNumeric' && el.local !== 'footnote')) continue;
    const f = el.local === 'nonNumeric' ? factOf(el) : undefined;
    if (f === undefined) continue;
    const seen = new Set<string>();
    for (let next = attr(el, 'continuedAt')?.trim(); next && !seen.has(next);) {
      seen.add(next);
      continues.set(next, f);
      const c = byId.get(next);
      next = c ? attr(c, 'continuedAt')?.trim() : undefined;
    }
  }
  for (const el of all) {
    if (el.ns === XHTML && el.local === 'style') css.push(textOf(el));
  }

  const out: string[] = [];
  const write = (n: XmlNode): void => {
    if (n.kind === 'text') {
      out.push(escapeHtml(n.text));
      return;
    }
    if (n.kind === 'comment') return;
    const el = n;
    if (IX.has(el.ns)) {
      if (el.local === 'header') return;
      let f: number | undefined;
      if (el.local === 'nonFraction' || el.local === 'nonNumeric') f = factOf(el);
      else if (el.local === 'continuation') f = continues.get(attr(el, 'id') ?? '');
      if (f === undefined) {
        for (const c of el.children) write(c);
        return;
      }
      shown.add(f);
      const tag = hasBlock(el) ? 'div' : 'span';
      out.push(`<${tag} class="f${el.local === 'continuation' ? ' fc' : ''}" data-f="${f}">`);
      for (const c of el.children) write(c);
      out.push(`</${tag}>`);
      return;
    }
    if (el.ns !== XHTML) {
      // Another vocabulary inside the XHTML (rare): its text shows, its markup does not.
      for (const c of el.children) write(c);
      return;
    }
    if (DROP.has(el.local) || el.local === 'style') return;
    if (el.local === 'img') {
      const alt = attr(el, 'alt')?.trim();
      out.push(`<span class="x-img">[image${alt ? `: ${escapeHtml(alt)}` : ''}]</span>`);
      return;
    }
    const tag = el.local === 'body' || el.local === 'html' ? 'div' : el.local;
    let attrs = '';
    for (const a of el.attrs) {
      if (a.ns !== '' || !KEEP_ATTRS.has(a.local.toLowerCase())) continue;
      let v = a.value;
      // url() in inline styles would fetch (background images): neutralised.
      if (a.local === 'style') v = v.replace(/url\s*\([^)]*\)/gi, 'none');
      attrs += ` ${a.local}="${escapeAttrValue(v)}"`;
    }
    if (el.local === 'body') attrs += ' data-body=""';
    if (el.local === 'a' && attr(el, 'href')) attrs += ' data-link=""';
    if (VOID.has(tag)) {
      out.push(`<${tag}${attrs}>`);
      return;
    }
    out.push(`<${tag}${attrs}>`);
    for (const c of el.children) write(c);
    out.push(`</${tag}>`);
  };
  const body = root.children.find((c): c is XmlElement => c.kind === 'element' && c.local === 'body') ?? root;
  write(body);
  return { html: out.join(''), css: safeCss(css.join('\n')), shown };
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (c.kind === 'text' ? c.text : c.kind === 'element' ? textOf(c) : '')).join('');
}

/**
 * The document's CSS, made inert and scoped: no @import or url() (they would fetch), `body`/`html` selectors
 * aimed at the body's stand-in, and nothing that could close the page's <style> element.
 */
export function safeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\s*\([^)]*\)/gi, 'none')
    .replace(/(^|[\s,}>+~])(html|body)(?=[\s,{.:#[>+~])/gi, '$1[data-body]')
    .replace(/<\/?style/gi, '');
}
