// Inline XBRL 1.1 validation rules that span elements (references, chains, relationships, nesting), reported
// with the specification's error codes (ix11.<section>:<name>) and the element's line.
import { NS } from '../../model/fact.js';
import { attr, inScopeLang, resolveQName, type XmlElement } from '../../xml/dom.js';
import { at } from '../messages.js';
import { idrefs, innerNonFraction, type InlineState } from './state.js';
import { isIx, ixAncestor, ixList, type IxElement } from './gather.js';
import { checkSchema } from './schema.js';

export function checkIxds(st: InlineState): void {
  checkSchema(st);
  checkHeaders(st);
  checkIds(st);
  checkFactRefs(st);
  checkNonFractions(st);
  checkContinuations(st);
  checkExcludes(st);
  checkFootnotes(st);
  checkRelationships(st);
}

function err(st: InlineState, code: string, msg: string, x: IxElement | { el: XmlElement; file: string }): void {
  st.messages.push(at(code, 'error', msg, x.file, x.el));
}

function checkHeaders(st: InlineState): void {
  const headers = ixList(st.ixds, 'header');
  if (!headers.length) {
    const d = st.ixds.docs[0];
    if (d) err(st, 'ix11.8.1.3:headerMissing', 'the Inline XBRL document set has no ix:header', { el: d.root, file: d.file });
    return;
  }
  // 8.1.2 (recommended): the header sits in an element that is not displayed.
  for (const h of headers) {
    let hidden = false;
    for (let p = h.el.parent; p && !hidden; p = p.parent) hidden = /display\s*:\s*none/i.test(attr(p, 'style') ?? '');
    if (!hidden) st.messages.push(at('ix11.8.1.2:headerDisplayNone', 'warning', 'ix:header is not inside an element with style display:none', h.file, h.el));
  }
  const refs = ixList(st.ixds, 'references');
  const targets = new Set<string | undefined>();
  for (const name of ['nonFraction', 'nonNumeric', 'fraction', 'tuple']) for (const f of ixList(st.ixds, name)) targets.add(attr(f.el, 'target'));
  // An empty ix:references does not count as references for its target.
  const nonEmpty = refs.filter((r) => r.el.children.some((c) => c.kind === 'element'));
  const refTargets = new Set(nonEmpty.map((r) => attr(r.el, 'target')));
  if (!nonEmpty.length) err(st, 'ix11.12.1.2:missingReferences', 'the document set has no (non-empty) ix:references', refs[0] ?? headers[0]);
  else
    for (const t of targets)
      if (!refTargets.has(t)) err(st, 'ix11.12.1.2:missingReferences', `no ix:references for target ${t === undefined ? '(default)' : `"${t}"`}`, headers[0]);
  const byTarget = new Map<string | undefined, IxElement[]>();
  for (const r of refs) {
    const t = attr(r.el, 'target');
    const a = byTarget.get(t) ?? [];
    a.push(r);
    byTarget.set(t, a);
    for (const a2 of r.el.attrs) {
      if (a2.ns === NS.xbrli)
        err(st, 'ix11.12.1.1:qualifiedAttributeDisallowed', `attribute ${a2.name} in the XBRL instance namespace is not allowed on ix:references`, r);
    }
  }
  for (const [, list] of byTarget) {
    // Namespace bindings in scope on the ix:references of one target must agree (default namespace included).
    const seen = new Map<string, string>();
    const conflicts = new Set<string>();
    for (const r of list) {
      for (const [p, ns] of Object.entries(r.el.scope)) {
        if (p === 'xml') continue;
        const prev = seen.get(p);
        if (prev !== undefined && prev !== ns && !conflicts.has(p)) {
          conflicts.add(p);
          err(
            st,
            'ix11.12.1.2:referencesNamespacePrefixConflict',
            `prefix "${p || '(default)'}" is bound to different namespaces on ix:references of one target`,
            r,
          );
        }
        seen.set(p, ns);
      }
    }
    // Other attributes (not id or target) may appear on only one ix:references of a target; only one may have an id.
    const attrSeen = new Set<string>();
    let withId = 0;
    for (const r of list) {
      if (attr(r.el, 'id') !== undefined && ++withId === 2) err(st, 'ix11.12.1.2:referencesTargetId', 'more than one ix:references of one target has an id', r);
      for (const a2 of r.el.attrs) {
        if (!a2.ns && (a2.local === 'id' || a2.local === 'target')) continue;
        const k = `{${a2.ns}}${a2.local}`;
        if (attrSeen.has(k))
          err(st, 'ix11.12.1.2:referencesAttributeDuplication', `attribute ${a2.name} appears on more than one ix:references of one target`, r);
        attrSeen.add(k);
      }
    }
  }
  const resources = ixList(st.ixds, 'resources');
  if (!resources.length) err(st, 'ix11.14.1.2:missingResources', 'the document set has no ix:resources', headers[0]);
}

function checkIds(st: InlineState): void {
  st.ixds.ids.forEach((map, d) => {
    const file = st.ixds.docs[d].file;
    for (const [id, els] of map) {
      if (els.length > 1)
        for (const el of els.slice(1)) st.messages.push(at('xml.3.3.1:idMustBeUnique', 'error', `id "${id}" is used more than once`, file, el));
    }
  });
  // ids of resources (contexts, units) must be unique across the document set.
  const seen = new Map<string, number>();
  for (const r of ixList(st.ixds, 'resources')) {
    for (const c of r.el.children) {
      if (c.kind !== 'element') continue;
      const id = attr(c, 'id');
      if (id === undefined) continue;
      const prev = seen.get(id);
      if (prev !== undefined && prev !== r.doc)
        err(st, 'ix11.14.1.2:resourceIdDuplication', `resource id "${id}" is used in more than one document`, { el: c, file: r.file });
      seen.set(id, r.doc);
    }
  }
}

function checkFactRefs(st: InlineState): void {
  for (const [name, section] of [
    ['nonFraction', '10'],
    ['nonNumeric', '11'],
    ['fraction', '7'],
  ] as const) {
    for (const f of ixList(st.ixds, name)) {
      if (name === 'fraction' && ixAncestor(f.el, ['fraction'])) continue;
      const c = attr(f.el, 'contextRef')?.trim();
      if (c !== undefined && !(c in st.contexts)) err(st, `ix11.${section}.1.2:contextReference`, `contextRef "${c}" names no context of the ix:resources`, f);
      const u = attr(f.el, 'unitRef')?.trim();
      if (name !== 'nonNumeric' && u !== undefined && !(u in st.units))
        err(st, `ix11.${section}.1.2:unitReference`, `unitRef "${u}" names no unit of the ix:resources`, f);
      const nil = attr(f.el, 'nil', NS.xsi) === 'true' || attr(f.el, 'nil', NS.xsi) === '1';
      if (name === 'nonFraction') {
        if (nil && (attr(f.el, 'decimals') !== undefined || attr(f.el, 'precision') !== undefined))
          err(st, 'xbrl.4.6.3:nilPrecisionDecimals', 'a nil fact has decimals or precision', f);
        if (!nil && attr(f.el, 'decimals') === undefined && attr(f.el, 'precision') === undefined)
          err(st, 'xbrl.4.6.3:missingPrecisionDecimals', 'a non-nil numeric fact has neither decimals nor precision', f);
      }
    }
  }
}

function checkNonFractions(st: InlineState): void {
  for (const f of ixList(st.ixds, 'nonFraction')) {
    const el = f.el;
    const nil = attr(el, 'nil', NS.xsi) === 'true' || attr(el, 'nil', NS.xsi) === '1';
    const elems = el.children.filter((c): c is XmlElement => c.kind === 'element');
    if (nil) {
      if (el.children.some((c) => c.kind === 'element' || (c.kind === 'text' && c.text.length > 0)))
        err(st, 'ix11.10.1.1:nonFractionChildren', 'a nil ix:nonFraction must be empty', f);
      continue;
    }
    if (elems.length > 1 || elems.some((c) => !isIx(c, 'nonFraction'))) {
      childrenError(st, f, 'ix:nonFraction content must be text or one nested ix:nonFraction');
      continue;
    }
    if (elems.length === 1) {
      const inner = elems[0];
      if (el.children.some((c) => c.kind === 'text' && c.text.trim()))
        childrenError(st, f, 'ix:nonFraction with a nested ix:nonFraction may not also hold text');
      const innerNil = attr(inner, 'nil', NS.xsi) === 'true' || attr(inner, 'nil', NS.xsi) === '1';
      if (innerNil) err(st, 'ix11.10.1.2:nestedNonFractionIsNil', 'a nested ix:nonFraction is nil', { el: inner, file: f.file });
      for (const a of ['format', 'scale', 'unitRef'] as const) {
        const va = propertyOf(el, a);
        const vb = propertyOf(inner, a);
        if (va !== vb)
          err(st, 'ix11.10.1.2:nestedNonFractionProperties', `nested ix:nonFraction differs in ${a} ("${va ?? ''}" vs "${vb ?? ''}")`, {
            el: inner,
            file: f.file,
          });
      }
    } else {
      const leaf = innerNonFraction(el);
      const text = leaf.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      if (!text.length && attr(el, 'format') === undefined) err(st, 'ix11.10.1.1:nonFractionChildren', 'ix:nonFraction is empty but not nil', f);
    }
  }
}

/** The {format}, {scale} or {unit reference} property: an expanded name, an integer, a trimmed IDREF. */
function propertyOf(el: XmlElement, a: 'format' | 'scale' | 'unitRef'): string | undefined {
  const v = attr(el, a);
  if (v === undefined) return a === 'scale' ? '0' : undefined;
  if (a === 'scale') return /^\s*[+-]?\d+\s*$/.test(v) ? String(Number(v)) : v.trim();
  if (a === 'format') {
    const q = resolveQName(el, v);
    return q ? `{${q.ns}}${q.local}` : v.trim();
  }
  return v.trim();
}

/** Content of ix:nonFraction breaks both the schema (10.1.1) and the one-child rule (10.1.2). */
function childrenError(st: InlineState, f: IxElement, msg: string): void {
  err(st, 'ix11.10.1.1:nonFractionChildren', msg, f);
  err(st, 'ix11.10.1.2:nonFractionChildren', msg, f);
}

function checkContinuations(st: InlineState): void {
  const refCount = new Map<string, IxElement[]>();
  const starts: { x: IxElement; section: string }[] = [];
  for (const [name, section] of [
    ['nonNumeric', '11'],
    ['footnote', '6'],
    ['continuation', '4'],
  ] as const) {
    for (const x of ixList(st.ixds, name)) {
      const to = attr(x.el, 'continuedAt')?.trim();
      if (to === undefined) continue;
      // A continuation continuing at itself is not referenced by it.
      if (!(name === 'continuation' && attr(x.el, 'id') === to)) {
        const a = refCount.get(to) ?? [];
        a.push(x);
        refCount.set(to, a);
      }
      if (name !== 'continuation') starts.push({ x, section });
      if (!st.continuations.has(to)) {
        const other = st.ixds.ixIds.get(to) ?? [];
        const anyEl = st.ixds.ids[x.doc]?.get(to);
        if (other.length || anyEl) err(st, `ix11.${section}.1.2:continuationTarget`, `continuedAt "${to}" names an element that is not an ix:continuation`, x);
        else err(st, `ix11.${section}.1.2:continuationMissing`, `continuedAt "${to}" names no ix:continuation`, x);
      }
    }
  }
  for (const c of ixList(st.ixds, 'continuation')) {
    const id = attr(c.el, 'id') ?? '';
    const refs = refCount.get(id) ?? [];
    if (refs.length === 0) err(st, 'ix11.4.1.2:continuationNotReferenced', `ix:continuation "${id}" is not referenced by any continuedAt`, c);
    else if (refs.length > 1) err(st, 'ix11.4.1.2:continuationReferences', `ix:continuation "${id}" is referenced by more than one continuedAt`, c);
    if (ixAncestor(c.el, ['hidden'])) err(st, 'ix11.4.1.1:ancestorNodeDisallowed', 'ix:continuation must not be inside ix:hidden', c);
  }
  // Cycles and nesting, walking each chain from its fact or footnote; continuations never reached from a start
  // but in a loop among themselves are cycles too.
  const reached = new Set<XmlElement>();
  const walk = (x: IxElement, section: string) => {
    const chain: XmlElement[] = [x.el];
    let next = attr(x.el, 'continuedAt')?.trim();
    while (next !== undefined) {
      const c = st.continuations.get(next);
      if (!c) break;
      if (chain.includes(c.el)) {
        err(st, 'ix11.4.1.2:continuationCycle', `continuation chain revisits "${next}"`, c);
        break;
      }
      for (const prev of chain) {
        if (isAncestor(prev, c.el) || isAncestor(c.el, prev)) {
          err(st, `ix11.${section}.1.2:continuationChainNested`, `ix:continuation "${next}" is nested in (or holds) another element of its chain`, c);
          if (section !== '4')
            err(st, 'ix11.4.1.2:continuationChainNested', `ix:continuation "${next}" is nested in (or holds) another element of its chain`, c);
          break;
        }
      }
      chain.push(c.el);
      reached.add(c.el);
      next = attr(c.el, 'continuedAt')?.trim();
    }
  };
  for (const s of starts) walk(s.x, s.section);
  for (const c of ixList(st.ixds, 'continuation')) {
    if (reached.has(c.el)) continue;
    const seen = new Set<XmlElement>([c.el]);
    let next = attr(c.el, 'continuedAt')?.trim();
    while (next !== undefined) {
      const n = st.continuations.get(next);
      if (!n) break;
      if (seen.has(n.el)) {
        err(st, 'ix11.4.1.2:continuationCycle', `continuation chain revisits "${next}"`, n);
        break;
      }
      seen.add(n.el);
      next = attr(n.el, 'continuedAt')?.trim();
    }
  }
}

function isAncestor(a: XmlElement, b: XmlElement): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

function checkExcludes(st: InlineState): void {
  for (const x of ixList(st.ixds, 'exclude')) {
    if (!ixAncestor(x.el, ['nonNumeric', 'continuation', 'footnote']))
      err(st, 'ix11.5.1.1:excludeMisplaced', 'ix:exclude is not inside ix:nonNumeric, ix:continuation or ix:footnote', x);
  }
}

function checkFootnotes(st: InlineState): void {
  for (const f of ixList(st.ixds, 'footnote')) {
    if (inScopeLang(f.el) === undefined) err(st, 'ix11.6.1.2:footnoteLang', 'ix:footnote has no xml:lang in scope', f);
  }
}

function checkRelationships(st: InlineState): void {
  const kind = (id: string): 'fact' | 'footnote' | undefined => {
    const xs = st.ixds.ixIds.get(id);
    if (!xs) return undefined;
    const l = xs[0].el.local;
    if (l === 'footnote') return 'footnote';
    if (l === 'nonFraction' || l === 'nonNumeric' || l === 'fraction' || l === 'tuple') return 'fact';
    return undefined;
  };
  for (const r of ixList(st.ixds, 'relationship')) {
    const from = idrefs(attr(r.el, 'fromRefs'));
    const to = idrefs(attr(r.el, 'toRefs'));
    const self = from.filter((id) => to.includes(id));
    if (self.length) err(st, 'xbrl.5.1.4.3:cycles', `relationship from "${self[0]}" to itself`, r);
    for (const id of from) if (kind(id) !== 'fact') err(st, 'ix11.13.1.2:relationshipFromRef', `fromRefs "${id}" names no fact`, r);
    const kinds = new Set(to.map(kind));
    for (const id of to) if (kind(id) === undefined) err(st, 'ix11.13.1.2:relationshipToRef', `toRefs "${id}" names no fact or footnote`, r);
    if (kinds.has('fact') && kinds.has('footnote')) err(st, 'ix11.13.1.2:relationshipReferencesMixed', 'toRefs mixes facts and footnotes', r);
  }
}
