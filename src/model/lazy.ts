// Packages a command may never need, loaded on first use instead of at import: `ixport convert` of a plaintext
// release used to load parse5, entities and fast-xml-parser (and compile them) for nothing. Synchronous, so the
// APIs that use them stay synchronous: CommonJS packages through require, ES-module-only packages through
// require(esm) (node >= 20.19, as this project runs on).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A getter that loads package `name` once, on first call. */
export function lazyPackage<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}
