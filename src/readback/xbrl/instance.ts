// XBRL 2.1 instance document -> FactSet. Structure only: the taxonomy is not consulted here (the conformance
// validator in ../validate adds the DTS-dependent rules). An element with a contextRef is an item, one without
// is a tuple (XBRL 2.1 §4.6.1: every item has a contextRef, no tuple has one).
import { NS, type Fact, type FactSet, type Footnote } from '../../model/fact.js';
import type { Message } from '../../model/source.js';
import { XML_NS, attr, childElements, inScopeLang, textContent, type XmlDocument, type XmlElement } from '../../xml/dom.js';
import { serializeNodes } from '../../xml/serialize.js';
import { at, posOf } from '../messages.js';
import { isTrue, numericValue, parseDecimals, parsePrecision } from '../values.js';
import { readContext, readUnit } from './contexts.js';

export const FOOTNOTE_ROLE = 'http://www.xbrl.org/2003/role/footnote';
export const FACT_FOOTNOTE = 'http://www.xbrl.org/2003/arcrole/fact-footnote';

export function readInstanceDocument(doc: XmlDocument): { factSet: FactSet; messages: Message[] } {
  const file = doc.file;
  const messages: Message[] = [];
  const root = doc.root;
  const factSet: FactSet = { schemaRefs: [], namespaces: {}, contexts: {}, units: {}, facts: [], source: file };
  if (root.ns !== NS.xbrli || root.local !== 'xbrl') {
    messages.push(at('xbrl.4.1:rootElement', 'error', `root element is {${root.ns}}${root.local}, not xbrli:xbrl`, file, root));
    return { factSet, messages };
  }
  for (const [p, ns] of Object.entries(root.scope)) if (p && p !== 'xml') factSet.namespaces[p] = ns;
  const footnoteLinks: XmlElement[] = [];
  for (const c of childElements(root)) {
    if (c.ns === NS.link) {
      if (c.local === 'schemaRef') factSet.schemaRefs.push(attr(c, 'href', NS.xlink) ?? '');
      else if (c.local === 'footnoteLink') footnoteLinks.push(c);
      continue;
    }
    if (c.ns === NS.xbrli) {
      if (c.local === 'context') {
        const ctx = readContext(c, file, messages);
        if (ctx) addUnique(factSet.contexts, ctx.id, ctx, 'context', file, c, messages);
      } else if (c.local === 'unit') {
        const u = readUnit(c, file, messages);
        addUnique(factSet.units, u.id, u, 'unit', file, c, messages);
      }
      continue;
    }
    readFact(c, undefined, factSet, file, messages);
  }
  for (const fl of footnoteLinks) readFootnoteLink(fl, factSet, file, messages);
  return { factSet, messages };
}

function addUnique<T>(map: Record<string, T>, id: string, v: T, what: string, file: string, el: XmlElement, messages: Message[]): void {
  if (id in map) messages.push(at('xbrl.duplicate-id', 'error', `duplicate ${what} id "${id}"`, file, el));
  else map[id] = v;
}

function readFact(el: XmlElement, parent: number | undefined, fs: FactSet, file: string, messages: Message[]): void {
  const contextRef = attr(el, 'contextRef');
  const id = attr(el, 'id');
  const concept = el.prefix ? { ns: el.ns, local: el.local, prefix: el.prefix } : { ns: el.ns, local: el.local };
  if (contextRef === undefined) {
    const tuple: Fact = { concept, contextRef: '', value: null, numeric: false, tuple: true, sources: [posOf(file, el)] };
    if (id !== undefined) tuple.id = id;
    if (parent !== undefined) tuple.tupleParent = parent;
    const index = fs.facts.push(tuple) - 1;
    for (const c of childElements(el)) readFact(c, index, fs, file, messages);
    return;
  }
  const unitRef = attr(el, 'unitRef');
  const nil = isTrue(attr(el, 'nil', NS.xsi));
  const numeric = unitRef !== undefined;
  const fact: Fact = { concept, contextRef, value: null, numeric, sources: [posOf(file, el)] };
  if (id !== undefined) fact.id = id;
  if (unitRef !== undefined) fact.unitRef = unitRef;
  if (parent !== undefined) fact.tupleParent = parent;
  const decimals = parseDecimals(attr(el, 'decimals'));
  const precision = parsePrecision(attr(el, 'precision'));
  if (decimals === null) messages.push(at('xbrl.4.6.5:decimalsInvalid', 'error', `decimals "${attr(el, 'decimals')}" is not an integer or INF`, file, el));
  else if (decimals !== undefined) fact.decimals = decimals;
  if (precision === null)
    messages.push(at('xbrl.4.6.4:precisionInvalid', 'error', `precision "${attr(el, 'precision')}" is not a non-negative integer or INF`, file, el));
  else if (precision !== undefined) fact.precision = precision;
  if (!nil) {
    const text = textContent(el);
    if (numeric) {
      const v = numericValue(text);
      if (v === undefined) {
        // Fractions (xbrli:fractionItemType) hold numerator/denominator children; keep them as written.
        const num = childElements(el, NS.xbrli, 'numerator')[0];
        const den = childElements(el, NS.xbrli, 'denominator')[0];
        if (num && den) fact.value = `${textContent(num).trim()}/${textContent(den).trim()}`;
        else {
          messages.push(at('xbrl.numeric-value', 'error', `value "${text.trim()}" of numeric fact ${concept.local} is not a number`, file, el));
          fact.value = text.trim();
        }
      } else fact.value = v;
    } else {
      fact.value = text;
      const lang = inScopeLang(el);
      if (lang !== undefined) fact.lang = lang;
    }
  }
  fs.facts.push(fact);
}

function readFootnoteLink(link: XmlElement, fs: FactSet, file: string, messages: Message[]): void {
  const locs = new Map<string, string[]>();
  const notes = new Map<string, { el: XmlElement; note: Footnote }>();
  for (const c of childElements(link)) {
    const type = attr(c, 'type', NS.xlink);
    const label = attr(c, 'label', NS.xlink) ?? '';
    if (type === 'locator') {
      const href = attr(c, 'href', NS.xlink) ?? '';
      const frag = href.slice(href.indexOf('#') + 1);
      const arr = locs.get(label) ?? [];
      arr.push(frag);
      locs.set(label, arr);
    } else if (type === 'resource') {
      const note: Footnote = {
        role: attr(c, 'role', NS.xlink) ?? FOOTNOTE_ROLE,
        arcrole: FACT_FOOTNOTE,
        content: serializeNodes(c.children),
        factIds: [],
        sources: [posOf(file, c)],
      };
      const id = attr(c, 'id');
      if (id !== undefined) note.id = id;
      const lang = attr(c, 'lang', XML_NS);
      if (lang !== undefined) note.lang = lang;
      notes.set(label, { el: c, note });
    }
  }
  for (const arc of childElements(link)) {
    if (attr(arc, 'type', NS.xlink) !== 'arc') continue;
    const from = attr(arc, 'from', NS.xlink) ?? '';
    const to = attr(arc, 'to', NS.xlink) ?? '';
    const n = notes.get(to);
    const ids = locs.get(from);
    const toIds = locs.get(to);
    if (!n && ids && toIds) {
      // An arc between fact locators: a fact-to-fact relationship (e.g. fact-explanatoryFact).
      (fs.relationships ??= []).push({
        arcrole: attr(arc, 'arcrole', NS.xlink) ?? '',
        linkRole: attr(link, 'role', NS.xlink) ?? 'http://www.xbrl.org/2003/role/link',
        fromIds: ids,
        toIds,
        sources: [posOf(file, arc)],
      });
      continue;
    }
    if (!n || !ids) {
      messages.push(at('xbrl.4.11.1.3:footnoteArc', 'warning', `footnote arc from "${from}" to "${to}" does not join a fact locator to a footnote`, file, arc));
      continue;
    }
    n.note.arcrole = attr(arc, 'arcrole', NS.xlink) ?? FACT_FOOTNOTE;
    n.note.factIds.push(...ids);
  }
  for (const { note } of notes.values()) (fs.footnotes ??= []).push(note);
}
