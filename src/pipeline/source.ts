// Loading a document's text and deciding its kind, without loading any reader: `ixport convert` needs only this
// and the release readers (the XBRL read-back readers of ./load.ts are for read, check and diff).
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { IxportError, type ErrorDetails } from '../model/errors.js';
import { checkNotBinary, decodeBytes, htmlLine, type TextEncoding } from '../model/text.js';
import { unwrapEdgarSgml } from '../readback/sgml.js';
import { IX10, IX11 } from '../readback/inline/gather.js';
import type { ReleaseKind } from './release.js';

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
    throw new LoadError(
      `${file}: ${describeKind(src.kind)}, not a release: ${command} reads earnings releases (plaintext or HTML); \`ixport read\` and \`ixport check\` read XBRL documents`,
      {
        code: 'load.not-a-release',
        file,
      },
    );
  }
  return src as SourceText & { kind: ReleaseKind };
}
