// Loads a taxonomy (the shipped base, or an extension whose schema imports it) into the shared Taxonomy model:
// concepts with their labels, and presentation / calculation / definition relationships.
// Only schemas and linkbases given by relative paths are read; standard schemas referenced by URL
// (xbrl-instance, dtr types, ...) are known and not needed to build the model.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { NS } from '../model/fact.js';
import type { Concept, Relationship, Taxonomy } from '../model/taxonomy.js';
import { attr, childrenNamed, elementChildren, parseXml, resolveQName, resourceText, XmlError, type XmlElement } from './xml.js';
import { BASE_ENTRY, BASE_TAXONOMY_DIR } from './constants.js';
import { BASE_SNAPSHOT, SnapshotError, taxonomyFromSnapshot } from './snapshot.js';
import { IxportError } from '../model/errors.js';

export { BASE_ENTRY, BASE_FILES, BASE_LINKBASES, BASE_NAMESPACE, BASE_PREFIX, BASE_TAXONOMY_DIR, PACKAGE_FILES, ROLE_BASE } from './constants.js';
export { BASE_SNAPSHOT } from './snapshot.js';

export class TaxonomyError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'taxonomy.unusable' });
  }
}

const XS = 'http://www.w3.org/2001/XMLSchema';
const XBRLI = NS.xbrli;
const LINK = NS.link;
const XLINK = NS.xlink;
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** Item types whose values are numbers (xbrli numeric types and the DTR numeric types ixport uses). */
const NUMERIC_TYPES = new Set(
  [
    'decimalItemType',
    'floatItemType',
    'doubleItemType',
    'monetaryItemType',
    'sharesItemType',
    'pureItemType',
    'fractionItemType',
    'integerItemType',
    'nonPositiveIntegerItemType',
    'negativeIntegerItemType',
    'longItemType',
    'intItemType',
    'shortItemType',
    'byteItemType',
    'nonNegativeIntegerItemType',
    'unsignedLongItemType',
    'unsignedIntItemType',
    'unsignedShortItemType',
    'unsignedByteItemType',
    'positiveIntegerItemType',
  ].map((t) => `{${XBRLI}}${t}`),
);
const NUMERIC_DTR_LOCALS = new Set([
  'perShareItemType',
  'percentItemType',
  'areaItemType',
  'volumeItemType',
  'massItemType',
  'energyItemType',
  'lengthItemType',
  'memoryItemType',
  'flowItemType',
  'noDecimalsMonetaryItemType',
  'nonNegativeMonetaryItemType',
  'nonNegativeDecimalItemType',
  'decimalStringItemType',
]);

function isNumericType(clark: string): boolean {
  if (NUMERIC_TYPES.has(clark)) return true;
  const m = /^\{http:\/\/www\.xbrl\.org\/dtr\/type\/[^}]+\}(.+)$/.exec(clark);
  return m !== null && NUMERIC_DTR_LOCALS.has(m[1]);
}

function substitutionGroup(clark: string): Concept['substitutionGroup'] {
  if (clark === `{${XBRLI}}item`) return 'item';
  if (clark === `{${XBRLI}}tuple`) return 'tuple';
  if (clark === `{${NS.xbrldt}}dimensionItem`) return 'dimensionItem';
  if (clark === `{${NS.xbrldt}}hypercubeItem`) return 'hypercubeItem';
  return clark;
}

function isRemote(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href);
}

function readXml(path: string): XmlElement {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new TaxonomyError(`${path}: cannot read taxonomy file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseXml(text, path);
  } catch (e) {
    if (e instanceof XmlError) throw new TaxonomyError(e.message);
    throw e;
  }
}

/** An arc as read, before prohibition and override are resolved. */
interface ArcRead {
  rel: Relationship;
  /** Arc element and the attributes that make two arcs equivalent (XBRL 2.1 §3.5.3.9.7.4). */
  key: string;
  priority: number;
  prohibited: boolean;
}

interface LoadState {
  concepts: Map<string, Concept>;
  /** "absolute schema path#id" -> clark name */
  byId: Map<string, string>;
  arcs: ArcRead[];
  schemasDone: Set<string>;
  linkbasesDone: Set<string>;
  linkbaseQueue: string[];
}

function loadSchema(path: string, st: LoadState): void {
  const abs = resolve(path);
  if (st.schemasDone.has(abs)) return;
  st.schemasDone.add(abs);
  const root = readXml(abs);
  if (root.ns !== XS || root.local !== 'schema') throw new TaxonomyError(`${abs}: not an XML Schema (root <${root.local}>)`);
  const tns = attr(root, '', 'targetNamespace') ?? '';
  for (const imp of [...childrenNamed(root, XS, 'import'), ...childrenNamed(root, XS, 'include')]) {
    const loc = attr(imp, '', 'schemaLocation');
    if (loc && !isRemote(loc)) loadSchema(join(dirname(abs), loc), st);
  }
  for (const ann of childrenNamed(root, XS, 'annotation')) {
    for (const appinfo of childrenNamed(ann, XS, 'appinfo')) {
      for (const ref of childrenNamed(appinfo, LINK, 'linkbaseRef')) {
        const href = attr(ref, XLINK, 'href');
        if (href && !isRemote(href)) st.linkbaseQueue.push(join(dirname(abs), href));
      }
    }
  }
  for (const el of childrenNamed(root, XS, 'element')) {
    const name = attr(el, '', 'name');
    const sg = attr(el, '', 'substitutionGroup');
    if (!name || !sg) continue;
    const clark = `{${tns}}${name}`;
    const type = resolveQName(el, attr(el, '', 'type') ?? '');
    const periodType = attr(el, XBRLI, 'periodType');
    if (periodType !== 'instant' && periodType !== 'duration') {
      throw new TaxonomyError(`${abs}: concept ${name} has no valid xbrli:periodType`);
    }
    const balance = attr(el, XBRLI, 'balance');
    const id = attr(el, '', 'id') ?? '';
    const concept: Concept = {
      qname: { ns: tns, local: name },
      id,
      type,
      numeric: isNumericType(type),
      periodType,
      abstract: attr(el, '', 'abstract') === 'true',
      nillable: attr(el, '', 'nillable') === 'true',
      substitutionGroup: substitutionGroup(resolveQName(el, sg)),
      labels: {},
    };
    if (balance === 'debit' || balance === 'credit') concept.balance = balance;
    st.concepts.set(clark, concept);
    if (id) st.byId.set(`${abs}#${id}`, clark);
  }
}

const ARC_NAMES = new Set(['presentationArc', 'calculationArc', 'definitionArc']);

function loadLinkbase(path: string, st: LoadState): void {
  const abs = resolve(path);
  if (st.linkbasesDone.has(abs)) return;
  st.linkbasesDone.add(abs);
  const root = readXml(abs);
  if (root.ns !== LINK || root.local !== 'linkbase') throw new TaxonomyError(`${abs}: not a linkbase (root <${root.local}>)`);
  for (const link of elementChildren(root)) {
    if (link.ns !== LINK || attr(link, XLINK, 'type') !== 'extended') continue;
    const role = attr(link, XLINK, 'role') ?? '';
    const locs = new Map<string, string[]>();
    const labels = new Map<string, { role: string; lang: string; text: string }[]>();
    for (const child of elementChildren(link)) {
      const label = attr(child, XLINK, 'label');
      if (!label) continue;
      if (child.ns === LINK && child.local === 'loc') {
        const href = attr(child, XLINK, 'href') ?? '';
        const [file, id] = href.split('#');
        const target = isRemote(file) ? undefined : st.byId.get(`${resolve(dirname(abs), file)}#${id}`);
        if (!target) {
          if (isRemote(file)) continue;
          throw new TaxonomyError(`${abs}: locator ${label} points at unknown concept ${href}`);
        }
        locs.set(label, [...(locs.get(label) ?? []), target]);
      } else if (child.ns === LINK && child.local === 'label') {
        const list = labels.get(label) ?? [];
        list.push({ role: attr(child, XLINK, 'role') ?? '', lang: attr(child, XML_NS, 'lang') ?? '', text: resourceText(child) });
        labels.set(label, list);
      }
    }
    for (const arc of elementChildren(link)) {
      if (attr(arc, XLINK, 'type') !== 'arc') continue;
      const from = locs.get(attr(arc, XLINK, 'from') ?? '') ?? [];
      const toLabel = attr(arc, XLINK, 'to') ?? '';
      if (arc.ns === LINK && arc.local === 'labelArc') {
        for (const f of from) {
          const concept = st.concepts.get(f)!;
          for (const lab of labels.get(toLabel) ?? []) {
            // English first: keep an en label over any other language already stored for the role.
            if (concept.labels[lab.role] === undefined || lab.lang.toLowerCase().startsWith('en')) {
              concept.labels[lab.role] = lab.text;
            }
          }
        }
        continue;
      }
      if (arc.ns !== LINK || !ARC_NAMES.has(arc.local)) continue;
      const to = locs.get(toLabel) ?? [];
      const arcrole = attr(arc, XLINK, 'arcrole') ?? '';
      for (const f of from) {
        for (const t of to) {
          const fc = st.concepts.get(f)!;
          const tc = st.concepts.get(t)!;
          const rel: Relationship = { role, arcrole, from: fc.qname, to: tc.qname, order: Number(attr(arc, '', 'order') ?? '1') };
          const weight = attr(arc, '', 'weight');
          if (weight !== undefined) rel.weight = Number(weight);
          const pref = attr(arc, '', 'preferredLabel');
          if (pref) rel.preferredLabel = pref;
          const key = [
            arc.local,
            role,
            arcrole,
            f,
            t,
            rel.order,
            rel.weight ?? '',
            pref ?? '',
            attr(arc, NS.xbrldt, 'closed') ?? '',
            attr(arc, NS.xbrldt, 'contextElement') ?? '',
            attr(arc, NS.xbrldt, 'targetRole') ?? '',
          ].join('|');
          st.arcs.push({ rel, key, priority: Number(attr(arc, '', 'priority') ?? '0'), prohibited: attr(arc, '', 'use') === 'prohibited' });
        }
      }
    }
  }
}

/**
 * XBRL 2.1 prohibition and override: of equivalent arcs the highest priority wins, a prohibiting arc winning
 * a tie; a winning prohibition removes the relationship (how an extension drops a base calculation).
 */
function effectiveRelationships(arcs: ArcRead[]): Relationship[] {
  const best = new Map<string, ArcRead>();
  for (const a of arcs) {
    const b = best.get(a.key);
    if (!b || a.priority > b.priority || (a.priority === b.priority && a.prohibited && !b.prohibited)) best.set(a.key, a);
  }
  const out: Relationship[] = [];
  const emitted = new Set<string>();
  for (const a of arcs) {
    const winner = best.get(a.key)!;
    if (winner.prohibited || emitted.has(a.key)) continue;
    emitted.add(a.key);
    out.push(winner.rel);
  }
  return out;
}

/**
 * Loads the DTS starting at entryXsdPath. Without one, the shipped base taxonomy from its parsed snapshot
 * (snapshot.ts: the same model, a few ms instead of parsing the XML cold in every process and worker).
 */
export function loadTaxonomy(entryXsdPath?: string): Taxonomy {
  if (entryXsdPath === undefined) {
    const path = join(BASE_TAXONOMY_DIR, BASE_SNAPSHOT);
    let text: string | undefined;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // No snapshot (a taxonomy folder without it): parse the XML.
    }
    if (text !== undefined) {
      try {
        return taxonomyFromSnapshot(text, path);
      } catch (e) {
        if (e instanceof SnapshotError) throw new TaxonomyError(e.message);
        throw e;
      }
    }
  }
  return parseTaxonomy(entryXsdPath ?? join(BASE_TAXONOMY_DIR, BASE_ENTRY));
}

function parseTaxonomy(entryXsdPath: string): Taxonomy {
  const st: LoadState = {
    concepts: new Map(),
    byId: new Map(),
    arcs: [],
    schemasDone: new Set(),
    linkbasesDone: new Set(),
    linkbaseQueue: [],
  };
  loadSchema(entryXsdPath, st);
  // Linkbases after every schema, so locators into any schema of the DTS resolve.
  for (const lb of st.linkbaseQueue) loadLinkbase(lb, st);
  return { concepts: st.concepts, relationships: effectiveRelationships(st.arcs) };
}
