// The data of a view page: the fact model of the viewed document, serialised once as JSON into the page, with
// what the client needs precomputed (labels, calculation groups and whether they add up, duplicates, findings
// linked to their facts, the diff against an older filing). Plain data, shared by the builder (src/view/build.ts)
// and the client script (src/view/client/main.ts, which imports these types only).

export type DiffStatus = 'added' | 'changed' | 'moved';

export interface ViewFact {
  /** Prefixed concept name, e.g. "us-gaap:Revenues". */
  concept: string;
  /** Standard label, or the local name split into words when the DTS offers none. */
  label: string;
  /** Other labels: [role name, text]. */
  labels: [string, string][];
  /** Canonical value; null when nil. */
  value: string | null;
  numeric: boolean;
  decimals?: number | 'INF';
  /** Period key (2003-12-31, 2003-10-01/2003-12-31, forever) and how a reader says it. */
  period: string;
  periodLabel: string;
  unit?: string;
  entity: string;
  context: string;
  id?: string;
  /** [dimension, member] pairs, prefixed names or typed values. */
  dims: [string, string][];
  /** "file:line:column" of every place the fact was printed. */
  sources: string[];
  /** Balance type when the DTS knows it. */
  balance?: 'debit' | 'credit';
  /** Indexes into ViewData.calcs where this fact is the total, and where it is an item. */
  calcTotal: number[];
  calcItem: number[];
  /** Other facts with the same aspects. */
  dups: number[];
  /** Indexes into ViewData.findings naming this fact. */
  findings: number[];
  /** Not shown by the document (ix:hidden, or an instance/JSON fact with no rendering). */
  hidden: boolean;
  /** With --diff: how the fact differs from the older filing; `reclassified` when part of a reclassification. */
  diff?: { status: DiffStatus; old?: string | null; difference?: string; note?: string; reclassified?: string };
}

export interface CalcItem {
  concept: string;
  label: string;
  weight: number;
  /** The item fact in the total's context and unit, when the document reports it. */
  fact?: number;
}

export interface CalcGroup {
  /** Extended link role (definition of the statement) the relationships come from. */
  role: string;
  total: number;
  items: CalcItem[];
  /** Sum of the reported items, weighted, as a canonical decimal. */
  sum: string;
  /** The sum rounded as XBRL Calculations 1.1 (round to the least precise decimals) equals the total. */
  ok: boolean;
}

export interface ViewFinding {
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
  where: string[];
  facts: number[];
}

export interface ViewChange {
  status: 'added' | 'removed' | 'changed' | 'reclassified' | 'moved';
  concept: string;
  label: string;
  period: string;
  unit?: string;
  old?: string | null;
  new?: string | null;
  difference?: string;
  /** The fact in the viewed document, when it has one. */
  fact?: number;
  note?: string;
}

export interface ViewData {
  title: string;
  /** What was viewed: file name and kind. */
  file: string;
  kind: 'release' | 'instance' | 'inline' | 'json';
  /** Whether the document pane shows the filing's own rendering (false: a table generated from the facts). */
  rendered: boolean;
  facts: ViewFact[];
  calcs: CalcGroup[];
  findings: ViewFinding[];
  /** Why calculations could not be checked, when the DTS was not available. */
  taxonomyNote?: string;
  diff?: {
    old: string;
    note: string;
    changes: ViewChange[];
    counts: Record<ViewChange['status'], number>;
  };
}
