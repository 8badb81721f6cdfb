// ixport's library API: the stages as plain functions over plain data. The CLI is a thin layer over these.
export { Decimal, canonicalDecimal } from './model/decimal.js';
export type * from './model/document.js';
export type * from './model/fact.js';
export type * from './model/period.js';
export type * from './model/source.js';
export type * from './model/taxonomy.js';
export { clark, qnameEquals, NS } from './model/fact.js';
export { formatMessage, formatPos } from './model/source.js';

// load: any file -> decoded text -> its kind -> its facts (releases read and mapped as convert does)
export {
  loadDocument,
  loadFacts,
  loadSource,
  loadReleaseSource,
  readReleaseSource,
  readReleaseFile,
  sniffDocument,
  sourceText,
  isRelease,
  LoadError,
  type DocumentKind,
  type LoadedDocument,
  type LoadOptions,
  type SourceText,
} from './pipeline/load.js';
export { decodeBytes, type DecodedText } from './model/text.js';
// read: plaintext release -> ReleaseDocument
export { readRelease, ReadError, formatItemsTsv, formatItemsJson } from './read/index.js';
// taxonomy: the shipped base taxonomy
export { loadTaxonomy, BASE_ENTRY, BASE_NAMESPACE, BASE_PREFIX, BASE_TAXONOMY_DIR } from './taxonomy/index.js';
// map: line items -> facts
export { mapRelease, type MapOptions, type MapResult } from './map/index.js';
// check: findings on a fact set
export { checkFactSet, hasErrors, formatFindings, RULES } from './check/index.js';
// write
export { writeInstance } from './write/instance/index.js';
export { writeInline, renderInline } from './write/inline/index.js';
export { writeXbrlJson } from './write/json/index.js';
// read back: XBRL 2.1 instance, Inline XBRL 1.1, xBRL-JSON -> FactSet
export { readInstance, readInline, type ReadResult, type InlineOptions } from './readback/index.js';
export { readXbrlJson } from './readback/json/index.js';
// diff
export { diffFactSets, formatDiff, type DiffResult, type DiffOptions, type DiffEntry, type Reclassification } from './diff/index.js';
// the whole job
export { convertText, convertFile, defaultTaxonomy, type Conversion, type ConvertOptions } from './pipeline/convert.js';
export { convertBatch, type BatchJob, type BatchResult } from './pipeline/batch.js';
export { writeOutputs, outputName, type OutputFiles } from './pipeline/output.js';
// errors and messages: one base class for every refusal, one catalogue of ids
export { IxportError, UserError, isIxportError, type ErrorDetails } from './model/errors.js';
export { MESSAGES, lookupMessage, report, explain, type MessageSpec } from './model/messages.js';
// the command line as a function
export { runCli, type CliIo } from './cli/main.js';
