import calculations from '../../src/check/rules/calculations.js';
import { ARCROLE } from '../../src/model/taxonomy.js';
import { f, ruleTester, taxonomy } from './rule-tester.js';

// Assets = Cash + Receivables (+ Other), weights 1; OperatingIncome = Revenue − Expenses.
const tax = taxonomy({
  concepts: ['Assets', 'Cash', 'Receivables', 'Other', 'OperatingIncome', 'Revenue', 'Expenses', 'Note'],
  text: ['Memo'],
  calc: {
    Assets: [
      ['Cash', 1],
      ['Receivables', 1],
      ['Other', 1],
    ],
    OperatingIncome: [
      ['Revenue', 1],
      ['Expenses', -1],
    ],
  },
});
const tax11 = taxonomy({
  concepts: ['Assets', 'Cash', 'Receivables'],
  calc: {
    Assets: [
      ['Cash', 1],
      ['Receivables', 1],
    ],
  },
  arcrole: ARCROLE.summationItem11,
});

ruleTester(calculations, {
  valid: [
    { name: 'total equals the sum', taxonomy: tax, facts: [f('Assets', '3000000', { lines: [10] }), f('Cash', '1000000'), f('Receivables', '2000000')] },
    {
      name: 'each line rounded independently: a total 1 off in the last printed digit is consistent',
      taxonomy: tax,
      // true values 1,000.4 + 2,000.4 + 500.4 = 3,501.2 -> printed 1,000 + 2,000 + 500 = 3,500 but total printed 3,501
      facts: [f('Assets', '3501000'), f('Cash', '1000000'), f('Receivables', '2000000'), f('Other', '500000')],
    },
    {
      name: 'negative weight',
      taxonomy: tax,
      facts: [f('OperatingIncome', '-526000', { ctx: 'd1' }), f('Revenue', '37153000', { ctx: 'd1' }), f('Expenses', '37679000', { ctx: 'd1' })],
    },
    { name: 'no item reported: no binding', taxonomy: tax, facts: [f('Assets', '3000000')] },
    { name: 'no total reported: no binding', taxonomy: tax, facts: [f('Cash', '1000000'), f('Receivables', '2000000')] },
    { name: 'total nil: no binding', taxonomy: tax, facts: [f('Assets', null), f('Cash', '1000000')] },
    {
      name: 'items in another context or unit do not count',
      taxonomy: tax,
      facts: [f('Assets', '1000000'), f('Cash', '1000000'), f('Receivables', '5000000', { ctx: 'i0' }), f('Other', '7000000', { unit: 'eur' })],
    },
    {
      name: 's-equal contexts and u-equal units with other ids bind together',
      taxonomy: tax,
      facts: [f('Assets', '3000000'), f('Cash', '1000000', { ctx: 'i1dup' }), f('Receivables', '2000000', { unit: 'usd2' })],
    },
    {
      name: 'a dimensional context is its own binding',
      taxonomy: tax,
      facts: [
        f('Assets', '3000000'),
        f('Cash', '1000000'),
        f('Receivables', '2000000'),
        f('Assets', '10000', { ctx: 'i1x' }),
        f('Cash', '10000', { ctx: 'i1x' }),
      ],
    },
    {
      name: 'consistent duplicates of an item are intersected',
      taxonomy: tax,
      facts: [f('Assets', '3000000'), f('Cash', '1000000'), f('Cash', '1000200', { decimals: 0 }), f('Receivables', '2000000')],
    },
    { name: 'Calculations 1.1 arcrole is read too', taxonomy: tax11, facts: [f('Assets', '3000000'), f('Cash', '1000000'), f('Receivables', '2000000')] },
    {
      name: 'exact values (INF) that add up',
      taxonomy: tax,
      facts: [f('Assets', '3', { decimals: 'INF' }), f('Cash', '1', { decimals: 'INF' }), f('Receivables', '2', { decimals: 'INF' })],
    },
  ],
  invalid: [
    {
      name: 'a total off by 1,000 (thousands) names the total line then the items',
      taxonomy: tax,
      facts: [f('Assets', '4000000', { lines: [12] }), f('Cash', '1000000', { lines: [10] }), f('Receivables', '2000000', { lines: [11] })],
      findings: [{ ruleId: 'calc.inconsistent', lines: [12, 10, 11], message: ['t:Assets', '3000000', 'not reported: t:Other'] }],
    },
    {
      name: 'a difference beyond the rounding of the lines',
      taxonomy: tax,
      // items [999,500..1,000,500] + [1,999,500..2,000,500] = [2,999,000..3,001,000]; total [3,001,500..3,002,500]
      facts: [f('Assets', '3002000', { lines: [3] }), f('Cash', '1000000', { lines: [1] }), f('Receivables', '2000000', { lines: [2] })],
      findings: [{ ruleId: 'calc.inconsistent', lines: [3, 1, 2] }],
    },
    {
      name: 'exact values (INF) off by one',
      taxonomy: tax11,
      facts: [f('Assets', '4', { decimals: 'INF' }), f('Cash', '1', { decimals: 'INF' }), f('Receivables', '2', { decimals: 'INF' })],
      findings: [{ ruleId: 'calc.inconsistent' }],
    },
    {
      name: 'negative weight applied',
      taxonomy: tax,
      facts: [
        f('OperatingIncome', '526000', { ctx: 'd1', lines: [5] }),
        f('Revenue', '37153000', { ctx: 'd1', lines: [3] }),
        f('Expenses', '37679000', { ctx: 'd1', lines: [4] }),
      ],
      findings: [{ ruleId: 'calc.inconsistent', lines: [5, 3, 4], message: ['sum of its items -526000', '− t:Expenses'] }],
    },
    {
      name: 'only the failing context is reported',
      taxonomy: tax,
      facts: [
        f('Assets', '3000000', { lines: [1] }),
        f('Cash', '1000000'),
        f('Receivables', '2000000'),
        f('Assets', '9000000', { ctx: 'i0', lines: [2] }),
        f('Cash', '1000000', { ctx: 'i0' }),
        f('Receivables', '2000000', { ctx: 'i0' }),
      ],
      findings: [{ ruleId: 'calc.inconsistent', lines: [2], message: ['2003-12-31'] }],
    },
    {
      name: 'inconsistent duplicates stop the binding, and say so',
      taxonomy: tax,
      facts: [f('Assets', '9000000', { lines: [1] }), f('Cash', '1000000', { lines: [2] }), f('Cash', '1001000', { lines: [7] }), f('Receivables', '2000000')],
      findings: [{ ruleId: 'calc.not-checked', severity: 'info', lines: [1, 2, 7], message: ['inconsistent duplicates'] }],
    },
    {
      name: 'excess digits stop the binding',
      taxonomy: tax,
      facts: [f('Assets', '9000000'), f('Cash', '1000400', { lines: [4] }), f('Receivables', '2000000')],
      findings: [{ ruleId: 'calc.not-checked', lines: [4], message: ['excess digits'] }],
    },
    {
      name: 'duplicate relationships and non-numeric items in a network are taxonomy errors',
      taxonomy: taxonomy({
        concepts: ['Assets', 'Cash'],
        text: ['Memo'],
        calc: {
          Assets: [
            ['Cash', 1],
            ['Cash', 1],
            ['Memo', 1],
          ],
        },
      }),
      facts: [],
      findings: [
        { ruleId: 'calc.duplicate-relationship', message: ['t:Assets', 't:Cash'] },
        { ruleId: 'calc.non-decimal-item', message: ['t:Memo'] },
      ],
    },
  ],
});
