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
}

/** "tableIndex|section" -> the normalized labels of the rows under that heading, joined by " | ". */
export type Blocks = Map<string, string>;

export function blocksOf(items: LineItem[]): Blocks {
  const labels = new Map<string, string[]>();
  for (const item of items) {
    const k = `${item.tableIndex}|${item.section}`;
    const list = labels.get(k) ?? [];
    const label = normalizeLabel(item.row);
    if (!list.includes(label)) list.push(label);
    labels.set(k, list);
  }
  return new Map([...labels].map(([k, v]) => [k, v.join(' | ')]));
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
  return (
    applicable(rules.filter((r) => !r.regex && r.label === key)) ??
    applicable(rules.filter((r) => r.regex !== undefined && r.regex.test(key)))
  );
}

export function shareBasis(item: LineItem): ShareBasis {
  const text = normalizeLabel(`${item.section} ${item.row}`);
  const basic = /\bbasic\b/.test(text);
  const diluted = /\bdiluted\b/.test(text);
  if (basic && !diluted) return 'basic';
  if (diluted && !basic) return 'diluted';
  return 'basicAndDiluted';
}

export function resolveConcept(
  item: LineItem,
  data: MappingData,
  taxonomy: Taxonomy,
  blocks: Blocks = blocksOf([item]),
): Resolved | Unresolved {
  const key = normalizeLabel(item.row);
  const fields: Fields = {
    table: normalizeLabel(tableTitle(item.table)),
    section: normalizeLabel(item.section),
    column: normalizeLabel(item.column),
    unit: item.unit,
    block: item.section ? (blocks.get(`${item.tableIndex}|${item.section}`) ?? '') : '',
  };
  const bare = normalizeLabel(key.replace(/\([^)]*\)/g, ' '));
  const rule = pick(data.rules, key, fields) ?? (bare !== key ? pick(data.rules, bare, fields) : undefined);
  if (!rule) return { concept: null, reason: 'no mapping rule for the label', key };
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
