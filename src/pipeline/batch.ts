// Batch conversion on every core: a pool of worker threads, each running the in-process pipeline on one file at a
// time. Results come back as strings; the caller writes them (so a failure in one release never leaves a
// half-written output of another).
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
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
  messages: Message[];
  facts: number;
  items: number;
}

const WORKER = fileURLToPath(new URL('./batch-worker.js', import.meta.url));

export async function convertBatch(jobs: BatchJob[], threads = availableParallelism()): Promise<BatchResult[]> {
  const results: BatchResult[] = new Array(jobs.length);
  let next = 0;
  const poolSize = Math.max(1, Math.min(threads, jobs.length));
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER);
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
