// Segment, region and consolidating columns (issue 11) convert: each non-total column is a member of an
// extension axis (the total on the default), so the check stage finds no inconsistent duplicates; the extension
// schema declares axis, domain and members with their printed labels, and its definition linkbase puts the axes
// in the base statement hypercube. Fixtures: test/fixtures/read/unseen/segments.txt, consolidating.txt.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertText } from '../../src/pipeline/convert.js';
import { ARCROLE, LABEL_ROLE } from '../../src/model/taxonomy.js';
import { BASE_FILES, BASE_TAXONOMY_DIR, loadTaxonomy } from '../../src/taxonomy/index.js';
import { SHARED_AVAILABLE, SKIP_MESSAGE, validateInstanceXsd, validateXsd } from '../helpers/xsd.js';

const DIR = 'test/fixtures/read/unseen';
const convert = (name: string) => convertText(readFileSync(`${DIR}/${name}.txt`, 'utf8'), `${name}.txt`, { cik: '0001234567' });
const tmp = mkdtempSync(join(tmpdir(), 'ixp-seg-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const dims = (c: ReturnType<typeof convert>, ref: string) => c.factSet.contexts[ref].dimensions.map((d) => `${d.dimension.local}=${d.member.local}`);

describe.each(['segments', 'consolidating'])('%s converts with members', (name) => {
  const c = convert(name);
  const dir = join(tmp, name);
  it('no error-level finding; every cell is a fact', () => {
    expect(c.findings.filter((m) => m.severity === 'error')).toEqual([]);
    expect(c.messages.filter((m) => /map\.(?:member|unmapped|no-period)/.test(m.ruleId))).toEqual([]);
  });

  it('the extension declares the axes; its DTS loads with the dimension relationships', () => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const f of BASE_FILES) copyFileSync(join(BASE_TAXONOMY_DIR, f), join(dir, f));
    for (const [f, text] of c.files) writeFileSync(join(dir, f), text);
    const schema = [...c.files.keys()].find((f) => f.endsWith('.xsd'))!;
    expect(c.files.has(schema.replace(/\.xsd$/, '_def.xml'))).toBe(true);
    const dts = loadTaxonomy(join(dir, schema));
    const axes = [...dts.concepts.values()].filter(
      (x) => x.substitutionGroup === 'dimensionItem' && x.qname.local.endsWith('Axis') && !x.qname.local.startsWith('Statement'),
    );
    expect(axes.map((a) => a.labels[LABEL_ROLE.standard]).filter((l) => !/Scenario|Range|Pro|Restatement|Predecessor/i.test(l ?? ''))).not.toEqual([]);
    const hd = dts.relationships.filter((r) => r.arcrole === 'http://xbrl.org/int/dim/arcrole/hypercube-dimension' && r.from.local === 'StatementTable');
    expect(hd.some((r) => r.to.prefix !== 'ixp')).toBe(true);
    expect(ARCROLE).toBeDefined();
  });

  it.skipIf(!SHARED_AVAILABLE)('instance and extension linkbases are schema-valid', async () => {
    if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);
    const schema = [...c.files.keys()].find((f) => f.endsWith('.xsd'))!;
    const r = await validateInstanceXsd(c.instance, [join(BASE_TAXONOMY_DIR, 'ixp-2026.xsd'), join(dir, schema)], `${name}.xbrl`);
    expect(r.errors).toEqual([]);
    const lbs = [...c.files].filter(([f]) => f.endsWith('.xml')).map(([fileName, contents]) => ({ fileName, contents }));
    const v = await validateXsd(lbs, ['http://www.xbrl.org/2003/xbrl-linkbase-2003-12-31.xsd']);
    expect(v.errors).toEqual([]);
  });
});

describe('members per column', () => {
  it('segments: non-total columns on members, the total on the default', () => {
    const c = convert('segments');
    const revenues = c.factSet.facts.filter((f) => f.concept.local === 'Revenues' && c.factSet.contexts[f.contextRef].period.type === 'duration');
    const byDims = revenues.map((f) => [dims(c, f.contextRef).join(','), f.value]);
    expect(byDims).toContainEqual(['SegmentsAxis=RetailMember', '512300000']);
    expect(byDims).toContainEqual(['SegmentsAxis=CorporateAndOtherMember', '1100000']);
    expect(byDims).toContainEqual(['GeographicalAreasAxis=NorthAmericaMember', '401200000']);
    // Segment total and region total of 2004 are one fact on the defaults.
    expect(byDims.filter(([d, v]) => d === '' && v === '561600000').length).toBe(1);
  });

  it('consolidating: "Consolidated" is the default wherever it is printed; eliminations are a member', () => {
    const c = convert('consolidating');
    const assets = c.factSet.facts.filter((f) => f.concept.local === 'Assets').map((f) => [dims(c, f.contextRef).join(','), f.value]);
    expect(assets).toContainEqual(['', '1051500000']);
    expect(assets).toContainEqual(['ConsolidationItemsAxis=EliminationsMember', '-498200000']);
    expect(assets).toContainEqual(['ConsolidationItemsAxis=ParentCompanyMember', '512600000']);
  });
});
