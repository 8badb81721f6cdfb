// The one way a document comes in: bytes -> decoded text -> its kind, decided once -> (for the commands that need
// facts) its fact set. extract, convert, the batch worker, check, diff and read all load through here. They used to
// hold four copies that drifted apart: diff and read mapped a release without its per-filing extension (17 facts of
// pericom_2005-08-09 came out "added" against ixport's own instance), and only extract decoded a Latin-1 release
// (convert wrote U+FFFD for its "é").
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ReleaseDocument } from '../model/document.js';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import type { Fixes } from '../read/fixes.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { IxportError, type ErrorDetails } from '../model/errors.js';
import { checkNotBinary, decodeBytes, htmlLine, type TextEncoding } from '../model/text.js';
import { readInline, readInstance, unwrapEdgarSgml } from '../readback/index.js';
import { IX10, IX11 } from '../readback/inline/gather.js';
import { readXbrlJson } from '../readback/json/index.js';
import type { MapResult } from '../map/index.js';
import { readAndMap, readReleaseText, type ReleaseKind } from './release.js';

/** What a document is: a release (plaintext or HTML) to be read and mapped, or an XBRL document to be read back. */
export type DocumentKind = ReleaseKind | 'instance' | 'inline' | 'json';

/** A document that cannot be loaded at all: the message names the file (and line, when known); exit code 2. */
export class LoadError extends IxportError {
  constructor(message: string, details: ErrorDetails = {}) {
    super(message, { code: 'load.unusable', ...details });
  }
}

/** A file's decoded text and its kind. */
export interface SourceText {
  file: string;
  text: string;
  encoding: TextEncoding;
  kind: DocumentKind;
}

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

export function isRelease(kind: DocumentKind): kind is ReleaseKind {
  return kind === 'release' || kind === 'html-release';
}

const KIND_NAMES: Record<DocumentKind, string> = {
  release: 'a plaintext release',
  'html-release': 'an HTML release',
  instance: 'an XBRL instance',
  inline: 'an Inline XBRL document',
  json: 'an xBRL-JSON document',
};

export function describeKind(kind: DocumentKind): string {
  return KIND_NAMES[kind];
}

/** Extensions that name a kind when the content alone does not tell (a truncated instance is still an instance). */
const BY_EXTENSION: Record<string, DocumentKind> = {
  '.xbrl': 'instance',
  '.xml': 'instance',
  '.xhtml': 'inline',
  '.htm': 'inline',
  '.html': 'inline',
  '.json': 'json',
};

const ROOT = /<(?!\?|!)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s>/]/;

/**
 * The one sniffer: what a document is, by its content first and its file extension second.
 * - `{` first: xBRL-JSON (an xBRL-JSON document is an object);
 * - an `xbrl` root element: an XBRL 2.1 instance; an `html` root using the Inline XBRL namespace: inline XBRL
 *   (an EDGAR SGML wrapper, `<DOCUMENT>…<TEXT>`, is looked through);
 * - HTML (dozens of `<td>`/`<p>` tags, or an `html` root): an HTML release;
 * - content that says nothing (an unparseable `.xbrl`): the extension's kind, so the reader reports the fault
 *   with its line;
 * - XML of another vocabulary (`<root/>`): 'unknown';
 * - anything else is plaintext release text (which may hold EDGAR's upper-case SGML tags, `<PAGE>`, `<TABLE>`).
 */
export function sniffDocument(text: string, file = ''): DocumentKind | 'unknown' {
  const t = unwrapEdgarSgml(text.replace(/^\uFEFF/, '')).trimStart();
  // An object, never `[`: astafunding_2005-05-10 opens with "[Asta Funding, Inc. Logo]".
  if (t.startsWith('{')) return 'json';
  const root = ROOT.exec(t);
  const local = root?.[2];
  if (local === 'xbrl') return 'instance';
  const isHtmlRoot = local?.toLowerCase() === 'html';
  if (isHtmlRoot && (t.includes(IX11) || t.includes(IX10))) return 'inline';
  if (htmlLine(text) > 0 || isHtmlRoot) return 'html-release';
  const byExt = BY_EXTENSION[extname(file).toLowerCase()];
  if (byExt) return byExt;
  // An XML declaration, or a lower-case or prefixed root element at the very start: XML, but no kind ixport reads.
  if (t.startsWith('<?xml') || (root && root.index === 0 && /[a-z:]/.test((root[1] ?? '') + local))) return 'unknown';
  return 'release';
}

/** Decodes bytes and decides the kind. Throws ReadError for empty or binary input, LoadError for an unknown kind. */
export function sourceText(bytes: Uint8Array, file: string): SourceText {
  const { text, encoding } = decodeBytes(bytes);
  checkNotBinary(text, file);
  const kind = sniffDocument(text, file);
  if (kind === 'unknown') {
    throw new LoadError(`${file}: not a release, an XBRL instance (xbrli:xbrl root), an Inline XBRL document (XHTML with ix elements) or xBRL-JSON`, {
      code: 'load.unknown-kind',
      file,
    });
  }
  return { file, text, encoding, kind };
}

/** Reads a file, decodes it and decides its kind. */
export async function loadSource(file: string): Promise<SourceText> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new LoadError(`${file}: cannot read file (${(e as NodeJS.ErrnoException).code ?? String(e)})`, { code: 'load.cannot-read', file });
  }
  return sourceText(bytes, file);
}

/**
 * Loads a file that must be a release (extract, convert): anything else is refused with what it is. `convert
 * out/x.xbrl` used to read the instance as release text and write 0-fact outputs over the real ones.
 */
export async function loadReleaseSource(file: string, command: string): Promise<SourceText & { kind: ReleaseKind }> {
  const src = await loadSource(file);
  if (!isRelease(src.kind)) {
    throw new LoadError(`${file}: ${describeKind(src.kind)}, not a release: ${command} reads earnings releases (plaintext or HTML); \`ixport read\` and \`ixport check\` read XBRL documents`, {
      code: 'load.not-a-release',
      file,
    });
  }
  return src as SourceText & { kind: ReleaseKind };
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
      if (options.fixes) throw new LoadError(`${src.file}: --fix corrects the reading of a release; this is an XBRL document`, { code: 'fix.not-a-release', file: src.file });
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
    throw new LoadError(`${where}: ${firstError.message} (no facts could be read)`, { code: 'load.no-facts', file: p?.file ?? src.file, line: p?.line, column: p?.column });
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
