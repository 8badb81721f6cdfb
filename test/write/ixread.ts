// Test-side reading of what the writers produce, written from the specifications (XBRL 2.1 items; Inline XBRL
// 1.1 ix:nonFraction value = transform(text) x 10^scale, negated by sign="-"), independent of the writers' code
// and of the project's readback stage, on the project's namespace-aware XML parser.
import { Decimal, canonicalDecimal } from '../../src/model/decimal.js';
import { NS } from '../../src/model/fact.js';
import { attr, descendants, resolveQName, textContent, type XmlElement } from '../../src/xml/dom.js';
import { parseXml } from '../../src/xml/parse.js';

const IXT4 = NS.ixt4;
const XSI = NS.xsi;

export interface ReadFact {
  id?: string;
  concept: string; // clark
  contextRef: string;
  unitRef?: string;
  decimals?: string;
  value: string | null;
  numeric: boolean;
  hidden: boolean;
  /** Inline only: the tagged text and attributes as written. */
  text?: string;
  sign?: string;
  scale?: string;
  format?: string;
  element?: XmlElement;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function transform(el: XmlElement, format: string | undefined, text: string): string {
  if (!format) return text;
  const q = resolveQName(el, format, false);
  if (!q || q.ns !== IXT4) throw new Error(`unexpected transform ${format}`);
  switch (q.local) {
    case 'num-dot-decimal': {
      if (!/^[ \t\n\r]*[, \u00a00-9]*(\.[ \u00a00-9]+)?[ \t\n\r]*$/.test(text)) throw new Error(`num-dot-decimal rejects "${text}"`);
      return text.replace(/[, \u00a0\t\n\r]/g, '');
    }
    case 'fixed-zero':
      if (text === '') throw new Error('fixed-zero on empty text');
      return '0';
    case 'date-monthname-day-year-en': {
      const m = /^\s*([A-Za-z]+)[^0-9]+([0-9]{1,2})[^0-9]+([0-9]{4})\s*$/.exec(text);
      if (!m) throw new Error(`date transform rejects "${text}"`);
      const month = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
      return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
    }
    default:
      throw new Error(`unknown transform ${q.local}`);
  }
}

function clarkOf(el: XmlElement, name: string): string {
  const q = resolveQName(el, name);
  if (!q) throw new Error(`unresolvable QName ${name}`);
  return `{${q.ns}}${q.local}`;
}

export function readInlineFacts(xhtml: string): ReadFact[] {
  const doc = parseXml(xhtml, 'inline.xhtml');
  const out: ReadFact[] = [];
  for (const el of descendants(doc.root)) {
    if (el.ns !== NS.ix || (el.local !== 'nonFraction' && el.local !== 'nonNumeric')) continue;
    let hidden = false;
    for (let p = el.parent; p; p = p.parent) if (p.ns === NS.ix && p.local === 'hidden') hidden = true;
    const nil = attr(el, 'nil', XSI) === 'true';
    const format = attr(el, 'format');
    const text = textContent(el);
    const f: ReadFact = {
      id: attr(el, 'id'),
      concept: clarkOf(el, attr(el, 'name')!),
      contextRef: attr(el, 'contextRef')!,
      numeric: el.local === 'nonFraction',
      hidden,
      value: null,
      text,
      format,
      element: el,
    };
    if (f.numeric) {
      f.unitRef = attr(el, 'unitRef');
      f.decimals = attr(el, 'decimals');
      f.sign = attr(el, 'sign');
      f.scale = attr(el, 'scale');
      if (!nil) {
        let v = new Decimal(transform(el, format, text)).times(new Decimal(10).pow(Number(f.scale ?? '0')));
        if (f.sign === '-') v = v.neg();
        f.value = canonicalDecimal(v);
      }
    } else if (!nil) {
      f.value = transform(el, format, text);
    }
    out.push(f);
  }
  return out;
}

export function readInstanceFacts(xml: string): ReadFact[] {
  const doc = parseXml(xml, 'instance.xbrl');
  const out: ReadFact[] = [];
  for (const el of doc.root.children) {
    if (el.kind !== 'element') continue;
    if (el.ns === NS.xbrli || el.ns === NS.link) continue;
    const unitRef = attr(el, 'unitRef');
    const nil = attr(el, 'nil', XSI) === 'true';
    out.push({
      id: attr(el, 'id'),
      concept: `{${el.ns}}${el.local}`,
      contextRef: attr(el, 'contextRef')!,
      unitRef,
      decimals: attr(el, 'decimals'),
      value: nil ? null : unitRef ? canonicalDecimal(new Decimal(textContent(el))) : textContent(el),
      numeric: unitRef !== undefined,
      hidden: false,
    });
  }
  return out;
}
