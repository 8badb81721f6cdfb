// The worker pool under test runs the worker from the TypeScript sources (scripts/ts-loader), so these results
// are those of the code in this checkout whatever state dist/ is in (missing, stale or current).
import { describe, expect, it } from 'vitest';
import { convertBatch } from '../../src/pipeline/batch.js';
import { convertFile } from '../../src/pipeline/convert.js';

describe('convertBatch', () => {
  it('gives, from the worker pool, exactly the outputs of the in-process conversion, in the order of the jobs', async () => {
    const files = ['examples/001_3128817988bae0a4.txt', 'examples/000_ccf59f1d994e8f6b.txt'];
    const results = await convertBatch(
      files.map((file) => ({ file, cik: '1234567' })),
      2,
    );
    expect(results.map((r) => r.file)).toEqual(files);
    for (const [i, file] of files.entries()) {
      const direct = await convertFile(file, { cik: '1234567' });
      expect(results[i].ok).toBe(true);
      expect(results[i].instance).toBe(direct.instance);
      expect(results[i].json).toBe(direct.json);
      expect(results[i].facts).toBe(direct.factSet.facts.length);
    }
  });

  it('reports a file it cannot read as a failed result, not a crashed pool', async () => {
    const [r] = await convertBatch([{ file: 'examples/no-such-release.txt' }], 1);
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/no-such-release\.txt/);
  });
});
