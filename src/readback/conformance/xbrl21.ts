// XII XBRL 2.1 conformance suite: each variation's readMeFirst instance is read, its DTS discovered (local files
// and the schema cache) and validated; the outcome (valid = no error) is compared with @expected. Variations
// whose entry document is a schema or linkbase test the taxonomy, not the instance, and are skipped.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { attr, childElements, textContent } from '../../xml/dom.js';
import { parseXml } from '../../xml/parse.js';
import { validateInstanceFile, type ValidationCaches } from '../validate/file.js';
import { fail, newReport, pass, skip, type SuiteReport } from './report.js';

/** Parsed DTS documents and DTSes shared by the variations of a run (suite files do not change during it). */
const caches: ValidationCaches = { documents: new Map(), dts: new Map() };

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
        const errors = validateInstanceFile(inst, { cacheRoot, caches });
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
