// XBRL 2.1 instance validation against its DTS: the rules the conformance groups 301-307, 320 and 391 test
// (references, period types, units, decimals/precision, segment/scenario content, required elements, schemaRef
// targets, calculation binding with inferred precision), each reported with its spec section.
import { dirname, resolve } from 'node:path';
import { Decimal } from '../../model/decimal.js';
import { NS, clark, type Context, type Fact, type FactSet, type Unit } from '../../model/fact.js';
import { periodKey } from '../../model/period.js';
import type { Message, SourcePos } from '../../model/source.js';
import { XML_NS, attr, childElements, descendants, resolveQName, textContent, type XmlDocument, type XmlElement } from '../../xml/dom.js';
import { at } from '../messages.js';
import type { ConceptInfo, Dts, ElementValueTypes, ValueKind } from '../dts/load.js';

const ARC = {
  summation: 'http://www.xbrl.org/2003/arcrole/summation-item',
  essenceAlias: 'http://www.xbrl.org/2003/arcrole/essence-alias',
  requiresElement: 'http://www.xbrl.org/2003/arcrole/requires-element',
  factFootnote: 'http://www.xbrl.org/2003/arcrole/fact-footnote',
};
const ISO4217 = 'http://www.xbrl.org/2003/iso4217';

export function validateInstance(doc: XmlDocument, fs: FactSet, dts: Dts): Message[] {
  const file = doc.file;
  const out: Message[] = [];
  const errAt = (rule: string, msg: string, pos?: SourcePos | XmlElement) => {
    if (pos && 'kind' in pos) out.push(at(rule, 'error', msg, file, pos));
    else out.push({ ruleId: rule, severity: 'error', message: msg, positions: pos ? [pos] : [] });
  };
  const root = doc.root;
  const segmentKeys = segmentKeysOf(root, dts.elementTypes);
  /** Contexts are s-equal when entity, period and (canonical) segment/scenario content are. */
  const contextKey = (c: Context | undefined): string =>
    c ? `${c.entity.scheme}|${c.entity.identifier}|${periodKey(c.period)}|${segmentKeys.get(c.id) ?? ''}` : '?';

  // Element ids of the instance: what contextRef, unitRef and footnote locators may point at.
  const idKind = new Map<string, string>();
  for (const el of descendants(root)) {
    const id = attr(el, 'id');
    if (id !== undefined && !idKind.has(id)) idKind.set(id, el.ns === NS.xbrli ? el.local : 'fact');
  }

  // Attribute values the schema supplies (defaults, fixed) count as written (PSVI).
  fs = { ...fs, facts: fs.facts.map((f) => withSchemaDefaults(f, dts.concepts.get(clark(f.concept)))) };
  const facts = fs.facts;
  facts.forEach((f) => {
    const pos = f.sources?.[0];
    const c = dts.concepts.get(clark(f.concept));
    if (!c) {
      errAt('xbrl.4.6:undefinedConcept', `${f.concept.local} is not an item or tuple of the DTS`, pos);
      return;
    }
    if (f.tuple) {
      if (c.kind !== 'tuple') errAt('xbrl.4.9:notTuple', `${f.concept.local} has no contextRef but is not a tuple`, pos);
      return;
    }
    if (c.kind !== 'item') {
      errAt('xbrl.4.6:notItem', `${f.concept.local} has a contextRef but is not an item`, pos);
      return;
    }
    const ctx = fs.contexts[f.contextRef];
    if (!ctx)
      errAt(
        'xbrl.4.6.1:contextRef',
        `contextRef "${f.contextRef}" ${idKind.has(f.contextRef) ? 'points at a ' + idKind.get(f.contextRef) : 'names no context'}`,
        pos,
      );
    const numeric = c.base !== 'nonNumeric';
    if (numeric && f.unitRef === undefined) errAt('xbrl.4.6.2:numericUnit', `numeric item ${f.concept.local} has no unitRef`, pos);
    if (!numeric && f.unitRef !== undefined) errAt('xbrl.4.6.2:nonNumericUnit', `non-numeric item ${f.concept.local} has a unitRef`, pos);
    const unit = f.unitRef !== undefined ? fs.units[f.unitRef] : undefined;
    if (f.unitRef !== undefined && !unit)
      errAt('xbrl.4.6.2:unitRef', `unitRef "${f.unitRef}" ${idKind.has(f.unitRef) ? 'points at a ' + idKind.get(f.unitRef) : 'names no unit'}`, pos);
    // 4.6.3 decimals and precision.
    const hasD = f.decimals !== undefined;
    const hasP = f.precision !== undefined;
    if (!numeric && (hasD || hasP)) errAt('xbrl.4.6.3:extraneousPrecisionDecimals', 'a non-numeric item has decimals or precision', pos);
    if (numeric && f.value === null && (hasD || hasP)) errAt('xbrl.4.6.3:nilPrecisionDecimals', 'a nil item has decimals or precision', pos);
    if (numeric && f.value !== null && c.base !== 'fraction') {
      if (hasD && hasP) errAt('xbrl.4.6.3:bothPrecisionAndDecimals', 'an item has both decimals and precision', pos);
      if (!hasD && !hasP) errAt('xbrl.4.6.3:missingPrecisionDecimals', 'a numeric item has neither decimals nor precision', pos);
    }
    if (f.value === null && !c.nillable) errAt('xbrl.4.6:notNillable', `${f.concept.local} is nil but not nillable`, pos);
    if (f.value !== null && numeric && !lexicalOk(c, f.value)) errAt('xbrl.4.6:valueType', `"${f.value}" is not a valid ${c.base} value`, pos);
    // 4.7.2 / 5.1.1.1 period type.
    if (ctx && c.periodType) {
      const p = ctx.period.type;
      if (c.periodType === 'instant' && p !== 'instant')
        errAt('xbrl.5.1.1.1:itemPeriodType', `${f.concept.local} is an instant concept in a ${p} context`, pos);
      if (c.periodType === 'duration' && p === 'instant')
        errAt('xbrl.5.1.1.1:itemPeriodType', `${f.concept.local} is a duration concept in an instant context`, pos);
    }
    // 4.8.2 units of monetary and shares items.
    if (unit) {
      if (c.base === 'monetary') {
        const ok =
          unit.denominators.length === 0 && unit.numerators.length === 1 && unit.numerators[0].ns === ISO4217 && /^[A-Z]{3}$/.test(unit.numerators[0].local);
        if (!ok) errAt('xbrl.4.8.2:monetaryMeasure', `monetary item ${f.concept.local} needs a single ISO 4217 currency measure`, pos);
      } else if (c.base === 'shares') {
        const ok =
          unit.denominators.length === 0 && unit.numerators.length === 1 && unit.numerators[0].ns === NS.xbrli && unit.numerators[0].local === 'shares';
        if (!ok) errAt('xbrl.4.8.2:sharesMeasure', `shares item ${f.concept.local} needs the single measure xbrli:shares`, pos);
      }
    }
  });

  // Attributes of items and tuples that their types declare (the item value itself was checked above).
  for (const el of descendants(root)) {
    if (el.ns === NS.xbrli || el.ns === NS.link) continue;
    if (dts.concepts.has(`{${el.ns}}${el.local}`)) checkTypedValues(el, dts, errAt, true);
  }

  // 4.8.2/4.8.4 units.
  for (const u of childElements(root, NS.xbrli, 'unit')) {
    const unit = fs.units[attr(u, 'id') ?? ''];
    if (!unit) continue;
    for (const m of [...unit.numerators, ...unit.denominators]) {
      if (m.ns === NS.xbrli && m.local !== 'pure' && m.local !== 'shares')
        errAt('xbrl.4.8.2:measureNamespace', `measure ${m.local} in the XBRL instance namespace`, u);
    }
    const num = new Set(unit.numerators.map(clark));
    if (unit.denominators.some((d) => num.has(clark(d)))) errAt('xbrl.4.8.4:measuresCancel', 'a measure appears in both numerator and denominator', u);
  }

  // 4.7 contexts: period order, segment/scenario content.
  for (const cEl of childElements(root, NS.xbrli, 'context')) {
    const ctx = fs.contexts[attr(cEl, 'id') ?? ''];
    if (ctx?.period.type === 'duration' && !startBeforeEnd(ctx.period.start, ctx.period.end)) {
      errAt('xbrl.4.7.2:periodStartBeforeEnd', `context ${ctx.id} starts after it ends`, cEl);
    }
    for (const box of descendants(cEl).filter((e) => e.ns === NS.xbrli && (e.local === 'segment' || e.local === 'scenario'))) {
      for (const d of descendants(box)) {
        if (d.ns === NS.xbrli) errAt('xbrl.4.7.3.2:segmentXbrli', `${box.local} holds an element of the XBRL instance namespace`, d);
        else if (dts.concepts.get(`{${d.ns}}${d.local}`)?.kind === 'item') errAt('xbrl.4.7.3.2:segmentItem', `${box.local} holds an item (${d.local})`, d);
        else checkTypedValues(d, dts, errAt);
      }
    }
  }

  for (const [local, a] of [
    ['roleRef', 'roleURI'],
    ['arcroleRef', 'arcroleURI'],
  ] as const) {
    const seen = new Set<string>();
    for (const r of childElements(root, NS.link, local)) {
      const uri = attr(r, a) ?? '';
      if (seen.has(uri)) errAt('xbrl.3.5.2.4.5:duplicateRef', `more than one ${local} for ${uri}`, r);
      seen.add(uri);
    }
  }
  for (const a of effectiveArcs(dts, ARC.essenceAlias)) {
    const e = dts.concepts.get(a.from);
    const x = dts.concepts.get(a.to);
    if (e && x && (e.periodType !== x.periodType || e.balance !== x.balance || e.base !== x.base)) {
      errAt('xbrl.5.2.6.2.2:essenceAliasAttributes', `essence ${e.qname.local} and alias ${x.qname.local} differ in period type, balance or type`);
    }
  }
  checkFootnoteLinks(root, file, idKind, errAt);
  checkRequiresElement(fs, dts, errAt);
  checkEssenceAlias(fs, dts, errAt, contextKey);
  checkCalculations(fs, dts, errAt, contextKey);
  checkBalanceWeights(dts, errAt);
  return out;
}

function withSchemaDefaults(f: Fact, c: ConceptInfo | undefined): Fact {
  const d = c?.attrDefaults;
  if (!d || f.decimals !== undefined || f.precision !== undefined) return f;
  const g = { ...f };
  if (d.decimals !== undefined) g.decimals = d.decimals === 'INF' ? 'INF' : Number(d.decimals);
  if (d.precision !== undefined) g.precision = d.precision === 'INF' ? 'INF' : Number(d.precision);
  return g;
}

const LEXICAL: Record<Exclude<ValueKind, 'other'>, RegExp> = {
  integer: /^[+-]?\d+$/,
  decimal: /^[+-]?(\d+(\.\d*)?|\.\d+)$/,
  double: /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/,
  boolean: /^(true|false|1|0)$/,
};

/** Values of elements and attributes the DTS types (segment/scenario content, item attributes), checked lexically. */
function checkTypedValues(el: XmlElement, dts: Dts, errAt: ErrAt, attributesOnly = false): void {
  const types = dts.elementTypes.get(`{${el.ns}}${el.local}`);
  for (const a of el.attrs) {
    const k = a.ns ? dts.attributeTypes.get(`{${a.ns}}${a.local}`) : undefined;
    if (k && k !== 'other' && !LEXICAL[k].test(a.value.trim())) errAt('xbrl.4.7.3:valueType', `attribute ${a.name}="${a.value}" is not a valid ${k}`, el);
  }
  if (!types) return;
  if (!attributesOnly && types.text !== 'other' && !el.children.some((c) => c.kind === 'element') && !LEXICAL[types.text].test(textContent(el).trim())) {
    errAt('xbrl.4.7.3:valueType', `"${textContent(el).trim()}" is not a valid ${types.text} for ${el.local}`, el);
  }
  for (const a of el.attrs) {
    const k = a.ns ? undefined : types.attrs[a.local];
    if (k && k !== 'other' && !LEXICAL[k].test(a.value.trim())) errAt('xbrl.4.7.3:valueType', `attribute ${a.name}="${a.value}" is not a valid ${k}`, el);
  }
}

function lexicalOk(c: ConceptInfo, v: string): boolean {
  if (c.base === 'fraction') return true;
  if (c.base === 'double') return /^([+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?|[+-]?INF|NaN)$/.test(v);
  if (c.base === 'integer') return /^[+-]?\d+$/.test(v);
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(v);
}

/** Dates mean the end of the day for endDate; start < end compared as instants. */
function startBeforeEnd(start: string, end: string): boolean {
  const s = toInstant(start, false);
  const e = toInstant(end, true);
  if (s === undefined || e === undefined) return false;
  return s < e;
}

function toInstant(v: string, isEnd: boolean): number | undefined {
  const m = /^(-?\d{4,})-(\d{2})-(\d{2})(T(\d{2}):(\d{2}):(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(v);
  if (!m) return undefined;
  let t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (m[4]) t += ((Number(m[5]) * 60 + Number(m[6])) * 60 + Number(m[7])) * 1000;
  else if (isEnd) t += 86400000;
  return t;
}

type ErrAt = (rule: string, msg: string, pos?: SourcePos | XmlElement) => void;

function checkFootnoteLinks(root: XmlElement, file: string, idKind: Map<string, string>, errAt: ErrAt): void {
  for (const link of childElements(root, NS.link, 'footnoteLink')) {
    const labels = new Map<string, 'locator' | 'resource'>();
    for (const c of childElements(link)) {
      const type = attr(c, 'type', NS.xlink);
      const label = attr(c, 'label', NS.xlink);
      if (type === 'locator') {
        const href = attr(c, 'href', NS.xlink) ?? '';
        const hash = href.indexOf('#');
        const id = href.slice(hash + 1);
        const docPart = hash < 0 ? href : href.slice(0, hash);
        const sameDocument = docPart === '' || resolve(dirname(file), docPart) === resolve(file);
        if (!sameDocument) errAt('xbrl.4.11.1.1:footnoteLocTarget', `footnote locator ${href} points outside this instance`, c);
        else if (hash < 0 || idKind.get(id) !== 'fact')
          errAt('xbrl.4.11.1.1:footnoteLocTarget', `footnote locator ${href} does not point at a fact of this instance`, c);
        if (label) labels.set(label, 'locator');
      } else if (type === 'resource') {
        if (label) labels.set(label, 'resource');
        if (attr(c, 'lang', XML_NS) === undefined) errAt('xbrl.4.11.1.2:footnoteLang', 'footnote without xml:lang', c);
      }
    }
    for (const arc of childElements(link)) {
      if (attr(arc, 'type', NS.xlink) !== 'arc') continue;
      const from = labels.get(attr(arc, 'from', NS.xlink) ?? '');
      const to = labels.get(attr(arc, 'to', NS.xlink) ?? '');
      const arcrole = attr(arc, 'arcrole', NS.xlink);
      if (!from || !to) errAt('xbrl.3.5.3.9:arcLabels', 'footnote arc from or to a label not in its extended link', arc);
      else if (arcrole === ARC.factFootnote && (from !== 'locator' || to !== 'resource'))
        errAt('xbrl.4.11.1.3.1:factFootnoteArc', 'fact-footnote arcs go from a fact locator to a footnote', arc);
    }
  }
}

type ContextKey = (c: Context | undefined) => string;

/** A value in the canonical form of its schema type, so that "1" and "+1.0" compare equal (s-equality is on values). */
function canonicalValue(kind: ValueKind | undefined, v: string): string {
  const t = v.trim();
  try {
    if ((kind === 'decimal' || kind === 'integer') && /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return new Decimal(t).toFixed();
    if (kind === 'double' && /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(t)) return new Decimal(t).toFixed();
    // NaN equals nothing, itself included: two contexts holding NaN are never s-equal.
    if (kind === 'double' && t === 'NaN') return `NaN#${++nanCount}`;
    if (kind === 'boolean') return t === '1' || t === 'true' ? 'true' : t === '0' || t === 'false' ? 'false' : t;
  } catch {
    return t;
  }
  return t;
}

let nanCount = 0;

function canonicalXml(el: XmlElement, valueTypes: Map<string, ElementValueTypes>): string {
  const types = valueTypes.get(`{${el.ns}}${el.local}`);
  const attrs = el.attrs
    .map((a) => `{${a.ns}}${a.local}=${JSON.stringify(canonicalValue(a.ns ? undefined : types?.attrs[a.local], a.value))}`)
    .sort()
    .join(' ');
  let body = '';
  if (el.ns === NS.xbrldi && el.local === 'explicitMember') {
    const q = resolveQName(el, textContent(el));
    body = q ? `{${q.ns}}${q.local}` : textContent(el).trim();
  } else {
    for (const c of el.children) {
      if (c.kind === 'element') body += canonicalXml(c, valueTypes);
      else if (c.kind === 'text' && c.text.trim()) body += JSON.stringify(canonicalValue(types?.text, c.text));
    }
  }
  return `<{${el.ns}}${el.local} ${attrs}>${body}</>`;
}

/** Canonical segment/scenario content per context id (attributes sorted, QNames expanded, typed values). */
function segmentKeysOf(root: XmlElement, valueTypes: Map<string, ElementValueTypes>): Map<string, string> {
  const out = new Map<string, string>();
  for (const cEl of childElements(root, NS.xbrli, 'context')) {
    const boxes = descendants(cEl).filter((e) => e.ns === NS.xbrli && (e.local === 'segment' || e.local === 'scenario'));
    // s-equality (4.10): children in the same order, attributes in any order.
    const key = boxes
      .map(
        (b) =>
          `${b.local}:${childElements(b)
            .map((c) => canonicalXml(c, valueTypes))
            .join('')}`,
      )
      .join('|');
    out.set(attr(cEl, 'id') ?? '', key);
  }
  return out;
}

function unitKey(u: Unit | undefined): string {
  if (!u) return '';
  return `${u.numerators.map(clark).sort().join('*')}/${u.denominators.map(clark).sort().join('*')}`;
}

function checkRequiresElement(fs: FactSet, dts: Dts, errAt: ErrAt): void {
  const present = new Set(fs.facts.map((f) => clark(f.concept)));
  for (const a of effectiveArcs(dts, ARC.requiresElement)) {
    if (present.has(a.from) && !present.has(a.to)) errAt('xbrl.5.2.6.2.4:requiresElement', `${a.from} requires ${a.to}, which is not reported`);
  }
}

function checkEssenceAlias(fs: FactSet, dts: Dts, errAt: ErrAt, contextKey: ContextKey): void {
  for (const a of effectiveArcs(dts, ARC.essenceAlias)) {
    const es = fs.facts.filter((f) => clark(f.concept) === a.from && !f.tuple);
    const al = fs.facts.filter((f) => clark(f.concept) === a.to && !f.tuple);
    for (const e of es)
      for (const x of al) {
        if (contextKey(fs.contexts[e.contextRef]) !== contextKey(fs.contexts[x.contextRef]) || e.tupleParent !== x.tupleParent) continue;
        if (unitKey(fs.units[e.unitRef ?? '']) !== unitKey(fs.units[x.unitRef ?? '']))
          errAt('xbrl.5.2.6.2.2:essenceAliasUnits', `essence ${e.concept.local} and alias ${x.concept.local} have different units`, x.sources?.[0]);
        else if (e.value !== null && x.value !== null && e.value !== x.value)
          errAt('xbrl.5.2.6.2.2:essenceAliasValues', `essence ${e.concept.local} and alias ${x.concept.local} differ`, x.sources?.[0]);
      }
  }
}

/**
 * The relationships of an arcrole after prohibition and overriding (XBRL 2.1 3.5.3.9.7.4): among equivalent arcs
 * (same role, from, to) the highest priority wins; a winning prohibiting arc removes the relationship.
 */
function effectiveArcs(dts: Dts, arcrole: string): Dts['arcs'] {
  const best = new Map<string, Dts['arcs'][number]>();
  for (const a of dts.arcs) {
    if (a.arcrole !== arcrole) continue;
    // Equivalent relationships (3.5.3.9.7.4) also share their non-exempt attributes: weight and order here.
    const k = `${a.role}|${a.from}|${a.to}|${new Decimal(a.weight || '1').toString()}|${a.order}`;
    const b = best.get(k);
    if (!b || a.priority > b.priority || (a.priority === b.priority && a.use === 'prohibited')) best.set(k, a);
  }
  return [...best.values()].filter((a) => a.use !== 'prohibited');
}

/** Decimals inferred from precision (XBRL 2.1 4.6.6); undefined for precision 0 (nothing known). */
export function inferredDecimals(f: Fact): number | 'INF' | undefined {
  if (f.decimals !== undefined) return f.decimals;
  if (f.precision === undefined || f.precision === 'INF') return 'INF';
  if (f.precision === 0) return undefined;
  const v = new Decimal(f.value ?? '0');
  if (v.isZero()) return 'INF';
  const magnitude = v.abs().log(10).floor().toNumber();
  return f.precision - magnitude - 1;
}

/** Rounds half to even at `d` decimals (negative: tens, hundreds...), as XBRL 2.1 calculation binding does. */
function rounded(v: Decimal, d: number | 'INF'): Decimal {
  if (d === 'INF') return v;
  if (d >= 0) return v.toDecimalPlaces(d, Decimal.ROUND_HALF_EVEN);
  const scale = new Decimal(10).pow(-d);
  return v.dividedBy(scale).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN).times(scale);
}

/** 5.1.1.2: a summation-item weight must agree with the balances (same balance +, opposite balance -). */
function checkBalanceWeights(dts: Dts, errAt: ErrAt): void {
  for (const a of effectiveArcs(dts, ARC.summation)) {
    const from = dts.concepts.get(a.from)?.balance;
    const to = dts.concepts.get(a.to)?.balance;
    if (!from || !to) continue;
    const w = new Decimal(a.weight);
    if ((from === to && w.isNegative()) || (from !== to && w.isPositive() && !w.isZero())) {
      errAt('xbrl.5.1.1.2:balanceCalcWeightIllegal', `weight ${a.weight} from ${a.from} (${from}) to ${a.to} (${to})`);
    }
  }
}

function checkCalculations(fs: FactSet, dts: Dts, errAt: ErrAt, contextKey: ContextKey): void {
  const sums = effectiveArcs(dts, ARC.summation);
  if (!sums.length) return;
  // Binding (5.2.5.2): contributing items are in c-equal contexts and u-equal units, and are siblings of the
  // summation item or inside its sibling tuples (at any depth); duplicates (same parent too) stop the binding.
  const cu = (f: Fact) => `${contextKey(fs.contexts[f.contextRef])}#${unitKey(fs.units[f.unitRef ?? ''])}`;
  const within = (f: Fact, parent: number | undefined) => {
    if (parent === undefined) return true;
    for (let p = f.tupleParent; p !== undefined; p = fs.facts[p].tupleParent) if (p === parent) return true;
    return false;
  };
  const byConcept = new Map<string, Fact[]>();
  for (const f of fs.facts) {
    if (f.tuple || !f.numeric) continue;
    const k = clark(f.concept);
    byConcept.set(k, [...(byConcept.get(k) ?? []), f]);
  }
  const networks = new Map<string, Map<string, { to: string; weight: string }[]>>();
  for (const a of sums) {
    const net = networks.get(a.role) ?? new Map();
    net.set(a.from, [...(net.get(a.from) ?? []), { to: a.to, weight: a.weight }]);
    networks.set(a.role, net);
  }
  for (const [role, net] of networks) {
    for (const [total, items] of net) {
      for (const t of byConcept.get(total) ?? []) {
        const k = cu(t);
        const dupTotal = (byConcept.get(total) ?? []).some((x) => x !== t && cu(x) === k && x.tupleParent === t.tupleParent);
        if (dupTotal || t.value === null) continue;
        let sum = new Decimal(0);
        let bound = false;
        let blocked = false;
        let unknown = false;
        for (const { to, weight } of items) {
          const its = (byConcept.get(to) ?? []).filter((x) => x !== t && cu(x) === k && within(x, t.tupleParent));
          for (const it of its) {
            const dup = its.some((y) => y !== it && y.tupleParent === it.tupleParent);
            if (dup) {
              blocked = true;
              break;
            }
            if (it.value === null) continue; // a nil contributing item contributes nothing
            const d = inferredDecimals(it);
            if (d === undefined) unknown = true;
            else sum = sum.plus(rounded(new Decimal(it.value), d).times(new Decimal(weight)));
            bound = true;
          }
          if (blocked) break;
        }
        if (blocked || !bound) continue;
        const td = inferredDecimals(t);
        if (td === undefined || unknown) {
          errAt('xbrl.5.2.5.2:calcInconsistency', `${t.concept.local} cannot be checked: precision 0 (role ${role})`, t.sources?.[0]);
          continue;
        }
        const expect = rounded(new Decimal(t.value), td);
        const got = rounded(sum, td);
        if (!expect.equals(got))
          errAt(
            'xbrl.5.2.5.2:calcInconsistency',
            `${t.concept.local} is ${expect.toFixed()} but its items sum to ${got.toFixed()} (role ${role})`,
            t.sources?.[0],
          );
      }
    }
  }
}
