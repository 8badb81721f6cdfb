// XBRL 2.1 instance writer: FactSet -> instance document text. Pure and deterministic: contexts, units and facts
// are written in a fixed order (see parts.ts) and nothing depends on time or on the input array order.
import { builder, create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { NS, clark, type Fact, type FactSet } from '../../model/fact.js';
import { prefixesFor, type Prefixes } from './namespaces.js';
import {
  accuracyAttr,
  canonicalNumber,
  checkId,
  contextNode,
  schemaRefNode,
  sortedContexts,
  sortedFacts,
  sortedUnits,
  unitNode,
  type XNode,
} from './parts.js';

const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Appends an XNode under `parent`; raw XML children are parsed with the document's prefixes in scope. */
function append(parent: XMLBuilder, n: XNode, p: Prefixes): void {
  if (n.raw !== undefined && n.name === '') {
    importRaw(parent, n.raw, p);
    return;
  }
  const el = parent.ele(n.ns, n.name);
  for (const a of n.attrs) {
    if (a.ns) el.att(a.ns, a.name, a.value);
    else el.att(a.name, a.value);
  }
  if (n.raw !== undefined) importRaw(el, n.raw, p);
  else if (n.children.length) for (const c of n.children) append(el, c, p);
  else if (n.text !== undefined) el.txt(n.text);
}

function importRaw(parent: XMLBuilder, raw: string, p: Prefixes): void {
  const decls = p
    .declarations()
    .map(([prefix, ns]) => ` xmlns:${prefix}="${ns.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`)
    .join('');
  const wrapper = create(`<w${decls}>${raw}</w>`).root();
  for (const child of Array.from(wrapper.node.childNodes)) parent.import(builder(child as never));
}

function factElement(root: XMLBuilder, f: Fact, p: Prefixes): void {
  const el = root.ele(f.concept.ns, p.qname(f.concept));
  if (f.id) el.att('id', checkId(f.id, 'fact'));
  el.att('contextRef', f.contextRef);
  if (f.numeric && f.unitRef) el.att('unitRef', f.unitRef);
  const acc = accuracyAttr(f);
  if (acc) el.att(acc.name, acc.value);
  if (!f.numeric && f.lang) el.att(XML_NS, 'xml:lang', f.lang);
  if (f.value === null) {
    el.att(NS.xsi, `${p.prefixOf(NS.xsi)}:nil`, 'true');
    return;
  }
  el.txt(f.numeric ? canonicalNumber(f) : f.value);
}

export function writeInstance(factSet: FactSet): string {
  const p = prefixesFor(factSet, ['xbrli', 'link', 'xlink', 'xsi', 'xbrldi', 'iso4217']);
  for (const f of factSet.facts) {
    if (!factSet.contexts[f.contextRef]) {
      throw new Error(`fact ${f.id ?? clark(f.concept)} refers to context "${f.contextRef}", which the fact set lacks`);
    }
    if (f.unitRef && !factSet.units[f.unitRef]) {
      throw new Error(`fact ${f.id ?? clark(f.concept)} refers to unit "${f.unitRef}", which the fact set lacks`);
    }
  }
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(NS.xbrli, `${p.prefixOf(NS.xbrli)}:xbrl`);
  for (const [prefix, ns] of p.declarations()) {
    if (prefix !== p.prefixOf(NS.xbrli)) root.att(XMLNS, `xmlns:${prefix}`, ns);
  }
  // XBRL 2.1 4.7: schemaRef first, then contexts, units and items.
  for (const href of factSet.schemaRefs) append(root, schemaRefNode(p, href), p);
  for (const c of sortedContexts(factSet)) append(root, contextNode(p, { ...c, id: checkId(c.id, 'context') }), p);
  for (const u of sortedUnits(factSet)) append(root, unitNode(p, { ...u, id: checkId(u.id, 'unit') }), p);
  for (const f of sortedFacts(factSet)) factElement(root, f, p);
  return doc.end({ prettyPrint: true, indent: '  ', newline: '\n' }) + '\n';
}
