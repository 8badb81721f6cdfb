// A figure a statement prints and a reconciliation repeats must agree. When both map to one concept the mapper
// makes one fact printed twice, and a disagreement is an inconsistent duplicate (rule "duplicate", which names
// both lines). This rule covers twins the taxonomy gives different concepts (e.g. a statement's "(Gain) Loss"
// line and a reconciliation's "Gain (Loss)" line, equal with opposite sign): identities.json "statementTwins".
import { checkEquality } from '../equality.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'identity.statement-twin',
  description: 'a statement line and its reconciliation twin agree',
  reports: { 'identity.statement-twin': 'error' },
  needsTaxonomy: true,
  run(ctx) {
    return (ctx.identities?.statementTwins ?? []).flatMap((eq) => checkEquality(ctx, eq, 'identity.statement-twin', 'error'));
  },
};

export default rule;
