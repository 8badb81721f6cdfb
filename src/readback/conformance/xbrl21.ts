// XII XBRL 2.1 conformance suite: each variation's readMeFirst instance is read, its DTS discovered (local files
// and the schema cache) and validated; the outcome (valid = no error) is compared with @expected. Variations
// whose entry document is a schema or linkbase test the taxonomy, not the instance, and are skipped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Message } from '../../model/source.js';
import { NS } from '../../model/fact.js';
import { attr, childElements, textContent } from '../../xml/dom.js';
import { parseXml, XmlError } from '../../xml/parse.js';
import { baseFileOf, loadDts, resolveHref, type Dts } from '../dts/load.js';
import { validateInstance } from '../validate/xbrl21.js';
import { readInstanceDocument } from '../xbrl/instance.js';
import { fail, newReport, pass, skip, type SuiteReport } from './report.js';

/** Parsed DTS documents shared by the variations of a run (suite files do not change during it). */
const documentCache = new Map<string, import('../../xml/dom.js').XmlDocument>();
const dtsCache = new Map<string, Dts>();

/** Reads an instance file, discovers its DTS and validates it: every error found. */
export function validateInstanceFile(file: string, cacheRoot: string): Message[] {
  let doc;
  try {
    doc = parseXml(readFileSync(file, 'utf8'), file);
  } catch (e) {
    if (e instanceof XmlError) return [{ ruleId: e.code, severity: 'error', message: e.reason }];
    throw e;
  }
  const { factSet, messages } = readInstanceDocument(doc);
  const refs = childElements(doc.root, NS.link).filter((e) => e.local === 'schemaRef' || e.local === 'linkbaseRef');
  const entries = refs.map((e) => ({ href: attr(e, 'href', NS.xlink) ?? '', from: baseFileOf(e, file) }));
  const opts = { cacheRoot, documentCache };
  if (!refs.some((e) => e.local === 'schemaRef')) messages.push({ ruleId: 'xbrl.4.2.2:schemaRefMissing', severity: 'error', message: 'no schemaRef' });
  // Variations share their taxonomies: a DTS depends only on its entry points, so it is loaded once per set.
  const key = JSON.stringify(entries.map((e) => resolveHref(e.href, e.from, opts)).sort());
  let dts = dtsCache.get(key);
  if (!dts) dtsCache.set(key, (dts = loadDts(entries, opts)));
  // 4.2.2: a schemaRef holds the URI of a schema.
  refs.forEach((e, i) => {
    if (e.local !== 'schemaRef') return;
    const target = resolveHref(entries[i].href, entries[i].from, opts);
    if (dts.documents.get(target) !== 'schema') messages.push({ ruleId: 'xbrl.4.2.2:schemaRefTarget', severity: 'error', message: `schemaRef ${entries[i].href} does not point to a schema` });
  });
  return [...messages, ...dts.messages, ...validateInstance(doc, factSet, dts)].filter((m) => m.severity === 'error');
}

export const BAR_GROUPS = ['301', '302', '303', '304', '305', '306', '307', '320', '391'];

export function runXbrl21(root: string, cacheRoot: string, options: { barGroupsOnly?: boolean } = {}): SuiteReport[] {
  const barReport = newReport(`XBRL 2.1 groups ${BAR_GROUPS.join(', ')}`, 0.95);
  const other = newReport('XBRL 2.1 other groups (informational)', 0);
  const index = parseXml(readFileSync(join(root, 'xbrl.xml'), 'utf8'), 'xbrl.xml');
  for (const tc of childElements(index.root).filter((e) => e.local === 'testcase')) {
    const uri = attr(tc, 'uri') ?? '';
    const file = join(root, uri);
    const group = /^(\d{3})-/.exec(uri.split('/').pop() ?? '')?.[1] ?? '';
    const r = BAR_GROUPS.includes(group) ? barReport : other;
    if (options.barGroupsOnly && r === other) continue;
    const t = parseXml(readFileSync(file, 'utf8'), file);
    for (const v of childElements(t.root).filter((e) => e.local === 'variation')) {
      const id = `${uri.split('/').pop()}:${attr(v, 'id')}`;
      const data = childElements(v).find((e) => e.local === 'data');
      const first = data ? childElements(data).find((e) => attr(e, 'readMeFirst') === 'true') : undefined;
      const expected = childElements(v).find((e) => e.local === 'result');
      const exp = expected ? attr(expected, 'expected') : undefined;
      if (!first || first.local !== 'instance') {
        skip(r, 'entry document is a schema or linkbase');
        continue;
      }
      const inst = join(dirname(file), textContent(first).trim());
      try {
        const errors = validateInstanceFile(inst, cacheRoot);
        const valid = errors.length === 0;
        if ((exp === 'valid') === valid) pass(r);
        else fail(r, id, valid ? 'expected invalid, found no error' : `expected valid, got ${errors[0].ruleId}: ${errors[0].message}`);
      } catch (e) {
        fail(r, id, `crashed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return [barReport, other];
}
