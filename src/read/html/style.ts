// What a cell's CSS says about layout: how far its text is indented (padding, margin, text-indent of the cell and
// of the paragraph inside it, as Word and Workiva print hierarchy) and whether it is bold.
import { attr, childrenOf, isElement, type Element } from './parse.js';

const UNIT_PT: Record<string, number> = { pt: 1, px: 0.75, in: 72, cm: 28.35, mm: 2.835, em: 10, rem: 10, ex: 5, pc: 12 };

function toPt(v: string): number {
  const m = v.trim().match(/^(-?\d*\.?\d+)\s*([a-z%]*)$/i);
  if (!m) return 0;
  const n = Number(m[1]);
  const unit = m[2].toLowerCase();
  if (!unit) return n * 0.75;
  return unit === '%' ? 0 : n * (UNIT_PT[unit] ?? 0);
}

/** Declarations of a style attribute, later ones winning. */
export function styleMap(style: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!style) return out;
  for (const decl of style.split(';')) {
    const k = decl.indexOf(':');
    if (k < 0) continue;
    out.set(
      decl.slice(0, k).trim().toLowerCase(),
      decl
        .slice(k + 1)
        .trim()
        .replace(/\s*!important$/i, ''),
    );
  }
  return out;
}

/** Left side of a "padding"/"margin" shorthand or its -left longhand, in points. */
function leftOf(s: Map<string, string>, prop: string): number {
  const long = s.get(`${prop}-left`);
  if (long !== undefined) return toPt(long);
  const short = s.get(prop);
  if (!short) return 0;
  const parts = short.split(/\s+/);
  const left = parts.length === 4 ? parts[3] : parts.length >= 2 ? parts[1] : parts[0];
  return toPt(left);
}

function ownIndent(el: Element): number {
  const s = styleMap(attr(el, 'style'));
  const indent = s.get('text-indent');
  return leftOf(s, 'padding') + leftOf(s, 'margin') + (indent ? toPt(indent) : 0);
}

/**
 * Indentation of a cell's first printed line in points: the cell's padding plus that of the block elements
 * leading to its first text (`<p style="margin-left:30pt;text-indent:-10pt">` prints its first line at 20pt).
 */
export function cellIndent(td: Element): number {
  let total = ownIndent(td);
  let el: Element | undefined = td;
  for (let depth = 0; el && depth < 6; depth++) {
    const next: Element | undefined = childrenOf(el).find(
      (c): c is Element => isElement(c) && (c.tagName === 'p' || c.tagName === 'div' || c.tagName === 'span' || c.tagName === 'font'),
    );
    if (!next) break;
    if (next.tagName === 'p' || next.tagName === 'div') total += ownIndent(next);
    el = next;
  }
  return total;
}

const BOLD_RE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;

/** All printed text of the element is bold (<b>, <strong>, font-weight). */
export function isBold(el: Element): boolean {
  if (el.tagName === 'b' || el.tagName === 'strong' || el.tagName === 'th' || BOLD_RE.test(attr(el, 'style') ?? '')) return true;
  const kids = childrenOf(el).filter((c) =>
    isElement(c) ? c.tagName !== 'br' : c.nodeName === '#text' && 'value' in c && (c as { value: string }).value.replace(/[\s\u00a0]/g, '') !== '',
  );
  return kids.length > 0 && kids.every((c) => isElement(c) && isBold(c));
}

/** A rule drawn above or below the cell (the line over a total). */
export function hasBorder(el: Element, side: 'top' | 'bottom' | 'left' | 'right'): boolean {
  const s = styleMap(attr(el, 'style'));
  const v = s.get(`border-${side}`) ?? s.get(`border-${side}-style`) ?? s.get('border');
  return !!v && !/\bnone\b|\bhidden\b|^0(?:px|pt)?\b/i.test(v) && /solid|double|dotted|dashed|\d/.test(v);
}

/** The bold text a cell or paragraph starts with, when normal-weight text follows it ("<b>Energy ... Sales</b> by industry ..."). */
export function leadingBold(el: Element): string {
  const parts: string[] = [];
  let done = false;
  let rest = false;
  const walk = (n: Element, bold: boolean) => {
    for (const c of childrenOf(n)) {
      if (done) return;
      if (isElement(c)) {
        walk(c, bold || c.tagName === 'b' || c.tagName === 'strong' || BOLD_RE.test(attr(c, 'style') ?? ''));
        continue;
      }
      const value = 'value' in c ? String((c as { value: string }).value) : '';
      if (!value.replace(/[\s\u00a0]/g, '')) continue;
      if (bold) parts.push(value);
      else {
        done = true;
        rest = true;
      }
    }
  };
  walk(el, BOLD_RE.test(attr(el, 'style') ?? ''));
  const text = parts
    .join('')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  return rest && text ? text : '';
}

/** The font size in points the cell's first text is printed in (CSS font-size down to it), undefined when none says. */
export function fontSizePt(td: Element): number | undefined {
  let size: number | undefined;
  let el: Element | undefined = td;
  for (let depth = 0; el && depth < 8; depth++) {
    const v = styleMap(attr(el, 'style')).get('font-size');
    const pt = v ? toPt(v) : 0;
    if (pt > 0) size = pt;
    el = childrenOf(el).find((c): c is Element => isElement(c) && c.tagName !== 'br');
  }
  return size;
}
