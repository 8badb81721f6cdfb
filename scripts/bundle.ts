// Build step (npm run build): bundles the compiled command line (dist/src/cli/main.js) and the batch worker into
// dist/bin/ with esbuild, the program the `ixport` bin runs. Why: Node 20 has no module compile cache, and
// resolving, reading and compiling ~250 ES modules one by one (plus xmlbuilder2's ~100 CommonJS files) was about a
// fifth of a whole `ixport convert` of a seed. Code splitting keeps commands lazy (each command, and what only it
// needs, is a chunk loaded by its dynamic import); packages loaded on first use (parse5, fast-xml-parser,
// handlebars' runtime, see model/lazy.ts) stay outside and load from node_modules as before. The library entry
// (dist/src/index.js) and `node dist/src/cli/main.js` are unchanged.
import { copyFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const dist = resolve(new URL('..', import.meta.url).pathname);
const outdir = join(dist, 'bin');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { ixport: join(dist, 'src/cli/main.js'), 'batch-worker': join(dist, 'src/pipeline/batch-worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS packages inside an ES-module bundle call require() for node's own modules.
  banner: { js: "import { createRequire as __ixportCreateRequire } from 'node:module';\nconst require = __ixportCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
// The inline templates precompiled by the previous build step, found beside the module that loads them.
copyFileSync(join(dist, 'src/write/inline/templates.precompiled.cjs'), join(outdir, 'templates.precompiled.cjs'));
