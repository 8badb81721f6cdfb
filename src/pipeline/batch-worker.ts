// Worker side of convertBatch: converts one file per message and posts the outputs back.
import { parentPort } from 'node:worker_threads';
import { convertFile } from './convert.js';
import { batchResult, type BatchJob, type BatchResult } from './batch.js';
import type { Taxonomy } from '../model/taxonomy.js';

/** The taxonomy the pool's caller had already parsed (sent first), if any; else convertText parses the base one. */
let taxonomy: Taxonomy | undefined;

type Request = { init: { taxonomy?: Taxonomy } } | { job: BatchJob };

parentPort?.on('message', async (msg: Request) => {
  if ('init' in msg) {
    taxonomy = msg.init.taxonomy;
    return;
  }
  const { job } = msg;
  let result: BatchResult;
  try {
    result = batchResult(job.file, await convertFile(job.file, { cik: job.cik, taxonomy }));
  } catch (err) {
    result = { file: job.file, ok: false, error: err instanceof Error ? err.message : String(err), messages: [], facts: 0, items: 0 };
  }
  parentPort!.postMessage({ result });
});
