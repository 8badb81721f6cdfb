// What the inline reader and its rule checks share: the document set being read, the messages so far, the
// contexts and units read, and two small helpers over ix elements. Its own module so the rules do not import
// the reader that calls them.
import type { Context, Unit } from '../../model/fact.js';
import type { Message } from '../../model/source.js';
import type { XmlElement } from '../../xml/dom.js';
import { isIx, type IxElement, type Ixds } from './gather.js';

export interface InlineState {
  ixds: Ixds;
  messages: Message[];
  contexts: Record<string, Context>;
  units: Record<string, Unit>;
  /** Continuation elements by id. */
  continuations: Map<string, IxElement>;
}

/** The displayed text of an ix:nonFraction: its text, or that of the nested ix:nonFraction. */
export function innerNonFraction(el: XmlElement): XmlElement {
  let cur = el;
  for (;;) {
    const inner = cur.children.find((c): c is XmlElement => c.kind === 'element' && isIx(c, 'nonFraction'));
    if (!inner) return cur;
    cur = inner;
  }
}

/** An IDREFS attribute value as a list of ids. */
export function idrefs(v: string | undefined): string[] {
  return (v ?? '').trim().split(/\s+/).filter(Boolean);
}
