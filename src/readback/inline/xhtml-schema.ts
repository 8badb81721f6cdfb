// Reads the XHTML 1.1 modules of the Inline XBRL 1.1 schema (cached under ../shared/xbrl/schemas) and derives,
// for every XHTML element, the attributes it may carry: attributeGroup references are followed, xs:redefine
// overrides the original groups (a self-reference inside a redefinition means the original). Used to generate
// data/xhtml-attributes.ts; the reader itself never needs the schema files.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { XML_NS, attr, childElements, resolveQName, type XmlElement } from '../../xml/dom.js';
import { parseXml } from '../../xml/parse.js';

const XS = 'http://www.w3.org/2001/XMLSchema';
const XHTML = 'http://www.w3.org/1999/xhtml';

export interface XhtmlAttributeTable {
  /** element local name -> allowed attribute names ("name" for no namespace, "{ns}local" otherwise). */
  elements: Record<string, string[]>;
}

export function deriveXhtmlAttributes(driver: string): XhtmlAttributeTable {
  const groups = new Map<string, XmlElement>();
  const types = new Map<string, XmlElement>();
  const elements = new Map<string, XmlElement>();
  const seen = new Set<string>();
  let renames = 0;

  const load = (file: string, redefining?: XmlElement) => {
    const doc = parseXml(readFileSync(file, 'utf8'), file);
    if (doc.root.ns !== XS || doc.root.local !== 'schema') return;
    // Modules without a target namespace are chameleon includes: they take the XHTML one.
    const tns = attr(doc.root, 'targetNamespace');
    if (tns !== undefined && tns !== XHTML) return;
    if (seen.has(file) && !redefining) return;
    seen.add(file);
    for (const c of childElements(doc.root, XS)) {
      const loc = attr(c, 'schemaLocation');
      if (c.local === 'include' && loc) load(resolve(dirname(file), loc));
      else if (c.local === 'redefine' && loc) {
        load(resolve(dirname(file), loc));
        for (const r of childElements(c, XS)) {
          const name = attr(r, 'name');
          if (!name) continue;
          const map = r.local === 'attributeGroup' ? groups : r.local === 'complexType' ? types : undefined;
          if (!map) continue;
          const original = map.get(name);
          if (original) {
            const renamed = `${name}#${++renames}`;
            map.set(renamed, original);
            selfRefs.set(r, [name, renamed]);
          }
          map.set(name, r);
        }
      } else if (c.local === 'attributeGroup' && attr(c, 'name')) groups.set(attr(c, 'name')!, c);
      else if (c.local === 'complexType' && attr(c, 'name')) types.set(attr(c, 'name')!, c);
    }
    // XHTML modularization declares most elements locally, inside content groups: collect them all.
    const stack = [...childElements(doc.root, XS)];
    while (stack.length) {
      const e = stack.pop()!;
      if (e.local === 'element' && attr(e, 'name') && !elements.has(attr(e, 'name')!)) elements.set(attr(e, 'name')!, e);
      stack.push(...childElements(e, XS));
    }
  };
  const selfRefs = new Map<XmlElement, [string, string]>();
  load(driver);

  const refName = (el: XmlElement, v: string) => resolveQName(el, v)?.local ?? v;
  const collect = (node: XmlElement, out: Set<string>, inGroup?: XmlElement, depth = 0) => {
    if (depth > 50) return;
    for (const c of childElements(node, XS)) {
      if (c.local === 'attribute') {
        const name = attr(c, 'name');
        const ref = attr(c, 'ref');
        if (name) out.add(name);
        else if (ref) {
          const q = resolveQName(c, ref);
          if (q) out.add(q.ns === XML_NS || q.ns ? `{${q.ns}}${q.local}` : q.local);
        }
      } else if (c.local === 'attributeGroup' && attr(c, 'ref')) {
        let name = refName(c, attr(c, 'ref')!);
        const self = inGroup && selfRefs.get(inGroup);
        if (self && self[0] === name) name = self[1];
        const g = groups.get(name);
        if (g) collect(g, out, g, depth + 1);
      } else if (c.local === 'anyAttribute') out.add(`*${attr(c, 'namespace') ?? '##any'}`);
      else if (c.local === 'complexContent' || c.local === 'simpleContent') collect(c, out, inGroup, depth + 1);
      else if (c.local === 'extension' || c.local === 'restriction') {
        const base = attr(c, 'base');
        const t = base ? types.get(refName(c, base)) : undefined;
        if (t) collect(t, out, t, depth + 1);
        collect(c, out, inGroup, depth + 1);
      }
    }
  };
  const table: XhtmlAttributeTable = { elements: {} };
  for (const [name, el] of [...elements].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const out = new Set<string>();
    const type = attr(el, 'type');
    const inline = childElements(el, XS, 'complexType')[0];
    if (type) {
      const t = types.get(refName(el, type));
      if (t) collect(t, out, t);
    } else if (inline) collect(inline, out, inline);
    table.elements[name] = [...out].sort();
  }
  return table;
}

/** TypeScript source of data/xhtml-attributes.ts for a derived table. */
export function xhtmlAttributeSource(table: XhtmlAttributeTable): string {
  const lines = [
    '// XHTML 1.1 elements of the Inline XBRL 1.1 schema and the attributes each may carry ("{ns}local" for',
    '// namespaced ones). Generated by deriveXhtmlAttributes() in ../xhtml-schema.ts from',
    '// ../shared/xbrl/schemas/www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd; regenerate, do not edit:',
    '//   node -e "import(\'./dist/src/readback/inline/xhtml-schema.js\').then(m => process.stdout.write(m.xhtmlAttributeSource(m.deriveXhtmlAttributes(process.argv[1]))))" <driver.xsd>',
    '',
    'export const XHTML_ATTRIBUTES: Record<string, readonly string[]> = {',
  ];
  for (const [el, attrs] of Object.entries(table.elements)) lines.push(`  ${JSON.stringify(el)}: ${JSON.stringify(attrs)},`);
  lines.push('};', '');
  return lines.join('\n');
}
