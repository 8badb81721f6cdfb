// XII XBRL 2.1 conformance suite: each variation's readMeFirst instance is read, its DTS discovered (local files
// and the schema cache) and validated; the outcome (valid = no error) is compared with @expected. Variations
// whose entry document is a schema or linkbase test the taxonomy, not the instance, and are skipped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { NS } from '../../src/model/fact.js';
import { attr, childElements, textContent, type XmlElement } from '../../src/xml/dom.js';
import { inferPrecision, parseDecimals } from '../../src/readback/values.js';
import { parseXml } from '../../src/xml/parse.js';
import { validateInstanceFile, type ValidationCaches } from '../../src/readback/validate/file.js';
import { fail, newReport, pass, skip, type SuiteReport } from './report.js';

/** Parsed DTS documents and DTSes shared by the variations of a run (suite files do not change during it). */
const caches: ValidationCaches = { documents: new Map(), dts: new Map() };

/** Compares the precision inferred for each fact with decimals against the PTVI file's precision attribute. */
function comparePrecision(instanceFile: string, ptviFile: string): string | undefined {
  if (!existsSync(ptviFile)) return undefined;
  const facts = (f: string) => {
    const doc = parseXml(readFileSync(f, 'utf8'), f);
    const out = new Map<string, XmlElement[]>();
    for (const el of childElements(doc.root)) {
      if (el.ns === NS.xbrli || el.ns === NS.link || attr(el, 'contextRef') === undefined) continue;
      const k = `{${el.ns}}${el.local}`;
      out.set(k, [...(out.get(k) ?? []), el]);
    }
    return out;
  };
  const inst = facts(instanceFile);
  const ptvi = facts(ptviFile);
  let checked = 0;
  for (const [k, els] of inst) {
    els.forEach((el, i) => {
      const d = parseDecimals(attr(el, 'decimals'));
      const expected = ptvi.get(k)?.[i] && attr(ptvi.get(k)![i], 'precision');
      if (d === undefined || d === null || expected === undefined) return;
      checked++;
      const got = inferPrecision(textContent(el), d);
      if (String(got) !== expected.trim())
        throw new PrecisionMismatch(`${el.local} "${textContent(el).trim()}" decimals ${d}: inferred precision ${got}, expected ${expected}`);
    });
  }
  precisionChecks += checked;
  return undefined;
}

/** Number of facts whose inferred precision was compared with a PTVI file in this process (for the report). */
export let precisionChecks = 0;

class PrecisionMismatch extends Error {}

export const BAR_GROUPS = ['301', '302', '303', '304', '305', '306', '307', '320', '391'];

export function runXbrl21(
  root: string,
  cacheRoot: string,
  options: { barGroupsOnly?: boolean; /** Compare inferred precision with the PTVI files (default true). */ ptvi?: boolean } = {},
): SuiteReport[] {
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
        const errors = validateInstanceFile(inst, { cacheRoot, caches });
        const valid = errors.length === 0;
        // minimal="false" testcases name a post-taxonomy-validation infoset with the inferred precision of each fact.
        const ptvi = expected && textContent(expected).trim();
        const ptviDiff =
          valid && ptvi && options.ptvi !== false ? comparePrecision(inst, join(dirname(file), attr(t.root, 'outpath') ?? 'out', ptvi)) : undefined;
        if ((exp === 'valid') === valid && !ptviDiff) pass(r);
        else if (ptviDiff) fail(r, id, ptviDiff);
        else fail(r, id, valid ? 'expected invalid, found no error' : `expected valid, got ${errors[0].ruleId}: ${errors[0].message}`);
      } catch (e) {
        if (e instanceof PrecisionMismatch) fail(r, id, e.message);
        else fail(r, id, `crashed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return [barReport, other];
}
