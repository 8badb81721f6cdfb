// The worker pool under test runs the worker from the TypeScript sources (scripts/ts-loader), so these results
// are those of the code in this checkout whatever state dist/ is in (missing, stale or current).
import { describe, expect, it } from 'vitest';
import { convertBatch, heapLimitMb, LookaheadQueue } from '../../src/pipeline/batch.js';
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

  it('holds a worker back until the caller has taken its result (onResult returns a promise)', async () => {
    const files = ['examples/001_3128817988bae0a4.txt', 'examples/000_ccf59f1d994e8f6b.txt', 'examples/002_be9e5d8526e9d0a6.txt'];
    const seen: number[] = [];
    let busy = false;
    await convertBatch(
      files.map((file) => ({ file })),
      1,
      undefined,
      {
        onResult: async (_r, index) => {
          expect(busy).toBe(false);
          busy = true;
          await new Promise((resolve) => setTimeout(resolve, 20));
          seen.push(index);
          busy = false;
        },
      },
    );
    expect(seen.sort()).toEqual([0, 1, 2]);
  });
});

describe('LookaheadQueue', () => {
  it('takes jobs in input order, the largest of the next eight first, and never looks further', () => {
    // Job 3 is the largest of the first eight; job 9, the largest of all, waits until it is among the next eight.
    const q = new LookaheadQueue([5, 1, 1, 9, 1, 1, 1, 1, 1, 99]);
    const order: number[] = [];
    for (let i = q.take(); i !== undefined; i = q.take()) order.push(i);
    expect(order).toEqual([3, 0, 9, 1, 2, 4, 5, 6, 7, 8]);
  });
});

describe('heapLimitMb', () => {
  it('gives each worker room for the largest release of the batch, and a small bound for small releases', () => {
    expect(heapLimitMb([30_000, 60_000])).toBe(104);
    // JPMorgan's 3.4 MB supplement needs more than 96 MB of heap.
    expect(heapLimitMb([3_441_248])).toBeGreaterThan(160);
    expect(heapLimitMb([])).toBe(100);
  });
});
