// The Inline XBRL 1.1 schema's constraints, checked without a schema validator: XHTML elements and their
// attributes (table derived from the schema, data/xhtml-attributes.ts), the attributes of each ix element,
// and the content models of ix:header, ix:hidden, ix:references and ix:resources.
import { NS } from '../../model/fact.js';
import { XML_NS, attr, type XmlElement } from '../../xml/dom.js';
import { at } from '../messages.js';
import { XHTML_ATTRIBUTES } from './data/xhtml-attributes.js';
import { IX10, IX11, isIx } from './gather.js';
import type { InlineState } from './state.js';

interface IxAttributes {
  allowed: readonly string[];
  required: readonly string[];
  /** Attributes in other namespaces: none, the xml namespace only, or any namespace but ix (##other). */
  other: 'none' | 'xml' | 'other';
}

const TUPLE_SHARED = ['id', 'name', 'order', 'target', 'tupleRef'];
const TUPLE_CONTENT = ['contextRef', ...TUPLE_SHARED];
const NUMERIC = ['format', 'scale', 'sign'];

const IX_ATTRIBUTES: Record<string, IxAttributes> = {
  header: { allowed: [], required: [], other: 'none' },
  hidden: { allowed: [], required: [], other: 'none' },
  resources: { allowed: [], required: [], other: 'none' },
  exclude: { allowed: [], required: [], other: 'none' },
  references: { allowed: ['id', 'target'], required: [], other: 'other' },
  continuation: { allowed: ['id', 'continuedAt'], required: ['id'], other: 'none' },
  footnote: { allowed: ['continuedAt', 'footnoteRole', 'id', 'title'], required: ['id'], other: 'xml' },
  relationship: { allowed: ['arcrole', 'fromRefs', 'linkRole', 'order', 'toRefs'], required: ['fromRefs', 'toRefs'], other: 'xml' },
  nonFraction: { allowed: [...NUMERIC, 'unitRef', 'decimals', 'precision', ...TUPLE_CONTENT], required: ['unitRef', 'contextRef', 'name'], other: 'other' },
  nonNumeric: { allowed: ['continuedAt', 'escape', 'format', ...TUPLE_CONTENT], required: ['contextRef', 'name'], other: 'other' },
  fraction: { allowed: ['unitRef', ...TUPLE_CONTENT], required: ['unitRef', 'contextRef', 'name'], other: 'other' },
  tuple: { allowed: ['tupleID', ...TUPLE_SHARED], required: ['name'], other: 'other' },
  numerator: { allowed: NUMERIC, required: [], other: 'none' },
  denominator: { allowed: NUMERIC, required: [], other: 'none' },
};

/** Children allowed by the content model of the ix elements that only hold other elements. */
const IX_CONTENT: Record<string, (c: XmlElement) => boolean> = {
  hidden: (c) => isIx(c) && ['footnote', 'fraction', 'nonFraction', 'nonNumeric', 'tuple'].includes(c.local),
  references: (c) => c.ns === NS.link && (c.local === 'schemaRef' || c.local === 'linkbaseRef'),
  resources: (c) =>
    (isIx(c) && c.local === 'relationship') ||
    (c.ns === NS.link && (c.local === 'roleRef' || c.local === 'arcroleRef')) ||
    (c.ns === NS.xbrli && (c.local === 'context' || c.local === 'unit')),
};

const HEADER_ORDER = ['hidden', 'references', 'resources'];

export function checkSchema(st: InlineState): void {
  st.ixds.docs.forEach((doc) => {
    const file = doc.file;
    const err = (code: string, msg: string, el: XmlElement) => st.messages.push(at(code, 'error', msg, file, el));
    if (doc.root.ns !== NS.xhtml || doc.root.local !== 'html') {
      err('ix.schema:rootElement', `root element is {${doc.root.ns}}${doc.root.local}, not the XHTML html element`, doc.root);
    }
    for (const el of doc.elements) {
      if (el.ns === NS.xhtml) checkXhtml(el, err);
      else if (el.ns === IX11 || el.ns === IX10) checkIx(el, err);
    }
  });
}

type Err = (code: string, msg: string, el: XmlElement) => void;

function checkXhtml(el: XmlElement, err: Err): void {
  const allowed = XHTML_ATTRIBUTES[el.local];
  if (!allowed) {
    err('xhtml.schema:elementNotAllowed', `<${el.local}> is not an XHTML 1.1 element of the Inline XBRL schema`, el);
    return;
  }
  for (const a of el.attrs) {
    if (a.ns === NS.xsi) continue;
    const key = a.ns ? `{${a.ns}}${a.local}` : a.local;
    if (!allowed.includes(key)) err('xhtml.schema:attributeNotAllowed', `attribute ${a.name} is not allowed on <${el.local}>`, el);
  }
}

/** ix elements may not appear in the XHTML head (its content model admits none of them). */
function isInsideHead(el: XmlElement): boolean {
  for (let p = el.parent; p; p = p.parent) if (p.ns === NS.xhtml && p.local === 'head') return true;
  return false;
}

function checkIx(el: XmlElement, err: Err): void {
  const spec = IX_ATTRIBUTES[el.local];
  if (!spec) {
    err('ix.schema:elementUnknown', `ix:${el.local} is not an Inline XBRL element`, el);
    return;
  }
  for (const a of el.attrs) {
    if (!a.ns) {
      if (!spec.allowed.includes(a.local)) err('ix.schema:attributeNotAllowed', `attribute ${a.name} is not allowed on ix:${el.local}`, el);
      continue;
    }
    const ok =
      spec.other === 'other' ? a.ns !== IX11 && a.ns !== IX10 && a.ns !== NS.xbrli && a.ns !== NS.link : spec.other === 'xml' ? a.ns === XML_NS : false;
    if (!ok) err('ix.schema:attributeNotAllowed', `attribute ${a.name} is not allowed on ix:${el.local}`, el);
  }
  for (const r of spec.required) if (attr(el, r) === undefined) err('ix.schema:attributeMissing', `ix:${el.local} needs a ${r} attribute`, el);
  const sign = attr(el, 'sign');
  if (sign !== undefined && sign !== '-') err('ix.schema:attributeValue', `sign="${sign}" is not "-"`, el);
  const escape = attr(el, 'escape');
  if (escape !== undefined && !/^\s*(true|false|1|0)\s*$/.test(escape)) err('ix.schema:attributeValue', `escape="${escape}" is not a boolean`, el);
  if (isInsideHead(el)) err('ix.schema:contentNotAllowed', `ix:${el.local} may not appear inside the XHTML head`, el);

  // Where hidden, references and resources may be, and what they and ix:header hold.
  if (HEADER_ORDER.includes(el.local) && !(el.parent && isIx(el.parent, 'header'))) {
    err('ix.schema:contentNotAllowed', `ix:${el.local} must be a child of ix:header`, el);
  }
  if (el.local === 'relationship' && !(el.parent && isIx(el.parent, 'resources'))) {
    err('ix.schema:contentNotAllowed', 'ix:relationship must be a child of ix:resources', el);
  }
  if (el.local === 'header') {
    let last = -1;
    for (const c of el.children) {
      if (c.kind === 'text' && c.text.trim()) err('ix.schema:contentNotAllowed', 'ix:header holds text', el);
      if (c.kind !== 'element') continue;
      const i = isIx(c) ? HEADER_ORDER.indexOf(c.local) : -1;
      if (i < 0) err('ix.schema:contentNotAllowed', `<${c.prefix ? c.prefix + ':' : ''}${c.local}> is not allowed in ix:header`, c);
      else if (i < last || (i === last && c.local !== 'references'))
        err('ix.schema:contentNotAllowed', `ix:${c.local} is out of order in ix:header (hidden, references, resources)`, c);
      else last = i;
    }
  }
  const content = IX_CONTENT[el.local];
  if (content) {
    let elements = 0;
    for (const c of el.children) {
      if (c.kind === 'text' && c.text.trim()) err('ix.schema:contentNotAllowed', `ix:${el.local} holds text`, el);
      if (c.kind !== 'element') continue;
      elements++;
      if (!content(c)) err('ix.schema:contentNotAllowed', `<${c.prefix ? c.prefix + ':' : ''}${c.local}> is not allowed in ix:${el.local}`, c);
    }
    if (!elements && el.local !== 'resources') err('ix.schema:contentNotAllowed', `ix:${el.local} is empty`, el);
  }
}
