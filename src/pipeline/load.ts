// The one way a document comes in: bytes -> decoded text -> its kind, decided once -> (for the commands that need
// facts) its fact set. extract, convert, the batch worker, check, diff and read all load through here. They used to
// hold four copies that drifted apart: diff and read mapped a release without its per-filing extension (17 facts of
// pericom_2005-08-09 came out "added" against ixport's own instance), and only extract decoded a Latin-1 release
// (convert wrote U+FFFD for its "é").
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Fixes } from '../read/fixes.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { readInline, readInstance } from '../readback/index.js';
import { readXbrlJson } from '../readback/json/index.js';
import type { MapResult } from '../map/index.js';
import { readAndMap, readReleaseText, type ReleaseKind } from './release.js';
import { isRelease, LoadError, loadReleaseSource, loadSource, type SourceText } from './source.js';

export * from './source.js';

export interface LoadOptions {
  /** Entity identifier for a release (as `ixport convert --cik`). */
  cik?: string;
  /** Taxonomy to map releases onto and to type xBRL-JSON facts; the shipped base taxonomy for releases when absent. */
  taxonomy?: Taxonomy;
  /** Refuse a release without any table (extract, read and diff have nothing to show for one). */
  requireTables?: boolean;
  /** The user's corrections to a release's reading (`--fix fixes.json`); refused for XBRL documents. */
  fixes?: Fixes;
}

/** A document's facts, however it was written. */
export interface LoadedDocument extends SourceText {
  factSet: FactSet;
  /** Reader (and, for releases, mapper) messages. */
  messages: Message[];
  /** For a release: the document read and its mapping (mapped.taxonomy is the filing's DTS, extension included). */
  release?: { document: ReleaseDocument; mapped: MapResult };
}

/** Reads a release's text with the reader of its kind (no mapping): what `extract` prints. */
export function readReleaseSource(src: SourceText & { kind: ReleaseKind }, options: { requireTables?: boolean; fixes?: Fixes } = {}): ReleaseDocument {
  return readReleaseText(src.text, src.file, { kind: src.kind, requireTables: options.requireTables, fixes: options.fixes });
}

/**
 * The fact set of a loaded text: a release is read and mapped by `readAndMap` (per-filing extension included),
 * any XBRL document is read back. An XBRL document that yields no fact and an error (`<x` in a `.xml`) is
 * unusable: LoadError naming the first error's position (`read` used to print it and exit 1, as for findings).
 */
export function loadFacts(src: SourceText, options: LoadOptions = {}): LoadedDocument {
  let loaded: LoadedDocument;
  switch (src.kind) {
    case 'release':
    case 'html-release': {
      const { document, mapped } = readAndMap(src.text, src.file, {
        kind: src.kind,
        cik: options.cik,
        taxonomy: options.taxonomy,
        requireTables: options.requireTables,
        fixes: options.fixes,
      });
      mapped.factSet.source ??= src.file;
      loaded = { ...src, factSet: mapped.factSet, messages: [...document.messages, ...mapped.messages], release: { document, mapped } };
      break;
    }
    case 'instance':
      if (options.fixes)
        throw new LoadError(`${src.file}: --fix corrects the reading of a release; this is an XBRL document`, { code: 'fix.not-a-release', file: src.file });
      loaded = { ...src, ...readInstance(src.text, src.file) };
      break;
    case 'inline':
      loaded = { ...src, ...readInline(src.text, src.file) };
      break;
    case 'json':
      loaded = { ...src, ...readXbrlJson(src.text, src.file, { taxonomy: options.taxonomy }) };
      break;
  }
  loaded.factSet.source ??= src.file;
  // Releases keep their findings however few facts they give (check reports a ragged table as a finding).
  const firstError = isRelease(src.kind) ? undefined : loaded.messages.find((m) => m.severity === 'error');
  if (loaded.factSet.facts.length === 0 && firstError) {
    const p = firstError.positions?.[0];
    const where = p ? `${p.file}:${p.line}:${p.column}` : src.file;
    throw new LoadError(`${where}: ${firstError.message} (no facts could be read)`, {
      code: 'load.no-facts',
      file: p?.file ?? src.file,
      line: p?.line,
      column: p?.column,
    });
  }
  return loaded;
}

/** Reads any document ixport reads into its fact set. */
export async function loadDocument(file: string, options: LoadOptions = {}): Promise<LoadedDocument> {
  return loadFacts(await loadSource(file), options);
}

/** A release file read (not mapped), decoded and sniffed by the loader: the items `ixport extract` prints. */
export async function readReleaseFile(file: string, options: { requireTables?: boolean } = {}): Promise<ReleaseDocument> {
  return readReleaseSource(await loadReleaseSource(file, 'the release reader'), options);
}
