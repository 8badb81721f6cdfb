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
  // `"facts": null` is not "no facts": a writer that emits it lost them, so it is refused like any other non-object.
  const factsObj = doc.facts === undefined ? {} : doc.facts;
  if (!isObject(factsObj)) return fail('/facts', 'must be an object of fact id -> fact');

  const messages: Message[] = [];
  const posOfKey = (id: string): SourcePos => {
    const i = text.indexOf(JSON.stringify(id));
    return { file, ...lineCol(text, Math.max(i, 0)) };
  };
  const report = (id: string, path: string, reason: string, severity: 'error' | 'warning' = 'error') => {
    messages.push({ ruleId: 'readback.json', severity, message: `${path}: ${reason}`, positions: [posOfKey(id)] });
  };

  const resolve = (s: string): QName | undefined => {
    const m = QNAME.exec(s);
    if (!m || namespaces[m[1]] === undefined) return undefined;
    return { ns: namespaces[m[1]], local: m[2], prefix: m[1] };
  };

  interface Draft {
    fact: Fact;
    context: Omit<Context, 'id'>;
    unit?: Omit<Unit, 'id'>;
  }
  const drafts: Draft[] = [];

  for (const [id, raw] of Object.entries(factsObj)) {
    const base = ptr('facts', id);
    if (!isObject(raw)) {
      report(id, base, 'a fact must be an object');
      continue;
    }
    for (const k of Object.keys(raw)) {
      if (!KNOWN_FACT_PROPS.has(k) && !k.includes(':')) report(id, ptr('facts', id, k), 'unknown fact property (ignored)', 'warning');
    }
    const dims = raw.dimensions;
    if (!isObject(dims)) {
      report(id, base + '/dimensions', 'missing or not an object');
      continue;
    }
    if (typeof dims.concept !== 'string') {
      report(id, base + '/dimensions/concept', 'missing concept');
      continue;
    }
    const concept = resolve(dims.concept);
    if (!concept) {
      report(id, base + '/dimensions/concept', `"${dims.concept}" is not a QName with a declared prefix`);
      continue;
    }

    let entity = NA_ENTITY;
    if (dims.entity !== undefined) {
      const m = typeof dims.entity === 'string' ? SQNAME.exec(dims.entity) : null;
      if (!m || namespaces[m[1]] === undefined) {
        report(id, base + '/dimensions/entity', `${JSON.stringify(dims.entity)} is not an SQName with a declared prefix`);
        continue;
      }
      entity = { scheme: namespaces[m[1]], identifier: m[2] };
    }

    let period: Period = { type: 'forever' };
    if (dims.period !== undefined) {
      const p = typeof dims.period === 'string' ? parseOimPeriod(dims.period) : undefined;
      if (!p) {
        report(id, base + '/dimensions/period', `${JSON.stringify(dims.period)} is not an OIM period (datetime or "start/end")`);
        continue;
      }
      period = p;
    }

    let unit: Omit<Unit, 'id'> | undefined;
    if (dims.unit !== undefined) {
      unit = typeof dims.unit === 'string' ? parseUnit(dims.unit, resolve) : undefined;
      if (!unit) {
        report(id, base + '/dimensions/unit', `${JSON.stringify(dims.unit)} is not an OIM unit with declared prefixes`);
        continue;
      }
    }

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
    if (bad) continue;
    explicit.sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)));
    typed.sort((a, b) => cmp(clark(a.dimension), clark(b.dimension)));

    const known = options.taxonomy?.concepts.get(clark(concept));
    // Without a taxonomy: a unit or decimals make a fact numeric; so does, under xbrl:canonicalValues, a value in
    // canonical xs:decimal form ("0.5") with no language - the one case left is a pure ratio with INF decimals.
    const numeric = known
      ? known.numeric
      : unit !== undefined ||
        raw.decimals !== undefined ||
        (canonical && typeof raw.value === 'string' && CANONICAL_DECIMAL.test(raw.value) && dims.language === undefined);
    if (numeric && !unit) unit = { numerators: [{ ns: XBRLI, local: 'pure', prefix: 'xbrli' }], denominators: [] };

    const value = raw.value;
    if (value !== null && typeof value !== 'string') {
      report(id, base + '/value', 'value must be a string or null');
      continue;
    }
    const fact: Fact = { id, concept, contextRef: '', value, numeric };
    if (numeric) {
      if (value !== null) {
        if (!DECIMAL.test(value)) {
          report(id, base + '/value', `"${value}" is not a number`);
          continue;
        }
        fact.value = canonicalDecimal(new Decimal(value));
        if (raw.decimals === undefined) fact.decimals = 'INF';
        else if (typeof raw.decimals === 'number' && Number.isInteger(raw.decimals)) fact.decimals = raw.decimals;
        else {
          report(id, base + '/decimals', 'decimals must be an integer (INF is written by leaving decimals out)');
          continue;
        }
      } else if (raw.decimals !== undefined) {
        report(id, base + '/decimals', 'a nil fact has no decimals (ignored)', 'warning');
      }
    } else if (raw.decimals !== undefined) {
      report(id, base + '/decimals', 'a non-numeric fact has no decimals (ignored)', 'warning');
    }
    if (typeof dims.language === 'string') fact.lang = dims.language;

    const context: Omit<Context, 'id'> = { entity, period, dimensions: explicit };
    if (typed.length) context.typedDimensions = typed;
    if (explicit.length || typed.length) context.container = 'segment';
    drafts.push({ fact, context, unit });
  }

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

  const factSet: FactSet = { schemaRefs, namespaces, contexts: {}, units: {}, facts: [], source: file, messages };
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
  return { factSet, messages };
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
