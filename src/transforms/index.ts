// Inline XBRL transformation registries: (namespace, local name) -> function from displayed text to the
// canonical lexical value. Registry membership comes from registry data (./registry.ts); implementations are
// shared between registry versions where the TRR specifications define the same behaviour under new names.
import { REGISTRIES, type TransformFn } from './registry.js';

export type TransformResult = { ok: true; value: string } | { ok: false; reason: 'unknownTransform' | 'invalidValue'; message: string };

/** Known registry namespaces (TR1-TR5, SEC). */
export function isTransformNamespace(ns: string): boolean {
  return ns in REGISTRIES;
}

export function findTransform(ns: string, local: string): TransformFn | undefined {
  return REGISTRIES[ns]?.[local];
}

export function applyTransform(ns: string, local: string, input: string): TransformResult {
  const fn = findTransform(ns, local);
  if (!fn) return { ok: false, reason: 'unknownTransform', message: `transformation {${ns}}${local} is not in a known registry` };
  const v = fn(input);
  if (v === undefined) return { ok: false, reason: 'invalidValue', message: `"${input}" is not a valid input of ${local}` };
  return { ok: true, value: v };
}
