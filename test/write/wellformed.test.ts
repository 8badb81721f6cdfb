// Issue 13, case 1: every file a conversion writes is well-formed, whatever the release text holds. The case is
// reliability/specialchars2.txt (seed 003 with markup, "]]>", "{{...}}", "&", "<", quotes and U+0001 U+0007 in
// row labels): its extension label linkbase held the raw control characters, so no XBRL processor could load it.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { convertText } from '../../src/pipeline/convert.js';
import { create } from 'xmlbuilder2';
import { escapeAttr, escapeText, forXmlBuilder, xmlChars } from '../../src/xml/escape.js';
import * as fragments from '../../src/xml/serialize.js';
import * as inline from '../../src/write/inline/xml.js';
import { parseXml, XmlError } from '../../src/xml/parse.js';
import { BASE_TAXONOMY_DIR } from '../../src/taxonomy/index.js';
import { wellFormedProblem } from '../../scripts/wellformed.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'reliability', 'specialchars2.txt');

describe('one escaper (src/xml/escape.ts)', () => {
  it('is the one both serialisers use', () => {
    expect(fragments.escapeAttr).toBe(escapeAttr);
    expect(fragments.escapeText).toBe(escapeText);
    expect(inline.escapeAttr).toBe(escapeAttr);
    expect(inline.escapeText).toBe(escapeText);
  });

  it('escapes markup as text and replaces the characters XML 1.0 forbids', () => {
    expect(escapeText('M&<b>H</b> ]]> {{title}}')).toBe('M&amp;&lt;b&gt;H&lt;/b&gt; ]]&gt; {{title}}');
    expect(escapeText('Oth\u0001\u0007 x')).toBe('Oth   x');
    // ">" escaped in attributes too (the fragment serialiser did not, the inline one did).
    expect(escapeAttr('a>"b"\t\n\u0001')).toBe('a&gt;&quot;b&quot;&#9;&#10; ');
    // A surrogate pair (an emoji) is a character; U+FFFE and a lone surrogate are not.
    expect(xmlChars('ok \u{1F600} \uFFFE \uD800x')).toBe('ok \u{1F600}    x');
    expect(xmlChars('plain')).toBe('plain');
  });

  it('text handed to xmlbuilder2 round-trips: "&amp;", "&#1;", "&nbsp;" are text, not references', () => {
    // xmlbuilder2 leaves an "&" that looks like a reference unescaped (fuzz case 1-292: "&#1;" in a row label).
    for (const text of ['R&amp;D', 'x&#1;y', 'a&nbsp;b', 'AT&T', '\u0001&lt;']) {
      const xml = create({ version: '1.0' })
        .ele('a', { b: forXmlBuilder(text) })
        .txt(forXmlBuilder(text))
        .end();
      expect(wellFormedProblem('a.xml', xml), xml).toBeUndefined();
      const root = parseXml(xml, 'a.xml').root;
      const expected = xmlChars(text);
      expect(root.children.map((c) => (c.kind === 'text' ? c.text : '')).join('')).toBe(expected);
      expect(root.attrs.find((a) => a.name === 'b')?.value).toBe(expected);
    }
  });

  it('the reader refuses a raw forbidden character with its position', () => {
    expect(() => parseXml('<a>\n x\u0001</a>', 'x.xml')).toThrow(XmlError);
    expect(() => parseXml('<a>\n x\u0001</a>', 'x.xml')).toThrow(/x\.xml:2:3: character U\+0001/);
  });
});

describe('specialchars2.txt converts to well-formed files', () => {
  const c = convertText(readFileSync(FIXTURE, 'utf8'), FIXTURE);
  const outputs: [string, string][] = [
    ['specialchars2.xbrl', c.instance],
    ['specialchars2.xhtml', c.inline],
    ['specialchars2.json', c.json],
    ...c.files,
    // The base taxonomy copied beside them.
    ...readdirSync(BASE_TAXONOMY_DIR)
      .filter((f) => /\.(xsd|xml)$/.test(f))
      .map((f): [string, string] => [f, readFileSync(join(BASE_TAXONOMY_DIR, f), 'utf8')]),
  ];

  it('every output parses with a strict XML parser (and the JSON as JSON)', () => {
    expect(c.files.size).toBeGreaterThan(0);
    for (const [name, text] of outputs) {
      expect(wellFormedProblem(name, text), name).toBeUndefined();
      if (!name.endsWith('.json')) expect(() => parseXml(text, name), name).not.toThrow();
    }
  });

  it('the replaced characters are named in a warning at the label', () => {
    const w = c.messages.filter((m) => m.ruleId === 'map.xml-char');
    expect(w).toHaveLength(1);
    expect(w[0].severity).toBe('warning');
    expect(w[0].message).toContain('U+0001, U+0007');
    expect(w[0].positions).toEqual([{ file: FIXTURE, line: 249, column: 6 }]);
  });

  it('markup in labels is text in the label linkbase and the rendering', () => {
    const lab = [...c.files].find(([n]) => n.endsWith('_lab.xml'))![1];
    expect(lab).toContain('>Oth &lt;!--x--&gt; ]]</link:label>');
    expect(lab).toContain('>A&lt;script&gt;x&lt;/script&gt;{{y}}</link:label>');
    expect(lab).not.toMatch(/<script|<b>|<!--x-->/);
    // The label printed "C&<x> ]]> "q" 'a' &amp;" reads back as printed ("&amp;" was written as a reference).
    expect(lab).toContain('>C&amp;&lt;x&gt; ]]&gt; "q" \'a\' &amp;amp;</link:label>');
    expect(c.inline).not.toMatch(/<script|<b>|<x>|<!--x-->|<!\[CDATA\[x/);
    expect(c.inline).toContain('C&amp;&lt;x&gt; ]]&gt;');
  });
});
