// The mapper on the real reader's output (src/read): the same facts as from the gold cells, nothing unmapped,
// calculations consistent, cover facts from the release text.
import { describe, expect, it } from 'vitest';
import { mapRelease } from '../../src/map/index.js';
import { readReleaseFile } from '../../src/pipeline/load.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { checkCalculations } from './calc11.js';
import { REPO, seedDocument, SEEDS } from './gold.js';
import { join } from 'node:path';

const taxonomy = loadTaxonomy();
const key = (f: { concept: { local: string }; contextRef: string; unitRef?: string; value: string | null; decimals?: number | 'INF' }) =>
  `${f.concept.local}|${f.contextRef}|${f.unitRef}|${f.value}|${f.decimals}`;

describe.each(SEEDS)('reader output of %s', (name) => {
  it('maps to exactly the facts the gold cells map to, with no unmapped item and consistent calculations', async () => {
    const doc = await readReleaseFile(join(REPO, 'examples', `${name}.txt`));
    const { factSet, messages } = mapRelease(doc, taxonomy, { cik: '1057083', prose: false });
    expect(messages).toEqual([]);
    const fromGold = mapRelease(seedDocument(name).doc, taxonomy, { cik: '1057083' }).factSet;
    const numeric = (fs: typeof factSet) =>
      fs.facts
        .filter((f) => f.numeric)
        .map(key)
        .sort();
    expect(numeric(factSet)).toEqual(numeric(fromGold));
    expect(checkCalculations(factSet, taxonomy).filter((b) => !b.consistent)).toEqual([]);
    const cover = Object.fromEntries(factSet.facts.filter((f) => !f.numeric).map((f) => [f.concept.local, f.value]));
    expect(cover.EntityRegistrantName).toBe('Mpower Holding Corporation');
    expect(cover.DocumentReleaseDate).toMatch(/^2004-\d\d-\d\d$/);
    expect(cover.TradingSymbol).toMatch(/^MP(E|OW)$/);
  });
});

describe('a release without tables (000: preliminary results in prose)', () => {
  it('yields the cover facts only, in the one context they use', async () => {
    const doc = await readReleaseFile(join(REPO, 'examples', '000_ccf59f1d994e8f6b.txt'));
    const { factSet, messages } = mapRelease(doc, taxonomy, { cik: '1057083', prose: false });
    expect(messages).toEqual([]);
    expect(factSet.facts.every((f) => !f.numeric)).toBe(true);
    expect(factSet.facts.map((f) => f.concept.local)).toContain('EntityRegistrantName');
    expect(Object.keys(factSet.contexts)).toEqual([factSet.facts[0].contextRef]);
    expect(factSet.units).toEqual({});
  });
});
