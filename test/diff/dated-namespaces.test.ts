// Issue 13, case 8: a diff of two quarters of one company matches base and extension facts out of the box. The
// entity is the same (identity.ts), and extension concepts match by local name when their namespaces differ only
// by the date ("https://ixport.org/ext/HORIZON-FINANCIAL/20060119" and ".../20060427"); before, such a diff
// matched 0 facts without --ignore-entity and never an extension concept.
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aspectKey, comparedNamespace } from '../../src/diff/aspects.js';
import { diffFactSets } from '../../src/diff/index.js';
import { convertText } from '../../src/pipeline/convert.js';
import { readInstance } from '../../src/readback/index.js';
import type { FactSet } from '../../src/model/fact.js';

const REPO = join(import.meta.dirname, '..', '..');
const CORPUS = [join(REPO, '..', 'shared'), join(REPO, '..', '..', 'shared')].map((d) => join(d, 'corpus', 'plaintext')).find(existsSync);

describe('compared namespaces', () => {
  it('drop the date of a dated extension namespace only', () => {
    expect(comparedNamespace('https://ixport.org/ext/MPOWER/20040506')).toBe('https://ixport.org/ext/MPOWER/*');
    expect(comparedNamespace('http://www.acme.com/2024-03-31')).toBe('http://www.acme.com/*');
    expect(comparedNamespace('http://fasb.org/us-gaap/2024')).toBe('http://fasb.org/us-gaap/2024');
    expect(comparedNamespace('http://www.xbrl.org/2003/instance')).toBe('http://www.xbrl.org/2003/instance');
    expect(comparedNamespace('https://ixport.org/ext/PERICOM-SEMICONDUCTOR/pericom_2003-07-29_8k_ex99-1')).toBe(
      'https://ixport.org/ext/PERICOM-SEMICONDUCTOR/pericom_2003-07-29_8k_ex99-1',
    );
  });
});

describe.skipIf(!CORPUS)('two quarters of Horizon Financial (../shared/corpus/plaintext)', () => {
  if (!CORPUS) console.log('dated-namespace diff test skipped: ../shared/corpus/plaintext is absent');
  const convert = (name: string) => {
    const path = join(CORPUS!, name);
    const c = convertText(readFileSync(path, 'utf8'), path);
    // As `ixport diff a.xbrl b.xbrl` sees them: read back from the written instances.
    return readInstance(c.instance, name.replace(/\.txt$/, '.xbrl')).factSet;
  };
  // Converted when the tests run, not while vitest collects them (a skipped suite's body is still collected).
  let a: FactSet;
  let b: FactSet;
  beforeAll(() => {
    a = convert('horizonfinancial_2006-01-19_8k_8k_body.txt');
    b = convert('horizonfinancial_2006-04-28_8k_8k_body.txt');
  });

  it('the extension namespaces differ only by the date', () => {
    const ext = (fs: FactSet) => Object.values(fs.namespaces).find((ns) => ns.includes('/ext/'))!;
    expect(ext(a)).not.toBe(ext(b));
    expect(comparedNamespace(ext(a))).toBe(comparedNamespace(ext(b)));
  });

  it('matches base and extension facts without --ignore-entity', () => {
    const r = diffFactSets(a, b, {});
    expect(r.messages.filter((m) => m.ruleId === 'diff.no-common-entity')).toEqual([]);
    expect(r.counts.matched).toBeGreaterThan(100);
    const inB = new Set(b.facts.map((f) => aspectKey(f, b)));
    const extMatched = a.facts.filter((f) => f.concept.ns.includes('/ext/') && inB.has(aspectKey(f, a)));
    expect(extMatched.length).toBeGreaterThan(50);
  });
});
