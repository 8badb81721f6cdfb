// Which concepts play which role in the identities a release must satisfy (assets = liabilities + equity,
// per-share = amount / shares, ...). The roles are data shipped beside the taxonomy (taxonomy/identities.json),
// keyed by concept local names, so no rule hard-codes a concept name and a taxonomy change needs no code change.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Taxonomy } from '../model/taxonomy.js';
import { clark } from '../model/fact.js';
import { IxportError } from '../model/errors.js';

/** One weighted contribution to a sum; an optional term counts as zero when no fact reports it. */
export interface Term {
  concept: string;
  weight?: number;
  optional?: boolean;
}

/** left = right, each side a weighted sum (assets = liabilities + equity; statement line = −reconciliation line). */
export interface Equality {
  name: string;
  left: Term[];
  right: Term[];
}

export interface PerShareIdentity {
  /** The per-share concept. */
  perShare: string;
  /** Alternatives for the amount, the first whose required terms are all reported is used. */
  numerators: Term[][];
  /** Share-count concepts; every one reported for the period is checked (basic and diluted). */
  shares: string[];
}

export interface PercentIdentity {
  percent: string;
  measure: string;
  revenue: string;
  /** 100 when the percent fact holds 55.9 for 55.9%; 1 (default) when it holds the ratio 0.559. */
  multiplier?: number;
}

export interface IdentitiesData {
  /** Namespace the local names belong to; when absent a local name must be unique in the DTS. */
  namespace?: string;
  balanceSheet?: Equality[];
  statementTwins?: Equality[];
  perShare?: PerShareIdentity[];
  percentOfRevenue?: PercentIdentity[];
}

export class IdentitiesError extends IxportError {
  constructor(message: string) {
    super(message, { code: 'check.bad-identities' });
  }
}

/** The taxonomy/identities.json of the ixport package, found by walking up from this module. */
export function shippedIdentitiesPath(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) {
      const p = join(dir, 'taxonomy', 'identities.json');
      return existsSync(p) ? p : null;
    }
    const up = dirname(dir);
    if (up === dir) return null;
    dir = up;
  }
}

let shipped: IdentitiesData | null | undefined;

/** The shipped identities, read once; null when the package has none. */
export function shippedIdentities(): IdentitiesData | null {
  if (shipped === undefined) {
    const p = shippedIdentitiesPath();
    shipped = p ? loadIdentities(p) : null;
  }
  return shipped;
}

export function loadIdentities(path: string): IdentitiesData {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new IdentitiesError(`${path}: not readable JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  return validateIdentities(data, path);
}

/** Checks the shape so a typo in the data file fails loudly with its path instead of silently checking nothing. */
export function validateIdentities(data: unknown, where: string): IdentitiesData {
  const fail = (what: string): never => {
    throw new IdentitiesError(`${where}: ${what}`);
  };
  if (!isObject(data)) fail('expected a JSON object');
  const d = data as Record<string, unknown>;
  if (d.namespace !== undefined && typeof d.namespace !== 'string') fail('"namespace" must be a string');
  const terms = (v: unknown, at: string): Term[] => {
    if (!Array.isArray(v) || v.length === 0) fail(`${at} must be a non-empty array of terms`);
    return (v as unknown[]).map((t, i) => {
      if (!isObject(t) || typeof t.concept !== 'string') fail(`${at}[${i}] needs a "concept" string`);
      const term = t as Record<string, unknown>;
      if (term.weight !== undefined && typeof term.weight !== 'number') fail(`${at}[${i}].weight must be a number`);
      if (term.optional !== undefined && typeof term.optional !== 'boolean') fail(`${at}[${i}].optional must be a boolean`);
      return { concept: term.concept as string, weight: term.weight as number | undefined, optional: term.optional as boolean | undefined };
    });
  };
  const list = (key: string): Record<string, unknown>[] => {
    const v = d[key];
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isObject)) fail(`"${key}" must be an array of objects`);
    return v as Record<string, unknown>[];
  };
  const str = (o: Record<string, unknown>, k: string, at: string): string => {
    if (typeof o[k] !== 'string' || !o[k]) fail(`${at}.${k} must be a concept local name`);
    return o[k] as string;
  };
  const equalities = (key: string): Equality[] =>
    list(key).map((e, i) => ({
      name: typeof e.name === 'string' ? e.name : `${key}[${i}]`,
      left: terms(e.left, `${key}[${i}].left`),
      right: terms(e.right, `${key}[${i}].right`),
    }));
  const out: IdentitiesData = {
    namespace: d.namespace as string | undefined,
    balanceSheet: equalities('balanceSheet'),
    statementTwins: equalities('statementTwins'),
    perShare: list('perShare').map((e, i) => {
      const at = `perShare[${i}]`;
      if (!Array.isArray(e.numerators) || e.numerators.length === 0) fail(`${at}.numerators must be a non-empty array`);
      if (!Array.isArray(e.shares) || e.shares.length === 0 || !e.shares.every((s) => typeof s === 'string'))
        fail(`${at}.shares must be a non-empty array of concept local names`);
      return {
        perShare: str(e, 'perShare', at),
        numerators: (e.numerators as unknown[]).map((n, j) => terms(n, `${at}.numerators[${j}]`)),
        shares: e.shares as string[],
      };
    }),
    percentOfRevenue: list('percentOfRevenue').map((e, i) => {
      const at = `percentOfRevenue[${i}]`;
      if (e.multiplier !== undefined && typeof e.multiplier !== 'number') fail(`${at}.multiplier must be a number`);
      return {
        percent: str(e, 'percent', at),
        measure: str(e, 'measure', at),
        revenue: str(e, 'revenue', at),
        multiplier: e.multiplier as number | undefined,
      };
    }),
  };
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Resolves a local name to the clark name of the DTS concept it means, or null when the DTS has no such
 * concept (the identity then simply does not apply) or the name is ambiguous without a namespace.
 */
export function resolveConcept(taxonomy: Taxonomy, data: IdentitiesData, local: string): string | null {
  if (data.namespace) {
    const key = clark({ ns: data.namespace, local });
    return taxonomy.concepts.has(key) ? key : null;
  }
  let found: string | null = null;
  for (const [key, c] of taxonomy.concepts) {
    if (c.qname.local !== local) continue;
    if (found !== null) return null;
    found = key;
  }
  return found;
}
