// Issue 13, case 9: "264 numeric cells -> 237 facts" was never explained. The coverage accounts for every printed
// number: cells = tagged + untagged (by reason); facts from cells = tagged - merged duplicates + both ends of a
// single value in a Low - High column; the fact set holds those and the cover facts.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRelease } from '../../src/read/index.js';
import { coverageOf, defaultExtension, formatCoverageLine, mapRelease } from '../../src/map/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { REPO } from './gold.js';

const taxonomy = loadTaxonomy();
const CORPUS = [join(REPO, '..', 'shared'), join(REPO, '..', '..', 'shared')].map((d) => join(d, 'corpus', 'plaintext')).find(existsSync);

function coverage(path: string) {
  const doc = readRelease(readFileSync(path, 'utf8'), path);
  const mapped = mapRelease(doc, taxonomy, { extension: defaultExtension(doc) });
  return { c: coverageOf(doc, mapped), facts: mapped.factSet.facts.length, items: doc.items.length };
}

describe('coverage explains the cell and fact counts', () => {
  it('seed 003: 264 cells -> 232 cell facts is 45 merged duplicates and 13 range ends; prose and cover facts besides', () => {
    const { c, facts } = coverage(join(REPO, 'examples', '003_dae102acde5e4e8b.txt'));
    expect(facts).toBe(268);
    expect(c).toMatchObject({ items: 264, cells: 264, tagged: 264, duplicates: 45, bothEnds: 13, facts: 232, proseFacts: 31, coverFacts: 5, untaggable: {} });
    expect(formatCoverageLine(c)).toBe(
      '264 numeric cells -> 268 facts: 264 tagged as 232 facts (45 cells the same fact printed again, merged; ' +
        '13 single values of a Low - High column tagged as both ends), 0 untagged; 31 facts printed only in the prose; 5 cover facts',
    );
  });

  const files = [
    ...readdirSync(join(REPO, 'examples'))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(REPO, 'examples', f)),
    ...(CORPUS
      ? readdirSync(CORPUS)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => join(CORPUS, f))
      : []),
  ];
  it.each(files.map((f) => [f.split('/').pop()!, f]))('%s: every number is accounted for', (_name, path) => {
    const { c, facts, items } = coverage(path);
    const untagged = Object.values(c.untaggable).reduce((s, n) => s + n, 0);
    expect(c.items).toBe(items);
    expect(c.tagged + untagged).toBe(c.cells);
    expect(c.untagged).toHaveLength(untagged);
    expect(c.tagged - c.duplicates + c.bothEnds).toBe(c.facts);
    expect(c.facts + c.proseFacts + c.coverFacts).toBe(facts);
    expect(c.bothEnds).toBeGreaterThanOrEqual(0);
  });
});
