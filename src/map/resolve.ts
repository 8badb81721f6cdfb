// Printed line item -> taxonomy concept, driven by the mapping data. A label is looked up exactly, then by the
// regexes, then without its parenthetical remarks; conditions (table, section, column, unit) pick among
// several rules for one label, the most specific winning. A monetary concept on a per-share row becomes its
// per-share counterpart for the share basis the row names.
import { NS } from '../model/fact.js';
import type { LineItem } from '../model/document.js';
import type { Concept, Taxonomy } from '../model/taxonomy.js';
import { BASE_NAMESPACE } from '../taxonomy/constants.js';
import { normalizeLabel, type Condition, type MappingData, type MappingRule, type ShareBasis } from './rules.js';

export type ConceptKind = 'monetary' | 'shares' | 'perShare' | 'percent' | 'other';

export interface Resolved {
  concept: Concept;
  rule: MappingRule;
}

export interface Unresolved {
  concept: null;
  /** Why: no rule for the label, or the rule's concept does not fit the printed unit. */
  reason: string;
  key: string;
}

export function conceptKind(c: Concept): ConceptKind {
  switch (c.type) {
    case `{${NS.xbrli}}monetaryItemType`:
      return 'monetary';
    case `{${NS.xbrli}}sharesItemType`:
      return 'shares';
    case `{${NS.dtrTypes}}perShareItemType`:
      return 'perShare';
    case `{${NS.dtrTypes}}percentItemType`:
    case `{${NS.xbrli}}pureItemType`:
      return 'percent';
    default:
      return 'other';
  }
}

/** The concept kind a printed unit needs ('USD', 'EUR' ... are currencies). */
export function kindForUnit(unit: string): ConceptKind {
  if (unit === 'shares') return 'shares';
  if (unit === 'percent' || unit === 'pure') return 'percent';
  if (/^[A-Z]{3}\/share$/.test(unit)) return 'perShare';
  if (/^[A-Z]{3}$/.test(unit)) return 'monetary';
  return 'other';
}

/** Title without the " #2" the reader adds to repeated titles. */
function tableTitle(title: string): string {
  return title.replace(/\s+#\d+$/, '');
}

interface Fields {
  table: string;
  section: string;
  column: string;
  unit: string;
  block: string;
  rows: string;
}

/**
 * The normalized labels of the rows of each table ("rows") and of each heading's block ("block"), each
 * written "|label|label|" so a condition can name a whole label: rows~|depreciation and amortization|.
 */
export interface TableLabels {
  rows: Map<number, string>;
  blocks: Map<string, string>;
}

export function tableLabels(items: LineItem[]): TableLabels {
  const rows = new Map<number, string[]>();
  const blocks = new Map<string, string[]>();
  const add = <K>(map: Map<K, string[]>, k: K, label: string): void => {
    const list = map.get(k) ?? [];
    if (!list.includes(label)) list.push(label);
    map.set(k, list);
  };
  for (const item of items) {
    const label = normalizeLabel(item.row);
    add(rows, item.tableIndex, label);
    if (item.section) add(blocks, `${item.tableIndex}|${item.section}`, label);
  }
  const join = (list: string[]): string => `|${list.join('|')}|`;
  return {
    rows: new Map([...rows].map(([k, v]) => [k, join(v)])),
    blocks: new Map([...blocks].map(([k, v]) => [k, join(v)])),
  };
}

function holds(c: Condition, f: Fields): boolean {
  const value = f[c.field];
  switch (c.op) {
    case '=':
      return value === c.text;
    case '~':
      return value.includes(c.text);
    case '!~':
      return !value.includes(c.text);
  }
}

function pick(rules: MappingRule[], key: string, f: Fields): MappingRule | undefined {
  const applicable = (candidates: MappingRule[]): MappingRule | undefined => {
    let best: MappingRule | undefined;
    for (const r of candidates) {
      if (!r.when.every((c) => holds(c, f))) continue;
      if (!best || r.when.length > best.when.length) best = r;
    }
    return best;
  };
  const c = candidatesFor(rules, key);
  // "*" rules compete with the exact ones for every label (they carry conditions, so they win when those hold).
  return applicable(c.exact) ?? applicable((c.regex ??= rules.filter((r) => r.regex !== undefined && r.regex.test(key))));
}

/** The rules a label can match, in file order: exact and "*" rules, and (when those do not apply) regex rules. */
interface Candidates {
  exact: MappingRule[];
  regex?: MappingRule[];
}

// Which rules a label can match depends on the label alone (the regexes have no flags, so test() keeps no
// state); a release asks again for every column of a row. Per rule list, bounded (cleared when full).
const candidateCache = new WeakMap<MappingRule[], Map<string, Candidates>>();
const CANDIDATES_MAX = 10_000;

function candidatesFor(rules: MappingRule[], key: string): Candidates {
  let byKey = candidateCache.get(rules);
  if (!byKey) candidateCache.set(rules, (byKey = new Map()));
  let c = byKey.get(key);
  if (!c) {
    if (byKey.size >= CANDIDATES_MAX) byKey.clear();
    c = { exact: rules.filter((r) => !r.regex && (r.label === key || r.label === '*')) };
    byKey.set(key, c);
  }
  return c;
}

export function shareBasis(item: LineItem): ShareBasis {
  if (item.shareBasis) return item.shareBasis;
  const text = normalizeLabel(`${item.section} ${item.row}`);
  const basic = /\bbasic\b/.test(text);
  const diluted = /\bdiluted\b/.test(text);
  if (basic && !diluted) return 'basic';
  if (diluted && !basic) return 'diluted';
  return 'basicAndDiluted';
}

export function resolveConcept(item: LineItem, data: MappingData, taxonomy: Taxonomy, labels: TableLabels = tableLabels([item])): Resolved | Unresolved {
  const key = normalizeLabel(item.row);
  const fields: Fields = {
    table: normalizeLabel(tableTitle(item.table)),
    section: normalizeLabel(item.section),
    column: normalizeLabel(item.column),
    unit: item.unit,
    block: item.section ? (labels.blocks.get(`${item.tableIndex}|${item.section}`) ?? '') : '',
    rows: labels.rows.get(item.tableIndex) ?? '',
  };
  const bare = normalizeLabel(key.replace(/\([^)]*\)/g, ' '));
  const rule = pick(data.rules, key, fields) ?? (bare !== key ? pick(data.rules, bare, fields) : undefined);
  if (!rule) return { concept: null, reason: 'no mapping rule for the label', key };
  if (rule.concept === '-') return { concept: null, reason: `rule ${rule.where}: ${rule.note || 'not a base concept here'}`, key };
  const lookup = (local: string): Concept | undefined => taxonomy.concepts.get(`{${BASE_NAMESPACE}}${local}`);
  let concept = lookup(rule.concept);
  if (!concept) return { concept: null, reason: `rule ${rule.where} names ${rule.concept}, not in the taxonomy`, key };
  const want = kindForUnit(item.unit);
  let have = conceptKind(concept);
  if (want === 'perShare' && have === 'monetary') {
    const perShare = data.perShare.get(rule.concept)?.get(shareBasis(item));
    const derived = perShare ? lookup(perShare) : undefined;
    if (derived) {
      concept = derived;
      have = conceptKind(derived);
    }
  }
  if (have !== want) {
    return { concept: null, reason: `${rule.concept} (${have}) does not fit a ${item.unit} value`, key };
  }
  return { concept, rule };
}
