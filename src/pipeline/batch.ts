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
 * Jobs start in input order, except that a free worker takes the largest of the next LOOKAHEAD jobs, so a big
 * release picked up last rarely leaves one thread working alone. The lookahead is bounded because the CLI writes
 * results in input order: sorting the whole batch by size (as ixport once did) made it hold nearly every result of
 * a 540-release batch until the smallest, first-listed ones were done (532 MB peak).
 * The workers live for the whole batch and are fed one job at a time from the queue.
 */
export interface BatchOptions {
  /**
   * Called with each result as it arrives (in completion order) instead of keeping it: memory stays flat however
   * long the batch. convertBatch then resolves to an empty array. The worker that produced the result gets its next
   * job only when the promise returned here settles: a caller that writes more slowly than the workers convert
   * (the main thread shares the cores with them) holds them back instead of piling results up in memory.
   */
  onResult?: (result: BatchResult, index: number) => void | Promise<void>;
}

export async function convertBatch(
  jobs: BatchJob[],
  threads = availableParallelism(),
  taxonomy?: Taxonomy,
  options: BatchOptions = {},
): Promise<BatchResult[]> {
  const results: BatchResult[] = options.onResult ? [] : new Array(jobs.length);
  const deliver = options.onResult ?? ((result: BatchResult, index: number) => void (results[index] = result));
  const sizes = jobs.map((job) => sizeOf(job.file));
  const queue = new LookaheadQueue(sizes);
  const pool = new WorkerPool(taxonomy, heapLimitMb(sizes));
  const slot = async () => {
    for (let index = queue.take(); index !== undefined; index = queue.take()) await deliver(await pool.run(jobs[index]), index);
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(threads, jobs.length)) }, slot));
  } finally {
    await pool.close();
  }
  return results;
}

/**
 * The old-generation heap a worker may grow to: enough for the largest release of the batch, bounded so that a long
 * batch's memory stays flat (V8 otherwise lets each worker's heap grow far beyond what it keeps alive: 540 corpus
 * releases peaked at 520 MB with two workers, 292 MB with this bound, 299 MB with 128 + 48 per MB). JPMorgan's
 * 3.4 MB financial supplement, the largest release seen, needs between 96 and 160 MB.
 */
export function heapLimitMb(sizes: number[]): number {
  const largestMb = Math.max(0, ...sizes) / 2 ** 20;
  return 100 + Math.ceil(64 * largestMb);
}

/** V8's young generation per worker: 8 MB cost a third of the batch's speed, 32 MB added 60 MB of memory. */
const YOUNG_GENERATION_MB = 16;

/** Long-lived worker threads; a worker that dies (out of memory, say) fails its one release and is replaced. */
class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly spec = workerSpec();
  constructor(
    private readonly taxonomy: Taxonomy | undefined,
    private readonly heapMb: number,
  ) {}

  async run(job: BatchJob): Promise<BatchResult> {
    const worker = this.idle.pop() ?? this.spawn();
    try {
      const result = await new Promise<BatchResult>((resolve, reject) => {
        const onMessage = (msg: { result: BatchResult }) => {
          worker.off('error', onError);
          resolve(msg.result);
        };
        const onError = (err: Error) => {
          worker.off('message', onMessage);
          reject(err);
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.postMessage({ job });
      });
      this.idle.push(worker);
      return result;
    } catch (err) {
      this.all.delete(worker);
      void worker.terminate();
      const reason = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? `ran out of memory (${this.heapMb} MB heap)` : String(err);
      return { file: job.file, ok: false, error: `${job.file}: ${reason}`, messages: [], facts: 0, items: 0 };
    }
  }

  private spawn(): Worker {
    const worker = new Worker(this.spec.url, {
      ...(this.spec.execArgv ? { execArgv: this.spec.execArgv } : {}),
      resourceLimits: { maxOldGenerationSizeMb: this.heapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    });
    worker.postMessage({ init: { taxonomy: this.taxonomy } });
    this.all.add(worker);
    return worker;
  }

  async close(): Promise<void> {
    await Promise.all([...this.all].map((w) => w.terminate()));
  }
}

/** How many of the next jobs a free worker chooses among: results wait for at most about this many. */
const LOOKAHEAD = 8;

/** The jobs not yet started, in input order; take() gives the largest of the first LOOKAHEAD (the first on a tie). */
export class LookaheadQueue {
  private readonly waiting: number[];
  constructor(private readonly sizes: number[]) {
    this.waiting = sizes.map((_, index) => index);
  }
  take(): number | undefined {
    let best = 0;
    const end = Math.min(LOOKAHEAD, this.waiting.length);
    for (let i = 1; i < end; i++) if (this.sizes[this.waiting[i]] > this.sizes[this.waiting[best]]) best = i;
    return this.waiting.splice(best, 1)[0];
  }
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
