import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { readInline, unwrapEdgarSgml } from '../../src/readback/index.js';
// Files are decoded and told apart by the one loader (src/pipeline/load.ts); these tests moved with the code.
import { loadDocument, sniffDocument } from '../../src/pipeline/load.js';
import { decodeBytes } from '../../src/model/text.js';

const FIX = new URL('../fixtures/readback/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, FIX), 'utf8');

/** A minimal Inline XBRL document around a body fragment, for rule tests. */
function doc(body: string, resources = ''): string {
  return `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL"
 xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" xmlns:xbrli="http://www.xbrl.org/2003/instance"
 xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:a="http://example.com/a"><body>
<div style="display:none"><ix:header><ix:references><link:schemaRef xlink:type="simple" xlink:href="a.xsd"/></ix:references>
<ix:resources><xbrli:context id="c"><xbrli:entity><xbrli:identifier scheme="http://x">1</xbrli:identifier></xbrli:entity>
<xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
<xbrli:unit id="u"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>${resources}</ix:resources></ix:header></div>
${body}
</body></html>`;
}

const codes = (r: ReturnType<typeof readInline>) => r.messages.map((m) => m.ruleId);

describe('readInline on a hand-written Inline XBRL document', () => {
  const { factSet, messages } = readInline(read('small-inline.xhtml'), 'small-inline.xhtml');
  const byName = (local: string) => factSet.facts.find((f) => f.concept.local === local)!;

  it('reads without messages', () => {
    expect(messages).toEqual([]);
    expect(factSet.schemaRefs).toEqual(['acme-2024.xsd']);
    expect(Object.keys(factSet.contexts)).toEqual(['D2024']);
    expect(Object.keys(factSet.units)).toEqual(['USD', 'pure']);
  });

  it('applies format, scale and sign exactly', () => {
    expect(byName('Revenue')).toMatchObject({ value: '1234000', decimals: -3, unitRef: 'USD', numeric: true, id: 'rev' });
    expect(byName('NetIncomeLoss').value).toBe('-37835000');
    expect(byName('Margin').value).toBe('0.125');
    expect(byName('Other').value).toBe('0');
  });

  it('reads nested nonFraction facts as two facts with the same value', () => {
    expect(byName('Outer').value).toBe('1000');
    expect(byName('Inner').value).toBe('1000');
  });

  it('reads nil numeric facts', () => {
    expect(byName('Nil')).toMatchObject({ value: null, numeric: true });
    expect(byName('Nil').decimals).toBeUndefined();
  });

  it('joins continuation chains and drops ix:exclude content', () => {
    expect(byName('Policy').value).toBe('Revenue is recognised when control passes to the customer.');
    expect(byName('Policy').lang).toBe('en');
  });

  it('keeps markup of escaped nonNumeric facts, without ix elements or excluded content', () => {
    expect(byName('PolicyBlock').value).toBe('<p>Bold <b>claim</b> kept</p>');
  });

  it('reads hidden facts', () => {
    expect(byName('DocumentType').value).toBe('8-K');
  });

  it('reads footnotes and relationships', () => {
    expect(factSet.footnotes).toHaveLength(1);
    expect(factSet.footnotes![0]).toMatchObject({ id: 'fn1', factIds: ['rev'], lang: 'en', content: 'Amounts in thousands.' });
  });

  it('gives each fact the line and column of its element', () => {
    const lines = read('small-inline.xhtml').split('\n');
    const line = lines.findIndex((l) => l.includes('id="rev"')) + 1;
    const column = lines[line - 1].indexOf('<ix:nonFraction id="rev"') + 1;
    expect(byName('Revenue').sources).toEqual([{ file: 'small-inline.xhtml', line, column }]);
  });
});

describe('Inline XBRL rules', () => {
  it('rejects nested nonFractions with different scale', () => {
    const r = readInline(
      doc(
        '<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0" scale="3"><ix:nonFraction name="a:Y" contextRef="c" unitRef="u" decimals="0">1</ix:nonFraction></ix:nonFraction>',
      ),
      'n.html',
    );
    expect(codes(r)).toContain('ix11.10.1.2:nestedNonFractionProperties');
    expect(r.messages[0].positions?.[0].line).toBe(9);
  });

  it('rejects an unknown transformation and an invalid value', () => {
    const unknown = readInline(doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0" format="ixt:nosuch">1</ix:nonFraction>'), 'n.html');
    expect(codes(unknown)).toEqual(['ix11.10.1.2:invalidTransformation']);
    const bad = readInline(
      doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0" format="ixt:num-dot-decimal">1,2,x</ix:nonFraction>'),
      'n.html',
    );
    expect(codes(bad)).toEqual(['ix11.10.1.1:transformValueError']);
    expect(bad.factSet.facts).toEqual([]);
  });

  it('rejects a negative number without a format', () => {
    const r = readInline(doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0">-5</ix:nonFraction>'), 'n.html');
    expect(r.messages.length).toBeGreaterThan(0);
  });

  it('reports continuation problems', () => {
    const missing = readInline(doc('<ix:nonNumeric name="a:T" contextRef="c" continuedAt="nope">x</ix:nonNumeric>'), 'n.html');
    expect(codes(missing)).toContain('ix11.11.1.2:continuationMissing');
    const unref = readInline(doc('<ix:continuation id="k">x</ix:continuation>'), 'n.html');
    expect(codes(unref)).toContain('ix11.4.1.2:continuationNotReferenced');
    const cycle = readInline(
      doc(
        '<ix:nonNumeric name="a:T" contextRef="c" continuedAt="k1">x</ix:nonNumeric><ix:continuation id="k1" continuedAt="k2">y</ix:continuation><ix:continuation id="k2" continuedAt="k1">z</ix:continuation>',
      ),
      'n.html',
    );
    expect(codes(cycle)).toContain('ix11.4.1.2:continuationCycle');
  });

  it('reports misplaced ix:exclude and bad context references', () => {
    expect(codes(readInline(doc('<p><ix:exclude>x</ix:exclude></p>'), 'n.html'))).toContain('ix11.5.1.1:excludeMisplaced');
    expect(codes(readInline(doc('<ix:nonNumeric name="a:T" contextRef="zz">x</ix:nonNumeric>'), 'n.html'))).toContain('ix11.11.1.2:contextReference');
    expect(codes(readInline(doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="zz" decimals="0">1</ix:nonFraction>'), 'n.html'))).toContain(
      'ix11.10.1.2:unitReference',
    );
  });

  it('reads a document set of several documents and target documents', () => {
    const one = doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0">1</ix:nonFraction>');
    const two = doc(
      '<ix:nonFraction name="a:Y" contextRef="c2" unitRef="u" decimals="0">2</ix:nonFraction><ix:nonNumeric name="a:Z" contextRef="c2" target="other">t</ix:nonNumeric>',
      '',
    )
      .replace('<xbrli:context id="c">', '<xbrli:context id="c2">')
      .replace('<xbrli:unit id="u">', '<xbrli:unit id="u2">')
      .replace('<ix:references>', '<ix:references target="other"><link:schemaRef xlink:type="simple" xlink:href="b.xsd"/></ix:references><ix:references>');
    const r = readInline([one, two], ['one.html', 'two.html']);
    expect(r.messages).toEqual([]);
    expect(r.factSet.facts.map((f) => [f.concept.local, f.value, f.sources?.[0].file])).toEqual([
      ['X', '1', 'one.html'],
      ['Y', '2', 'two.html'],
    ]);
    const other = readInline([one, two], ['one.html', 'two.html'], { target: 'other' });
    expect(other.factSet.facts.map((f) => f.concept.local)).toEqual(['Z']);
    expect(other.factSet.schemaRefs).toEqual(['b.xsd']);
  });
});

describe('document kinds', () => {
  it('sniffs instance, inline and JSON documents', () => {
    expect(sniffDocument(read('small-instance.xml'))).toBe('instance');
    expect(sniffDocument(read('small-inline.xhtml'))).toBe('inline');
    expect(sniffDocument('{"documentInfo":{}}')).toBe('json');
    expect(sniffDocument('<root/>')).toBe('unknown');
  });

  it('reads through an EDGAR SGML wrapper, keeping line numbers', () => {
    const wrapped = '\n<XBRL>\n' + read('small-inline.xhtml') + '</XBRL>\n';
    expect(unwrapEdgarSgml(wrapped).split('\n').length).toBe(wrapped.split('\n').length);
    const r = readInline(wrapped, 'w.htm');
    expect(r.messages).toEqual([]);
    const plain = readInline(read('small-inline.xhtml'), 'w.htm');
    expect(r.factSet.facts[0].sources![0].line).toBe(plain.factSet.facts[0].sources![0].line + 2);
  });
});

describe('Inline XBRL schema constraints', () => {
  it('rejects XHTML elements and attributes outside XHTML 1.1', () => {
    const font = readInline(doc('<p><font size="2">x</font></p>'), 'f.html');
    expect(codes(font)).toContain('xhtml.schema:elementNotAllowed');
    const width = readInline(doc('<table><tr><td width="10">x</td></tr></table>'), 'w.html');
    expect(codes(width)).toContain('xhtml.schema:attributeNotAllowed');
    expect(width.messages[0].message).toMatch(/width/);
  });

  it('checks the attributes of ix elements', () => {
    const missing = readInline(doc('<ix:nonFraction name="a:X" contextRef="c" decimals="0">1</ix:nonFraction>'), 'm.html');
    expect(codes(missing)).toContain('ix.schema:attributeMissing');
    const extra = readInline(doc('<ix:nonNumeric name="a:T" contextRef="c" foo="bar">x</ix:nonNumeric>'), 'e.html');
    expect(codes(extra)).toContain('ix.schema:attributeNotAllowed');
    const sign = readInline(doc('<ix:nonFraction name="a:X" contextRef="c" unitRef="u" decimals="0" sign="+">1</ix:nonFraction>'), 's.html');
    expect(codes(sign)).toContain('ix.schema:attributeValue');
  });

  it('checks where header parts may be and what they hold', () => {
    const hidden = readInline(doc('<ix:hidden><ix:nonNumeric name="a:T" contextRef="c">x</ix:nonNumeric></ix:hidden>'), 'h.html');
    expect(codes(hidden)).toContain('ix.schema:contentNotAllowed');
    const text = readInline(doc('').replace('<ix:references>', '<ix:hidden>text</ix:hidden><ix:references>'), 't.html');
    expect(codes(text)).toContain('ix.schema:contentNotAllowed');
  });
});

describe('tuples and fractions', () => {
  it('reads tuples and the facts inside them', () => {
    const r = readInline(
      doc(
        '<ix:tuple name="a:Officer" tupleID="t1"><ix:nonNumeric name="a:Name" contextRef="c">Ada</ix:nonNumeric></ix:tuple><ix:nonNumeric name="a:Title" contextRef="c" tupleRef="t1">CEO</ix:nonNumeric>',
      ),
      't.html',
    );
    expect(r.messages).toEqual([]);
    const t = r.factSet.facts.findIndex((f) => f.tuple);
    expect(r.factSet.facts.filter((f) => f.tupleParent === t).map((f) => f.value)).toEqual(['Ada', 'CEO']);
  });

  it('reads fractions as numerator/denominator', () => {
    const r = readInline(
      doc('<ix:fraction name="a:F" contextRef="c" unitRef="u"><ix:numerator>1</ix:numerator>/<ix:denominator>3</ix:denominator></ix:fraction>'),
      'f.html',
    );
    expect(r.messages).toEqual([]);
    expect(r.factSet.facts[0]).toMatchObject({ value: '1/3', numeric: true });
  });
});

describe('loadDocument (formerly readXbrlDocument)', () => {
  const path = (name: string) => fileURLToPath(new URL(name, FIX));
  it('reads instance and inline files by their content', async () => {
    const i = await loadDocument(path('small-instance.xml'));
    expect(i.factSet.facts.length).toBeGreaterThan(5);
    const x = await loadDocument(path('small-inline.xhtml'));
    expect(x.factSet.facts.find((f) => f.concept.local === 'Revenue')?.value).toBe('1234000');
  });
});

describe('fact-to-fact relationships', () => {
  it('reads ix:relationship elements that join facts', () => {
    const r = readInline(
      doc(
        '<ix:nonNumeric id="t1" name="a:T" contextRef="c">x</ix:nonNumeric><ix:nonNumeric id="t2" name="a:U" contextRef="c">y</ix:nonNumeric>',
        '<ix:relationship arcrole="http://www.xbrl.org/2009/arcrole/fact-explanatoryFact" fromRefs="t1" toRefs="t2"/>',
      ),
      'r.html',
    );
    expect(r.messages).toEqual([]);
    expect(r.factSet.relationships).toEqual([
      expect.objectContaining({ arcrole: 'http://www.xbrl.org/2009/arcrole/fact-explanatoryFact', fromIds: ['t1'], toIds: ['t2'] }),
    ]);
  });
});

describe('escaped markup', () => {
  it('writes empty XHTML elements with an end tag, except HTML void elements', () => {
    const r = readInline(
      doc('<ix:nonNumeric name="a:T" contextRef="c" escape="true"><table><tr><td></td><td>x<br/></td></tr></table></ix:nonNumeric>'),
      'e.html',
    );
    expect(r.factSet.facts[0].value).toBe('<table><tr><td></td><td>x<br/></td></tr></table>');
  });
});

describe('tuple order', () => {
  it('orders tuple children by their order attribute, tupleRef facts included wherever they are', () => {
    const r = readInline(
      doc(
        '<ix:nonNumeric name="a:B" contextRef="c" tupleRef="t1" order="2">second</ix:nonNumeric><ix:tuple name="a:Officer" tupleID="t1"><ix:nonNumeric name="a:C" contextRef="c" order="3">third</ix:nonNumeric><ix:nonNumeric name="a:A" contextRef="c" order="1">first</ix:nonNumeric></ix:tuple>',
      ),
      'o.html',
    );
    expect(r.messages).toEqual([]);
    expect(r.factSet.facts.map((f) => f.value ?? f.concept.local)).toEqual(['Officer', 'first', 'second', 'third']);
    expect(r.factSet.facts.slice(1).every((f) => f.tupleParent === 0)).toBe(true);
  });
});

describe('decodeDocument', () => {
  it('honours the encoding of the XML declaration', async () => {
    const decodeDocument = (b: Uint8Array) => decodeBytes(b).text;
    const latin1 = Uint8Array.from([...Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>'), 0xe9, ...Buffer.from('</a>')]);
    expect(decodeDocument(latin1)).toContain('<a>é</a>');
    expect(decodeDocument(Buffer.from('<a>é</a>'))).toBe('<a>é</a>');
  });
});
