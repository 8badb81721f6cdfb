// The result of comparing two fact sets: plain data, printed by format.ts as a table or JSON.
import type { Message } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';

export interface DiffOptions {
  /** Absolute tolerance (a decimal string, in the fact's unit): numeric changes no larger are not differences. */
  tolerance?: string;
  /** Only these concepts: local names, prefix:local or {ns}local; "*" matches any run of characters. */
  concepts?: string[];
  /**
   * Only these periods: a period key ("2003-12-31", "2003-10-01/2003-12-31", "forever") or a date prefix
   * ("2003", "2003-12", "2003-12-31") matching every period that ends (or is an instant) in it.
   */
  periods?: string[];
  /** Compare only the periods both sides report (see periodsReported in index.ts). */
  restatement?: boolean;
  /**
   * Match facts whatever their entity (two runs with and without --cik, or a renamed registrant). Off by default:
   * then sides without a common entity get a warning.
   */
  ignoreEntity?: boolean;
  /** Labels, balances and calculation totals (for reclassifications); facts keep their names without it. */
  taxonomy?: Taxonomy;
}

/** One side's fact in a comparison. */
export interface FactValue {
  /** Canonical value; null when nil. */
  value: string | null;
  decimals?: number | 'INF';
}

export interface DiffEntry {
  /** Aspect key (concept, entity, period, unit, dimensions, language): what matched the two facts. */
  key: string;
  /** Prefixed concept name, e.g. "mpwr:AccountsPayableCurrent". */
  concept: string;
  /** Standard label from the taxonomy, or the local name. */
  label: string;
  /** Period key: "2003-12-31", "2003-10-01/2003-12-31", "forever". */
  period: string;
  /** "scheme#identifier". */
  entity: string;
  /** Prefixed dimension -> prefixed member (or typed value). */
  dimensions: Record<string, string>;
  /** Unit as OIM writes it ("iso4217:USD", "iso4217:USD/xbrli:shares"); absent for non-numeric facts. */
  unit?: string;
  old?: FactValue;
  new?: FactValue;
  /** new - old as a canonical decimal, when both are numbers (for added: new; removed: -old). */
  difference?: string;
}

/** A set of changes on the same entity, period, dimensions and unit whose differences cancel. */
export interface Reclassification {
  period: string;
  entity: string;
  dimensions: Record<string, string>;
  unit?: string;
  /** The amount that moved (sum of the increases, balance-signed). */
  amount: string;
  /** Members in key order: their differences, signed by balance (debit +, credit -), sum to zero. */
  members: DiffEntry[];
}

/** A number the old side reported under one concept and the new side reports under another. */
export interface MovedValue {
  period: string;
  entity: string;
  dimensions: Record<string, string>;
  unit?: string;
  value: string;
  /** The old concept's entry (changed to another value, or removed). */
  from: DiffEntry;
  /** The new concept's entry (added, or changed to this value). */
  to: DiffEntry;
}

export interface DiffResult {
  /** Where each side came from (FactSet.source), when known. */
  a?: string;
  b?: string;
  /** True when nothing was added, removed or changed (decimals included). */
  same: boolean;
  added: DiffEntry[];
  removed: DiffEntry[];
  changed: DiffEntry[];
  /** Same value (within tolerance), different decimals. */
  decimalsOnly: DiffEntry[];
  /** Numeric changes no larger than the tolerance: not differences, listed for transparency. */
  withinTolerance: DiffEntry[];
  reclassifications: Reclassification[];
  /** Values that moved to another concept (a relabelled line): same number, other concept. */
  moved: MovedValue[];
  periods: {
    /** Restatement mode: the periods compared (reported by both); otherwise undefined. */
    compared?: string[];
    onlyA: string[];
    onlyB: string[];
  };
  counts: { a: number; b: number; matched: number };
  messages: Message[];
}
