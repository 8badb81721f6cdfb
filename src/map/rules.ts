// The mapper's data: printed label -> concept (taxonomy/mapping.tsv), per-share counterparts (derived.tsv),
// column/table wording -> dimension members (qualifiers.tsv). Adding a synonym is one line in a data file.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BASE_TAXONOMY_DIR, DERIVED_FILE, MAPPING_FILE, QUALIFIERS_FILE } from '../taxonomy/constants.js';
import { IxportError } from '../model/errors.js';

export type Field = 'table' | 'section' | 'column' | 'unit' | 'block' | 'rows';

export interface Condition {
  field: Field;
  op: '~' | '=' | '!~';
  text: string;
}

export interface MappingRule {
  /** Exact normalized label, or a regex when `regex` is set. */
  label: string;
  regex?: RegExp;
  concept: string;
  when: Condition[];
  /** magnitude: the fact is never negative (an allowance), so a negative printing presents it negated. */
  sign?: 'as-printed' | 'negated' | 'magnitude';
  /** Why the rule exists (5th column), shown in messages of "-" rules. */
  note?: string;
  /** file:line of the rule, for messages. */
  where: string;
}

export type ShareBasis = 'basic' | 'diluted' | 'basicAndDiluted';

export interface QualifierRule {
  /** column/table/row: pattern on the header, title or label; range: on the range role; future: period ends after the release. */
  scope: 'column' | 'table' | 'row' | 'range' | 'future' | 'forecast-column';
  pattern: RegExp;
  axis: string;
  member: string;
  suffix: string;
  propagate: boolean;
  /** Axis and member of the filing's extension (segment columns, dimensions.ts); the base taxonomy's otherwise. */
  ns?: string;
  prefix?: string;
}

export interface MappingData {
  rules: MappingRule[];
  /** base concept -> basis -> per-share concept */
  perShare: Map<string, Map<ShareBasis, string>>;
  qualifiers: QualifierRule[];
}

export class MappingDataError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'map.bad-mapping-data' });
  }
}

/**
 * The key a printed label is looked up by. Case, punctuation, footnote markers and note references do not
 * change what a row means; neither does how the signed-amount wording is printed ("Net (Loss) Income",
 * "Net Loss" and "Net Income (Loss)" are one concept whose sign carries the difference).
 */
export function normalizeLabel(text: string): string {
  // Pure, and asked for the same label several times per line item: memoized (bounded, cleared when full).
  let key = normalized.get(text);
  if (key === undefined) {
    if (normalized.size >= NORMALIZED_MAX) normalized.clear();
    key = normalizeUncached(text);
    normalized.set(text, key);
  }
  return key;
}

const NORMALIZED_MAX = 10_000;
const normalized = new Map<string, string>();

function normalizeUncached(text: string): string {
  let s = text
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[\u2013\u2014]/g, '-');
  s = s.replace(/&/g, ' and ');
  s = s.replace(/\bsee note \d+\.?/g, ' ');
  s = s.replace(/\(\s*note \d+\s*\)/g, ' ');
  s = s.replace(/\(\s*[a-z]\s*\)/g, ' ');
  s = s.replace(/[.,;:]/g, ' ');
  s = s.replace(/\s+/g, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\(\)/g, ' ');
  s = unifySignedWording(s);
  // A leading or trailing dash only sets the row off ("  - basic").
  return s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-\s]+|[-\s]+$/g, '');
}

const SIGNED = String.raw`\(?\b(?:income|loss|earnings|gain)\b\)?`;
const SIGNED_PAIR = new RegExp(String.raw`${SIGNED}\s*/?\s*${SIGNED}`, 'g');
const SINGLE = /\(?\b(?:loss|gain)\b\)?/g;

function unifySignedWording(s: string): string {
  // "income"/"earnings" name a result, "gain" a gain; a lone "loss" is a gain's negative when "on" follows
  // ("Loss on Sale of Investments") and a result's otherwise ("Net Loss").
  const canonical = (match: string, offset: number, whole: string): string => {
    if (/\b(income|earnings)\b/.test(match)) return 'income';
    if (/\bgain\b/.test(match)) return 'gain';
    return /^\s*on\b/.test(whole.slice(offset + match.length)) ? 'gain' : 'income';
  };
  return s.replace(SIGNED_PAIR, canonical).replace(SINGLE, canonical);
}

function parseConditions(text: string, where: string): Condition[] {
  if (!text.trim()) return [];
  return text.split(';').map((part) => {
    const m = /^\s*(table|section|column|unit|block|rows)\s*(!~|~|=)\s*(.+?)\s*$/.exec(part);
    if (!m) throw new MappingDataError(`${where}: bad condition "${part}" (want field~text, field=text or field!~text)`);
    const field = m[1] as Field;
    // Whole-label conditions (|label|) keep their bars; the label inside is normalized like a printed one.
    const text =
      field === 'unit'
        ? m[3]
        : m[3]
            .split('|')
            .map((t) => (t ? normalizeLabel(t) : t))
            .join('|');
    return { field, op: m[2] as Condition['op'], text };
  });
}

function dataLines(path: string): { cols: string[]; where: string }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new MappingDataError(`${path}: cannot read mapping data (${(e as Error).message})`);
  }
  return text
    .split(/\r?\n/)
    .map((line, i) => ({ line, where: `${basename(path)}:${i + 1}` }))
    .filter(({ line }) => line.trim() !== '' && !line.startsWith('#'))
    .map(({ line, where }) => ({ cols: line.split('\t'), where }));
}

export function loadMappingData(dir: string = BASE_TAXONOMY_DIR): MappingData {
  const rules: MappingRule[] = dataLines(join(dir, MAPPING_FILE)).map(({ cols, where }) => {
    const [label, concept, when = '', sign = '', note = ''] = cols;
    if (!label || !concept) throw new MappingDataError(`${where}: a rule needs a label and a concept`);
    if (sign && sign !== 'as-printed' && sign !== 'negated' && sign !== 'magnitude') {
      throw new MappingDataError(`${where}: sign must be as-printed, negated or magnitude, not "${sign}"`);
    }
    const rule: MappingRule = { label, concept, when: parseConditions(when, where), where };
    if (sign) rule.sign = sign as MappingRule['sign'];
    if (note) rule.note = note;
    if (label === '*' && rule.when.length === 0) throw new MappingDataError(`${where}: a "*" rule needs conditions`);
    if (label.startsWith('/') && label.endsWith('/') && label.length > 2) {
      try {
        rule.regex = new RegExp(label.slice(1, -1));
      } catch (e) {
        throw new MappingDataError(`${where}: bad regex ${label}: ${(e as Error).message}`);
      }
    } else if (label !== '*' && normalizeLabel(label) !== label) {
      throw new MappingDataError(`${where}: label "${label}" is not normalized (would be "${normalizeLabel(label)}")`);
    }
    return rule;
  });
  const perShare = new Map<string, Map<ShareBasis, string>>();
  for (const { cols, where } of dataLines(join(dir, DERIVED_FILE))) {
    const [base, basis, concept] = cols;
    if (!base || !concept || (basis !== 'basic' && basis !== 'diluted' && basis !== 'basicAndDiluted')) {
      throw new MappingDataError(`${where}: want base, basis (basic|diluted|basicAndDiluted), per-share concept`);
    }
    if (!perShare.has(base)) perShare.set(base, new Map());
    perShare.get(base)!.set(basis, concept);
  }
  const qualifiers: QualifierRule[] = dataLines(join(dir, QUALIFIERS_FILE)).map(({ cols, where }) => {
    const [scope, pattern, axis, member, suffix, propagate = 'no'] = cols;
    if (!['column', 'table', 'row', 'range', 'future', 'forecast-column'].includes(scope) || !pattern || !axis || !member || !suffix) {
      throw new MappingDataError(`${where}: want scope (column|table|row|range|future|forecast-column), pattern, axis, member, suffix, propagate`);
    }
    return { scope: scope as QualifierRule['scope'], pattern: new RegExp(pattern, 'i'), axis, member, suffix, propagate: propagate === 'yes' };
  });
  return { rules, perShare, qualifiers };
}
