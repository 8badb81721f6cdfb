// The MAP stage: ReleaseDocument line items -> facts on the base taxonomy and the filing's extension. mapRelease
// is the table of contents: each step takes and returns named data (place.ts, reconcile.ts, collisions.ts,
// facts.ts); every numeric item becomes a fact, or a message naming its file:line.
import { basename } from 'node:path';
import type { ReleaseDocument } from '../model/document.js';
import { clark, NS, type Entity, type FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Concept, Taxonomy } from '../model/taxonomy.js';
import { BASE_ENTRY } from '../taxonomy/constants.js';
import { ContextTable } from './contexts.js';
import { coverFacts } from './cover.js';
import { tableLabels } from './resolve.js';
import { loadMappingData, type MappingData } from './rules.js';
import { ExtensionConcepts } from './ext-concepts.js';
import { buildExtensionModel } from './ext-model.js';
import { unconfirmedSummations, type Unconfirmed } from './confirm.js';
import { checkExtensionOptions, ExtensionError, extensionFiles } from './extension.js';
import { membersOf, plausibleReleaseDate } from './members.js';
import { axisConcepts, columnMembers, type ColumnMembers } from './dimensions.js';
import { summationParents } from './sign.js';
import { IxportError } from '../model/errors.js';
import { mapProse } from './prose.js';
import { xmlSafeDocument } from './xmlsafe.js';
import { identityOf, slug } from './identity.js';
import { extensionPlacements, orientationOf, placeItems, type ExtConcepts } from './place.js';
import { entryMaker, reconcile, type Entry } from './reconcile.js';
import { resolveCollisions } from './collisions.js';
import { buildFacts, INSTANCE_NAMESPACES, untaggedItems } from './facts.js';
import type { ExtensionOptions, MapOptions, MapResult, Placement } from './types.js';

export { normalizeLabel, loadMappingData } from './rules.js';
export { resolveConcept } from './resolve.js';
export { unconfirmedSummations } from './confirm.js';
export { defaultExtension } from './extension.js';
export type { ExtensionOptions, MapOptions, MapResult, UnmappedRow, UntaggedItem } from './types.js';

/** Bad options (an invalid CIK): the CLI reports the message, never a stack trace. */
export class MapError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'map.bad-option' });
  }
}

export const FALLBACK_ENTITY_SCHEME = 'https://ixport.org/entity';

const mappingCache = new Map<string, MappingData>();

function mappingData(dir: string | undefined): MappingData {
  const key = dir ?? '';
  if (!mappingCache.has(key)) mappingCache.set(key, loadMappingData(dir));
  return mappingCache.get(key)!;
}

/**
 * Entity identifier: --cik with the SEC scheme. Without it there is no honest CIK to write, so the identifier
 * is the registrant's normalised name under ixport's own scheme (identity.ts: one identifier for every release
 * of a company), and a warning says so (EDGAR would reject it). A name given in the options is the caller's
 * choice and is used as given.
 */
function entityOf(doc: ReleaseDocument, options: MapOptions, messages: Message[]): Entity {
  if (options.cik !== undefined) {
    const cik = options.cik.trim();
    if (!/^\d{1,10}$/.test(cik)) throw new MapError(`--cik must be 1 to 10 digits, got "${options.cik}"`);
    return { scheme: NS.cik, identifier: cik.padStart(10, '0') };
  }
  const identifier = options.entityName !== undefined ? slug(options.entityName) : identityOf(doc, basename(doc.file).replace(/\.[^.]*$/, '')).identifier;
  messages.push({
    ruleId: 'map.no-cik',
    severity: 'warning',
    message: `no CIK given (--cik): entity identifier "${identifier}" under scheme ${FALLBACK_ENTITY_SCHEME}, not accepted by EDGAR`,
  });
  return { scheme: FALLBACK_ENTITY_SCHEME, identifier };
}

function validExtension(o: ExtensionOptions | undefined): ExtensionConcepts | undefined {
  if (!o) return undefined;
  try {
    checkExtensionOptions(o);
  } catch (e) {
    if (e instanceof ExtensionError) throw new MapError(e.message);
    throw e;
  }
  return new ExtensionConcepts(o);
}

export function mapRelease(printed: ReleaseDocument, taxonomy: Taxonomy, options: MapOptions = {}): MapResult {
  const messages: Message[] = [];
  // Labels become extension labels, names and cover facts: characters XML cannot carry are replaced here, with a
  // warning naming each and its line (the same document when there are none).
  const doc = xmlSafeDocument(printed, messages);
  const data = mappingData(options.mappingDir);
  const ext = validExtension(options.extension);
  const entity = entityOf(printed, options, messages);
  const releaseDate = plausibleReleaseDate(doc, messages);
  const labels = tableLabels(doc.items);
  const concepts: ExtConcepts = new Map();

  // 1. Items onto base concepts; the numbers in the prose beside them; extension concepts for the rest.
  const items = placeItems(doc, data, taxonomy, labels, ext !== undefined);
  const prose = options.prose === false ? { placements: [], comparisons: [], messages: [] } : mapProse(doc, data, taxonomy, labels);
  const placed: Placement[] = [...items.placements, ...prose.placements.map((p) => ({ itemIndex: -1, ...p }))];
  const placements = ext ? [...placed, ...extensionPlacements(doc, ext, concepts, items, placed)] : placed;
  // 2. Printed sign vs fact sign; 3. dimension members from the wording and the columns.
  const orient = orientationOf(placements, summationParents(taxonomy));
  const wording = membersOf(placements, data.qualifiers, releaseDate, doc);
  const taken = () => new Set([...concepts.values()].map((c) => c.qname.local));
  const columns = ext ? columnMembers(placements, options.extension!, taken()).rules : [];
  const make = entryMaker(orient, (_, i) => [...wording[i], ...(columns[i] ?? [])]);
  // 4. Values and aspects; prose and reconciliation rows checked against the statements.
  const reconciled = reconcile(
    placements.map((p, i) => make(p, i)),
    make,
    ext,
    concepts,
  );
  messages.push(...reconciled.messages);
  // 5. Placements that collide (one concept, context and unit, different values) resolved from the evidence.
  const collided = resolveCollisions({ doc, entries: reconciled.kept, ext, concepts, make });
  messages.push(...collided.messages);
  const kept: Entry[] = collided.entries;
  const final = ext
    ? columnMembers(
        kept.map((x) => x.p),
        options.extension!,
        taken(),
      )
    : undefined;
  const keptMembers = kept.map((x, k) => [...wording[x.i], ...(final ? final.rules[k] : [])]);

  // 6. Facts, cover facts; 7. what no fact carries.
  const contexts = new ContextTable(entity, [...new Set(data.qualifiers.map((q) => q.axis))]);
  const built = buildFacts(kept, contexts, keptMembers);
  const cover = coverFacts(doc, options, entity, contexts, built.facts, messages);
  const untagged = untaggedItems([...items.unresolved, ...reconciled.unresolved, ...collided.unresolved]);
  messages.push(...untagged.messages);
  const factSet: FactSet = {
    schemaRefs: [BASE_ENTRY],
    namespaces: INSTANCE_NAMESPACES(),
    contexts: contexts.contexts,
    units: built.units,
    facts: [...cover, ...built.facts],
    source: doc.file,
    messages,
  };
  if (prose.comparisons.length) factSet.comparisons = prose.comparisons;
  messages.push(...prose.messages);

  // 8. The extension model and files.
  const files = new Map<string, string>();
  let effective = taxonomy;
  if (options.extension && ext) {
    const unconfirmed = unconfirmedSummations(factSet, taxonomy);
    messages.push(...unconfirmed.map((u) => unconfirmedMessage(u, options.extension!)));
    effective = extensionOf({ doc, ext, concepts, taxonomy, factSet, kept, axes: final!.axes, unconfirmed, files });
    factSet.schemaRefs = [`${options.extension.stem}.xsd`];
    factSet.namespaces[options.extension.prefix] = options.extension.namespace;
  }
  return { factSet, messages, unmapped: untagged.unmapped, untagged: untagged.untagged, files, taxonomy: effective };
}

function unconfirmedMessage(u: Unconfirmed, o: ExtensionOptions): Message {
  return {
    ruleId: 'map.calc-unconfirmed',
    severity: 'info',
    message: `the summation of ${u.total.split('}')[1]} (${u.role.split('/').pop()}) does not hold on the printed numbers in ${u.contexts.join(', ')} (rows it sums are not tagged with base concepts): prohibited in ${o.stem}.xsd`,
    concept: u.total,
    context: u.contexts[0],
  };
}

interface ExtensionInput {
  doc: ReleaseDocument;
  ext: ExtensionConcepts;
  concepts: ExtConcepts;
  taxonomy: Taxonomy;
  factSet: FactSet;
  kept: Entry[];
  axes: ColumnMembers['axes'];
  unconfirmed: Unconfirmed[];
  /** Receives the extension's files. */
  files: Map<string, string>;
}

/** The extension model, its files, and the filing's effective taxonomy (the base less prohibited summations). */
function extensionOf(x: ExtensionInput): Taxonomy {
  const o = x.ext.options;
  const model = buildExtensionModel({
    doc: x.doc,
    ext: x.ext,
    extConcepts: x.concepts,
    taxonomy: x.taxonomy,
    factSet: x.factSet,
    rows: x.kept.filter((e) => e.p.itemIndex >= 0).map((e) => ({ item: e.p.item, concept: e.p.resolved.concept, orientation: e.sign, range: e.p.range })),
  });
  model.axes = x.axes;
  model.concepts.push(...axisConcepts(x.axes, o));
  for (const [name, text] of extensionFiles(o, x.unconfirmed, x.taxonomy, model)) x.files.set(name, text);
  const prohibited = new Set(x.unconfirmed.flatMap((u) => u.arcs));
  const all = new Map<string, Concept>(x.taxonomy.concepts);
  for (const c of model.concepts) all.set(clark(c.qname), c);
  if (!prohibited.size && !model.concepts.length && !model.relationships.length) return x.taxonomy;
  return { concepts: all, relationships: [...x.taxonomy.relationships.filter((r) => !prohibited.has(r)), ...model.relationships] };
}

export { coverageOf, coverageTotals, formatCoverage, formatCoverageLine, type Coverage } from './coverage.js';
