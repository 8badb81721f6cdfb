// Batch conversion on every core: a pool of worker threads, each running the in-process pipeline on one file at a
// time. Results come back as strings; the caller writes them (so a failure in one release never leaves a
// half-written output of another).
import { Worker } from 'node:worker_threads';
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { PACKAGE_ROOT } from '../taxonomy/constants.js';
import type { Message } from '../model/source.js';
import type { Conversion } from './convert.js';
import type { Taxonomy } from '../model/taxonomy.js';

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
  /** The conversion's coverage line (cells, facts, merged duplicates, untagged by reason). */
  coverage?: string;
}

/**
 * The worker runs in the form this module runs in. From dist/ it is the compiled worker beside this module; from
 * the TypeScript sources (tests under vitest) it is the worker's source, run through a small loader that strips
 * types (scripts/ts-loader), so a test exercises the code it sees and never a stale or missing build.
 */
function workerSpec(): { url: URL; execArgv?: string[] } {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return { url: pathToFileURL(join(dirname(here), 'batch-worker.js')) };
  return {
    url: pathToFileURL(join(dirname(here), 'batch-worker.ts')),
    execArgv: ['--import', pathToFileURL(join(PACKAGE_ROOT, 'scripts', 'ts-loader', 'register.mjs')).href],
  };
}

/** File size in bytes, 0 when the file cannot be read (the worker then reports the error for it). */
function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/**
 * Converts `jobs` on a pool of worker threads; results come back in the order of `jobs`.
 * `taxonomy`: a taxonomy the caller has already parsed (the base taxonomy of an in-process user, say) is handed
 * to each worker as a structured clone (about a millisecond for plain data) instead of every cold worker parsing
 * the base taxonomy again (hundreds of milliseconds). Without one, each worker parses the base taxonomy itself,
 * in parallel: parsing it here first would only hold every worker back while this thread parses.
 * The largest releases start first, so a big release picked up last cannot leave one thread working alone.
 * The workers live for the whole batch and are fed one job at a time from the queue.
 */
export interface BatchOptions {
  /**
   * Called with each result as it arrives (in completion order) instead of keeping it: memory stays flat however
   * long the batch. convertBatch then resolves to an empty array.
   */
  onResult?: (result: BatchResult, index: number) => void;
}

export async function convertBatch(
  jobs: BatchJob[],
  threads = availableParallelism(),
  taxonomy?: Taxonomy,
  options: BatchOptions = {},
): Promise<BatchResult[]> {
  const { onResult } = options;
  const results: BatchResult[] = onResult ? [] : new Array(jobs.length);
  const order = jobs
    .map((job, index) => ({ index, size: sizeOf(job.file) }))
    .sort((a, b) => b.size - a.size || a.index - b.index)
    .map((x) => x.index);
  let next = 0;
  const poolSize = Math.max(1, Math.min(threads, jobs.length));
  const spec = workerSpec();
  const workers = Array.from({ length: poolSize }, () => new Worker(spec.url, spec.execArgv ? { execArgv: spec.execArgv } : {}));
  const init = { taxonomy };
  const runWorker = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      const feed = () => {
        if (next >= order.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        const index = order[next++];
        worker.postMessage({ index, job: jobs[index] });
      };
      worker.on('message', (msg: { index: number; result: BatchResult }) => {
        if (onResult) onResult(msg.result, msg.index);
        else results[msg.index] = msg.result;
        feed();
      });
      worker.on('error', reject);
      worker.postMessage({ init });
      feed();
    });
  await Promise.all(workers.map(runWorker));
  return results;
}

/** The transferable summary of one conversion: what the CLI writes and prints (plain data for postMessage). */
export function batchResult(file: string, c: Conversion): BatchResult {
  return {
    file,
    ok: true,
    instance: c.instance,
    inline: c.inline,
    json: c.json,
    files: [...c.files],
    messages: c.messages,
    facts: c.factSet.facts.length,
    items: c.document.items.length,
    coverage: c.coverage,
  };
}
