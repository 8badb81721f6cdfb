// Assets = liabilities + equity (and = "total liabilities and equity"), per balance-sheet date. Which concepts
// play these roles is data of the taxonomy (identities.json "balanceSheet"), not code.
import { checkEquality } from '../equality.js';
import type { Rule } from '../rule.js';

const rule: Rule = {
  id: 'identity.balance-sheet',
  description: 'the balance sheet balances: assets = liabilities + equity',
  reports: { 'identity.balance-sheet': 'error' },
  needsTaxonomy: true,
  run(ctx) {
    return (ctx.identities?.balanceSheet ?? []).flatMap((eq) => checkEquality(ctx, eq, 'identity.balance-sheet', 'error'));
  },
};

export default rule;
