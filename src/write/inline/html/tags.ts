// Where each printed number of an HTML release is tagged: the reader recorded the raw-file range [offset,
// endOffset) of every line item; the range is found in the text node(s) of the parsed document it overlaps, and
// the part holding the digits (or the dash of a zero) becomes a region of that text node, wrapped in
// ix:nonFraction with the facts of the item. A "$" or "(" set in another text node (Goldman's "$</B>...<B>2.88")
// stays outside the tag; the fact's sign never comes from the print.
import { Decimal } from '../../../model/decimal.js';
import type { LineItem, ReleaseDocument } from '../../../model/document.js';
import type { Fact } from '../../../model/fact.js';
import type { SourcePos } from '../../../model/source.js';
import { alignText } from '../../../read/html/text.js';
import { canonicalNumber } from '../../instance/parts.js';
import { FORMAT_ZERO, inlineValue, scaleFor, splitPrinted, type PrintedNumber } from '../numbers.js';
import type { InlineWriter } from '../writer.js';
import { displayText, element } from '../xml.js';
import { escapeText } from '../../../xml/serialize.js';
import type { TextNode } from '../../../read/html/parse.js';

/** A text node of the document with its raw range. */
export interface LocatedNode {
  node: TextNode;
  start: number;
  end: number;
}

/** A part of a text node's value [from, to) rendered by `render` (given the printed text) instead of as text. */
export interface Region {
  from: number;
  to: number;
  render: (printed: string) => string;
  /** The item (for reports when it cannot be placed). */
  itemIndex?: number;
}

/** The raw offset of each character of a text node's value. */
export function nodeOffsets(src: string, n: LocatedNode): number[] {
  const offsets: number[] = [];
  alignText(src, n.start, n.end, n.node.value, (_ch, off) => offsets.push(off));
  return offsets;
}

/** Index of the first located node whose end lies after `offset` (nodes sorted by start). */
function firstAfter(nodes: LocatedNode[], offset: number): number {
  let lo = 0;
  let hi = nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (nodes[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class RegionIndex {
  readonly byNode: Map<TextNode, Region[]> = new Map();
  private readonly offsetsCache = new Map<TextNode, number[]>();

  constructor(
    readonly src: string,
    readonly nodes: LocatedNode[],
  ) {}

  offsets(n: LocatedNode): number[] {
    let o = this.offsetsCache.get(n.node);
    if (!o) {
      o = nodeOffsets(this.src, n);
      this.offsetsCache.set(n.node, o);
    }
    return o;
  }

  /**
   * The region of raw range [start, end) holding its number: the value characters of one text node whose raw
   * offsets fall in the range, the one with the digits (or, for a dash or word, the one non-blank part).
   */
  locate(start: number, end: number): { node: LocatedNode; from: number; to: number; text: string } | null {
    const hits: { node: LocatedNode; from: number; to: number; text: string }[] = [];
    for (let k = firstAfter(this.nodes, start); k < this.nodes.length && this.nodes[k].start < end; k++) {
      const n = this.nodes[k];
      const offs = this.offsets(n);
      let from = -1;
      let to = -1;
      for (let j = 0; j < offs.length; j++) {
        if (offs[j] >= start && offs[j] < end) {
          if (from < 0) from = j;
          to = j + 1;
        }
      }
      if (from < 0) continue;
      hits.push({ node: n, from, to, text: n.node.value.slice(from, to) });
    }
    const digits = hits.filter((h) => /\d/.test(h.text));
    if (digits.length === 1) return digits[0];
    if (digits.length > 1) return null;
    const words = hits.filter((h) => /\S/.test(h.text.replace(/\u00a0/g, ' ')));
    return words.length === 1 ? words[0] : null;
  }

  /** Adds a region; false when it overlaps one already there. */
  add(node: TextNode, r: Region): boolean {
    const list = this.byNode.get(node) ?? [];
    if (list.some((x) => x.from < r.to && r.from < x.to)) return false;
    list.push(r);
    this.byNode.set(node, list);
    return true;
  }
}

/** The printed number of a tag: digits, a dash, or (for a zero) any word ("UNCHANGED", "nil"). */
function printedOf(text: string, zero: boolean): PrintedNumber | null {
  const p = splitPrinted(text);
  if (p) return p;
  if (!zero) return null;
  const m = /^(\s*)(\S(?:.*\S)?)(\s*)$/s.exec(text);
  if (!m) return null;
  return { before: m[1], core: m[2], after: m[3], format: FORMAT_ZERO, magnitude: new Decimal(0) };
}

/**
 * The XML of printed text `text` tagged with `facts` (nested ix:nonFraction when several), or null when no fact
 * can be tagged there (each reason reported through the writer).
 */
export function tagNumber(w: InlineWriter, text: string, facts: Fact[], preferred: number, pos: SourcePos): string | null {
  const values = facts.filter((f) => f.value !== null).map((f) => ({ f, value: new Decimal(canonicalNumber(f)) }));
  const printed = printedOf(text, values.length > 0 && values.every((v) => v.value.isZero()));
  if (!printed) {
    w.warn('write.unreadable-print', 'warning', `"${text}" cannot be tagged as a number`, pos);
    return null;
  }
  const tags: { f: Fact; scale: number; value: Decimal }[] = [];
  for (const { f, value } of values) {
    const scale = scaleFor(printed.magnitude, value, preferred);
    if (scale === null) {
      w.warn('write.print-mismatch', 'warning', `"${text}" does not print the value ${f.value} of ${w.p.qname(f.concept)}; not tagged there`, pos, f);
      continue;
    }
    // Nested ix:nonFraction elements must share format, scale and unit (ix11.10.1.1).
    if (tags.length && (tags[0].scale !== scale || tags[0].f.unitRef !== f.unitRef)) continue;
    tags.push({ f, scale, value });
  }
  if (!tags.length) return null;
  let inner = escapeText(displayText(printed.core));
  for (const { f, scale, value } of [...tags].reverse()) {
    const negative = value.isNegative();
    const back = inlineValue(printed.core, printed.format, scale, negative);
    if (!back.eq(value)) throw new Error(`internal: tag for ${f.value} reads back ${back}`);
    inner = element('ix:nonFraction', w.numericAttrs(f, { scale, format: printed.format, negative }), { innerXml: inner });
    w.displayed.add(f);
    w.taggedCount++;
  }
  return escapeText(displayText(printed.before)) + inner + escapeText(displayText(printed.after));
}

/** The scale an item's printed number is in, as the plaintext writer reads it (a percent is 10^-2). */
export function itemScale(it: LineItem): number {
  return it.unit === 'percent' ? it.scale - 2 : it.scale;
}

/**
 * Places every line item with a raw range: a region per printed number that has facts; items without facts are
 * listed untagged, items that cannot be placed too (their facts end up hidden).
 */
export function placeItems(w: InlineWriter, doc: ReleaseDocument, index: RegionIndex): void {
  const seen = new Map<string, number>();
  doc.items.forEach((it, i) => {
    if (it.offset === undefined || it.endOffset === undefined) return;
    const facts = w.byItem.get(i) ?? [];
    const key = `${it.offset}:${it.endOffset}`;
    // Two items read from one printed span (never expected): the first one's tag carries both sets of facts.
    if (seen.has(key)) {
      if (facts.length)
        w.byItem.set(seen.get(key)!, [...(w.byItem.get(seen.get(key)!) ?? []), ...facts.filter((f) => !(w.byItem.get(seen.get(key)!) ?? []).includes(f))]);
      w.renderedItems.add(i);
      return;
    }
    seen.set(key, i);
    if (!facts.length) return; // listed untagged by the caller
    const at = index.locate(it.offset, it.endOffset);
    if (!at) return; // not rendered: reported by the caller, its facts hidden
    index.add(at.node.node, {
      from: at.from,
      to: at.to,
      itemIndex: i,
      render: (printed) => {
        w.renderedItems.add(i);
        const fs = w.byItem.get(i) ?? [];
        return tagNumber(w, printed, fs, itemScale(it), it.pos) ?? escapeText(displayText(printed));
      },
    });
  });
}
