// The one fact model every stage shares: the mapper produces it, the writers serialise it, the readers
// (instance, inline, xBRL-JSON) return it, the checks and the diff consume it. Plain data.
import type { Period } from './period.js';
import type { Message, SourcePos } from './source.js';

/** A qualified name. Identity is (ns, local); prefix is only a preference for writing. */
export interface QName {
  ns: string;
  local: string;
  prefix?: string;
}

export function clark(q: QName): string {
  return `{${q.ns}}${q.local}`;
}

export function qnameEquals(a: QName, b: QName): boolean {
  return a.ns === b.ns && a.local === b.local;
}

export interface Entity {
  scheme: string;
  identifier: string;
}

export interface ExplicitDimension {
  dimension: QName;
  member: QName;
}

export interface TypedDimension {
  dimension: QName;
  /** The typed member's XML, serialised canonically. */
  value: string;
}

export interface Context {
  id: string;
  entity: Entity;
  period: Period;
  /** Explicit dimensions, sorted by dimension clark name. */
  dimensions: ExplicitDimension[];
  typedDimensions?: TypedDimension[];
  /** Where the dimensions sit; ixport writes 'segment' (as EDGAR requires). */
  container?: 'segment' | 'scenario';
  /** Non-dimensional segment/scenario content, serialised, when a read document has any. */
  otherSegment?: string;
  otherScenario?: string;
}

export interface Unit {
  id: string;
  /** Measures, e.g. [iso4217:USD]; sorted by clark name. */
  numerators: QName[];
  /** Empty unless a divide unit (USD per share). */
  denominators: QName[];
}

/** How the printed number relates to the fact (sign by meaning). */
export interface Presentation {
  /** The printed sign is the opposite of the fact's sign (a negated label presents it). */
  negated: boolean;
  /** Index of the line item the fact was made from, when made from a release. */
  itemIndex?: number;
}

export interface Fact {
  /** Stable id, derived from the fact's aspects when ixport makes it. */
  id?: string;
  concept: QName;
  contextRef: string;
  /** Numeric facts only. */
  unitRef?: string;
  /**
   * Canonical lexical value: xs:decimal form for numbers ("-37835000", "0.559"), text for non-numeric
   * facts; null when nil.
   */
  value: string | null;
  numeric: boolean;
  /** Integer or 'INF'; absent for non-numeric and nil facts. */
  decimals?: number | 'INF';
  /** Only ever read (ixport never writes precision). */
  precision?: number | 'INF';
  lang?: string;
  /** Every place this fact was printed (a fact printed in a statement and a reconciliation has two). */
  sources?: SourcePos[];
  presentation?: Presentation;
  /**
   * Made from a release: one entry per entry of `sources`, same order. A fact printed in a statement and in a
   * reconciliation can be printed as-is in one and negated in the other; `presentation` is the first of these.
   */
  presentations?: Presentation[];
  /** Read documents only: the fact is a tuple (no value, no context; its children point at it). */
  tuple?: boolean;
  /** Read documents only: index in FactSet.facts of the tuple this fact is a child of. */
  tupleParent?: number;
}

/** A footnote read from an instance (link:footnote) or an Inline XBRL document (ix:footnote). */
export interface Footnote {
  id?: string;
  /** Footnote resource role (default http://www.xbrl.org/2003/role/footnote). */
  role: string;
  /** Arcrole linking the facts to it (default http://www.xbrl.org/2003/arcrole/fact-footnote). */
  arcrole: string;
  lang?: string;
  /** Content as XML text (markup kept, namespaces declared). */
  content: string;
  /** ids of the facts the footnote is attached to. */
  factIds: string[];
  sources?: SourcePos[];
}

export interface FactSet {
  /** schemaRef hrefs of the DTS entry point. */
  schemaRefs: string[];
  /** prefix -> namespace, for writing. */
  namespaces: Record<string, string>;
  contexts: Record<string, Context>;
  units: Record<string, Unit>;
  facts: Fact[];
  /** Where the fact set was read from or made from. */
  source?: string;
  messages?: Message[];
  /** Footnotes of a read document. */
  footnotes?: Footnote[];
  /** Fact-to-fact relationships of a read document (e.g. fact-explanatoryFact), by fact id. */
  relationships?: FactRelationship[];
  /** Changes stated in the prose of a release ("a 2.2% increase over ..."), checked against the facts they compare (rule prose-growth). */
  comparisons?: ProseComparison[];
}

/** A change the prose states of a concept between two periods ("up 2.3% over the second quarter of 2004"). */
export interface ProseComparison {
  /** Clark name of the concept that changed. */
  concept: string;
  period: Period;
  basePeriod: Period;
  /** percent: the relative change in percent as printed; amount: the difference, fully scaled. */
  kind: 'percent' | 'amount';
  /** Unsigned, as printed (fully scaled for amounts). */
  printed: string;
  /** Decimals the printing shows (percent: of the percent number). */
  decimals: number;
  /** "more than", "approximately": not checked for equality. */
  approximate: boolean;
  source: SourcePos;
}

/** A relationship between facts (ix:relationship with fact targets, or a footnoteLink arc between fact locators). */
export interface FactRelationship {
  arcrole: string;
  /** Extended link role (default http://www.xbrl.org/2003/role/link). */
  linkRole: string;
  fromIds: string[];
  toIds: string[];
  sources?: SourcePos[];
}

export const NS = {
  xbrli: 'http://www.xbrl.org/2003/instance',
  link: 'http://www.xbrl.org/2003/linkbase',
  xlink: 'http://www.w3.org/1999/xlink',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xbrldi: 'http://xbrl.org/2006/xbrldi',
  xbrldt: 'http://xbrl.org/2005/xbrldt',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
  ix: 'http://www.xbrl.org/2013/inlineXBRL',
  ixt4: 'http://www.xbrl.org/inlineXBRL/transformation/2020-02-12',
  ixt5: 'http://www.xbrl.org/inlineXBRL/transformation/2022-02-16',
  xhtml: 'http://www.w3.org/1999/xhtml',
  dtrTypes: 'http://www.xbrl.org/dtr/type/2022-03-31',
  cik: 'http://www.sec.gov/CIK',
} as const;
