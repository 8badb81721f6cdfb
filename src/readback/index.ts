// Read-back stage: any XBRL 2.1 instance or Inline XBRL 1.1 document (set) -> the shared FactSet, with the
// standards' error codes as messages. Files are read, decoded and told apart by the one loader
// (src/pipeline/load.ts), not here. Malformed or unsafe XML (DTD internal subsets, entity declarations) is
// not read: it yields one error message naming the file and line, and an empty fact set.
import type { FactSet } from '../model/fact.js';
import type { Message } from '../model/source.js';
import { parseXml, XmlError } from '../xml/parse.js';
import type { XmlDocument } from '../xml/dom.js';
import { readInlineDocuments, type InlineOptions } from './inline/reader.js';
import { readInstanceDocument } from './xbrl/instance.js';
import { unwrapEdgarSgml } from './sgml.js';

export { unwrapEdgarSgml };

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
