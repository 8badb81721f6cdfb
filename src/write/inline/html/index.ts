// Inline XBRL of an HTML release: the company's own document, parsed as a browser parses it (parse5, source
// locations) and written back as well-formed XHTML 1.1 in the Inline XBRL 1.1 vocabulary, every printed number of
// a fact wrapped in ix:nonFraction where it is printed (./tags.ts) and the ix:header in a hidden div.
// - elements and attributes outside XHTML 1.1 become their XHTML/CSS equivalent (./xhtml.ts); scripts, event
//   handlers and external references are dropped and reported (write.html-script, -handler, -external);
// - styles are kept (hoisted to the head, as XHTML wants them); images stay as relative references;
// - an EDGAR SGML wrapper (<DOCUMENT><TYPE>...<TEXT>) is not written: only the HTML inside <TEXT>;
// - a page the source renders in quirks mode gets the few quirks rules that change its look (tables resetting
//   the font size, paragraph margins swallowed at the top and bottom of a cell), as CSS of zero specificity.
import { basename } from 'node:path';
import type { ReleaseDocument } from '../../../model/document.js';
import type { FactSet } from '../../../model/fact.js';
import type { SourcePos } from '../../../model/source.js';
import type { Taxonomy } from '../../../model/taxonomy.js';
import { childrenOf, parse5, isElement, isText, type Element, type Node, type ParentNode, type TextNode } from '../../../read/html/parse.js';
import { HtmlSource } from '../../../read/html/source.js';
import { htmlPayload } from '../../../read/html/submission.js';
import { escapeAttr, escapeText } from '../../../xml/serialize.js';
import { finishInline, rootDeclarations } from '../finish.js';
import { InlineWriter, LANG, type InlineResult } from '../writer.js';
import { displayText } from '../xml.js';
import { placeItems, RegionIndex, type LocatedNode } from './tags.js';
import { placeTextFacts } from './text-facts.js';
import { BLOCK, BLOCK_ONLY, INLINE_ONLY, absoluteFontSize, convertAttrs, declared, disposition, fontSize, sanitizeCss, type Disposition } from './xhtml.js';

/** The inline writer for an HTML document: text facts are found in the parsed document, not in raw lines. */
class HtmlInlineWriter extends InlineWriter {
  override collectTextAnnotations(): void {}
}

const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** windows-1252 bytes read as Latin-1 (C1 controls) printed as a browser prints them, as the reader does. */
function windows1252(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80]) : text;
}

/**
 * The raw text the reader's offsets point into, rebuilt from the document's lines: joined with the line break
 * that puts every item's offset on its line and column (LF, else CR LF).
 */
export function rebuildSource(doc: ReleaseDocument): string {
  const probe = doc.items.filter((it) => it.offset !== undefined).slice(0, 50);
  for (const sep of ['\n', '\r\n', '\r']) {
    const text = doc.lines.join(sep);
    const starts = [0];
    for (let n = 0; n < doc.lines.length; n++) starts.push(starts[n] + doc.lines[n].length + sep.length);
    if (probe.every((it) => starts[it.pos.line - 1] + it.pos.column - 1 === it.offset)) return text + sep;
  }
  return doc.lines.join('\n') + '\n';
}

const QUIRKS_CSS = [
  // Chromium's quirks.css: a table does not inherit the font size, weight and style (WinIE behaviour).
  ':where(table){white-space:normal;line-height:normal;font-weight:normal;font-size:medium;font-variant:normal;font-style:normal;text-align:start}',
  // Quirky (default) margins of paragraphs, headings and lists vanish at the top and bottom of a cell or the body.
  ':where(td,th,body)>:where(p,h1,h2,h3,h4,h5,h6,ul,ol,dl,blockquote):first-child,:where(td,th,body)>:where(div):first-child>:where(p,h1,h2,h3,h4,h5,h6,ul,ol,dl,blockquote):first-child{margin-top:0}',
  ':where(td,th,body)>:where(p,h1,h2,h3,h4,h5,h6,ul,ol,dl,blockquote):last-child,:where(td,th,body)>:where(div):last-child>:where(p,h1,h2,h3,h4,h5,h6,ul,ol,dl,blockquote):last-child{margin-bottom:0}',
].join('\n');

interface Dropped {
  scripts: number[];
  handlers: { name: string; at: number }[];
  external: { url: string; at: number }[];
}

export function renderHtmlInline(doc: ReleaseDocument, factSet: FactSet, taxonomy: Taxonomy, source?: string): InlineResult {
  const raw = source ?? rebuildSource(doc);
  const text = htmlPayload(windows1252(raw));
  const tree = parse5().parse(text, { sourceCodeLocationInfo: true });
  const w = new HtmlInlineWriter(doc, factSet, taxonomy, (html) => html);
  const positions = new HtmlSource(raw);
  const posAt = (offset: number): SourcePos => ({ file: doc.file, ...positions.pos(offset) });

  const html = childrenOf(tree).find((n): n is Element => isElement(n) && n.tagName === 'html');
  const head = html && childrenOf(html).find((n): n is Element => isElement(n) && n.tagName === 'head');
  const body = html && childrenOf(html).find((n): n is Element => isElement(n) && n.tagName === 'body');
  // An EDGAR SGML wrapper: the documents' <TEXT> contents are the page.
  const texts: Element[] = [];
  const findTexts = (n: Node, inDocument: boolean): void => {
    if (!isElement(n)) return;
    if (n.tagName === 'text' && inDocument) {
      texts.push(n);
      return;
    }
    for (const c of childrenOf(n)) findTexts(c, inDocument || n.tagName === 'document');
  };
  if (body) findTexts(body, false);
  const roots: Node[] = texts.length ? texts.flatMap((t) => childrenOf(t)) : body ? childrenOf(body) : [];

  // Pass 1: the text nodes written, for placing the numbers; styles and the title wherever they are.
  const located: LocatedNode[] = [];
  const styles: string[] = [];
  let title = '';
  const dropped: Dropped = { scripts: [], handlers: [], external: [] };
  const notedDrops = new WeakSet<Element>();
  const noteDropped = (el: Element, d: Disposition & { kind: 'drop' }): void => {
    if (notedDrops.has(el)) return;
    notedDrops.add(el);
    const at = el.sourceCodeLocation?.startOffset ?? 0;
    if (d.why === 'script') dropped.scripts.push(at);
    else if (d.why === 'external') {
      const url = el.attrs.find((a) => a.name === 'src' || a.name === 'href' || a.name === 'data')?.value ?? `<${el.tagName}>`;
      dropped.external.push({ url, at });
    }
  };
  const collect = (n: Node, inPage: boolean): void => {
    if (isText(n)) {
      const loc = n.sourceCodeLocation;
      if (inPage && loc) located.push({ node: n, start: loc.startOffset, end: loc.endOffset });
      return;
    }
    if (!isElement(n)) return;
    if (n.tagName === 'style' && n.namespaceURI === 'http://www.w3.org/1999/xhtml') {
      const css = childrenOf(n)
        .map((c) => (isText(c) ? c.value : ''))
        .join('');
      const clean = sanitizeCss(css);
      for (const url of clean.external) dropped.external.push({ url, at: n.sourceCodeLocation?.startOffset ?? 0 });
      styles.push(clean.css.replace(/<!--|-->/g, ''));
      return;
    }
    if (n.tagName === 'title') {
      title ||= childrenOf(n)
        .map((c) => (isText(c) ? c.value : ''))
        .join('')
        .trim();
      return;
    }
    const d = disposition(n.tagName, n.namespaceURI);
    if (d.kind === 'drop') return noteDropped(n, d);
    for (const c of childrenOf(n)) collect(c, inPage);
  };
  if (head) for (const c of childrenOf(head)) collect(c, false);
  const rootSet = new Set(roots);
  if (body) {
    // Styles anywhere (a wrapped exhibit's <style> sits in the body); text only under the page's roots.
    const walk = (n: Node, inPage: boolean): void => {
      if (rootSet.has(n)) return collect(n, true);
      if (isText(n) || !isElement(n)) return;
      if (n.tagName === 'style' || n.tagName === 'title') return collect(n, false);
      for (const c of childrenOf(n)) walk(c, inPage);
    };
    walk(body, false);
  }
  located.sort((a, b) => a.start - b.start);
  const index = new RegionIndex(text, located);
  placeItems(w, doc, index);
  placeTextFacts(w, doc, index, raw);

  // Pass 2: the XHTML.
  const mode = (tree as ParentNode & { mode?: string }).mode;
  const quirks = mode === 'quirks';
  const strutQuirk = mode === 'quirks' || mode === 'limited-quirks';
  const out: string[] = [];
  const blockMemo = new WeakMap<Element, boolean>();
  const disp = new WeakMap<Element, Disposition>();
  const dispOf = (el: Element): Disposition => {
    let d = disp.get(el);
    if (!d) {
      d = disposition(el.tagName, el.namespaceURI);
      disp.set(el, d);
    }
    return d;
  };
  /** Children as written: unwrapped elements replaced by their own children, dropped ones gone. */
  const expanded = new WeakMap<Element, Node[]>();
  const kidsOf = (el: Element): Node[] => {
    let k = expanded.get(el);
    if (!k) {
      k = expand(childrenOf(el));
      expanded.set(el, k);
    }
    return k;
  };
  const expand = (nodes: Node[], acc: Node[] = []): Node[] => {
    for (const c of nodes) {
      if (isText(c)) acc.push(c);
      else if (isElement(c)) {
        const d = dispOf(c);
        if (d.kind === 'unwrap') expand(childrenOf(c), acc);
        else if (d.kind === 'keep') acc.push(c);
        else if (d.kind === 'drop') noteDropped(c, d);
      }
    }
    return acc;
  };
  const hasBlock = (el: Element): boolean => {
    let v = blockMemo.get(el);
    if (v === undefined) {
      v = kidsOf(el).some((c) => isElement(c) && isBlockOut(c));
      blockMemo.set(el, v);
    }
    return v;
  };
  const isBlockOut = (el: Element): boolean => {
    const d = dispOf(el);
    if (d.kind !== 'keep') return false;
    return BLOCK.has(d.name) || hasBlock(el);
  };

  const acceptId = (id: string): boolean => {
    if (w.usedIds.has(id) || w.reservedIds.has(id)) return false;
    w.usedIds.add(id);
    return true;
  };

  const writeText = (n: TextNode, parent: string): void => {
    const regions = index.byNode.get(n);
    const value = n.value;
    if (ELEMENT_ONLY.has(parent)) {
      if (/\S/.test(value.replace(/\u00a0/g, 'x'))) return; // stray text where only elements may stand
      out.push(value);
      return;
    }
    if (!regions) {
      out.push(escapeText(displayText(value)));
      return;
    }
    regions.sort((a, b) => a.from - b.from);
    let at = 0;
    for (const r of regions) {
      out.push(escapeText(displayText(value.slice(at, r.from))));
      out.push(r.render(value.slice(r.from, r.to)));
      at = r.to;
    }
    out.push(escapeText(displayText(value.slice(at))));
  };

  const writeChildren = (el: Element | null, nodes: Node[], name: string): void => {
    let kids = expand(nodes);
    if (name === 'table') {
      // XHTML wants tfoot before the bodies; a browser draws it at the bottom wherever it stands.
      const foot = kids.filter((k) => isElement(k) && dispOf(k as Element).kind === 'keep' && (dispOf(k as Element) as { name: string }).name === 'tfoot');
      if (foot.length) {
        const rest = kids.filter((k) => !foot.includes(k));
        const firstBody = rest.findIndex((k) => isElement(k) && ['tbody', 'tr'].includes((dispOf(k as Element) as { name: string }).name));
        kids = firstBody < 0 ? [...rest, ...foot] : [...rest.slice(0, firstBody), ...foot, ...rest.slice(firstBody)];
      }
    }
    if (BLOCK_ONLY.has(name)) {
      // Text and inline elements directly in the body: wrapped in a div (the anonymous block a browser makes).
      let run: Node[] = [];
      const flush = () => {
        if (run.some((k) => isElement(k) || /\S/.test((k as TextNode).value.replace(/\u00a0/g, 'x')))) {
          out.push('<div>');
          for (const k of run) writeNode(k, 'div');
          out.push('</div>');
        } else for (const k of run) out.push((k as TextNode).value);
        run = [];
      };
      for (const k of kids) {
        if (isElement(k) && isBlockOut(k)) {
          flush();
          writeNode(k, name);
        } else run.push(k);
      }
      flush();
      return;
    }
    if (name === 'ul' || name === 'ol' || name === 'dl') {
      const item = name === 'dl' ? ['dt', 'dd'] : ['li'];
      for (const k of kids) {
        if (isText(k)) {
          if (/\S/.test(k.value.replace(/\u00a0/g, 'x'))) {
            out.push(name === 'dl' ? '<dd>' : '<li style="list-style:none">');
            writeText(k, 'li');
            out.push(name === 'dl' ? '</dd>' : '</li>');
          } else out.push(k.value);
          continue;
        }
        const d = dispOf(k as Element) as { name: string };
        if (item.includes(d.name)) writeNode(k, name);
        else {
          out.push(name === 'dl' ? '<dd>' : '<li style="list-style:none">');
          writeNode(k, 'li');
          out.push(name === 'dl' ? '</dd>' : '</li>');
        }
      }
      return;
    }
    for (const k of kids) writeNode(k, name);
    if (name === 'tr' && el && !kids.some((k) => isElement(k) && ['td', 'th'].includes((dispOf(k as Element) as { name: string }).name))) {
      out.push('<td style="display:none"></td>');
    }
  };

  /**
   * The line-height quirk (quirks and limited-quirks pages): a block whose text all sits in inline elements
   * ignores its own line height (its strut), so a cell of 8pt text is 8pt-high lines, not 16px ones. Rendered as
   * XHTML (standards mode), the block gets the smallest absolute font size its inline content declares (and the
   * line height they all declare), so its strut no longer makes the lines taller than the source's.
   */
  /** The font size (and line height) an inline element declares, or its only child does ("<b><font size=1>"). */
  const inlineFont = (k: Element): { size: string; lineHeight?: string } | undefined => {
    const style = k.attrs.find((a) => a.name === 'style')?.value ?? '';
    const sizeAttr = k.tagName === 'font' ? k.attrs.find((a) => a.name === 'size')?.value : undefined;
    const size = declared(style, 'font-size') ?? (sizeAttr !== undefined ? fontSize(sizeAttr) : undefined);
    if (size !== undefined) return { size, lineHeight: declared(style, 'line-height') };
    const kids = kidsOf(k).filter((c) => !isText(c) || /[^ \t\n\r\f]/.test(c.value));
    if (kids.length !== 1 || !isElement(kids[0]) || isBlockOut(kids[0])) return undefined;
    const inner = inlineFont(kids[0]);
    return inner && { size: inner.size, lineHeight: declared(style, 'line-height') ?? inner.lineHeight };
  };

  const strut = (el: Element): string | undefined => {
    let min: { px: number; decl: string } | undefined;
    const heights = new Set<string>();
    let allHeights = true;
    for (const k of kidsOf(el)) {
      if (isText(k)) {
        if (/[^ \t\n\r\f]/.test(k.value)) return undefined;
        continue;
      }
      if (!isElement(k)) continue;
      const d = dispOf(k);
      if (d.kind !== 'keep') continue;
      if (d.name === 'br') continue;
      if (d.name === 'img' || isBlockOut(k)) return undefined;
      const own = inlineFont(k);
      if (!own) return undefined;
      const px = absoluteFontSize(own.size);
      if (px === undefined) return undefined;
      if (!min || px < min.px) min = { px, decl: own.size };
      if (own.lineHeight === undefined || !/^[\d.]+(?:%|pt|px)?$/.test(own.lineHeight)) allHeights = false;
      else heights.add(own.lineHeight);
    }
    if (!min) return undefined;
    return `font-size:${min.decl}${allHeights && heights.size === 1 ? `;line-height:${[...heights][0]}` : ''}`;
  };

  const writeNode = (n: Node, parent: string): void => {
    if (isText(n)) return writeText(n, parent);
    if (!isElement(n)) return;
    const d = dispOf(n);
    if (d.kind !== 'keep') return;
    let name = d.name;
    const css: string[] = [];
    if (d.css) css.push(d.css);
    if (name in INLINE_ONLY && !BLOCK_NO_RENAME.has(name) && hasBlock(n)) {
      if (INLINE_ONLY[name]) css.unshift(INLINE_ONLY[name]);
      name = 'div';
    }
    if (name === 'li' && parent !== 'ul' && parent !== 'ol') {
      name = 'div';
      css.unshift('display:list-item;list-style-position:inside');
    }
    if ((name === 'dt' || name === 'dd') && parent !== 'dl') name = 'div';
    if ((name === 'ul' || name === 'ol') && !kidsOf(n).some((k) => isElement(k))) name = 'div';
    if (name === 'dl' && !kidsOf(n).some((k) => isElement(k))) name = 'div';
    if (TABLE_PARTS.has(name) && !hasRows(n)) return; // an empty table, head or body: XHTML wants rows
    if (name === 'img' && !n.attrs.some((a) => a.name === 'src' && a.value.trim())) return;
    if (strutQuirk && STRUT_BLOCKS.has(name)) {
      const s = strut(n);
      if (s) css.push(s);
    }
    const a = convertAttrs(n.tagName, name, n.attrs, acceptId);
    const at = n.sourceCodeLocation?.startOffset ?? 0;
    for (const h of a.handlers) dropped.handlers.push({ name: h, at });
    for (const url of a.external) dropped.external.push({ url, at });
    if (name === 'img' && !a.attrs.some(([k]) => k === 'src')) return; // an image from elsewhere: dropped
    if (name === 'img' && !a.attrs.some(([k]) => k === 'alt')) a.attrs.push(['alt', '']);
    css.push(...a.css);
    let attrs = '';
    for (const [k, v] of a.attrs) attrs += ` ${k}="${escapeAttr(displayText(v))}"`;
    const style = css.filter(Boolean).join(';');
    if (style && name !== 'br') attrs += ` style="${escapeAttr(displayText(style))}"`;
    if (VOID.has(name)) {
      out.push(`<${name}${attrs}/>`);
      return;
    }
    out.push(`<${name}${attrs}>`);
    writeChildren(n, childrenOf(n), name);
    out.push(`</${name}>`);
  };

  const hasRows = (el: Element): boolean =>
    kidsOf(el).some((k) => {
      if (!isElement(k)) return false;
      const d = dispOf(k) as { name: string };
      if (d.name === 'tr') return true;
      return ['tbody', 'thead', 'tfoot'].includes(d.name) && hasRows(k);
    });

  // The body: its own attributes (colours, margins) as CSS; the header first.
  const bodyAttrs = body ? convertAttrs('body', 'body', body.attrs, acceptId) : { attrs: [], css: [], handlers: [], external: [] };
  for (const h of bodyAttrs.handlers) dropped.handlers.push({ name: h, at: body?.sourceCodeLocation?.startOffset ?? 0 });
  for (const url of bodyAttrs.external) dropped.external.push({ url, at: body?.sourceCodeLocation?.startOffset ?? 0 });
  const bodyOpen = `<body${bodyAttrs.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}${bodyAttrs.css.length ? ` style="${escapeAttr(bodyAttrs.css.join(';'))}"` : ''}>`;
  const page: string[] = [];
  writeChildren(null, roots, 'body');
  page.push(...out);
  out.length = 0;

  reportDropped(w, dropped, posAt);
  const { header, hidden } = finishInline(w);

  const langAttr = html?.attrs.find((x) => x.name === 'lang')?.value.trim();
  const lang = langAttr && /^[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*$/.test(langAttr) ? langAttr : LANG;
  const css = [...(quirks ? [QUIRKS_CSS] : []), ...styles];
  const xhtml = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<html${rootDeclarations(w)} xml:lang="${escapeAttr(lang)}">\n<head>\n`,
    '<meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8"/>\n',
    `<title>${escapeText(displayText(title || basename(doc.file)))}</title>\n`,
    ...css.map((c) => `<style type="text/css">${escapeText(displayText(c))}</style>\n`),
    '</head>\n',
    bodyOpen,
    `\n<div style="display:none">\n${header}\n</div>\n`,
    ...page,
    '\n</body>\n</html>\n',
  ].join('');
  return { xhtml, messages: w.messages, untagged: w.untagged, hidden, taggedCount: w.taggedCount };
}

const VOID = new Set(['br', 'hr', 'img', 'col']);
/** Block containers whose strut the line-height quirk ignores (see strut()). */
const STRUT_BLOCKS = new Set(['td', 'th', 'div', 'p', 'li', 'address', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dd', 'dt', 'caption', 'blockquote']);
const ELEMENT_ONLY = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'colgroup']);
const TABLE_PARTS = new Set(['table', 'thead', 'tbody', 'tfoot']);
/** Block elements with Inline content that stay what they are (a caption cannot become a div in a table). */
const BLOCK_NO_RENAME = new Set(['caption']);

function reportDropped(w: InlineWriter, d: Dropped, posAt: (offset: number) => SourcePos): void {
  if (d.scripts.length) {
    w.messages.push({
      ruleId: 'write.html-script',
      severity: 'info',
      message: `${d.scripts.length} script element(s) of the HTML release dropped from the inline document`,
      positions: d.scripts.slice(0, 5).map(posAt),
    });
  }
  if (d.handlers.length) {
    const names = [...new Set(d.handlers.map((h) => h.name))].join(', ');
    w.messages.push({
      ruleId: 'write.html-handler',
      severity: 'info',
      message: `${d.handlers.length} event-handler attribute(s) (${names}) of the HTML release dropped from the inline document`,
      positions: d.handlers.slice(0, 5).map((h) => posAt(h.at)),
    });
  }
  if (d.external.length) {
    const urls = [...new Set(d.external.map((e) => e.url))];
    w.messages.push({
      ruleId: 'write.html-external',
      severity: 'info',
      message: `${d.external.length} external reference(s) of the HTML release dropped from the inline document: ${urls.slice(0, 5).join(', ')}${urls.length > 5 ? ', ...' : ''}`,
      positions: d.external.slice(0, 5).map((e) => posAt(e.at)),
    });
  }
}
