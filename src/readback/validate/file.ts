// Validates an XBRL 2.1 instance file: read it, discover its DTS (local files and the schema cache, never the
// network), check the instance against it. Returns every error found, each with its spec section.
import { readFileSync } from 'node:fs';
import { NS } from '../../model/fact.js';
import type { Message } from '../../model/source.js';
import { attr, childElements, type XmlDocument } from '../../xml/dom.js';
import { parseXml, XmlError } from '../../xml/parse.js';
import { baseFileOf, loadDts, resolveHref, type Dts } from '../dts/load.js';
import { readInstanceDocument } from '../xbrl/instance.js';
import { validateInstance } from './xbrl21.js';

/** Reuse of parsed taxonomy documents and whole DTSes across calls (for runs over files that do not change). */
export interface ValidationCaches {
  documents: Map<string, XmlDocument>;
  dts: Map<string, Dts>;
}

export interface ValidateOptions {
  /** Root of the schema cache, laid out as <host>/<path> (e.g. ../shared/xbrl/schemas). */
  cacheRoot: string;
  caches?: ValidationCaches;
}

export function validateInstanceFile(file: string, options: ValidateOptions): Message[] {
  let doc;
  try {
    doc = parseXml(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if (e instanceof XmlError) return [{ ruleId: e.code, severity: 'error', message: e.reason, positions: [{ file: e.file, line: e.line, column: e.column }] }];
    throw e;
  }
  const { factSet, messages } = readInstanceDocument(doc);
  const refs = childElements(doc.root, NS.link).filter((e) => e.local === 'schemaRef' || e.local === 'linkbaseRef');
  const entries = refs.map((e) => ({ href: attr(e, 'href', NS.xlink) ?? '', from: baseFileOf(e, file) }));
  const opts = { cacheRoot: options.cacheRoot, documentCache: options.caches?.documents };
  if (!refs.some((e) => e.local === 'schemaRef'))
    messages.push({
      ruleId: 'xbrl.4.2.2:schemaRefMissing',
      severity: 'error',
      message: 'no schemaRef',
      positions: [{ file, line: doc.root.line, column: doc.root.column }],
    });
  // A DTS depends only on its entry points, so a cached one is reused for the same set.
  const key = JSON.stringify(entries.map((e) => resolveHref(e.href, e.from, opts)).sort());
  let dts = options.caches?.dts.get(key);
  if (!dts) {
    dts = loadDts(entries, opts);
    options.caches?.dts.set(key, dts);
  }
  // 4.2.2: a schemaRef holds the URI of a schema.
  refs.forEach((e, i) => {
    if (e.local !== 'schemaRef') return;
    const target = resolveHref(entries[i].href, entries[i].from, opts);
    if (dts!.documents.get(target) !== 'schema') {
      messages.push({
        ruleId: 'xbrl.4.2.2:schemaRefTarget',
        severity: 'error',
        message: `schemaRef ${entries[i].href} does not point to a schema`,
        positions: [{ file, line: e.line, column: e.column }],
      });
    }
  });
  return [...messages, ...dts.messages, ...validateInstance(doc, factSet, dts)].filter((m) => m.severity === 'error');
}
