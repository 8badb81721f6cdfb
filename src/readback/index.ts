// Read-back stage: any XBRL 2.1 instance or Inline XBRL 1.1 document (set) -> the shared FactSet, with the
// standards' error codes as messages. Malformed or unsafe XML (DTD internal subsets, entity declarations) is
// not read: it yields one error message naming the file and line, and an empty fact set.
import { readFile } from 'node:fs/promises';
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import { parseXml, XmlError } from '../xml/parse.js';
import type { XmlDocument } from '../xml/dom.js';
import { readInlineDocuments, type InlineOptions } from './inline/reader.js';
import { IX10, IX11 } from './inline/gather.js';
import { readInstanceDocument } from './xbrl/instance.js';

export interface ReadResult {
  factSet: FactSet;
  messages: Message[];
}

export type { InlineOptions };
export { validateInstanceFile, type ValidateOptions } from './validate/file.js';
export { XmlError };

function emptyFactSet(source: string): FactSet {
  return { schemaRefs: [], namespaces: {}, contexts: {}, units: {}, facts: [], source };
}

function xmlFailure(e: unknown, file: string): ReadResult {
  if (e instanceof XmlError) {
    return {
      factSet: emptyFactSet(file),
      messages: [{ ruleId: e.code, severity: 'error', message: e.reason, positions: [{ file: e.file, line: e.line, column: e.column }] }],
    };
  }
  throw e;
}

/**
 * Documents taken from an EDGAR full submission carry an SGML wrapper (`<DOCUMENT>…<TEXT>`, `<XBRL>…</XBRL>`)
 * around the XML. The wrapper is blanked (newlines kept, so line numbers stay those of the file).
 */
export function unwrapEdgarSgml(text: string): string {
  const open = /^\s*(?:<DOCUMENT>[\s\S]*?<TEXT>\s*)?<(XBRL|TEXT)>/.exec(text);
  if (!open) return text;
  const close = text.lastIndexOf(`</${open[1]}>`);
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const endStart = close < 0 ? text.length : close;
  return blank(text.slice(0, open[0].length)) + text.slice(open[0].length, endStart) + blank(text.slice(endStart));
}

/** Parses one document, unwrapping an EDGAR SGML wrapper (whose line breaks may precede the XML declaration). */
function parseDocument(text: string, file: string, warnings: XmlError[]): XmlDocument {
  const unwrapped = unwrapEdgarSgml(text);
  return parseXml(unwrapped, file, unwrapped === text ? warnings : undefined);
}

function asWarning(e: XmlError): Message {
  return { ruleId: e.code, severity: 'warning', message: e.reason, positions: [{ file: e.file, line: e.line, column: e.column }] };
}

/** Reads an XBRL 2.1 instance document. */
export function readInstance(xml: string, file: string): ReadResult {
  let doc: XmlDocument;
  const warnings: XmlError[] = [];
  try {
    doc = parseDocument(xml, file, warnings);
  } catch (e) {
    return xmlFailure(e, file);
  }
  const result = readInstanceDocument(doc);
  result.messages.unshift(...warnings.map(asWarning));
  return result;
}

/**
 * Reads an Inline XBRL document, or several forming one document set (then `file` may name each). Returns the
 * facts of the default target document, or of `options.target`.
 */
export function readInline(xhtml: string | string[], file: string | string[], options: InlineOptions = {}): ReadResult {
  const texts = Array.isArray(xhtml) ? xhtml : [xhtml];
  const files = texts.map((_, i) => (Array.isArray(file) ? (file[i] ?? `${file[0]}#${i + 1}`) : texts.length > 1 ? `${file}#${i + 1}` : file));
  const docs: XmlDocument[] = [];
  const warnings: XmlError[] = [];
  try {
    for (let i = 0; i < texts.length; i++) docs.push(parseDocument(texts[i], files[i], warnings));
  } catch (e) {
    return xmlFailure(e, files[0]);
  }
  const result = readInlineDocuments(docs, options);
  result.messages.unshift(...warnings.map(asWarning));
  return result;
}

/** What a document is, judged by its root element (and ix namespace use) or, for JSON, its first character. */
export function sniffDocument(text: string): 'instance' | 'inline' | 'json' | 'unknown' {
  const t = unwrapEdgarSgml(text.replace(/^\uFEFF/, '')).trimStart();
  if (t.startsWith('{')) return 'json';
  const root = /<(?!\?|!)([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)[\s>/]/.exec(t);
  if (!root) return 'unknown';
  if (root[2] === 'xbrl') return 'instance';
  if (root[2] === 'html' && (t.includes(IX11) || t.includes(IX10))) return 'inline';
  return 'unknown';
}

export interface ReadDocumentOptions extends InlineOptions {
  /**
   * Reader for xBRL-JSON (.json) documents. The JSON reader lives in ./json (another module); the caller (CLI or
   * pipeline) passes its `readXbrlJson` here so this module does not depend on it.
   */
  readJson?: (text: string, file: string) => ReadResult;
}

/**
 * Bytes -> text, honouring a byte order mark or the encoding named in the XML declaration (UTF-8 otherwise).
 * An encoding the platform cannot decode falls back to UTF-8.
 */
export function decodeDocument(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const enc = /^\s*(?:<[A-Z]+>\s*)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]?.toLowerCase();
  if (enc && enc !== 'utf-8' && enc !== 'utf8') {
    try {
      return new TextDecoder(enc).decode(bytes);
    } catch {
      // unknown label: read as UTF-8 below
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

/** Reads a file of any supported kind: XBRL 2.1 instance, Inline XBRL (XHTML) or, given a reader, xBRL-JSON. */
export async function readXbrlDocument(path: string, options: ReadDocumentOptions = {}): Promise<ReadResult> {
  const text = decodeDocument(await readFile(path));
  const kind = path.toLowerCase().endsWith('.json') ? 'json' : sniffDocument(text);
  switch (kind) {
    case 'instance':
      return readInstance(text, path);
    case 'inline':
      return readInline(text, path, options);
    case 'json':
      if (!options.readJson) {
        return { factSet: emptyFactSet(path), messages: [{ ruleId: 'readback.jsonReaderMissing', severity: 'error', message: 'xBRL-JSON reading needs a JSON reader (options.readJson)', positions: [{ file: path, line: 1, column: 1 }] }] };
      }
      return options.readJson(text, path);
    default:
      return {
        factSet: emptyFactSet(path),
        messages: [{ ruleId: 'readback.unknownDocument', severity: 'error', message: 'not an XBRL instance (xbrli:xbrl root), an Inline XBRL document (XHTML with ix elements) or xBRL-JSON', positions: [{ file: path, line: 1, column: 1 }] }],
      };
  }
}
