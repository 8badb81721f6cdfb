// Shared shapes of the map stage: the options and result of mapRelease, the per-filing extension (options,
// concept definitions, axes, model) and the data its steps hand each other. Types only, importing nothing of
// src/map, so every module of the stage can use them without import cycles.
import type { LineItem, MemberAxis } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { Period } from '../model/period.js';
import type { Message } from '../model/source.js';
import type { Concept, Relationship, Taxonomy } from '../model/taxonomy.js';
import type { Resolved } from './resolve.js';
import type { Orientation } from './sign.js';

export type { Resolved, Orientation };

export interface ExtensionOptions {
  /** Company prefix, e.g. "mpow". */
  prefix: string;
  /** Company namespace (not under sec.gov or fasb.org), e.g. "http://www.mpower.com/20040506". */
  namespace: string;
  /** File stem: the schema is `${stem}.xsd`, its calculation linkbase `${stem}_cal.xml`. */
  stem: string;
}

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
  /** Tag the numbers in the prose too (default true). */
  prose?: boolean;
}

/** A printed row no base concept fits: what the extension turns into a concept of its own. */
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

export type ExtKind = 'monetary' | 'shares' | 'perShare' | 'percent';

export interface ExtConceptDef {
  name: string;
  kind: ExtKind;
  periodType: 'instant' | 'duration';
  balance?: 'debit' | 'credit';
  /** Standard label: the printed text. */
  label: string;
  documentation: string;
  /** 'row': a printed line; 'change': a comparison column of a row; 'adjustment': a reconciliation adjustment. */
  origin: 'row' | 'change' | 'adjustment';
}

export interface ExtAbstract {
  name: string;
  label: string;
}

export interface ExtNamed {
  name: string;
  label: string;
}

/** An axis of the filing's extension: its kind, its domain (the default) and its members as printed. */
export interface ExtAxis extends ExtNamed {
  kind: MemberAxis;
  domain: ExtNamed;
  members: ExtNamed[];
}

export interface ExtRole {
  id: string;
  uri: string;
  definition: string;
}

export interface ExtensionModel {
  defs: ExtConceptDef[];
  abstracts: ExtAbstract[];
  /** Extension concepts as the effective taxonomy holds them (items and abstracts). */
  concepts: Concept[];
  roles: ExtRole[];
  /** Presentation (parent-child) and calculation (summation-item) relationships in the extension roles. */
  relationships: Relationship[];
  /** Axes of the filing's columns and tables (dimensions.ts). */
  axes?: ExtAxis[];
}

export interface PlacedRow {
  item: LineItem;
  concept: Concept;
  orientation: 1 | -1;
  range: LineItem['range'];
}

/** One printed value on its concept and period (a range cell gives one per end). */
export interface Placement {
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
  /** Members the document's evidence adds beyond the column's own (a reporting-basis column, a segment's table). */
  members?: { axis: MemberAxis; member: string }[];
  /** What collision decisions made of the row: its own label ("Other expense (Tax notable items)") and the column qualifiers ("After tax") on it. */
  printed?: { row?: string; qualifiers: string[] };
}
