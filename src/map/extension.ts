// The per-filing extension schema: it imports the base taxonomy and prohibits the base
// summations the release's numbers do not confirm (confirm.ts), so a processor checks only calculations the
// release actually prints. Extension concepts for unmapped rows (ext-concepts.ts) belong in the same schema.
import { basename } from 'node:path';
import { create } from 'xmlbuilder2';
import type { ReleaseDocument } from '../model/document.js';
import { clark, NS, type QName } from '../model/fact.js';
import { ARCROLE, LABEL_ROLE, type Relationship, type Taxonomy } from '../model/taxonomy.js';
import { TYPE_PREFIXED } from './ext-concepts.js';
import type { ExtensionModel, ExtensionOptions } from './types.js';
import { BASE_ENTRY, BASE_NAMESPACE } from '../taxonomy/constants.js';
import type { Unconfirmed } from './confirm.js';
import { axisLabels, declareAxes, definitionLinkbase, XBRLDT_XSD } from './ext-dimensions.js';
import { IxportError } from '../model/errors.js';
import { forXmlBuilder } from '../xml/escape.js';
import { identityOf } from './identity.js';

export type { ExtensionOptions };

export class ExtensionError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'map.bad-extension' });
  }
}

/**
 * Default extension names for a release: prefix from the registrant's normalised name (identity.ts; the same
 * for every release of a company, "mpower" whether the release prints MPOW or MPE), else the trading symbol,
 * else "ext"; namespace under ixport.org (never a standard taxonomy's authority) by CIK, else by the normalised
 * name, and release date, so two quarters of a company differ only in the date; stem "<prefix>-<yyyymmdd>" as
 * EDGAR names extension schemas ("<prefix>-<source file name>" when undated).
 */
export function defaultExtension(doc: ReleaseDocument, cik?: string): ExtensionOptions {
  const source = basename(doc.file)
    .replace(/\.[^.]*$/, '')
    .replace(/[^A-Za-z0-9_.-]+/g, '-');
  const identity = identityOf(doc, basename(doc.file).replace(/\.[^.]*$/, ''));
  const prefix = identity.prefix;
  const date = /^\d{4}-\d{2}-\d{2}$/.test(doc.cover.releaseDate?.value ?? '') ? doc.cover.releaseDate!.value.replace(/-/g, '') : '';
  const who = cik ? cik.trim().padStart(10, '0') : identity.identifier;
  // Without a release date the source file names the extension: the CIK alone would give every undated
  // release of one company the same schema name, and one output folder would hold only the last of them.
  const stem = date ? `${prefix}-${date}` : `${prefix}-${source}`;
  return { prefix, namespace: `https://ixport.org/ext/${who}/${date || source}`, stem };
}

const XS = 'http://www.w3.org/2001/XMLSchema';
const LINKBASE_XSD = 'http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd';

function render(d: ReturnType<typeof create>): string {
  return d.end({ prettyPrint: true, indent: '  ' }) + '\n';
}

export function checkExtensionOptions(o: ExtensionOptions): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(o.prefix) || /^xml/i.test(o.prefix)) {
    throw new ExtensionError(`extension prefix "${o.prefix}" is not an XML namespace prefix`);
  }
  if (!/^[a-z][a-z0-9+.-]*:\S+$/i.test(o.namespace) || /\b(sec\.gov|fasb\.org|xbrl\.org)\b/i.test(o.namespace)) {
    throw new ExtensionError(`extension namespace "${o.namespace}" must be an absolute URI of the company's own`);
  }
  if (o.namespace === BASE_NAMESPACE) throw new ExtensionError('extension namespace must differ from the base namespace');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(o.stem)) throw new ExtensionError(`extension file stem "${o.stem}" is not a plain file name`);
}

const XBRLI_XSD = 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd';
const DTR_TYPES_XSD = 'https://www.xbrl.org/dtr/type/2022-03-31/types.xsd';

const EMPTY_MODEL: ExtensionModel = { defs: [], abstracts: [], concepts: [], roles: [], relationships: [] };

function linkbase(): ReturnType<ReturnType<typeof create>['ele']> {
  return create({ version: '1.0', encoding: 'UTF-8' }).ele('link:linkbase', {
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    'xmlns:xsi': NS.xsi,
    'xsi:schemaLocation': `${NS.link} ${LINKBASE_XSD}`,
  });
}

// The children of the extended links (locators, labels, arcs) are most of the elements written: they are
// built with the document's own DOM calls (createElementNS in the link namespace + appendChild, setAttribute,
// createTextNode), exactly what builder.ele('link:...', attrs) does for a prefixed name and unprefixed
// attribute keys, without the builder's per-call overhead; xmlbuilder2 still serialises the document.
interface DomElement {
  appendChild(child: unknown): unknown;
  setAttribute(name: string, value: string): void;
}
interface DomDocument {
  createElementNS(ns: string, qualifiedName: string): DomElement;
  createTextNode(data: string): unknown;
}
type Builder = ReturnType<typeof linkbase>;

function domOf(b: Builder): { el: DomElement; doc: DomDocument } {
  const node = b.node as unknown as DomElement & { ownerDocument: DomDocument };
  return { el: node, doc: node.ownerDocument };
}

/** Appends <link:name attrs>text</link:name> to an extended link. */
function linkChild(parent: { el: DomElement; doc: DomDocument }, name: `link:${string}`, attrs: Record<string, string>, text?: string): void {
  const el = parent.doc.createElementNS(NS.link, name);
  parent.el.appendChild(el);
  // forXmlBuilder: the builder's DOM calls take any string, and the serialiser then writes a control character
  // as is (specialchars2.txt's "Oth\u0001\u0007" label made the label linkbase unreadable) and "&amp;" or "&#1;"
  // as a reference. mapRelease already replaced forbidden characters in release text with a positioned warning;
  // this keeps the file well-formed and the label exact whatever the caller.
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, forXmlBuilder(v));
  if (text !== undefined) el.appendChild(parent.doc.createTextNode(forXmlBuilder(text)));
}

/** What the extension holds, decided once from the model and the unconfirmed summations. */
interface ExtensionPlan {
  names: { cal: string; lab: string; pre: string; def: string };
  axes: NonNullable<ExtensionModel['axes']>;
  calcRels: Relationship[];
  presRels: Relationship[];
  hasCal: boolean;
  hasLab: boolean;
  hasPre: boolean;
  usesDtr: boolean;
}

/**
 * File name -> content of the extension: the schema (importing the base; extension concepts, one role per printed
 * table), its label linkbase (printed labels), presentation linkbase (tables in printed order) and calculation
 * linkbase (confirmed printed totals, and prohibitions of the base summations the numbers do not confirm).
 */
export function extensionFiles(o: ExtensionOptions, unconfirmed: Unconfirmed[], taxonomy: Taxonomy, model: ExtensionModel = EMPTY_MODEL): Map<string, string> {
  checkExtensionOptions(o);
  const plan = planExtension(o, unconfirmed, model);
  const files = new Map<string, string>();
  files.set(`${o.stem}.xsd`, schemaFile(o, model, plan));
  if (plan.axes.length) files.set(plan.names.def, definitionLinkbase(o, plan.axes));
  if (plan.hasLab) files.set(plan.names.lab, labelLinkbase(o, model, plan.axes));
  if (plan.hasPre) files.set(plan.names.pre, arcLinkbase(o, taxonomy, unconfirmed, model, plan.presRels, 'presentationLink', 'presentationArc'));
  if (plan.hasCal) files.set(plan.names.cal, arcLinkbase(o, taxonomy, unconfirmed, model, plan.calcRels, 'calculationLink', 'calculationArc'));
  return files;
}

function planExtension(o: ExtensionOptions, unconfirmed: Unconfirmed[], model: ExtensionModel): ExtensionPlan {
  const axes = model.axes ?? [];
  const calcRels = model.relationships.filter((r) => r.arcrole === ARCROLE.summationItem);
  const presRels = model.relationships.filter((r) => r.arcrole === ARCROLE.parentChild);
  return {
    names: { cal: `${o.stem}_cal.xml`, lab: `${o.stem}_lab.xml`, pre: `${o.stem}_pre.xml`, def: `${o.stem}_def.xml` },
    axes,
    calcRels,
    presRels,
    hasCal: unconfirmed.length > 0 || calcRels.length > 0,
    hasLab: model.defs.length + model.abstracts.length + axes.length > 0,
    hasPre: presRels.length > 0,
    usesDtr: axes.length > 0 || model.defs.some((d) => d.kind === 'perShare' || d.kind === 'percent'),
  };
}

/** The extension schema: linkbase references and role types, imports, concept and axis declarations. */
function schemaFile(o: ExtensionOptions, model: ExtensionModel, plan: ExtensionPlan): string {
  const { axes, usesDtr } = plan;
  const schema = create({ version: '1.0', encoding: 'UTF-8' });
  const root = schema.ele('xs:schema', {
    'xmlns:xs': XS,
    'xmlns:xbrli': NS.xbrli,
    'xmlns:link': NS.link,
    'xmlns:xlink': NS.xlink,
    ...(usesDtr ? { 'xmlns:dtr-types': NS.dtrTypes } : {}),
    ...(axes.length ? { 'xmlns:xbrldt': NS.xbrldt } : {}),
    [`xmlns:${o.prefix}`]: o.namespace,
    targetNamespace: o.namespace,
    elementFormDefault: 'qualified',
    attributeFormDefault: 'unqualified',
  });
  if (plan.hasCal || plan.hasLab || plan.hasPre || model.roles.length || axes.length) schemaAppinfo(root, model, plan);
  root.ele('xs:import', { namespace: BASE_NAMESPACE, schemaLocation: BASE_ENTRY });
  if (model.defs.length || model.abstracts.length || axes.length) root.ele('xs:import', { namespace: NS.xbrli, schemaLocation: XBRLI_XSD });
  if (usesDtr) root.ele('xs:import', { namespace: NS.dtrTypes, schemaLocation: DTR_TYPES_XSD });
  if (axes.length) root.ele('xs:import', { namespace: NS.xbrldt, schemaLocation: XBRLDT_XSD });
  declareConcepts(root, o, model);
  declareAxes(root, o, axes);
  return render(schema);
}

type SchemaRoot = ReturnType<ReturnType<typeof create>['ele']>;

/** xs:annotation/xs:appinfo: the linkbases the extension has, and one role type per printed table. */
function schemaAppinfo(root: SchemaRoot, model: ExtensionModel, plan: ExtensionPlan): void {
  const { names } = plan;
  const appinfo = root.ele('xs:annotation').ele('xs:appinfo');
  const refs: [boolean, string, string][] = [
    [plan.hasLab, names.lab, 'http://www.xbrl.org/2003/role/labelLinkbaseRef'],
    [plan.hasPre, names.pre, 'http://www.xbrl.org/2003/role/presentationLinkbaseRef'],
    [plan.hasCal, names.cal, 'http://www.xbrl.org/2003/role/calculationLinkbaseRef'],
    [plan.axes.length > 0, names.def, 'http://www.xbrl.org/2003/role/definitionLinkbaseRef'],
  ];
  for (const [on, href, role] of refs) {
    if (!on) continue;
    appinfo.ele('link:linkbaseRef', {
      'xlink:type': 'simple',
      'xlink:href': href,
      'xlink:role': role,
      'xlink:arcrole': 'http://www.w3.org/1999/xlink/properties/linkbase',
    });
  }
  for (const r of model.roles) {
    const rt = appinfo.ele('link:roleType', { roleURI: r.uri, id: r.id });
    rt.ele('link:definition').txt(forXmlBuilder(r.definition));
    rt.ele('link:usedOn').txt('link:presentationLink');
    rt.ele('link:usedOn').txt('link:calculationLink');
  }
}

/** xs:element declarations of the extension concepts, then of the abstract table headings. */
function declareConcepts(root: SchemaRoot, o: ExtensionOptions, model: ExtensionModel): void {
  for (const d of model.defs) {
    const attrs: Record<string, string> = {
      id: `${o.prefix}_${d.name}`,
      name: d.name,
      type: TYPE_PREFIXED[d.kind],
      substitutionGroup: 'xbrli:item',
      nillable: 'true',
      'xbrli:periodType': d.periodType,
    };
    if (d.balance) attrs['xbrli:balance'] = d.balance;
    root.ele('xs:element', attrs);
  }
  for (const a of model.abstracts) {
    root.ele('xs:element', {
      id: `${o.prefix}_${a.name}`,
      name: a.name,
      type: 'xbrli:stringItemType',
      substitutionGroup: 'xbrli:item',
      abstract: 'true',
      nillable: 'true',
      'xbrli:periodType': 'duration',
    });
  }
}

/** The label linkbase: printed labels (and documentation) of extension concepts, abstracts and axes. */
function labelLinkbase(o: ExtensionOptions, model: ExtensionModel, axes: ExtensionPlan['axes']): string {
  const lb = linkbase();
  const link = domOf(lb.ele('link:labelLink', { 'xlink:type': 'extended', 'xlink:role': 'http://www.xbrl.org/2003/role/link' }));
  const entries: [string, string, [string, string, string][]][] = [
    ...model.defs.map((d): [string, string, [string, string, string][]] => [
      d.name,
      `${o.prefix}_${d.name}`,
      [
        [LABEL_ROLE.standard, 'label', d.label],
        [LABEL_ROLE.documentation, 'documentation', d.documentation],
      ],
    ]),
    ...model.abstracts.map((a): [string, string, [string, string, string][]] => [a.name, `${o.prefix}_${a.name}`, [[LABEL_ROLE.standard, 'label', a.label]]]),
    ...axisLabels(o, axes),
  ];
  for (const [name, id, labels] of entries) {
    const loc = `loc_${name}`;
    linkChild(link, 'link:loc', { 'xlink:type': 'locator', 'xlink:href': `${o.stem}.xsd#${id}`, 'xlink:label': loc });
    const res = `lab_${name}`;
    for (const [role, suffix, text] of labels) {
      linkChild(link, 'link:label', { 'xlink:type': 'resource', 'xlink:label': res, 'xlink:role': role, 'xml:lang': 'en', id: `${res}_${suffix}` }, text);
    }
    linkChild(link, 'link:labelArc', {
      'xlink:type': 'arc',
      'xlink:arcrole': 'http://www.xbrl.org/2003/arcrole/concept-label',
      'xlink:from': loc,
      'xlink:to': res,
    });
  }
  return render(lb.doc());
}

/**
 * The presentation or calculation linkbase: role references, (calculation only) the prohibitions of unconfirmed
 * base summations, then the extension's own relationships per printed table.
 */
function arcLinkbase(
  o: ExtensionOptions,
  taxonomy: Taxonomy,
  unconfirmed: Unconfirmed[],
  model: ExtensionModel,
  rels: Relationship[],
  linkName: 'presentationLink' | 'calculationLink',
  arcName: 'presentationArc' | 'calculationArc',
): string {
  const lb = linkbase();
  const baseRoles = [...new Set(unconfirmed.map((u) => u.role))].sort();
  const extRoles = model.roles.filter((r) => rels.some((x) => x.role === r.uri));
  if (linkName === 'calculationLink') {
    for (const role of baseRoles) lb.ele('link:roleRef', { roleURI: role, 'xlink:type': 'simple', 'xlink:href': `${BASE_ENTRY}#${role.split('/').pop()}` });
  }
  for (const r of extRoles) lb.ele('link:roleRef', { roleURI: r.uri, 'xlink:type': 'simple', 'xlink:href': `${o.stem}.xsd#${r.id}` });
  if (linkName === 'calculationLink') prohibitions(lb, taxonomy, unconfirmed, baseRoles);
  const href = hrefOf(o, taxonomy);
  for (const r of extRoles) extensionArcs(lb, o, href, r.uri, rels, linkName, arcName);
  return render(lb.doc());
}

/** Where a concept is declared: the extension schema or the base entry point. */
function hrefOf(o: ExtensionOptions, taxonomy: Taxonomy): (q: QName) => string {
  return (q) => {
    if (q.ns === o.namespace) return `${o.stem}.xsd#${o.prefix}_${q.local}`;
    const c = taxonomy.concepts.get(clark(q));
    if (!c) throw new ExtensionError(`extension: ${clark(q)} is neither in the base taxonomy nor in the extension`);
    return `${BASE_ENTRY}#${c.id}`;
  };
}

/** One calculation link per base role prohibiting the arcs of the summations the numbers do not confirm. */
function prohibitions(lb: Builder, taxonomy: Taxonomy, unconfirmed: Unconfirmed[], baseRoles: string[]): void {
  for (const role of baseRoles) {
    const link = domOf(lb.ele('link:calculationLink', { 'xlink:type': 'extended', 'xlink:role': role }));
    const seen = new Set<string>();
    const loc = (key: string): string => {
      const concept = taxonomy.concepts.get(key)!;
      const label = `loc_${concept.qname.local}`;
      if (!seen.has(label)) {
        seen.add(label);
        linkChild(link, 'link:loc', { 'xlink:type': 'locator', 'xlink:href': `${BASE_ENTRY}#${concept.id}`, 'xlink:label': label });
      }
      return label;
    };
    for (const u of unconfirmed.filter((x) => x.role === role)) {
      for (const arc of u.arcs) {
        // A prohibiting arc is equivalent to the base arc (same order and weight) with a higher priority.
        linkChild(link, 'link:calculationArc', {
          'xlink:type': 'arc',
          'xlink:arcrole': arc.arcrole,
          'xlink:from': loc(clark(arc.from)),
          'xlink:to': loc(clark(arc.to)),
          order: String(arc.order),
          weight: (arc.weight ?? 1) < 0 ? '-1.0' : '1.0',
          use: 'prohibited',
          priority: '1',
        });
      }
    }
  }
}

/** One extended link of a printed table's role with the extension's relationships in it. */
function extensionArcs(
  lb: Builder,
  o: ExtensionOptions,
  href: (q: QName) => string,
  role: string,
  rels: Relationship[],
  linkName: 'presentationLink' | 'calculationLink',
  arcName: 'presentationArc' | 'calculationArc',
): void {
  const link = domOf(lb.ele(`link:${linkName}`, { 'xlink:type': 'extended', 'xlink:role': role }));
  const seen = new Set<string>();
  const loc = (q: QName): string => {
    const label = `loc_${q.ns === o.namespace ? 'e' : 'b'}_${q.local}`;
    if (!seen.has(label)) {
      seen.add(label);
      linkChild(link, 'link:loc', { 'xlink:type': 'locator', 'xlink:href': href(q), 'xlink:label': label });
    }
    return label;
  };
  for (const rel of rels.filter((x) => x.role === role)) {
    const attrs: Record<string, string> = {
      'xlink:type': 'arc',
      'xlink:arcrole': rel.arcrole,
      'xlink:from': loc(rel.from),
      'xlink:to': loc(rel.to),
      order: String(rel.order),
    };
    if (rel.weight !== undefined) attrs.weight = rel.weight < 0 ? '-1.0' : '1.0';
    linkChild(link, `link:${arcName}`, attrs);
  }
}
