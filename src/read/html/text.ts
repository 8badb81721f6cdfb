// Text of an element with the raw-file offset of every character, so a number found in a cell's text can be
// positioned where it is printed (J1: the line and column of its first character, `(` or dash included).
import { lazyPackage } from '../../model/lazy.js';

const entities = lazyPackage<typeof import('entities')>('entities');
import { childrenOf, isElement, isHidden, isText, type Element, type Node, type TextNode } from './parse.js';

export interface LocatedText {
  text: string;
  /** Raw-file offset of each character of text. */
  offsets: number[];
  /** Characters printed as a superscript (footnote markers glued to labels and numbers). */
  sup: boolean[];
}

export const EMPTY_TEXT: LocatedText = { text: '', offsets: [], sup: [] };

/** Elements that start a new line of text where they open and close. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'address',
  'center',
  'blockquote',
  'pre',
  'table',
  'tr',
  'dt',
  'dd',
  'dl',
  'section',
  'article',
  'header',
  'footer',
  'hr',
]);

/** Any whitespace a browser collapses, plus the no-break and typographic spaces EDGAR generators pad with. */
export const SPACE_RE = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]/;

class Collector {
  chars: string[] = [];
  offsets: number[] = [];
  sup: boolean[] = [];
  constructor(private readonly src: string) {}

  push(ch: string, offset: number, sup: boolean): void {
    this.chars.push(ch);
    this.offsets.push(offset);
    this.sup.push(sup);
  }

  /** A line break that belongs to no printed character: positioned at the element that makes it. */
  brk(offset: number): void {
    if (this.chars.length && this.chars[this.chars.length - 1] !== '\n') this.push('\n', offset, false);
  }

  text(node: TextNode, sup: boolean): void {
    const loc = node.sourceCodeLocation;
    const value = node.value;
    if (!loc) {
      for (const ch of value) this.push(ch, -1, sup);
      return;
    }
    // A line break in the source is a space on the page (Oracle's "($ in millions, except" / "per share data)" is
    // one printed line), except inside <pre>.
    alignText(this.src, loc.startOffset, loc.endOffset, value, (ch, off) => this.push(ch === '\n' && !this.pre ? ' ' : ch, off, sup));
  }

  private pre = false;

  walk(n: Node, sup: boolean): void {
    if (isText(n)) return this.text(n, sup);
    if (!isElement(n)) return;
    if (isHidden(n)) return;
    const tag = n.tagName;
    const at = n.sourceCodeLocation?.startOffset ?? -1;
    if (tag === 'br') return this.brk(at);
    const block = BLOCK_TAGS.has(tag) || tag === 'td' || tag === 'th';
    if (block) this.brk(at);
    const inner = sup || tag === 'sup';
    const wasPre = this.pre;
    if (tag === 'pre' || tag === 'plaintext' || tag === 'listing') this.pre = true;
    for (const c of childrenOf(n)) this.walk(c, inner);
    this.pre = wasPre;
    if (block) this.brk(n.sourceCodeLocation?.endOffset ?? at);
  }
}

/**
 * Pairs each decoded character of a text node with the raw offset it comes from: literal characters one to one,
 * a character reference (`&nbsp;`, `&#151;`) gives its decoded characters the offset of its `&`, CR LF one `\n`.
 */
export function alignText(src: string, start: number, end: number, value: string, emit: (ch: string, offset: number) => void): void {
  let i = start;
  let j = 0;
  while (j < value.length) {
    if (i >= end) {
      emit(value[j++], end);
      continue;
    }
    const c = src[i];
    if (c === '&') {
      const ref = matchReference(src, i, end, value, j);
      if (ref) {
        for (let k = 0; k < ref.decoded; k++) emit(value[j + k], i);
        j += ref.decoded;
        i += ref.raw;
        continue;
      }
    }
    if (c === '\r' && value[j] === '\n') {
      emit('\n', i);
      i += src[i + 1] === '\n' ? 2 : 1;
      j++;
      continue;
    }
    emit(value[j], i);
    i++;
    j++;
  }
}

const REF_RE = /&(?:#[xX][0-9a-fA-F]{1,8};?|#[0-9]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y;

function matchReference(src: string, i: number, end: number, value: string, j: number): { raw: number; decoded: number } | null {
  REF_RE.lastIndex = i;
  const m = REF_RE.exec(src);
  if (!m || i + m[0].length > end) return null;
  // Longest reading first: "&amp;" is one reference; "&nbspx" (no semicolon) decodes its legacy prefix only.
  for (let len = m[0].length; len >= 2; len--) {
    const piece = src.slice(i, i + len);
    const dec = entities().decodeHTML(piece);
    if (dec === piece || dec.startsWith('&')) continue;
    // A legacy reference without ";" decodes to its character plus the literal rest of the piece.
    if (value.startsWith(dec, j)) return { raw: len, decoded: dec.length };
  }
  return null;
}

/** The text of an element's subtree with offsets; block elements and <br> give line breaks ("\n"). */
export function elementText(src: string, el: Element): LocatedText {
  const col = new Collector(src);
  for (const c of childrenOf(el)) col.walk(c, el.tagName === 'sup');
  return { text: col.chars.join(''), offsets: col.offsets, sup: col.sup };
}

/** Text of a list of nodes (the inline content of a paragraph). */
export function nodesText(src: string, nodes: Node[]): LocatedText {
  const col = new Collector(src);
  for (const n of nodes) col.walk(n, false);
  return { text: col.chars.join(''), offsets: col.offsets, sup: col.sup };
}

/** Whitespace runs (line breaks included) collapsed to one space, ends trimmed, offsets kept. */
export function collapse(t: LocatedText): LocatedText {
  const text: string[] = [];
  const offsets: number[] = [];
  const sup: boolean[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < t.text.length; i++) {
    const ch = t.text[i];
    if (SPACE_RE.test(ch)) {
      if (pendingSpace < 0) pendingSpace = t.offsets[i];
      continue;
    }
    if (pendingSpace >= 0 && text.length) {
      text.push(' ');
      offsets.push(pendingSpace);
      sup.push(false);
    }
    pendingSpace = -1;
    text.push(ch);
    offsets.push(t.offsets[i]);
    sup.push(t.sup[i]);
  }
  return { text: text.join(''), offsets, sup };
}

/** Lines of the text (split at block boundaries and <br>), each collapsed; empty lines dropped. */
export function textLines(t: LocatedText): LocatedText[] {
  const out: LocatedText[] = [];
  let from = 0;
  for (let i = 0; i <= t.text.length; i++) {
    if (i < t.text.length && t.text[i] !== '\n') continue;
    const line = collapse(slice(t, from, i));
    if (line.text) out.push(line);
    from = i + 1;
  }
  return out;
}

export function slice(t: LocatedText, from: number, to: number): LocatedText {
  return { text: t.text.slice(from, to), offsets: t.offsets.slice(from, to), sup: t.sup.slice(from, to) };
}

/** No-break spaces before the first printed character: a label indented by padding characters. */
export function leadingPad(t: LocatedText): number {
  let n = 0;
  for (const ch of t.text) {
    if (ch === '\u00a0' || ch === '\u2002' || ch === '\u2003' || ch === '\u2007') n += ch === '\u2003' ? 2 : 1;
    else if (!SPACE_RE.test(ch)) break;
  }
  return n;
}
