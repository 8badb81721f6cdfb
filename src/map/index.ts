// The MAP stage: ReleaseDocument line items -> facts on the base taxonomy.
// Every numeric item becomes a fact, or a Message naming its file:line (map.unmapped today; issue #7 turns
// unresolved rows into extension concepts, which plugs in where `unresolved` is collected below).
import { basename } from 'node:path';
import { Decimal, canonicalDecimal } from '../model/decimal.js';
import type { LineItem, ReleaseDocument } from '../model/document.js';
import { clark, NS, type Entity, type Fact, type FactSet, type Presentation, type Unit } from '../model/fact.js';
import { periodKey, type Period } from '../model/period.js';
import type { Message, SourcePos } from '../model/source.js';
import type { Concept, Taxonomy } from '../model/taxonomy.js';
import { BASE_ENTRY, BASE_NAMESPACE, BASE_PREFIX } from '../taxonomy/constants.js';
import { ContextTable, contextKey, unitFor } from './contexts.js';
import { coverFacts } from './cover.js';
import { resolveConcept, tableLabels, type Resolved } from './resolve.js';
import { loadMappingData, normalizeLabel, type MappingData, type MappingRule } from './rules.js';
import { changeBasis, ExtensionConcepts, extKindFor, SIGNED_WORDING, type ExtConceptDef } from './ext-concepts.js';
import { buildExtensionModel } from './ext-model.js';
import { changeBases } from './comparison.js';
import { unconfirmedSummations } from './confirm.js';
import { checkExtensionOptions, ExtensionError, extensionFiles, type ExtensionOptions } from './extension.js';
import { membersOf, plausibleReleaseDate } from './members.js';
import { addColumnMembers, axisConcepts, yearRowMeasure } from './dimensions.js';
import { orientationInTable, summationParents, type Orientation } from './sign.js';
import { factDecimals, factExponent } from './values.js';
import { IxportError } from '../model/errors.js';
import { mapProse } from './prose.js';
import { xmlSafeDocument } from './xmlsafe.js';
import { identityOf, slug } from './identity.js';

export { normalizeLabel, loadMappingData } from './rules.js';
export { resolveConcept } from './resolve.js';
export { unconfirmedSummations } from './confirm.js';
export { defaultExtension, type ExtensionOptions } from './extension.js';

export interface MapOptions {
  /** SEC Central Index Key (1-10 digits) for the entity identifier. */
  cik?: string;
  /** Registrant name when the release text does not give one. */
  entityName?: string;
  /** Folder holding mapping.tsv, derived.tsv, qualifiers.tsv (default: the shipped taxonomy/). */
  mappingDir?: string;
  /**
   * Write a per-filing extension schema importing the base (result.files, to be written beside the instance;
   * factSet.schemaRefs then names it). It prohibits the base summations the release's numbers do not confirm.
   */
  extension?: ExtensionOptions;
  /** Tag the numbers in the prose too (issue 15; default true). */
  prose?: boolean;
}

/** A printed row no base concept fits: what an extension taxonomy (issue #7) turns into a concept of its own. */
export interface UnmappedRow {
  table: string;
  tableIndex: number;
  rowIndex: number;
  label: string;
  section: string;
  /** Why the base taxonomy has no concept for it. */
  reason: string;
  /** Indices into ReleaseDocument.items. */
  items: number[];
}

/** A numeric item that no fact carries, and why (for the coverage report). */
export interface UntaggedItem {
  itemIndex: number;
  ruleId: string;
  reason: string;
}

export interface MapResult {
  factSet: FactSet;
  messages: Message[];
  /** Rows no concept fits (with an extension, only those left over: none, unless their unit is unknown). */
  unmapped: UnmappedRow[];
  /** Every numeric item left untagged, with the rule that left it (coverage.ts counts them). */
  untagged: UntaggedItem[];
  /** Taxonomy files of the filing to write beside the instance (empty without options.extension). */
  files: Map<string, string>;
  /** The filing's effective taxonomy: the one given, less the summations the extension prohibits. */
  taxonomy: Taxonomy;
}

/** Bad options (an invalid CIK): the CLI reports the message, never a stack trace. */
export class MapError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'map.bad-option' });
  }
}

export const FALLBACK_ENTITY_SCHEME = 'https://ixport.org/entity';

/** Tables whose rows lead from one measure to another (GAAP to non-GAAP): they may print adjustments. */
const RECONCILIATION_TITLE = /\breconciliation\b/i;

/** A row label as printed, case and spacing folded but every word (note references included) kept. */
function printedLabel(row: string): string {
  return row.toLowerCase().replace(/\s+/g, ' ').trim();
}

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

interface Placement {
  itemIndex: number;
  item: LineItem;
  resolved: Resolved;
  range: LineItem['range'];
  /** The fact's period: the item's, or the instant at its end for a balance printed in a period column. */
  period: Period;
  /** Extension concepts fix their printed-sign relation themselves (see extOrientation). */
  orientation?: Orientation;
  /** The extension concept's definition, for extension placements. */
  ext?: ExtConceptDef;
}

/** A label naming the opposite of its concept's normal sign: "Income tax (benefit)", "(Gain) loss". */
const SIGNED_LABEL = /\((benefit|income|gain|recovery|credit)s?\)/i;

/**
 * When no total printed in the table says how a row adds up: the mapping rule's sign if it gives one; else an
 * expense (a debit flow) printed in parentheses is an expense presented as a deduction, since expenses are
 * rarely negative, unless its label says it can be the opposite ("Income tax (benefit)"); anything else is
 * as printed.
 */
function defaultOrientation(p: Placement): Orientation {
  if (p.orientation !== undefined) return p.orientation;
  if (p.resolved.rule.sign === 'magnitude') return (p.item.value as Decimal).isNegative() && !(p.item.value as Decimal).isZero() ? -1 : 1;
  if (p.resolved.rule.sign) return p.resolved.rule.sign === 'negated' ? -1 : 1;
  const c = p.resolved.concept;
  const value = p.item.value as Decimal;
  const expense = c.balance === 'debit' && c.periodType === 'duration' && !SIGNED_LABEL.test(p.item.row);
  return expense && value.isNegative() && !value.isZero() ? -1 : 1;
}

/**
 * An extension row printed negative in every column ("Reserve for loan losses  (14,184)") is a contra amount: the
 * fact is positive and the printing negates it, unless its label names both signs ("Net gain/(loss)"). Anything
 * else, changes and ratios included, is as printed.
 */
function extOrientation(def: ExtConceptDef, items: LineItem[]): Orientation {
  if (def.origin === 'change' || def.kind !== 'monetary' || SIGNED_WORDING.test(items[0]?.row ?? '')) return 1;
  const values = items.map((i) => i.value as Decimal);
  return values.some((v) => v.isNegative() && !v.isZero()) && values.every((v) => v.isNegative() || v.isZero()) ? -1 : 1;
}

const OPENING = /^(balances? (at )?(the )?beginning of (the )?(period|year|quarter|month)|beginning balances?|balances? beginning of (the )?(period|year|quarter|month))$/;
const CLOSING = /^(balances? (at )?(the )?end of (the )?(period|year|quarter|month)|ending balances?|balances? end of (the )?(period|year|quarter|month))$/;

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A roll-forward ("RESERVE FOR LOAN LOSSES": balance at beginning of period, provision, charge-offs, balance at end
 * of period) prints the balance its title names at both ends of each period column: the opening balance is that
 * concept at the instant before the period starts (XBRL 2.1: a date means the end of that day), the closing one
 * at the period's end.
 */
function rollForwardBalance(item: LineItem, data: MappingData, taxonomy: Taxonomy, labels: ReturnType<typeof tableLabels>): { resolved: Resolved; period: Period } | undefined {
  if (!item.period || item.period.type === 'forever') return undefined;
  const label = normalizeLabel(item.row);
  const opening = OPENING.test(label);
  if (!opening && !CLOSING.test(label)) return undefined;
  const title = item.table.replace(/\s+#\d+$/, '').replace(/\([^)]*\)/g, ' ').trim();
  const res = resolveConcept({ ...item, row: title, section: '' }, data, taxonomy, labels);
  if (res.concept === null || res.concept.periodType !== 'instant') return undefined;
  // The reader may already give the balance's instant; a period column gives it here.
  if (item.period.type === 'instant') return { resolved: res, period: item.period };
  return { resolved: res, period: { type: 'instant', date: opening ? dayBefore(item.period.start) : item.period.end } };
}

function rowKey(item: LineItem): string {
  return `${item.tableIndex}:${item.rowIndex}`;
}

/** v rounded half-up to `decimals` (negative: tens, hundreds...). */
function roundTo(v: Decimal, decimals: number): Decimal {
  const unit = new Decimal(10).pow(-decimals);
  return v.div(unit).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(unit);
}

/** A mapping rule standing for "an extension concept of this filing" (never read from mapping.tsv). */
const EXTENSION_RULE: MappingRule = { label: '*', concept: '*', when: [], where: 'extension' };

export function mapRelease(printed: ReleaseDocument, taxonomy: Taxonomy, options: MapOptions = {}): MapResult {
  const messages: Message[] = [];
  // Labels become extension labels, names and cover facts: characters XML cannot carry are replaced here, with a
  // warning naming each and its line (the same document when there are none).
  const doc = xmlSafeDocument(printed, messages);
  const data = mappingData(options.mappingDir);
  if (options.extension) {
    try {
      checkExtensionOptions(options.extension);
    } catch (e) {
      if (e instanceof ExtensionError) throw new MapError(e.message);
      throw e;
    }
  }
  const entity = entityOf(printed, options, messages);
  const releaseDate = plausibleReleaseDate(doc, messages);
  const parents = summationParents(taxonomy);
  const labels = tableLabels(doc.items);
  const ext = options.extension ? new ExtensionConcepts(options.extension) : undefined;

  // 1. Concepts, per item; unresolved items are collected per row for one message each.
  const placements: Placement[] = [];
  const unresolved = new Map<string, { ruleId: string; reason: string; item: LineItem; positions: SourcePos[]; items: number[] }>();
  const report = (item: LineItem, itemIndex: number, reason: string, ruleId: string): void => {
    const k = `${ruleId}|${rowKey(item)}`;
    if (!unresolved.has(k)) unresolved.set(k, { ruleId, reason, item, positions: [], items: [] });
    unresolved.get(k)!.positions.push(item.pos);
    unresolved.get(k)!.items.push(itemIndex);
  };
  /** Items that get an extension concept: rows no base concept fits, then comparison columns. */
  const extRows: { itemIndex: number; item: LineItem; reason: string }[] = [];
  const extChanges: { itemIndex: number; item: LineItem }[] = [];
  const place = (itemIndex: number, item: LineItem, res: Resolved, extDef?: ExtConceptDef, at?: Period): void => {
    const period0 = at ?? item.period!;
    // A single value in a Low - High column is both ends of its range: tagging it on both keeps every
    // range-end context complete, so summations bind fully on the low side and on the high side.
    const column = doc.tables[item.tableIndex]?.columns.find((c) => c.index === item.columnIndex);
    const ranges: LineItem['range'][] =
      item.range === 'change' ? [''] : item.range === '' && column?.kind === 'range' ? ['low', 'high'] : [item.range];
    const period: Period =
      res.concept.periodType === 'instant' && period0.type === 'duration' ? { type: 'instant', date: period0.end } : period0;
    for (const range of ranges) placements.push({ itemIndex, item, resolved: res, range, period, ext: extDef });
  };
  doc.items.forEach((printed, itemIndex) => {
    const item = yearRowMeasure(printed);
    if (item.value === null) return; // not a number (N/M): nothing to tag; the reader keeps the text
    if (item.period === null) {
      report(item, itemIndex, 'no period could be derived for its column', 'map.no-period');
      return;
    }
    // A segment, region or consolidating column is a member of an axis only the filing's extension declares.
    if (item.member?.member && !ext) {
      report(item, itemIndex, `column "${item.member.member}" is a ${item.member.axis} member, which needs the filing's extension taxonomy`, 'map.member');
      return;
    }
    if (item.range === 'change') {
      if (ext && extKindFor(item.unit)) extChanges.push({ itemIndex, item });
      else report(item, itemIndex, 'a comparative (change) column has no concept in the base taxonomy', 'map.comparative');
      return;
    }
    const roll = rollForwardBalance(item, data, taxonomy, labels);
    if (roll) {
      place(itemIndex, item, roll.resolved, undefined, roll.period);
      return;
    }
    const res = resolveConcept(item, data, taxonomy, labels);
    if (res.concept === null) {
      if (ext && extKindFor(item.unit)) extRows.push({ itemIndex, item, reason: res.reason });
      else report(item, itemIndex, `${res.reason} (looked up as "${res.key}")`, 'map.unmapped');
      return;
    }
    if (!unitFor(item.unit)) {
      report(item, itemIndex, `unit "${item.unit}" is not known`, 'map.unit');
      return;
    }
    // A flow (duration concept) cannot be placed at an instant; a balance printed in a period column is the
    // balance at the period's end (xbrl.4.7.2: the context's period type must match the concept's).
    if (res.concept.periodType === 'duration' && item.period.type !== 'duration') {
      report(item, itemIndex, `${res.concept.qname.local} is a flow over a period, but its column gives the instant ${periodKey(item.period)}`, 'map.period-type');
      return;
    }
    place(itemIndex, item, res);
  });

  // 1a. Numbers in the prose (issue 15): amounts beside the table cells; changes kept for the check stage.
  const prose = options.prose === false ? { placements: [], comparisons: [], messages: [] } : mapProse(doc, data, taxonomy, labels);
  for (const p of prose.placements) placements.push({ itemIndex: -1, ...p });

  // 1b. Extension concepts: one per printed meaning of the rows left over, then one per comparison of a row.
  const extConcepts = new Map<string, Concept>();
  const extConcept = (def: ExtConceptDef): Concept => {
    const c = ext!.concept(def);
    extConcepts.set(clark(c.qname), c);
    return c;
  };
  if (ext) {
    const byRow = new Map<string, typeof extRows>();
    for (const r of extRows) byRow.set(rowKey(r.item), [...(byRow.get(rowKey(r.item)) ?? []), r]);
    for (const rows of byRow.values()) {
      const kinds = new Set(rows.map((r) => extKindFor(r.item.unit)!));
      const extPlaced: { def: ExtConceptDef; items: LineItem[]; start: number }[] = [];
      for (const kind of [...kinds]) {
        for (const periodType of ['instant', 'duration'] as const) {
          const these = rows.filter((r) => extKindFor(r.item.unit) === kind && (r.item.period!.type === 'instant') === (periodType === 'instant'));
          if (!these.length) continue;
          const def = ext.forRow(these[0].item, kind, kinds, 'row', `no base concept fits (${these[0].reason})`);
          const start = placements.length;
          for (const r of these) place(r.itemIndex, r.item, { concept: extConcept(def), rule: EXTENSION_RULE }, def);
          extPlaced.push({ def, items: these.map((r) => r.item), start });
        }
      }
      for (const { def, items, start } of extPlaced) {
        const o = extOrientation(def, items);
        for (let i = start; i < placements.length && placements[i].ext === def; i++) placements[i].orientation = o;
      }
    }
    const rowConcept = new Map<string, Concept>();
    for (const p of placements) if (!rowConcept.has(rowKey(p.item))) rowConcept.set(rowKey(p.item), p.resolved.concept);
    const bases = new Map<number, Map<number, string>>();
    for (const { itemIndex, item } of extChanges) {
      const kind = extKindFor(item.unit)!;
      if (!bases.has(item.tableIndex)) bases.set(item.tableIndex, changeBases(doc, item.tableIndex));
      const basis = bases.get(item.tableIndex)!.get(item.columnIndex) ?? changeBasis(item.column);
      const def = ext.forChange(item, rowConcept.get(rowKey(item)), kind, basis);
      place(itemIndex, item, { concept: extConcept(def), rule: EXTENSION_RULE }, def);
      placements[placements.length - 1].orientation = 1;
    }
  }

  // 2. Orientation (printed sign vs fact sign) from the totals printed in each table.
  const tableRows = new Map<number, Map<number, Set<string>>>();
  for (const p of placements) {
    if (!tableRows.has(p.item.tableIndex)) tableRows.set(p.item.tableIndex, new Map());
    const rows = tableRows.get(p.item.tableIndex)!;
    if (!rows.has(p.item.rowIndex)) rows.set(p.item.rowIndex, new Set());
    rows.get(p.item.rowIndex)!.add(clark(p.resolved.concept.qname));
  }
  const orderedRows = new Map(
    [...tableRows].map(([t, rows]) => [
      t,
      [...rows].sort((a, b) => a[0] - b[0]).map(([rowIndex, concepts]) => ({ rowIndex, concepts })),
    ]),
  );
  const orientation = (p: Placement): Orientation =>
    p.orientation ??
    orientationInTable(orderedRows.get(p.item.tableIndex)!, p.item.rowIndex, clark(p.resolved.concept.qname), parents) ??
    defaultOrientation(p);

  // 3. Dimension members; a propagating member (predecessor) marks its period throughout the document.
  const members = membersOf(placements, data.qualifiers, releaseDate);
  const axes = ext ? addColumnMembers(placements, members, options.extension!, new Set([...extConcepts.values()].map((c) => c.qname.local))) : [];

  // 4. Values. A reconciliation row whose number differs from the statement's figure for the same concept and
  //    period is an adjustment toward that figure, not the figure: it gets a concept of its own (extension), or
  //    is reported.
  const prepare = (p: Placement, i: number) => {
    const { item } = p;
    const unit = unitFor(item.unit)!;
    const exponent = factExponent(item);
    const sign = orientation(p);
    const value = canonicalDecimal((item.value as Decimal).times(new Decimal(10).pow(exponent)).times(sign));
    const aspect = `${clark(p.resolved.concept.qname)}|${contextKey(p.period, members[i])}|${unit.id}`;
    const reconciliation = RECONCILIATION_TITLE.test(item.table) && !p.ext;
    return { p, i, unit, value, decimals: factDecimals(item.raw, exponent), sign, aspect, reconciliation };
  };
  const prepared = placements.map(prepare);
  const statementValues = new Map<string, Set<string>>();
  const statementLabels = new Map<string, Set<string>>();
  for (const x of prepared) {
    if (x.reconciliation) continue;
    statementValues.set(x.aspect, (statementValues.get(x.aspect) ?? new Set()).add(x.value));
    statementLabels.set(x.aspect, (statementLabels.get(x.aspect) ?? new Set()).add(printedLabel(x.p.item.row)));
  }
  // A prose amount that disagrees, after rounding, with the table's figure of the same aspects is reported with
  // both lines instead of becoming a fact (a misread sentence must not make the instance inconsistent).
  const tableFigure = new Map<string, ReturnType<typeof prepare>>();
  for (const x of prepared) if (x.p.itemIndex >= 0 && !x.reconciliation && !tableFigure.has(x.aspect)) tableFigure.set(x.aspect, x);
  // Two prose readings of one aspect with different numbers and no table figure: the sentences are ambiguous
  // (a misread period or measure), so neither is tagged.
  const proseByAspect = new Map<string, ReturnType<typeof prepare>[]>();
  for (const x of prepared) if (x.p.itemIndex < 0 && !tableFigure.has(x.aspect)) proseByAspect.set(x.aspect, [...(proseByAspect.get(x.aspect) ?? []), x]);
  const ambiguous = new Set<string>();
  for (const [aspect, xs] of proseByAspect) {
    const d = Math.min(...xs.map((x) => (typeof x.decimals === 'number' ? x.decimals : 0)));
    if (new Set(xs.map((x) => roundTo(new Decimal(x.value), d).toFixed())).size < 2) continue;
    ambiguous.add(aspect);
    messages.push({
      ruleId: 'map.prose-ambiguous',
      severity: 'warning',
      message: `the prose gives ${xs[0].p.resolved.concept.qname.local} for one period as ${xs.map((x) => x.value).join(' and ')}; not tagged`,
      positions: xs.map((x) => x.p.item.pos),
    });
  }
  const kept: ReturnType<typeof prepare>[] = [];
  for (const x of prepared) {
    if (ambiguous.has(x.aspect) && x.p.itemIndex < 0) continue;
    const t = x.p.itemIndex < 0 ? tableFigure.get(x.aspect) : undefined;
    if (t && typeof x.decimals === 'number' && !roundTo(new Decimal(t.value), x.decimals).eq(new Decimal(x.value))) {
      messages.push({
        ruleId: 'map.prose-disagrees',
        severity: 'warning',
        message: `"${x.p.item.raw}" in the prose reads as ${x.p.resolved.concept.qname.local} ${x.value}, but the table prints ${t.value} for the same period (line ${t.p.item.pos.line}); not tagged`,
        positions: [x.p.item.pos, t.p.item.pos],
      });
      continue;
    }
    const printed = statementValues.get(x.aspect);
    if (!x.reconciliation || !printed || printed.has(x.value)) {
      kept.push(x);
      continue;
    }
    // The same printed line repeated in a reconciliation ("Depreciation and Amortization" under the statement's
    // own words) is the statement's figure, not an adjustment: a different number there is a disagreement of
    // the release with itself. It stays a second fact of the same aspects, so the check stage reports an
    // inconsistent duplicate naming both lines. Adjustments are worded as such ("Income tax (benefit) (Note 10)").
    if (statementLabels.get(x.aspect)?.has(printedLabel(x.p.item.row))) {
      kept.push(x);
      continue;
    }
    const concept = x.p.resolved.concept.qname.local;
    const why = `a reconciliation adjustment: it differs from the ${concept} the statements print for the period`;
    if (!ext) {
      report(x.p.item, x.p.itemIndex, why, 'map.unmapped');
      continue;
    }
    const kind = extKindFor(x.p.item.unit)!;
    const def = ext.forRow(x.p.item, kind, new Set([kind]), 'adjustment', why);
    const p: Placement = { ...x.p, resolved: { concept: extConcept(def), rule: EXTENSION_RULE }, ext: def, orientation: 1 };
    kept.push(prepare(p, x.i));
  }

  // 5. Facts: one per (concept, context, unit, value, decimals); equal printings collapse into its sources.
  const axisOrder = [...new Set(data.qualifiers.map((q) => q.axis))];
  const contexts = new ContextTable(entity, axisOrder);
  const units: Record<string, Unit> = {};
  const facts: Fact[] = [];
  const byAspect = new Map<string, Fact[]>();
  for (const { p, i, unit, value, decimals, sign, aspect } of kept) {
    const { item, resolved } = p;
    units[unit.id] = unit;
    const contextRef = contexts.get(p.period, members[i]);
    const presentation: Presentation = p.itemIndex >= 0 ? { negated: sign === -1, itemIndex: p.itemIndex } : { negated: sign === -1 };
    const group = byAspect.get(aspect) ?? [];
    const same = group.find((f) => f.value === value && f.decimals === decimals);
    if (same) {
      same.sources!.push(item.pos);
      same.presentations!.push(presentation);
      continue;
    }
    const q = resolved.concept.qname;
    // Extension facts carry the company prefix in their ids: an extension concept may share a base concept's name.
    const baseId = p.ext ? `f_${q.prefix}_${q.local}_${contextRef}_${unit.id}` : `f_${q.local}_${contextRef}_${unit.id}`;
    const fact: Fact = {
      id: group.length ? `${baseId}_v${group.length + 1}` : baseId,
      concept: p.ext ? { ...q } : { ns: BASE_NAMESPACE, local: q.local, prefix: BASE_PREFIX },
      contextRef,
      unitRef: unit.id,
      value,
      numeric: true,
      decimals,
      sources: [item.pos],
      presentation,
      presentations: [presentation],
    };
    group.push(fact);
    byAspect.set(aspect, group);
    facts.push(fact);
  }

  // 6. Cover facts from the release text.
  const cover = coverFacts(doc, options, entity, contexts, facts, messages);

  const unmapped: UnmappedRow[] = [];
  const untagged: UntaggedItem[] = [];
  for (const { ruleId, reason, item, positions, items } of unresolved.values()) {
    if (ruleId === 'map.unmapped') {
      unmapped.push({ table: item.table, tableIndex: item.tableIndex, rowIndex: item.rowIndex, label: item.row, section: item.section, reason, items });
    }
    for (const itemIndex of items) untagged.push({ itemIndex, ruleId, reason });
    messages.push({
      ruleId,
      severity: 'warning',
      message: `"${item.row}" in table "${item.table}": ${reason}; ${positions.length} value(s) not tagged`,
      positions,
    });
  }
  untagged.sort((a, b) => a.itemIndex - b.itemIndex);

  const factSet: FactSet = {
    schemaRefs: [BASE_ENTRY],
    namespaces: {
      [BASE_PREFIX]: BASE_NAMESPACE,
      xbrli: NS.xbrli,
      link: NS.link,
      xlink: NS.xlink,
      iso4217: NS.iso4217,
      xbrldi: NS.xbrldi,
    },
    contexts: contexts.contexts,
    units,
    facts: [...cover, ...facts],
    source: doc.file,
    messages,
  };
  if (prose.comparisons.length) factSet.comparisons = prose.comparisons;
  messages.push(...prose.messages);
  const files = new Map<string, string>();
  let effective = taxonomy;
  if (options.extension && ext) {
    const o = options.extension;
    const unconfirmed = unconfirmedSummations(factSet, taxonomy);
    for (const u of unconfirmed) {
      messages.push({
        ruleId: 'map.calc-unconfirmed',
        severity: 'info',
        message: `the summation of ${u.total.split('}')[1]} (${u.role.split('/').pop()}) does not hold on the printed numbers in ${u.contexts.join(', ')} (rows it sums are not tagged with base concepts): prohibited in ${o.stem}.xsd`,
        concept: u.total,
        context: u.contexts[0],
      });
    }
    const model = buildExtensionModel({
      doc,
      ext,
      extConcepts,
      taxonomy,
      factSet,
      rows: kept.filter((x) => x.p.itemIndex >= 0).map((x) => ({ item: x.p.item, concept: x.p.resolved.concept, orientation: x.sign, range: x.p.range })),
    });
    model.axes = axes;
    model.concepts.push(...axisConcepts(axes, o));
    for (const [name, text] of extensionFiles(o, unconfirmed, taxonomy, model)) files.set(name, text);
    const prohibited = new Set(unconfirmed.flatMap((u) => u.arcs));
    const concepts = new Map(taxonomy.concepts);
    for (const c of model.concepts) concepts.set(clark(c.qname), c);
    effective = {
      concepts,
      relationships: [...taxonomy.relationships.filter((r) => !prohibited.has(r)), ...model.relationships],
    };
    if (!prohibited.size && !model.concepts.length && !model.relationships.length) effective = taxonomy;
    factSet.schemaRefs = [`${o.stem}.xsd`];
    factSet.namespaces[o.prefix] = o.namespace;
  }
  return { factSet, messages, unmapped, untagged, files, taxonomy: effective };
}

export { coverageOf, coverageTotals, formatCoverage, formatCoverageLine, type Coverage } from './coverage.js';
