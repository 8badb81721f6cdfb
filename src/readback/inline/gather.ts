// Gathers the Inline XBRL elements of every document of an Inline XBRL Document Set (IXDS) in document order.
import { attr, type XmlDocument, type XmlElement } from '../../xml/dom.js';

export const IX11 = 'http://www.xbrl.org/2013/inlineXBRL';
export const IX10 = 'http://www.xbrl.org/2008/inlineXBRL';

export function isIx(el: XmlElement, local?: string): boolean {
  return (el.ns === IX11 || el.ns === IX10) && (local === undefined || el.local === local);
}

export interface IxElement {
  el: XmlElement;
  /** Index of the document in the IXDS. */
  doc: number;
  file: string;
}

export interface Ixds {
  docs: XmlDocument[];
  /** ix elements by local name, in document order (document by document). */
  byName: Map<string, IxElement[]>;
  /** Every element with an id attribute, per document: id -> elements (more than one is an error). */
  ids: Map<string, XmlElement[]>[];
  /** ix elements (facts, footnotes, continuations) by id across the IXDS. */
  ixIds: Map<string, IxElement[]>;
}

export function gather(docs: XmlDocument[]): Ixds {
  const byName = new Map<string, IxElement[]>();
  const ids: Map<string, XmlElement[]>[] = [];
  const ixIds = new Map<string, IxElement[]>();
  docs.forEach((doc, d) => {
    const idMap = new Map<string, XmlElement[]>();
    ids.push(idMap);
    for (const el of doc.elements) {
      const id = attr(el, 'id');
      if (id !== undefined) {
        const a = idMap.get(id);
        if (a) a.push(el);
        else idMap.set(id, [el]);
      }
      if (el.ns !== IX11 && el.ns !== IX10) continue;
      const ie: IxElement = { el, doc: d, file: doc.file };
      const list = byName.get(el.local);
      if (list) list.push(ie);
      else byName.set(el.local, [ie]);
      if (id !== undefined) {
        const a = ixIds.get(id);
        if (a) a.push(ie);
        else ixIds.set(id, [ie]);
      }
    }
  });
  return { docs, byName, ids, ixIds };
}

export function ixList(ixds: Ixds, local: string): IxElement[] {
  return ixds.byName.get(local) ?? [];
}

/** Nearest ancestor in the ix namespace with one of the given local names. */
export function ixAncestor(el: XmlElement, locals: readonly string[]): XmlElement | undefined {
  for (let p = el.parent; p; p = p.parent) if (isIx(p) && locals.includes(p.local)) return p;
  return undefined;
}
