// Module hooks for running the TypeScript sources directly (see register.mjs). Resolve: a relative "./x.js" from
// a .ts module names "./x.ts" when that file exists (the sources import their siblings by their compiled names).
// Load: a .ts module is stripped of its types by the transformer vitest itself uses (Vite's Oxc transform); no
// type checking happens here (tsc does that).
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let transformer;

export async function resolve(specifier, context, nextResolve) {
  if (context.parentURL?.endsWith('.ts') && /^\.{1,2}\//.test(specifier) && specifier.endsWith('.js')) {
    const ts = new URL(specifier.slice(0, -3) + '.ts', context.parentURL);
    if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true, format: 'module' };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  transformer ??= (await import('vite')).transformWithOxc;
  const file = fileURLToPath(url);
  const { code } = await transformer(await readFile(file, 'utf8'), file, { lang: 'ts' });
  return { format: 'module', source: code, shortCircuit: true };
}
