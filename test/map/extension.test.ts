// The per-filing extension: it prohibits exactly the base summations the release's numbers do not confirm;
// loaded back, the filing's DTS has no unconfirmed summation left, and the extension is valid XML Schema.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clark } from '../../src/model/fact.js';
import { defaultExtension, MapError, mapRelease, unconfirmedSummations } from '../../src/map/index.js';
import { BASE_ENTRY, BASE_FILES, BASE_TAXONOMY_DIR, loadTaxonomy } from '../../src/taxonomy/index.js';
import { writeInstanceForTest } from './instance.js';
import { checkCalculations } from './calc11.js';
import { devDocument, seedDocument, SEEDS } from './gold.js';
import { validateAgainstSchema } from '../taxonomy/schema-cache.js';

const taxonomy = loadTaxonomy();
const extension = { prefix: 'acme', namespace: 'http://www.example.com/acme/20050810', stem: 'acme-20050810' };
const dir = mkdtempSync(join(tmpdir(), 'ixp-map-ext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('per-filing extension', () => {
  it('a release whose numbers confirm every summation prohibits nothing; its tables get roles and presentation', () => {
    const { factSet, files, messages } = mapRelease(seedDocument(SEEDS[1]).doc, taxonomy, { cik: '1', extension });
    expect(files.has('acme-20050810.xsd')).toBe(true);
    expect(files.has('acme-20050810_pre.xml')).toBe(true);
    expect(files.get('acme-20050810_cal.xml') ?? '').not.toContain('prohibited');
    expect(factSet.schemaRefs).toEqual(['acme-20050810.xsd']);
    expect(factSet.namespaces.acme).toBe(extension.namespace);
    expect(messages.filter((m) => m.ruleId === 'map.calc-unconfirmed')).toEqual([]);
  });

  it('prohibits the summations a release with untagged base rows does not confirm; extension calculations hold', () => {
    const { doc } = devDocument('astafunding_2005-08-10_8k_ex99-1');
    const { factSet, files, messages, taxonomy: effective, unmapped } = mapRelease(doc, taxonomy, { cik: '1', extension });
    expect(unmapped).toEqual([]);
    const unconfirmed = unconfirmedSummations(factSet, taxonomy);
    expect(unconfirmed.map((u) => u.total.split('}')[1])).toEqual(['Assets']);
    expect(messages.filter((m) => m.ruleId === 'map.calc-unconfirmed')).toHaveLength(1);
    expect([...files.keys()].sort()).toEqual(['acme-20050810.xsd', 'acme-20050810_cal.xml', 'acme-20050810_lab.xml', 'acme-20050810_pre.xml']);
    // Written beside the base and loaded back by the loader (an independent reading of the XML).
    for (const f of BASE_FILES) copyFileSync(join(BASE_TAXONOMY_DIR, f), join(dir, f));
    for (const [name, text] of files) writeFileSync(join(dir, name), text);
    const filing = loadTaxonomy(join(dir, 'acme-20050810.xsd'));
    const rels = (t: typeof taxonomy, weighted: boolean) =>
      t.relationships
        .filter((r) => (r.weight !== undefined) === weighted)
        .map((r) => `${r.role}|${r.arcrole}|${clark(r.from)}|${clark(r.to)}|${r.order}|${r.weight ?? ''}`)
        .sort();
    expect(rels(filing, true)).toEqual(rels(effective, true));
    expect(rels(filing, false).filter((k) => k.includes(extension.namespace))).toEqual(rels(effective, false).filter((k) => k.includes(extension.namespace)));
    expect(rels(filing, true).some((k) => k.includes('}Assets|{https://ixport.org/taxonomy/er/2026}AssetsCurrent|'))).toBe(false);
    expect(rels(filing, true).some((k) => k.includes('}Liabilities|'))).toBe(true);
    // The printed total assets, over rows only the extension names, is an extension calculation that holds.
    const extCalc = rels(filing, true).filter((k) => k.startsWith(`${extension.namespace}/role/`));
    expect(extCalc.length).toBeGreaterThan(0);
    expect(checkCalculations(factSet, filing).filter((b) => !b.consistent)).toEqual([]);
    expect(checkCalculations(factSet, taxonomy).filter((b) => !b.consistent).length).toBeGreaterThan(0);
    // Finance income is a base concept now; the unlabeled expense total printed under the expense lines is the
    // filing's own concept: a debit (it sums expenses), the total of a confirmed extension calculation.
    expect(factSet.facts.some((f) => f.concept.local === 'FinanceIncome' && f.concept.ns === 'https://ixport.org/taxonomy/er/2026')).toBe(true);
    const own = [...filing.concepts.values()].filter((c) => c.qname.ns === extension.namespace && !c.abstract);
    expect(own.map((c) => c.qname.local)).toEqual(['ExpensesUnlabeledTotal']);
    expect(own[0].type).toBe('{http://www.xbrl.org/2003/instance}monetaryItemType');
    expect(own[0].periodType).toBe('duration');
    expect(own[0].balance).toBe('debit');
    expect(extCalc.some((k) => k.includes(`|{${extension.namespace}}ExpensesUnlabeledTotal|`))).toBe(true);
    for (const c of filing.concepts.values()) {
      if (c.qname.ns !== extension.namespace) continue;
      expect(effective.concepts.get(clark(c.qname))?.balance).toBe(c.balance);
      expect(effective.concepts.get(clark(c.qname))?.type).toBe(c.type);
    }
  });

  it('the extension schema is valid XML Schema over the base', async () => {
    const xsd = readFileSync(join(dir, 'acme-20050810.xsd'), 'utf8');
    const { doc } = devDocument('astafunding_2005-08-10_8k_ex99-1');
    const { factSet } = mapRelease(doc, taxonomy, { cik: '1', extension });
    const res = await validateAgainstSchema(
      { fileName: 'filing.xml', contents: writeInstanceForTest(factSet) },
      { fileName: 'acme-20050810.xsd', contents: xsd },
      [{ fileName: BASE_ENTRY, contents: readFileSync(join(BASE_TAXONOMY_DIR, BASE_ENTRY), 'utf8') }],
    );
    expect(res.errors).toEqual([]);
    expect(res.valid).toBe(true);
  });

  // Issue 13, case 8: the prefix comes from the registrant's name, which every release of a company prints alike
  // ("Mpower Holding Corporation" both when it traded as MPOW and as MPE); the ticker only when no name is found.
  it('default names come from the registrant name (else the ticker), the CIK and the release date', () => {
    const { doc } = seedDocument(SEEDS[0]);
    const dated = { ...doc, cover: { tradingSymbol: { value: 'MPOW', pos: doc.items[0].pos }, releaseDate: { value: '2004-05-06', pos: doc.items[0].pos } } };
    expect(defaultExtension(dated, '1057083')).toEqual({
      prefix: 'mpower',
      namespace: 'https://ixport.org/ext/0001057083/20040506',
      stem: 'mpower-20040506',
    });
    expect(() => mapRelease(dated, taxonomy, { cik: '1057083', extension: defaultExtension(dated, '1057083') })).not.toThrow();
    expect(defaultExtension(doc).prefix).toBe('mpower');
    // A text that names no company: the ticker, else "ext" (the assertions this test had before case 8).
    const nameless = { ...dated, lines: dated.lines.map(() => '') };
    expect(defaultExtension(nameless, '1057083')).toEqual({
      prefix: 'mpow',
      namespace: 'https://ixport.org/ext/0001057083/20040506',
      stem: 'mpow-20040506',
    });
    expect(defaultExtension({ ...doc, lines: doc.lines.map(() => '') }).prefix).toBe('ext');
  });

  it('rejects an extension namespace under a standard authority', () => {
    const bad = { ...extension, namespace: 'http://xbrl.sec.gov/acme/2005' };
    expect(() => mapRelease(seedDocument(SEEDS[0]).doc, taxonomy, { cik: '1', extension: bad })).toThrow(MapError);
  });
});
