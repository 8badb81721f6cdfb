// Duplicate facts: same concept, s-equal context, u-equal unit (and same language for text), sorted as the OIM
// rules sort them: complete (same value, same decimals), consistent (numbers that differ only by rounding to
// different decimals) and inconsistent (anything else: that is two different claims about one figure).
// A number printed twice in a release (a statement line and its reconciliation twin) that disagrees ends here.
import type { Message } from '../../model/source.js';
import type { CheckContext, IndexedFact } from '../context.js';
import type { Rule } from '../rule.js';
import { setValue, showFact } from '../values.js';
import { formatPos } from '../../model/source.js';

type Kind = 'complete' | 'consistent' | 'inconsistent';

export function classify(ctx: CheckContext, facts: IndexedFact[]): Kind {
  const first = facts[0].fact;
  const sameDecimals = facts.every((f) => f.fact.decimals === first.decimals && f.fact.precision === first.precision);
  if (!first.numeric) {
    return facts.every((f) => f.fact.value === first.value) ? 'complete' : 'inconsistent';
  }
  const sameValue = facts.every((f) => valueEqual(f, facts[0]));
  if (sameDecimals && sameValue) return 'complete';
  return setValue(ctx, facts, true).kind === 'value' ? 'consistent' : 'inconsistent';
}

/** Numerically equal ("1000" = "1000.0"), or the same text when either is nil or not a number. */
function valueEqual(a: IndexedFact, b: IndexedFact): boolean {
  if (a.value instanceof Object && b.value instanceof Object) return a.value.eq(b.value);
  return a.fact.value === b.fact.value;
}

function bySource(a: IndexedFact, b: IndexedFact): number {
  const p = a.fact.sources?.[0];
  const q = b.fact.sources?.[0];
  if (p && q) {
    const c = p.file < q.file ? -1 : p.file > q.file ? 1 : p.line - q.line || p.column - q.column;
    if (c) return c;
  } else if (p || q) return p ? -1 : 1;
  return (a.fact.value ?? '') < (b.fact.value ?? '') ? -1 : (a.fact.value ?? '') > (b.fact.value ?? '') ? 1 : a.index - b.index;
}

const rule: Rule = {
  id: 'duplicate',
  description: 'facts reported more than once for one concept, context and unit agree',
  reports: { 'duplicate.inconsistent': 'error', 'duplicate.consistent': 'info', 'duplicate.complete': 'info' },
  needsTaxonomy: false,
  run(ctx) {
    const groups = new Map<string, IndexedFact[]>();
    for (const f of ctx.facts) {
      const lang = f.fact.numeric ? '' : (f.fact.lang ?? '').toLowerCase();
      const key = `${f.concept}\u0000${f.ctxKey}\u0000${f.unitKey}\u0000${lang}`;
      const g = groups.get(key);
      if (g) g.push(f);
      else groups.set(key, [f]);
    }
    const out: Message[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      // Source order, so the message reads along the document whatever order the facts came in.
      const all = [...group].sort(bySource);
      const kind = classify(ctx, all);
      // An inconsistent group names the facts that disagree: a less precise printing (a prose "$20.8 million")
      // consistent with each of the others is not part of the disagreement.
      const facts = kind === 'inconsistent' ? all.filter((f) => all.some((g) => g !== f && classify(ctx, [f, g]) === 'inconsistent')) : all;
      const concept = ctx.name(facts[0].fact.concept);
      const where = ctx.describeContext(facts[0].fact.contextRef);
      const each = facts
        .map((f) => {
          const pos = ctx.positions([f]).map(formatPos).join(' and ');
          return pos ? `${showFact(f)} at ${pos}` : showFact(f);
        })
        .join('; ');
      const message =
        kind === 'inconsistent'
          ? `${concept} is reported ${facts.length} times for ${where} with values that disagree: ${each}`
          : kind === 'consistent'
            ? `${concept} is reported ${facts.length} times for ${where}, consistent after rounding: ${each}`
            : `${concept} is reported ${facts.length} times for ${where} with the same value: ${each}`;
      out.push({
        ruleId: `duplicate.${kind}`,
        severity: kind === 'inconsistent' ? 'error' : 'info',
        message,
        concept,
        context: facts[0].fact.contextRef,
        positions: ctx.positions(facts),
      });
    }
    return out;
  },
};

export default rule;
