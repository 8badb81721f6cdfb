// Inline XBRL of HTML releases (src/write/inline/html): every corpus HTML release that converts writes the
// company's own document as XHTML valid against the Inline XBRL 1.1 schema, read back (src/readback) into the
// instance's facts, with no script and no event handler left.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { convertText } from '../../src/pipeline/convert.js';
import { readInline } from '../../src/readback/index.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInlineXsd } from '../helpers/xsd.js';
import { factKeys } from './compare.js';

const CORPUS = join(process.env.IXPORT_SHARED ?? resolve(import.meta.dirname, '..', '..', '..', 'shared'), 'corpus');
const ONLY = process.env.IXPORT_HTML_ONLY;
const files = ['html', 'html-2']
  .map((d) => join(CORPUS, d))
  .filter((d) => existsSync(d))
  .flatMap((d) =>
    readdirSync(d)
      .filter((f) => /\.html?$/.test(f))
      .sort()
      .map((f) => join(d, f)),
  )
  .filter((f) => !ONLY || f.includes(ONLY));

describe.skipIf(!files.length || !SHARED_AVAILABLE)("HTML releases: inline document of the company's own page", () => {
  if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);
  test.each(files.map((f) => [f.split('/').pop()!, f]))(
    '%s',
    async (_name, file) => {
      const text = readFileSync(file, 'utf8');
      let c;
      try {
        c = convertText(text, file, { kind: 'html-release' });
      } catch (e) {
        // A release the reader or mapper refuses is not this writer's concern.
        console.warn(`${file}: does not convert: ${(e as Error).message}`);
        return;
      }
      const xhtml = c.inline;
      expect(xhtml).not.toMatch(/<script\b/i);
      expect(xhtml).not.toMatch(/\son[a-z]+\s*=/i);
      expect(xhtml).not.toMatch(/<!DOCTYPE/i);
      expect(xhtml).not.toMatch(/<(?:document|type|sequence|filename|description|text)\b/i);
      const entities = new Set((xhtml.match(/&[A-Za-z][A-Za-z0-9]*;/g) ?? []).filter((e) => !['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'].includes(e)));
      expect([...entities]).toEqual([]);
      const v = await validateInlineXsd([{ fileName: 'doc.xhtml', contents: xhtml }]);
      expect(v.errors.slice(0, 10)).toEqual([]);
      const back = readInline(xhtml, `${file}.xhtml`);
      expect(back.messages.filter((m) => m.severity === 'error').slice(0, 10)).toEqual([]);
      expect(factKeys(back.factSet)).toEqual(factKeys(c.factSet));
      // The numbers are tagged where they are printed: few facts go hidden.
      const numeric = c.factSet.facts.filter((f) => f.numeric).length;
      const hidden = c.messages.filter((m) => m.ruleId === 'write.hidden-fact' && m.severity === 'warning').length;
      expect(hidden, `${hidden} of ${numeric} numeric facts hidden`).toBeLessThanOrEqual(Math.max(2, numeric * 0.02));
    },
    120_000,
  );
});

describe('HTML release: a synthetic page with the printed forms of real ones', () => {
  const file = resolve(import.meta.dirname, '..', 'fixtures', 'write', 'html', 'synthetic.htm');
  const c = convertText(readFileSync(file, 'utf8'), file, { kind: 'html-release' });
  const xhtml = c.inline;
  const tag = (id: string) => {
    const m = new RegExp(`<ix:nonFraction id="${id}"[^>]*>([^<]*)</ix:nonFraction>(.{0,80})`, 's').exec(xhtml);
    expect(m, id).not.toBeNull();
    return { open: m![0].slice(0, m![0].indexOf('>') + 1), text: m![1], after: m![2] };
  };

  test('split paren "(103" + ")": the tag holds 103, sign="-" from the fact, the ")" stays in its own cell', () => {
    const t = tag('f_OtherNonoperatingIncomeExpense_D2004-03-28_2004-06-26_USD');
    expect(t.text).toBe('103');
    expect(t.open).toContain('sign="-"');
    expect(t.open).toContain('scale="6"');
    expect(t.after).toMatch(/^<\/span><\/td><td[^>]*><span[^>]*>\)<\/span>/);
    expect(xhtml).toMatch(/>\(<ix:nonFraction id="f_OtherNonoperatingIncomeExpense_D2004/);
  });

  test('a positive number has no sign; a "$" cell of its own stays outside the tag', () => {
    const t = tag('f_example_NetSales_D2004-03-28_2004-06-26_USD');
    expect(t.text).toBe('2,014');
    expect(t.open).not.toContain('sign=');
    expect(t.open).toContain('format="ixt:num-dot-decimal"');
    expect(xhtml).toMatch(/<td>\$<\/td><td align="right"[^>]*><span[^>]*><ix:nonFraction id="f_example_NetSales_D2004/);
  });

  test('an em-dash zero is ixt:fixed-zero; a footnote marker after the number stays outside', () => {
    const z = tag('f_example_RestructuringCosts_D2004-03-28_2004-06-26_USD');
    expect(z.text).toBe('\u2014');
    expect(z.open).toContain('format="ixt:fixed-zero"');
    const n = tag('f_NetIncomeLoss_D2004-03-28_2004-06-26_USD');
    expect(n.text).toBe('61');
    expect(n.after).toMatch(/^<sup>\(a\)<\/sup>/);
  });

  test('a number printed twice for one fact is tagged twice ("$2,014" in a cell: the "$" outside)', () => {
    expect(xhtml).toMatch(/\$<ix:nonFraction id="f_example_NetSales_D2004-03-28_2004-06-26_USD-2"[^>]*>2,014</);
  });

  test('cover facts are tagged where printed (a date through the TR4 transform)', () => {
    expect(xhtml).toMatch(/<ix:nonNumeric id="f_EntityRegistrantName_[^"]*"[^>]*>Example Corp\.<\/ix:nonNumeric>/);
    expect(xhtml).toMatch(/format="ixt:date-monthname-day-year-en"[^>]*>June 26, 2004</);
    expect(c.messages.filter((m) => m.ruleId === 'write.hidden-fact')).toEqual([]);
  });

  test('scripts, handlers and external references are dropped with messages; styles and relative images kept', () => {
    const body = xhtml.replace(/xmlns(?::\w+)?="[^"]*"|<ix:header>[\s\S]*<\/ix:header>/g, '');
    expect(body).not.toMatch(/<script|document\.write|\son[a-z]+=|https?:|example\.com/i);
    expect(xhtml).toContain('<img src="logo.gif" alt="Example logo"/>');
    expect(xhtml).toContain('<a href="#notes">the notes</a>');
    expect(xhtml).toMatch(/<style type="text\/css">[^<]*p\.lead \{ font-weight: bold; \}/);
    expect(xhtml).toContain('td &gt; font');
    const ids = c.messages.map((m) => m.ruleId);
    expect(ids).toEqual(expect.arrayContaining(['write.html-script', 'write.html-handler', 'write.html-external']));
    const ext = c.messages.find((m) => m.ruleId === 'write.html-external')!;
    expect(ext.message).toContain('https://example.com/remote.css');
    expect(ext.message).toContain('http://example.com/pixel.gif');
  });

  test.skipIf(!SHARED_AVAILABLE)("valid against the Inline XBRL 1.1 schema and read back into the instance's facts", async () => {
    const v = await validateInlineXsd([{ fileName: 'synthetic.xhtml', contents: xhtml }]);
    expect(v.errors).toEqual([]);
    const back = readInline(xhtml, 'synthetic.xhtml');
    expect(back.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(factKeys(back.factSet)).toEqual(factKeys(c.factSet));
  });
});
