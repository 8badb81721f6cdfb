import excessDigits from '../../src/check/rules/excess-digits.js';
import { f, ruleTester } from './rule-tester.js';

ruleTester(excessDigits, {
  valid: [
    { name: 'thousands with decimals -3', facts: [f('Cash', '29294000'), f('Cash', '-37835000', { ctx: 'i0' })] },
    {
      name: 'cents, percent ratio, INF, nil, text',
      facts: [
        f('Eps', '-0.44', { decimals: 2, unit: 'usdPerShare' }),
        f('Pct', '0.559', { decimals: 3, unit: 'pure' }),
        f('Shares', '78321851', { decimals: 'INF', unit: 'shares' }),
        f('Cash', null, { ctx: 'i0' }),
        f('Name', 'x1.5', { text: true }),
      ],
    },
    { name: 'precision instead of decimals (read documents): 3 significant digits of 1230000', facts: [f('Cash', '1230000', { precision: 3 })] },
  ],
  invalid: [
    {
      name: 'a value finer than thousands',
      facts: [f('Cash', '29294500', { lines: [7] })],
      findings: [{ ruleId: 'calc.excess-digits', lines: [7], message: ['29294500'] }],
    },
    {
      name: 'a ratio finer than its decimals',
      facts: [f('Pct', '0.5591', { decimals: 3, unit: 'pure', lines: [8] })],
      findings: [{ ruleId: 'calc.excess-digits', lines: [8] }],
    },
    { name: 'precision 3 but more significant digits', facts: [f('Cash', '1234000', { precision: 3 })], findings: [{ ruleId: 'calc.excess-digits' }] },
    {
      name: 'not a number',
      facts: [f('Cash', '1,000', { lines: [9] }), f('Cash', 'NaN', { ctx: 'i0' })],
      findings: [{ ruleId: 'fact.invalid-number', lines: [9] }, { ruleId: 'fact.invalid-number' }],
    },
  ],
});
