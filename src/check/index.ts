// The check stage: every rule over a fact set, findings as data (Message[]) in a deterministic order.
// `ixport convert` runs it before writing; `ixport check` runs it on any document.
import type { FactSet } from '../model/fact.js';
import type { Message, Severity, SourcePos } from '../model/source.js';
import type { Taxonomy } from '../model/taxonomy.js';
import { createContext } from './context.js';
import { shippedIdentities, type IdentitiesData } from './identities.js';
import type { Rule } from './rule.js';
import balanceSheet from './rules/balance-sheet.js';
import calculations from './rules/calculations.js';
import duplicates from './rules/duplicates.js';
import excessDigits from './rules/excess-digits.js';
import percentOfRevenue from './rules/percent-of-revenue.js';
import perShare from './rules/per-share.js';
import proseGrowth from './rules/prose-growth.js';
import statementTwin from './rules/statement-twin.js';

export type { Rule } from './rule.js';
export type { IdentitiesData } from './identities.js';
export { loadIdentities, shippedIdentities, IdentitiesError } from './identities.js';
export { formatFindings, findingsToJson, summarize } from './format.js';

/** Every rule, in the order they run (the output is sorted afterwards, so this order only breaks ties). */
export const RULES: readonly Rule[] = [excessDigits, duplicates, calculations, balanceSheet, statementTwin, perShare, percentOfRevenue, proseGrowth];

export interface CheckOptions {
  /** Concept roles for the identity rules; default: taxonomy/identities.json shipped with ixport. null: none. */
  identities?: IdentitiesData | null;
  /** Run only these rule ids (Rule.id). */
  rules?: string[];
  /** Why there is no taxonomy (e.g. "its taxonomy x.xsd is not ixport's"), for the finding that says so. */
  noTaxonomyReason?: string;
}

/**
 * Runs every rule. With `taxonomy` null (a document whose DTS is not ixport's and could not be loaded) only the
 * rules that need no taxonomy run (duplicates, excess digits), and an info finding says what was not checked.
 */
export function checkFactSet(factSet: FactSet, taxonomy: Taxonomy | null, options: CheckOptions = {}): Message[] {
  const identities = options.identities === undefined ? shippedIdentities() : options.identities;
  const ctx = createContext(factSet, taxonomy, identities);
  const selected = options.rules ? RULES.filter((r) => options.rules!.includes(r.id)) : RULES;
  const out: Message[] = [];
  for (const rule of selected) {
    if (rule.needsTaxonomy && !taxonomy) continue;
    out.push(...rule.run(ctx));
  }
  if (!taxonomy) {
    out.push({
      ruleId: 'check.no-taxonomy',
      // A warning: the user asked for checks that could not be made.
      severity: 'warning',
      message: `calculations and identities were not checked (${options.noTaxonomyReason ?? 'no taxonomy loaded'}); duplicates and excess digits were`,
    });
  }
  return sortFindings(out);
}

export function hasErrors(messages: readonly Message[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function comparePos(a: SourcePos | undefined, b: SourcePos | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}

function cmpStr(a: string | undefined, b: string | undefined): number {
  return (a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0;
}

/** Source order first (so a report reads along the document), then severity, rule, concept, context, text. */
export function sortFindings(messages: Message[]): Message[] {
  return messages
    .map((m, i) => ({ m, i }))
    .sort(
      (x, y) =>
        comparePos(x.m.positions?.[0], y.m.positions?.[0]) ||
        SEVERITY_RANK[x.m.severity] - SEVERITY_RANK[y.m.severity] ||
        cmpStr(x.m.ruleId, y.m.ruleId) ||
        cmpStr(x.m.concept, y.m.concept) ||
        cmpStr(x.m.context, y.m.context) ||
        cmpStr(x.m.message, y.m.message) ||
        x.i - y.i,
    )
    .map((x) => x.m);
}
