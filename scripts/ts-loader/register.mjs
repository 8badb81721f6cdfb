// Registers hooks.mjs: `node --import ./scripts/ts-loader/register.mjs file.ts` runs ixport's TypeScript sources
// without a build. Used to start the batch worker (src/pipeline/batch-worker.ts) from the sources when the pool
// itself runs from them (tests under vitest), so a test never runs a stale or missing dist/ worker.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
