// Inline XBRL 1.1 validation rules that span elements (references, chains, relationships, nesting), reported
// with the specification's error codes (ix11.<section>:<name>) and the element's line.
import { NS } from '../../model/fact.js';
import { attr, inScopeLang, type XmlElement } from '../../xml/dom.js';
import { at } from '../messages.js';
import { innerNonFraction, type InlineState } from './reader.js';
import { isIx, ixAncestor, ixList, type IxElement } from './gather.js';

export function checkIxds(st: InlineState): void {
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
  const refs = ixList(st.ixds, 'references');
  const targets = new Set<string | undefined>();
  for (const name of ['nonFraction', 'nonNumeric', 'fraction', 'tuple']) for (const f of ixList(st.ixds, name)) targets.add(attr(f.el, 'target'));
  const refTargets = new Set(refs.map((r) => attr(r.el, 'target')));
  if (!refs.length) err(st, 'ix11.12.1.2:missingReferences', 'the document set has no ix:references', headers[0]);
  else for (const t of targets) if (!refTargets.has(t)) err(st, 'ix11.12.1.2:missingReferences', `no ix:references for target ${t === undefined ? '(default)' : `"${t}"`}`, headers[0]);
  // Namespace prefixes declared on ix:references elements of one target must not conflict, and each
  // document has at most one ix:references per target (its attributes would otherwise be duplicated).
  const byTarget = new Map<string | undefined, IxElement[]>();
  for (const r of refs) {
    const t = attr(r.el, 'target');
    const a = byTarget.get(t) ?? [];
    a.push(r);
    byTarget.set(t, a);
  }
  for (const [, list] of byTarget) {
    const seen = new Map<string, string>();
    const docs = new Set<number>();
    for (const r of list) {
      if (docs.has(r.doc)) err(st, 'ix11.12.1.2:referencesAttributeDuplication', 'more than one ix:references for the same target in one document', r);
      docs.add(r.doc);
      for (const [p, ns] of Object.entries(r.el.scope)) {
        if (p === 'xml') continue;
        const prev = seen.get(p);
        if (prev !== undefined && prev !== ns) err(st, 'ix11.12.1.2:referencesNamespacePrefixConflict', `prefix "${p}" is bound to different namespaces in ix:references of one target`, r);
        seen.set(p, ns);
      }
    }
  }
  const resources = ixList(st.ixds, 'resources');
  const facts = ['nonFraction', 'nonNumeric', 'fraction'].some((n) => ixList(st.ixds, n).length > 0);
  if (!resources.length && facts) err(st, 'ix11.14.1.2:missingResources', 'facts need contexts but the document set has no ix:resources', headers[0]);
}

function checkIds(st: InlineState): void {
  st.ixds.ids.forEach((map, d) => {
    const file = st.ixds.docs[d].file;
    for (const [id, els] of map) {
      if (els.length > 1) for (const el of els.slice(1)) st.messages.push(at('xml.3.3.1:idMustBeUnique', 'error', `id "${id}" is used more than once`, file, el));
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
      if (prev !== undefined && prev !== r.doc) err(st, 'ix11.14.1.2:resourceIdDuplication', `resource id "${id}" is used in more than one document`, { el: c, file: r.file });
      seen.set(id, r.doc);
    }
  }
}

function checkFactRefs(st: InlineState): void {
  for (const [name, section] of [['nonFraction', '10'], ['nonNumeric', '11'], ['fraction', '7']] as const) {
    for (const f of ixList(st.ixds, name)) {
      if (name === 'fraction' && ixAncestor(f.el, ['fraction'])) continue;
      const c = attr(f.el, 'contextRef');
      if (c !== undefined && !(c in st.contexts)) err(st, `ix11.${section}.1.2:contextReference`, `contextRef "${c}" names no context of the ix:resources`, f);
      const u = attr(f.el, 'unitRef');
      if (name !== 'nonNumeric' && u !== undefined && !(u in st.units)) err(st, `ix11.${section}.1.2:unitReference`, `unitRef "${u}" names no unit of the ix:resources`, f);
      const nil = attr(f.el, 'nil', NS.xsi) === 'true' || attr(f.el, 'nil', NS.xsi) === '1';
      if (name === 'nonFraction') {
        if (nil && (attr(f.el, 'decimals') !== undefined || attr(f.el, 'precision') !== undefined)) err(st, 'xbrl.4.6.3:nilPrecisionDecimals', 'a nil fact has decimals or precision', f);
        if (!nil && attr(f.el, 'decimals') === undefined && attr(f.el, 'precision') === undefined) err(st, 'xbrl.4.6.3:missingPrecisionDecimals', 'a non-nil numeric fact has neither decimals nor precision', f);
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
      if (el.children.some((c) => c.kind === 'element' || (c.kind === 'text' && c.text.length > 0))) err(st, 'ix11.10.1.1:nonFractionChildren', 'a nil ix:nonFraction must be empty', f);
      continue;
    }
    if (elems.length > 1 || elems.some((c) => !isIx(c, 'nonFraction'))) {
      err(st, 'ix11.10.1.1:nonFractionChildren', 'ix:nonFraction content must be text or one nested ix:nonFraction', f);
      continue;
    }
    if (elems.length === 1) {
      const inner = elems[0];
      if (el.children.some((c) => c.kind === 'text' && c.text.trim())) err(st, 'ix11.10.1.1:nonFractionChildren', 'ix:nonFraction with a nested ix:nonFraction may not also hold text', f);
      const innerNil = attr(inner, 'nil', NS.xsi) === 'true' || attr(inner, 'nil', NS.xsi) === '1';
      if (innerNil) err(st, 'ix11.10.1.2:nestedNonFractionIsNil', 'a nested ix:nonFraction is nil', { el: inner, file: f.file });
      for (const a of ['format', 'scale', 'unitRef'] as const) {
        const va = norm(attr(el, a));
        const vb = norm(attr(inner, a));
        if (va !== vb) err(st, 'ix11.10.1.2:nestedNonFractionProperties', `nested ix:nonFraction differs in ${a} ("${va ?? ''}" vs "${vb ?? ''}")`, { el: inner, file: f.file });
      }
    } else {
      const leaf = innerNonFraction(el);
      const text = leaf.children.map((c) => (c.kind === 'text' ? c.text : '')).join('');
      if (!text.length && attr(el, 'format') === undefined) err(st, 'ix11.10.1.1:nonFractionChildren', 'ix:nonFraction is empty but not nil', f);
    }
  }
}

function norm(v: string | undefined): string | undefined {
  return v === undefined ? undefined : v.trim();
}

function checkContinuations(st: InlineState): void {
  const refCount = new Map<string, IxElement[]>();
  const starts: { x: IxElement; section: string }[] = [];
  for (const [name, section] of [['nonNumeric', '11'], ['footnote', '6'], ['continuation', '4']] as const) {
    for (const x of ixList(st.ixds, name)) {
      const to = attr(x.el, 'continuedAt');
      if (to === undefined) continue;
      const a = refCount.get(to) ?? [];
      a.push(x);
      refCount.set(to, a);
      if (name !== 'continuation') starts.push({ x, section });
      if (!st.continuations.has(to)) err(st, `ix11.${section}.1.2:continuationMissing`, `continuedAt "${to}" names no ix:continuation`, x);
    }
  }
  for (const c of ixList(st.ixds, 'continuation')) {
    const id = attr(c.el, 'id') ?? '';
    const refs = refCount.get(id) ?? [];
    if (refs.length === 0) err(st, 'ix11.4.1.2:continuationNotReferenced', `ix:continuation "${id}" is not referenced by any continuedAt`, c);
    else if (refs.length > 1) err(st, 'ix11.4.1.2:continuationReferences', `ix:continuation "${id}" is referenced by more than one continuedAt`, c);
  }
  // Cycles and nesting, walking each chain from its fact or footnote; continuations never reached from a start
  // but in a loop among themselves are cycles too.
  const reached = new Set<XmlElement>();
  const walk = (x: IxElement, section: string) => {
    const chain: XmlElement[] = [x.el];
    let next = attr(x.el, 'continuedAt');
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
          if (section !== '4') err(st, 'ix11.4.1.2:continuationChainNested', `ix:continuation "${next}" is nested in (or holds) another element of its chain`, c);
          break;
        }
      }
      chain.push(c.el);
      reached.add(c.el);
      next = attr(c.el, 'continuedAt');
    }
  };
  for (const s of starts) walk(s.x, s.section);
  for (const c of ixList(st.ixds, 'continuation')) {
    if (reached.has(c.el)) continue;
    const seen = new Set<XmlElement>([c.el]);
    let next = attr(c.el, 'continuedAt');
    while (next !== undefined) {
      const n = st.continuations.get(next);
      if (!n) break;
      if (seen.has(n.el)) {
        err(st, 'ix11.4.1.2:continuationCycle', `continuation chain revisits "${next}"`, n);
        break;
      }
      seen.add(n.el);
      next = attr(n.el, 'continuedAt');
    }
  }
}

function isAncestor(a: XmlElement, b: XmlElement): boolean {
  for (let p = b.parent; p; p = p.parent) if (p === a) return true;
  return false;
}

function checkExcludes(st: InlineState): void {
  for (const x of ixList(st.ixds, 'exclude')) {
    if (!ixAncestor(x.el, ['nonNumeric', 'continuation', 'footnote'])) err(st, 'ix11.5.1.1:excludeMisplaced', 'ix:exclude is not inside ix:nonNumeric, ix:continuation or ix:footnote', x);
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
    const from = (attr(r.el, 'fromRefs') ?? '').trim().split(/\s+/).filter(Boolean);
    const to = (attr(r.el, 'toRefs') ?? '').trim().split(/\s+/).filter(Boolean);
    for (const id of from) if (kind(id) !== 'fact') err(st, 'ix11.13.1.2:relationshipFromRef', `fromRefs "${id}" names no fact`, r);
    const kinds = new Set(to.map(kind));
    for (const id of to) if (kind(id) === undefined) err(st, 'ix11.13.1.2:relationshipToRef', `toRefs "${id}" names no fact or footnote`, r);
    if (kinds.has('fact') && kinds.has('footnote')) err(st, 'ix11.13.1.2:relationshipReferencesMixed', 'toRefs mixes facts and footnotes', r);
  }
}
