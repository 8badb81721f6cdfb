// A numeric fact must not carry non-zero digits finer than its decimals (EFM 6.5.37; Calculations 1.1
// calc11e:excessDigits), and its value must be a number at all. Needs no taxonomy.
import type { Message } from '../../model/source.js';
import { effectiveDecimals } from '../context.js';
import { hasExcessDigits } from '../../model/interval.js';
import type { Rule } from '../rule.js';
import { showFact } from '../values.js';

const rule: Rule = {
  id: 'excess-digits',
  description: 'numeric values have no digits finer than their decimals, and parse as numbers',
  reports: { 'calc.excess-digits': 'error', 'fact.invalid-number': 'error' },
  needsTaxonomy: false,
  run(ctx) {
    const out: Message[] = [];
    for (const f of ctx.facts) {
      if (!f.fact.numeric || f.fact.value === null) continue;
      const base = { concept: ctx.name(f.fact.concept), context: f.fact.contextRef, positions: ctx.positions([f]) };
      if (f.value === undefined) {
        out.push({
          ...base,
          ruleId: 'fact.invalid-number',
          severity: 'error',
          message: `${ctx.name(f.fact.concept)} has the value "${f.fact.value}", which is not a decimal number`,
        });
        continue;
      }
      const d = effectiveDecimals(f);
      if (f.value !== null && d !== undefined && hasExcessDigits(f.value, d)) {
        out.push({
          ...base,
          ruleId: 'calc.excess-digits',
          severity: 'error',
          message:
            `${ctx.name(f.fact.concept)} ${showFact(f)} has digits finer than its decimals allow ` +
            `(${ctx.describeContext(f.fact.contextRef)}); calculations using it are not checked`,
        });
      }
    }
    return out;
  },
};

export default rule;
