// The document in reading order as blocks: paragraphs (inline content between block boundaries, split at <br>)
// and data tables. A table holding other tables is page layout (Word and Donnelley wrap whole pages in one):
// its cells are read as containers, so the inner tables and the text around them come out in order.
import { childrenOf, isElement, isHidden, isText, type Element, type Node, type ParentNode } from './parse.js';
import { nodesText, textLines, type LocatedText } from './text.js';

export interface ParagraphBlock {
  kind: 'paragraph';
  lines: LocatedText[];
  /** Lines printed in bold (a caption's bold run is the title: "Energy & Transportation (E&T) Retail Sales"). */
  boldPrefix: string[];
  startOffset: number;
  endOffset: number;
}

export interface TableBlock {
  kind: 'table';
  el: Element;
  startOffset: number;
  endOffset: number;
}

/** A printed page break (`page-break-before/after: always`): scale notes of a page heading stop at it (scope.ts). */
export interface PageBlock {
  kind: 'page';
  startOffset: number;
  endOffset: number;
}

export type HtmlBlock = ParagraphBlock | TableBlock | PageBlock;

const BREAK_BEFORE_RE = /page-break-before\s*:\s*always|break-before\s*:\s*page/i;
const BREAK_AFTER_RE = /page-break-after\s*:\s*always|break-after\s*:\s*page/i;

const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'cite',
  'code',
  'em',
  'font',
  'i',
  'img',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'ins',
  'del',
  's',
  'strike',
  'tt',
  'var',
  'label',
  'br',
  'wbr',
  'nobr',
  'q',
  'mark',
  'time',
  'data',
]);

export function walkBlocks(src: string, root: ParentNode): HtmlBlock[] {
  const blocks: HtmlBlock[] = [];
  const containsBlock = new WeakMap<Element, boolean>();
  let run: Node[] = [];
  const hasBlock = (el: Element): boolean => {
    let v = containsBlock.get(el);
    if (v === undefined) {
      v = childrenOf(el).some((c) => isElement(c) && !isHidden(c) && (!INLINE_TAGS.has(c.tagName) || hasBlock(c)));
      containsBlock.set(el, v);
    }
    return v;
  };
  const flush = () => {
    if (!run.length) return;
    const located = nodesText(src, run);
    const lines = textLines(located);
    if (lines.length) {
      const first = run[0].sourceCodeLocation?.startOffset ?? lines[0].offsets[0];
      const last = run[run.length - 1].sourceCodeLocation?.endOffset ?? first;
      blocks.push({ kind: 'paragraph', lines, boldPrefix: boldRun(src, run), startOffset: first, endOffset: last });
    }
    run = [];
  };
  const visit = (n: Node): void => {
    if (isText(n)) {
      run.push(n);
      return;
    }
    if (!isElement(n) || isHidden(n)) return;
    if (INLINE_TAGS.has(n.tagName) && !hasBlock(n)) {
      run.push(n);
      return;
    }
    if (INLINE_TAGS.has(n.tagName)) {
      // <font> wrapping paragraphs (Word): a container, not a paragraph break of its own.
      for (const c of childrenOf(n)) visit(c);
      return;
    }
    flush();
    const style = n.attrs.find((a) => a.name === 'style')?.value ?? '';
    const at = n.sourceCodeLocation?.startOffset ?? 0;
    if (BREAK_BEFORE_RE.test(style)) blocks.push({ kind: 'page', startOffset: at, endOffset: at });
    if (n.tagName === 'table' && !hasNestedTable(n)) {
      const loc = n.sourceCodeLocation;
      blocks.push({ kind: 'table', el: n, startOffset: loc?.startOffset ?? 0, endOffset: loc?.endOffset ?? 0 });
      if (BREAK_AFTER_RE.test(style)) blocks.push({ kind: 'page', startOffset: loc?.endOffset ?? at, endOffset: loc?.endOffset ?? at });
      return;
    }
    for (const c of childrenOf(n)) visit(c);
    flush();
    if (BREAK_AFTER_RE.test(style))
      blocks.push({ kind: 'page', startOffset: n.sourceCodeLocation?.endOffset ?? at, endOffset: n.sourceCodeLocation?.endOffset ?? at });
  };
  for (const c of childrenOf(root)) visit(c);
  flush();
  return blocks;
}

function hasNestedTable(table: Element): boolean {
  const stack = [...childrenOf(table)];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.tagName === 'table') return true;
    stack.push(...childrenOf(n));
  }
  return false;
}

const BOLD_STYLE_RE = /font-weight\s*:\s*(?:bold|[6-9]00)/i;

/** The leading bold text of a paragraph, if the paragraph starts bold and goes on in normal weight. */
function boldRun(src: string, run: Node[]): string[] {
  const out: string[] = [];
  const bold = (n: Node): boolean => {
    if (!isElement(n)) return false;
    if (n.tagName === 'b' || n.tagName === 'strong' || BOLD_STYLE_RE.test(n.attrs.find((a) => a.name === 'style')?.value ?? '')) return true;
    const kids = childrenOf(n).filter((c) => !isText(c) || c.value.trim());
    return kids.length > 0 && kids.every(bold);
  };
  for (const n of run) {
    if (isText(n) && !n.value.trim()) continue;
    if (!bold(n)) break;
    out.push(...textLines(nodesText(src, [n])).map((l) => l.text));
  }
  return out;
}
