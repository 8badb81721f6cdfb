// xBRL-JSON (OIM 1.0) reader: the inverse of src/write/json. Rebuilds contexts and units from each fact's
// aspects (OIM has none), with ids derived from their content, so reading the same facts always gives the
// same fact set. Document-level damage (not JSON, not xBRL-JSON) throws XbrlJsonReadError naming the file
// and position; a fact that cannot be read is reported as a message with its JSON path and skipped, never
// dropped silently.
import { Decimal, canonicalDecimal } from '../../model/decimal.js';
import { clark, type Context, type ExplicitDimension, type Fact, type FactSet, type QName, type TypedDimension, type Unit } from '../../model/fact.js';
import { periodKey, type Period } from '../../model/period.js';
import type { Message, SourcePos } from '../../model/source.js';
import type { Taxonomy } from '../../model/taxonomy.js';
import { contextAspectKey, unitMeasuresKey } from '../../diff/aspects.js';
import { parseOimPeriod, XBRL_JSON_DOCUMENT_TYPE } from '../../write/json/oim.js';
import { IxportError } from '../../model/errors.js';

export interface ReadXbrlJsonOptions {
  /** Decides which concepts are numeric; without it a fact with a unit or decimals is numeric. */
  taxonomy?: Taxonomy;
}

export class XbrlJsonReadError extends IxportError {
  declare readonly file: string;
  declare readonly line: number;
  declare readonly column: number;
  constructor(
    file: string,
    line: number,
    column: number,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${file}:${line}:${column}: ${path ? `${path}: ` : ''}${reason}`, { code: 'json.unreadable', file, line, column });
  }
}

/** Entity of facts that give none (OIM: the "NA" entity of the xbrl.org entities scheme). */
const NA_ENTITY = { scheme: 'https://xbrl.org/entities', identifier: 'NA' };
const XBRLI = 'http://www.xbrl.org/2003/instance';
const QNAME = /^([A-Za-z_][A-Za-z0-9_.-]*):([A-Za-z_][A-Za-z0-9_.-]*)$/;
const SQNAME = /^([A-Za-z_][A-Za-z0-9_.-]*):(\S+)$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const CANONICAL_DECIMAL = /^-?([1-9][0-9]*)?[0-9]\.[0-9]([0-9]*[1-9])?$/;
const KNOWN_FACT_PROPS = new Set(['value', 'decimals', 'dimensions', 'links']);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Line and column of a character offset. */
function lineCol(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}

/** JSON pointer segment escaping (RFC 6901). */
function ptr(...parts: string[]): string {
  return parts.map((p) => '/' + p.replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function ncname(s: string): string {
  return s.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export function readXbrlJson(text: string, file: string, options: ReadXbrlJsonOptions = {}): { factSet: FactSet; messages: Message[] } {
  const fail = (path: string, reason: string, index = 0): never => {
    const { line, column } = lineCol(text, index);
    throw new XbrlJsonReadError(file, line, column, path, reason);
  };
  const doc = parseJsonObject(text, file, fail);
  const info = parseDocumentInfo(doc, fail);
  // `"facts": null` is not "no facts": a writer that emits it lost them, so it is refused like any other non-object.
  const factsObj = doc.facts === undefined ? {} : doc.facts;
  if (!isObject(factsObj)) return fail('/facts', 'must be an object of fact id -> fact');
  const messages: Message[] = [];
  const reader = factReader(text, file, info, options, messages);
  const drafts: Draft[] = [];
  for (const [id, raw] of Object.entries(factsObj)) {
    const draft = readFact(id, raw, reader);
    if (draft) drafts.push(draft);
  }
  const factSet = assembleFactSet(drafts, info, file, messages);
  return { factSet, messages };
}

type Fail = (path: string, reason: string, index?: number) => never;

/** The document as a JSON object (a BOM skipped); a syntax error is located by line and column. */
function parseJsonObject(text: string, file: string, fail: Fail): Record<string, unknown> {
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const msg = (e as Error).message;
    const at = /position (\d+)/.exec(msg);
    const lc = /line (\d+) column (\d+)/.exec(msg);
    if (lc) throw new XbrlJsonReadError(file, Number(lc[1]), Number(lc[2]), '', `not valid JSON: ${msg}`);
    return fail('', `not valid JSON: ${msg}`, at ? Number(at[1]) : 0);
  }
  if (!isObject(doc)) return fail('', 'an xBRL-JSON document is a JSON object');
  return doc;
}

/** What /documentInfo declares: the prefixes, the taxonomy, whether values are canonical. */
interface DocumentInfo {
  namespaces: Record<string, string>;
  schemaRefs: string[];
  canonical: boolean;
}

function parseDocumentInfo(doc: Record<string, unknown>, fail: Fail): DocumentInfo {
  const info = doc.documentInfo;
  if (!isObject(info)) return fail('/documentInfo', 'missing or not an object');
  if (info.documentType !== XBRL_JSON_DOCUMENT_TYPE) {
    return fail('/documentInfo/documentType', `expected "${XBRL_JSON_DOCUMENT_TYPE}", found ${JSON.stringify(info.documentType)}`);
  }
  const namespaces: Record<string, string> = {};
  if (info.namespaces !== undefined) {
    if (!isObject(info.namespaces)) return fail('/documentInfo/namespaces', 'must be an object of prefix -> URI');
    for (const [p, ns] of Object.entries(info.namespaces)) {
      if (typeof ns !== 'string') return fail(ptr('documentInfo', 'namespaces', p), 'namespace URI must be a string');
      namespaces[p] = ns;
    }
  }
  const schemaRefs: string[] = [];
  if (info.taxonomy !== undefined) {
    if (!Array.isArray(info.taxonomy) || info.taxonomy.some((t) => typeof t !== 'string')) {
      return fail('/documentInfo/taxonomy', 'must be an array of URLs');
    }
    schemaRefs.push(...(info.taxonomy as string[]));
  }
  const canonical = isObject(info.features) && info.features['xbrl:canonicalValues'] === true;
  return { namespaces, schemaRefs, canonical };
}

/** A fact read, before contexts and units get their ids. */
interface Draft {
  fact: Fact;
  context: Omit<Context, 'id'>;
  unit?: Omit<Unit, 'id'>;
}

/** What reading one fact needs: the document's prefixes, the taxonomy, and where to report a fact's faults. */
interface FactReader {
  info: DocumentInfo;
  options: ReadXbrlJsonOptions;
  report: (id: string, path: string, reason: string, severity?: 'error' | 'warning') => void;
  resolve: (s: string) => QName | undefined;
}

function factReader(text: string, file: string, info: DocumentInfo, options: ReadXbrlJsonOptions, messages: Message[]): FactReader {
  const { namespaces } = info;
  const posOfKey = (id: string): SourcePos => {
    const i = text.indexOf(JSON.stringify(id));
    return { file, ...lineCol(text, Math.max(i, 0)) };
  };
  return {
    info,
    options,
    report: (id, path, reason, severity = 'error') => {
      messages.push({ ruleId: 'readback.json', severity, message: `${path}: ${reason}`, positions: [posOfKey(id)] });
    },
    resolve: (s) => {
      const m = QNAME.exec(s);
      if (!m || namespaces[m[1]] === undefined) return undefined;
      return { ns: namespaces[m[1]], local: m[2], prefix: m[1] };
    },
  };
}

/** One entry of /facts, or null (reported) when it cannot be read. */
function readFact(id: string, raw: unknown, r: FactReader): Draft | null {
  const { report } = r;
  const base = ptr('facts', id);
  if (!isObject(raw)) {
    report(id, base, 'a fact must be an object');
    return null;
  }
  for (const k of Object.keys(raw)) {
    if (!KNOWN_FACT_PROPS.has(k) && !k.includes(':')) report(id, ptr('facts', id, k), 'unknown fact property (ignored)', 'warning');
  }
  const dims = raw.dimensions;
  if (!isObject(dims)) {
    report(id, base + '/dimensions', 'missing or not an object');
    return null;
  }
  const core = readCoreDimensions(id, dims, r);
  if (!core) return null;
  const taxonomyDims = readTaxonomyDimensions(id, dims, r);
  if (!taxonomyDims) return null;
  const { explicit, typed } = taxonomyDims;
  const fact = readValue(id, raw, dims, core, r);
  if (!fact) return null;
  const context: Omit<Context, 'id'> = { entity: core.entity, period: core.period, dimensions: explicit };
  if (typed.length) context.typedDimensions = typed;
  if (explicit.length || typed.length) context.container = 'segment';
  return { fact, context, unit: core.unit };
}

interface CoreDimensions {
  concept: QName;
  entity: { scheme: string; identifier: string };
  period: Period;
  unit: Omit<Unit, 'id'> | undefined;
}

/** concept, entity, period and unit of a fact (entity NA and period forever when left out). */
function readCoreDimensions(id: string, dims: Record<string, unknown>, r: FactReader): CoreDimensions | null {
  const { report, resolve } = r;
  const { namespaces } = r.info;
  const base = ptr('facts', id);
  if (typeof dims.concept !== 'string') {
    report(id, base + '/dimensions/concept', 'missing concept');
    return null;
  }
  const concept = resolve(dims.concept);
  if (!concept) {
    report(id, base + '/dimensions/concept', `"${dims.concept}" is not a QName with a declared prefix`);
    return null;
  }

  let entity = NA_ENTITY;
  if (dims.entity !== undefined) {
    const m = typeof dims.entity === 'string' ? SQNAME.exec(dims.entity) : null;
    if (!m || namespaces[m[1]] === undefined) {
      report(id, base + '/dimensions/entity', `${JSON.stringify(dims.entity)} is not an SQName with a declared prefix`);
      return null;
    }
    entity = { scheme: namespaces[m[1]], identifier: m[2] };
  }

  let period: Period = { type: 'forever' };
  if (dims.period !== undefined) {
    const p = typeof dims.period === 'string' ? parseOimPeriod(dims.period) : undefined;
    if (!p) {
      report(id, base + '/dimensions/period', `${JSON.stringify(dims.period)} is not an OIM period (datetime or "start/end")`);
      return null;
    }
    period = p;
  }

  let unit: Omit<Unit, 'id'> | undefined;
  if (dims.unit !== undefined) {
    unit = typeof dims.unit === 'string' ? parseUnit(dims.unit, resolve) : undefined;
    if (!unit) {
      report(id, base + '/dimensions/unit', `${JSON.stringify(dims.unit)} is not an OIM unit with declared prefixes`);
      return null;
    }
  }
  return { concept, entity, period, unit };
}

/** Taxonomy-defined dimensions (prefixed keys): explicit when the value is a QName, else typed; sorted by name. */
function readTaxonomyDimensions(id: string, dims: Record<string, unknown>, r: FactReader): { explicit: ExplicitDimension[]; typed: TypedDimension[] } | null {
  const { report, resolve } = r;
  const explicit: ExplicitDimension[] = [];
  const typed: TypedDimension[] = [];
  let bad = false;
  for (const [k, v] of Object.entries(dims)) {
    if (!k.includes(':')) {
      if (!['concept', 'entity', 'period', 'unit', 'language', 'noteId'].includes(k)) {
        report(id, ptr('facts', id, 'dimensions', k), 'unknown core dimension');
        bad = true;
      }
      continue;
    }
    const dim = resolve(k);
    if (!dim) {
      report(id, ptr('facts', id, 'dimensions', k), 'dimension name is not a QName with a declared prefix');
      bad = true;
      continue;
    }
    if (typeof v !== 'string') {
      report(id, ptr('facts', id, 'dimensions', k), 'dimension value must be a string (nil typed members are not supported)');
      bad = true;
      continue;
    }
    const member = resolve(v);
    if (member) explicit.push({ dimension: dim, member });
    else typed.push({ dimension: dim, value: v });
  }
  if (bad) return null;
  explicit.sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)));
  typed.sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)));
  return { explicit, typed };
}

/**
 * The fact itself: numeric or not (from the taxonomy, else from unit, decimals or a canonical value), its value
 * (canonical for numbers), decimals and language. A numeric fact without a unit gets xbrli:pure (set on core).
 */
function readValue(id: string, raw: Record<string, unknown>, dims: Record<string, unknown>, core: CoreDimensions, r: FactReader): Fact | null {
  const { report } = r;
  const base = ptr('facts', id);
  const { concept } = core;
  const known = r.options.taxonomy?.concepts.get(clark(concept));
  // Without a taxonomy: a unit or decimals make a fact numeric; so does, under xbrl:canonicalValues, a value in
  // canonical xs:decimal form ("0.5") with no language - the one case left is a pure ratio with INF decimals.
  const numeric = known
    ? known.numeric
    : core.unit !== undefined ||
      raw.decimals !== undefined ||
      (r.info.canonical && typeof raw.value === 'string' && CANONICAL_DECIMAL.test(raw.value) && dims.language === undefined);
  if (numeric && !core.unit) core.unit = { numerators: [{ ns: XBRLI, local: 'pure', prefix: 'xbrli' }], denominators: [] };

  const value = raw.value;
  if (value !== null && typeof value !== 'string') {
    report(id, base + '/value', 'value must be a string or null');
    return null;
  }
  const fact: Fact = { id, concept, contextRef: '', value, numeric };
  if (numeric) {
    if (value !== null) {
      if (!DECIMAL.test(value)) {
        report(id, base + '/value', `"${value}" is not a number`);
        return null;
      }
      fact.value = canonicalDecimal(new Decimal(value));
      if (raw.decimals === undefined) fact.decimals = 'INF';
      else if (typeof raw.decimals === 'number' && Number.isInteger(raw.decimals)) fact.decimals = raw.decimals;
      else {
        report(id, base + '/decimals', 'decimals must be an integer (INF is written by leaving decimals out)');
        return null;
      }
    } else if (raw.decimals !== undefined) {
      report(id, base + '/decimals', 'a nil fact has no decimals (ignored)', 'warning');
    }
  } else if (raw.decimals !== undefined) {
    report(id, base + '/decimals', 'a non-numeric fact has no decimals (ignored)', 'warning');
  }
  if (typeof dims.language === 'string') fact.lang = dims.language;
  return fact;
}

/** The fact set: one context per distinct context aspects, one unit per distinct measures, ids from their content. */
function assembleFactSet(drafts: Draft[], info: DocumentInfo, file: string, messages: Message[]): FactSet {
  const contexts = assignIds(
    drafts.map((d) => d.context),
    (c) => contextAspectKey({ ...c, id: '' }),
    (c) => `c-${ncname(periodKey(c.period).replace('/', '_'))}`,
  );
  const units = assignIds(
    drafts.flatMap((d) => (d.unit ? [d.unit] : [])),
    (u) => unitMeasuresKey({ ...u, id: '' }),
    (u) => {
      const side = (ms: QName[]) => ms.map((m) => ncname(m.local)).join('-');
      return `u-${side(u.numerators)}${u.denominators.length ? `-per-${side(u.denominators)}` : ''}`;
    },
  );

  const factSet: FactSet = { schemaRefs: info.schemaRefs, namespaces: info.namespaces, contexts: {}, units: {}, facts: [], source: file, messages };
  for (const d of drafts) {
    const c = contexts.get(contextAspectKey({ ...d.context, id: '' }))!;
    factSet.contexts[c.id] = c;
    d.fact.contextRef = c.id;
    if (d.unit) {
      const u = units.get(unitMeasuresKey({ ...d.unit, id: '' }))!;
      factSet.units[u.id] = u;
      d.fact.unitRef = u.id;
    }
    factSet.facts.push(d.fact);
  }
  return factSet;
}

/** De-duplicates items by key and gives each a readable id (base name, "-2", "-3" on clashes) in key order. */
function assignIds<T extends object>(items: T[], key: (t: T) => string, name: (t: T) => string): Map<string, T & { id: string }> {
  const byKey = new Map<string, T>();
  for (const it of items) if (!byKey.has(key(it))) byKey.set(key(it), it);
  const out = new Map<string, T & { id: string }>();
  const used = new Set<string>();
  for (const k of [...byKey.keys()].sort(cmp)) {
    const it = byKey.get(k)!;
    const base = name(it);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    out.set(k, { ...it, id });
  }
  return out;
}

/** Parses an OIM unit string: "a", "a*b", "(a*b)", "a/b", "(a*b)/(c*d)". */
function parseUnit(s: string, resolve: (q: string) => QName | undefined): Omit<Unit, 'id'> | undefined {
  const [numText, denText, extra] = s.split('/');
  if (extra !== undefined || !numText) return undefined;
  const side = (t: string): QName[] | undefined => {
    const inner = t.startsWith('(') && t.endsWith(')') ? t.slice(1, -1) : t;
    const qs = inner.split('*').map(resolve);
    return qs.every((q): q is QName => q !== undefined) ? qs : undefined;
  };
  const numerators = side(numText);
  const denominators = denText === undefined ? [] : side(denText);
  if (!numerators || !denominators) return undefined;
  const byClark = (a: QName, b: QName) => cmp(clark(a), clark(b));
  return { numerators: numerators.sort(byClark), denominators: denominators.sort(byClark) };
}
