// Batch conversion on every core: a pool of worker threads, each running the in-process pipeline on one file at a
// time. Results come back as strings; the caller writes them (so a failure in one release never leaves a
// half-written output of another).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../taxonomy/constants.js';
import type { Message } from '../model/source.js';

export interface BatchJob {
  file: string;
  cik?: string;
}

export interface BatchResult {
  file: string;
  ok: boolean;
  error?: string;
  instance?: string;
  inline?: string;
  json?: string;
  /** Per-filing taxonomy files: name -> content. */
  files?: [string, string][];
  messages: Message[];
  facts: number;
  items: number;
}

/**
 * The worker runs compiled JavaScript. From dist/ it sits beside this module; when this module itself runs from
 * TypeScript sources (tests), the compiled worker of the build is used.
 */
function workerPath(): string {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return join(dirname(here), 'batch-worker.js');
  return join(PACKAGE_ROOT, 'dist', 'src', 'pipeline', 'batch-worker.js');
}

export async function convertBatch(jobs: BatchJob[], threads = availableParallelism()): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(jobs.length);
  let next = 0;
  const poolSize = Math.max(1, Math.min(threads, jobs.length));
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(workerPath());
      const feed = () => {
        if (next >= jobs.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = next++;
        worker.postMessage({ index, job: jobs[index] });
      };
      worker.on('message', (msg: { index: number; result: BatchResult }) => {
        results[msg.index] = msg.result;
        feed();
      });
      worker.on('error', reject);
      feed();
    });
  await Promise.all(Array.from({ length: poolSize }, runWorker));
  return results;
}
