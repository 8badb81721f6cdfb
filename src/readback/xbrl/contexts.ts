// xbrli:context and xbrli:unit elements -> the model's Context and Unit. Shared by the instance reader and the
// Inline XBRL reader (ix:resources holds the same XBRL 2.1 elements).
import { NS, type Context, type ExplicitDimension, type QName, type TypedDimension, type Unit } from '../../model/fact.js';
import type { Period } from '../../model/period.js';
import type { Message } from '../../model/source.js';
import { attr, childElements, firstChild, resolveQName, textContent, type XmlElement, type XmlNode } from '../../xml/dom.js';
import { serializeNodes } from '../../xml/serialize.js';
import { at } from '../messages.js';

const XBRLI = NS.xbrli;
const XBRLDI = NS.xbrldi;

function clarkKey(q: QName): string {
  return `{${q.ns}}${q.local}`;
}

export function qnameOf(el: XmlElement, text: string): QName | undefined {
  const r = resolveQName(el, text);
  if (!r) return undefined;
  return r.prefix ? { ns: r.ns, local: r.local, prefix: r.prefix } : { ns: r.ns, local: r.local };
}

interface Dims {
  explicit: ExplicitDimension[];
  typed: TypedDimension[];
  other: XmlNode[];
}

function readDims(container: XmlElement, file: string, messages: Message[]): Dims {
  const d: Dims = { explicit: [], typed: [], other: [] };
  for (const c of container.children) {
    if (c.kind !== 'element') {
      if (c.kind === 'text' && c.text.trim()) d.other.push(c);
      continue;
    }
    if (c.ns === XBRLDI && (c.local === 'explicitMember' || c.local === 'typedMember')) {
      const dimText = attr(c, 'dimension') ?? '';
      const dimension = qnameOf(c, dimText);
      if (!dimension) {
        messages.push(at('xbrldie:dimensionQName', 'error', `dimension "${dimText}" is not a QName in scope`, file, c));
        continue;
      }
      if (c.local === 'explicitMember') {
        const mt = textContent(c).trim();
        const member = qnameOf(c, mt);
        if (!member || !member.ns) {
          messages.push(at('xbrldie:explicitMemberQName', 'error', `member "${mt}" is not a QName in scope`, file, c));
          continue;
        }
        d.explicit.push({ dimension, member });
      } else {
        const kids = c.children.filter((k) => k.kind === 'element');
        d.typed.push({ dimension, value: serializeNodes(kids) });
      }
    } else d.other.push(c);
  }
  return d;
}

function readPeriod(el: XmlElement | undefined, file: string, messages: Message[], ctxEl: XmlElement): Period | undefined {
  if (!el) {
    messages.push(at('xbrl.4.7.2:periodMissing', 'error', 'context has no period', file, ctxEl));
    return undefined;
  }
  const instant = firstChild(el, XBRLI, 'instant');
  if (instant) return { type: 'instant', date: textContent(instant).trim() };
  if (firstChild(el, XBRLI, 'forever')) return { type: 'forever' };
  const s = firstChild(el, XBRLI, 'startDate');
  const e = firstChild(el, XBRLI, 'endDate');
  if (s && e) return { type: 'duration', start: textContent(s).trim(), end: textContent(e).trim() };
  messages.push(at('xbrl.4.7.2:periodInvalid', 'error', 'period has neither instant, start and end dates, nor forever', file, el));
  return undefined;
}

export function readContext(el: XmlElement, file: string, messages: Message[]): Context | undefined {
  const id = attr(el, 'id') ?? '';
  if (!id) messages.push(at('xbrl.4.7.1:contextId', 'error', 'context has no id', file, el));
  const entityEl = firstChild(el, XBRLI, 'entity');
  const identEl = entityEl && firstChild(entityEl, XBRLI, 'identifier');
  if (!identEl) {
    messages.push(at('xbrl.4.7.3:entityIdentifierMissing', 'error', `context "${id}" has no entity identifier`, file, el));
    return undefined;
  }
  const period = readPeriod(firstChild(el, XBRLI, 'period'), file, messages, el);
  if (!period) return undefined;
  const ctx: Context = {
    id,
    entity: { scheme: (attr(identEl, 'scheme') ?? '').trim(), identifier: textContent(identEl).trim() },
    period,
    dimensions: [],
  };
  const seg = firstChild(entityEl!, XBRLI, 'segment');
  const scen = firstChild(el, XBRLI, 'scenario');
  const typed: TypedDimension[] = [];
  for (const [box, name] of [
    [seg, 'segment'],
    [scen, 'scenario'],
  ] as const) {
    if (!box) continue;
    const d = readDims(box, file, messages);
    if (d.explicit.length || d.typed.length) ctx.container ??= name;
    ctx.dimensions.push(...d.explicit);
    typed.push(...d.typed);
    const other = d.other.filter((n) => n.kind === 'element');
    if (other.length) {
      const xml = serializeNodes(other);
      if (name === 'segment') ctx.otherSegment = xml;
      else ctx.otherScenario = xml;
    }
  }
  ctx.dimensions.sort((a, b) => cmp(clarkKey(a.dimension), clarkKey(b.dimension)));
  if (typed.length) ctx.typedDimensions = typed.sort((a, b) => cmp(clarkKey(a.dimension), clarkKey(b.dimension)));
  return ctx;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function measures(parent: XmlElement | undefined, file: string, messages: Message[]): QName[] {
  if (!parent) return [];
  const out: QName[] = [];
  for (const m of childElements(parent, XBRLI, 'measure')) {
    const t = textContent(m).trim();
    const q = qnameOf(m, t);
    if (!q) {
      messages.push(at('xbrl.4.8.2:measureQName', 'error', `measure "${t}" is not a QName in scope`, file, m));
      continue;
    }
    out.push(q);
  }
  return out.sort((a, b) => cmp(clarkKey(a), clarkKey(b)));
}

export function readUnit(el: XmlElement, file: string, messages: Message[]): Unit {
  const id = attr(el, 'id') ?? '';
  if (!id) messages.push(at('xbrl.4.8.1:unitId', 'error', 'unit has no id', file, el));
  const divide = firstChild(el, XBRLI, 'divide');
  if (divide) {
    return {
      id,
      numerators: measures(firstChild(divide, XBRLI, 'unitNumerator'), file, messages),
      denominators: measures(firstChild(divide, XBRLI, 'unitDenominator'), file, messages),
    };
  }
  return { id, numerators: measures(el, file, messages), denominators: [] };
}
