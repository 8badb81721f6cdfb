// Issue 13, case 8: one company, one identity. Without --cik the entity identifier and the extension prefix and
// namespace come from the registrant's normalised name, the same in every release of a company; before, Pericom
// got THE-COMPANY, PERICOM-2005-08-09-8K-EX99-1 and PERICOM-SEMICONDUCTOR-CORPORATION, and Horizon Financial the
// prefix "hrzb" in one release and "ext" in another.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRelease } from '../../src/read/index.js';
import { defaultExtension, mapRelease } from '../../src/map/index.js';
import { normalizeRegistrantName, prefixForIdentifier, registrantOf } from '../../src/map/identity.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { REPO } from './gold.js';

// ../shared beside the repository, or beside the folder of its worktrees (/work/wt/<name>).
const CORPUS =
  [join(REPO, '..', 'shared'), join(REPO, '..', '..', 'shared')].map((d) => join(d, 'corpus', 'plaintext')).find(existsSync) ??
  join(REPO, '..', 'shared', 'corpus', 'plaintext');

describe('normalised registrant names', () => {
  it('drops The, the legal form, Holding(s) and & Subsidiaries; case and punctuation do not matter', () => {
    expect(normalizeRegistrantName('Mpower Holding Corporation')).toBe('MPOWER');
    expect(normalizeRegistrantName('MPOWER HOLDING CORPORATION')).toBe('MPOWER');
    expect(normalizeRegistrantName('Asta Funding, Inc.')).toBe('ASTA-FUNDING');
    expect(normalizeRegistrantName('ASTA FUNDING, INC.')).toBe('ASTA-FUNDING');
    expect(normalizeRegistrantName('Horizon Financial Corp.')).toBe('HORIZON-FINANCIAL');
    expect(normalizeRegistrantName('The Pericom Semiconductor Corporation & Subsidiaries')).toBe('PERICOM-SEMICONDUCTOR');
    expect(normalizeRegistrantName('Procter & Gamble Co.')).toBe('PROCTER-AND-GAMBLE');
    expect(normalizeRegistrantName('Holdings, Inc.')).toBe('HOLDINGS-INC');
  });

  it('prefixes: the first word, never a reserved prefix, a letter first', () => {
    expect(prefixForIdentifier('MPOWER')).toBe('mpower');
    expect(prefixForIdentifier('ASTA-FUNDING')).toBe('asta');
    expect(prefixForIdentifier('A-O-SMITH')).toBe('aosmith');
    expect(prefixForIdentifier('LINK')).toBe('linkco');
    expect(prefixForIdentifier('3M')).toBe('c3m');
    expect(prefixForIdentifier('SUPERCALIFRAGILISTIC')).toBe('supercal');
  });

  it('the name is read from the dateline, also when it wraps before "(Nasdaq: PSEM)"', () => {
    const lines = ['    SAN JOSE, Calif., Oct. 21 /PRNewswire-FirstCall/ -- Pericom Semiconductor', '', 'Corporation (Nasdaq: PSEM) today announced'];
    const doc = { ...readRelease('x\n', 'p.txt'), lines, cover: {} };
    expect(registrantOf(doc)).toMatchObject({ name: 'Pericom Semiconductor Corporation', source: 'dateline', pos: { line: 1, column: 57 } });
  });
});

describe('every release of a corpus company gets one identifier and one prefix', () => {
  if (!existsSync(CORPUS)) {
    it.skip(`skipped: ${CORPUS} is absent (../shared not mounted)`, () => {});
    console.log(`identity corpus test skipped: ${CORPUS} is absent (../shared not mounted)`);
    return;
  }
  const taxonomy = loadTaxonomy();
  const files = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const seeds = readdirSync(join(REPO, 'examples'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(REPO, 'examples', f));
  const byCompany = new Map<string, { identifiers: Set<string>; prefixes: Set<string>; namespaces: Set<string> }>();
  for (const path of [...files.map((f) => join(CORPUS, f)), ...seeds]) {
    const company = path.includes('/examples/') ? 'mpower' : path.split('/').pop()!.split('_')[0];
    const doc = readRelease(readFileSync(path, 'utf8'), path);
    const ext = defaultExtension(doc);
    const { factSet } = mapRelease(doc, taxonomy, { extension: ext });
    const entity = Object.values(factSet.contexts)[0].entity;
    const c = byCompany.get(company) ?? { identifiers: new Set(), prefixes: new Set(), namespaces: new Set() };
    c.identifiers.add(entity.identifier);
    c.prefixes.add(ext.prefix);
    // The namespace without its date (or source file name, for an undated release).
    c.namespaces.add(ext.namespace.replace(/\/[^/]*$/, ''));
    byCompany.set(company, c);
  }

  it('covers the 18 corpus releases of three companies and the four seeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect([...byCompany.keys()].sort()).toEqual(['astafunding', 'horizonfinancial', 'mpower', 'pericom']);
  });

  it.each(['astafunding', 'horizonfinancial', 'pericom', 'mpower'])('%s', (company) => {
    const c = byCompany.get(company)!;
    expect([...c.identifiers]).toHaveLength(1);
    expect([...c.prefixes]).toHaveLength(1);
    expect([...c.namespaces]).toHaveLength(1);
  });

  it("the identities are the companies' names", () => {
    expect(Object.fromEntries([...byCompany].map(([k, c]) => [k, [...c.identifiers, ...c.prefixes]]))).toEqual({
      astafunding: ['ASTA-FUNDING', 'asta'],
      horizonfinancial: ['HORIZON-FINANCIAL', 'horizon'],
      pericom: ['PERICOM-SEMICONDUCTOR', 'pericom'],
      mpower: ['MPOWER', 'mpower'],
    });
  });
});
