// The XML reading layer (fast-xml-parser + namespaces, positions and safe entities). Expected values come from the
// XML 1.0 and Namespaces in XML rules, worked out by hand for each small document.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { XML_NS, attr, childElements, type XmlElement, type XmlNode } from '../../src/xml/dom.js';
import { parseXml, XmlError } from '../../src/xml/parse.js';

const fail = (xml: string): XmlError => {
  try {
    parseXml(xml, 'doc.xml');
  } catch (e) {
    if (e instanceof XmlError) return e;
    throw e;
  }
  throw new Error('parsed without error');
};

const shape = (nodes: XmlNode[]): unknown[] => nodes.map((n) => (n.kind === 'element' ? { el: n.local, kids: shape(n.children) } : { [n.kind]: n.text }));

describe('tree', () => {
  it('resolves element and attribute names to namespaces; unprefixed attributes take no namespace', () => {
    const doc = parseXml('<r xmlns="urn:d" xmlns:p="urn:p"><p:a p:x="1" y="2" xml:lang="en"><b xmlns="">t</b></p:a></r>', 'ns.xml');
    expect(doc.root).toMatchObject({ ns: 'urn:d', local: 'r', prefix: '', declared: { '': 'urn:d', p: 'urn:p' } });
    const a = doc.root.children[0] as XmlElement;
    expect(a).toMatchObject({ ns: 'urn:p', local: 'a', prefix: 'p', declared: {} });
    expect(a.attrs).toEqual([
      { ns: 'urn:p', local: 'x', name: 'p:x', value: '1' },
      { ns: '', local: 'y', name: 'y', value: '2' },
      { ns: XML_NS, local: 'lang', name: 'xml:lang', value: 'en' },
    ]);
    const b = childElements(a)[0];
    expect(b).toMatchObject({ ns: '', local: 'b', parent: a });
    expect(b.scope).toMatchObject({ '': '', p: 'urn:p' });
    expect(doc.elements.map((e) => [e.local, e.order])).toEqual([
      ['r', 0],
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('keeps mixed content in order: text, elements, comments; CDATA joins the text around it; PIs are dropped', () => {
    const doc = parseXml('<p>a<b>B</b>c<!--x-->d<![CDATA[<e>&amp;]]>f<?pi z?>g<i/></p>', 'm.xml');
    expect(shape(doc.root.children)).toEqual([
      { text: 'a' },
      { el: 'b', kids: [{ text: 'B' }] },
      { text: 'c' },
      { comment: 'x' },
      { text: 'd<e>&amp;fg' },
      { el: 'i', kids: [] },
    ]);
  });

  it('keeps text and attribute values as written: no trimming, no number parsing', () => {
    const doc = parseXml('<a v=" 007 " w="1e3">\n  007 \t</a>', 'w.xml');
    expect(attr(doc.root, 'v')).toBe(' 007 ');
    expect(attr(doc.root, 'w')).toBe('1e3');
    expect(shape(doc.root.children)).toEqual([{ text: '\n  007 \t' }]);
  });

  it('expands the predefined entities and character references exactly once, in text and attributes', () => {
    const doc = parseXml('<a t="&#160;&#x2014;&amp;lt;&quot;">&#160;&#x2014;&amp;lt;&lt;&#x1F600;</a>', 'e.xml');
    expect(attr(doc.root, 't')).toBe('\u00a0\u2014&lt;"');
    expect(shape(doc.root.children)).toEqual([{ text: '\u00a0\u2014&lt;<\u{1F600}' }]);
  });

  it('normalises attribute whitespace before expanding references (XML 1.0 §3.3.3)', () => {
    const doc = parseXml('<a t="x\ty\nz&#10;w"/>', 'n.xml');
    expect(attr(doc.root, 't')).toBe('x y z\nw');
  });

  it('gives every element the line and column of its "<", CR LF input included', () => {
    const doc = parseXml('<?xml version="1.0"?>\r\n<r>\r\n  <a/><b>\r\n\t<c\r\n x="1"/></b>\n</r>', 'l.xml');
    expect(doc.elements.map((e) => [e.local, e.line, e.column])).toEqual([
      ['r', 2, 1],
      ['a', 3, 3],
      ['b', 3, 7],
      ['c', 4, 2],
    ]);
    expect(shape(doc.root.children)[0]).toEqual({ text: '\n  ' });
  });

  it('reads names that are also JavaScript object members like any other', () => {
    const doc = parseXml('<constructor prototype="1" toString="2"><__proto__/><hasOwnProperty/></constructor>', 'o.xml');
    expect(doc.root.local).toBe('constructor');
    expect(doc.root.attrs.map((a) => [a.name, a.value])).toEqual([
      ['prototype', '1'],
      ['toString', '2'],
    ]);
    expect(childElements(doc.root).map((e) => e.local)).toEqual(['__proto__', 'hasOwnProperty']);
  });

  it('reads deeply nested documents (no depth limit, no stack overflow)', () => {
    const depth = 5000;
    const doc = parseXml('<d>'.repeat(depth) + 'x' + '</d>'.repeat(depth), 'deep.xml');
    expect(doc.elements.length).toBe(depth);
    expect(doc.elements[depth - 1].children).toEqual([{ kind: 'text', text: 'x' }]);
  });

  it('accepts a DOCTYPE without internal subset, a BOM, and warns about whitespace before the declaration', () => {
    const warnings: XmlError[] = [];
    const doc = parseXml('\n\n<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n<html/>', 'd.xml', warnings);
    expect(doc.hasDoctype).toBe(true);
    expect(doc.root.line).toBe(5);
    expect(warnings.map((w) => [w.code, w.line])).toEqual([['xml.declaration-not-at-start', 3]]);
    expect(parseXml('\ufeff<a/>', 'bom.xml').root.column).toBe(2);
  });
});

describe('security', () => {
  it('refuses a DOCTYPE internal subset and any entity declaration, with its line, before parsing', () => {
    expect(fail('<?xml version="1.0"?>\n<!DOCTYPE a [\n]>\n<a/>')).toMatchObject({ code: 'xml.unsafe-doctype', line: 2 });
    expect(fail('<a>\n<!ENTITY x "y"></a>')).toMatchObject({ code: 'xml.unsafe-doctype', line: 2, column: 1 });
    const laughs = readFileSync(new URL('../fixtures/readback/billion-laughs.xml', import.meta.url), 'utf8');
    expect(fail(laughs).code).toBe('xml.unsafe-doctype');
    const xxe = readFileSync(new URL('../fixtures/readback/xxe.xml', import.meta.url), 'utf8');
    expect(fail(xxe).code).toBe('xml.unsafe-doctype');
  });

  it('never expands entities beyond the predefined five (HTML names included)', () => {
    expect(fail('<a>\n x &nbsp;</a>')).toMatchObject({ code: 'xml.entity', line: 2, column: 4 });
    expect(fail('<a t="&copy;"/>')).toMatchObject({ code: 'xml.entity', line: 1 });
    expect(fail('<a>&#0;</a>').code).toBe('xml.entity');
    expect(fail('<a>\n & b</a>')).toMatchObject({ code: 'xml.entity', line: 2 });
  });
});

describe('well-formedness', () => {
  it('rejects a mismatched end tag at the end tag', () => {
    expect(fail('<a>\n<b>\n</a>')).toMatchObject({ code: 'xml.not-well-formed', line: 3, column: 1 });
  });

  it('rejects unclosed elements where the document ends', () => {
    expect(fail('<a>\n<b></b>\n')).toMatchObject({ code: 'xml.not-well-formed', line: 3 });
    expect(fail('<a>\n<b>\n<c>').reason).toMatch(/<a>, <b>, <c> not closed/);
  });

  it('rejects bad attributes', () => {
    expect(fail('<a\n x=1/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a\n x/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a x="1"\n x="2"/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a x="1"y="2"/>').code).toBe('xml.not-well-formed');
    expect(fail('<a\n x="<"/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a xmlns:p="urn:p" p:x="1" xmlns:q="urn:p" q:x="2"/>').code).toBe('xml.namespace');
  });

  it('rejects content outside a single root, self-closing roots included', () => {
    expect(fail('<a/>\n<b/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a/>\ntext')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a></a>\n<b/>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(parseXml('<a/>\n<!-- end --><?pi x?>\n', 'ok.xml').root.local).toBe('a');
  });

  it('rejects misplaced declarations, "]]>" in text and unterminated comments', () => {
    expect(fail('<X>\n<?xml version="1.0"?>\n<a/></X>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
    expect(fail('<a>\nx]]>y</a>')).toMatchObject({ code: 'xml.not-well-formed', line: 2, column: 2 });
    expect(fail('<a>\n<!-- x </a>')).toMatchObject({ code: 'xml.not-well-formed', line: 2, reason: 'unterminated comment' });
    expect(fail('<a>\n<!FOO x></a>')).toMatchObject({ code: 'xml.not-well-formed', line: 2 });
  });

  it('rejects undeclared prefixes as namespace errors at the element', () => {
    expect(fail('<a>\n  <p:b/></a>')).toMatchObject({ code: 'xml.namespace', line: 2, column: 3 });
    expect(fail('<a p:x="1"/>').code).toBe('xml.namespace');
  });
});
