import duplicates from '../../src/check/rules/duplicates.js';
import { f, ruleTester } from './rule-tester.js';

ruleTester(duplicates, {
  valid: [
    {
      name: 'one fact per concept, context and unit',
      facts: [f('Cash', '1000', { lines: [1] }), f('Cash', '1000', { ctx: 'i0' }), f('Cash', '1000', { unit: 'eur' })],
    },
    { name: 'a fact printed twice is one fact with two sources', facts: [f('Cash', '20765000', { lines: [40, 90] })] },
    {
      name: 'text facts in different languages are not duplicates',
      facts: [f('Name', 'Mpower', { text: true, lang: 'en' }), f('Name', 'Mpower SA', { text: true, lang: 'fr' })],
    },
    { name: 'dimensional and non-dimensional contexts differ', facts: [f('Cash', '1000'), f('Cash', '2000', { ctx: 'i1x' })] },
  ],
  invalid: [
    {
      name: 'inconsistent: same decimals, values differ by 1 (thousand), naming both lines',
      facts: [f('GrossMargin', '20765000', { ctx: 'd1', lines: [267] }), f('GrossMargin', '20766000', { ctx: 'd1', lines: [276] })],
      findings: [
        { ruleId: 'duplicate.inconsistent', severity: 'error', lines: [267, 276], message: ['20765000', '20766000', 'release.txt:267:1', 'release.txt:276:1'] },
      ],
    },
    {
      name: 'inconsistent across s-equal contexts with different ids',
      facts: [f('Cash', '1000', { lines: [1] }), f('Cash', '2000', { ctx: 'i1dup', lines: [2] })],
      findings: [{ ruleId: 'duplicate.inconsistent', lines: [1, 2] }],
    },
    {
      name: 'inconsistent: different decimals whose intervals do not meet',
      facts: [f('Cash', '1000000', { lines: [1] }), f('Cash', '1001000', { decimals: 0, lines: [2] })],
      findings: [{ ruleId: 'duplicate.inconsistent', lines: [1, 2] }],
    },
    {
      name: 'inconsistent: nil and a value',
      facts: [f('Cash', null, { lines: [1] }), f('Cash', '5000', { lines: [2] })],
      findings: [{ ruleId: 'duplicate.inconsistent' }],
    },
    {
      name: 'inconsistent text',
      facts: [f('Name', 'Mpower', { text: true, lang: 'en', lines: [3] }), f('Name', 'MPower', { text: true, lang: 'en', lines: [9] })],
      findings: [{ ruleId: 'duplicate.inconsistent', lines: [3, 9] }],
    },
    {
      name: 'consistent: differ only by rounding to different decimals',
      facts: [f('Cash', '1000000', { lines: [1] }), f('Cash', '1000200', { decimals: 0, lines: [2] })],
      findings: [{ ruleId: 'duplicate.consistent', severity: 'info', lines: [1, 2] }],
    },
    {
      name: "consistent even when one value has excess digits (that is the excess-digits rule's finding)",
      facts: [f('Cash', '1000000', { lines: [1] }), f('Cash', '1000250', { decimals: -2, lines: [2] })],
      findings: [{ ruleId: 'duplicate.consistent', lines: [1, 2] }],
    },
    {
      name: 'complete: same value and decimals (numerically equal lexical forms)',
      facts: [f('Cash', '1000', { decimals: 0, lines: [1] }), f('Cash', '1000.0', { decimals: 0, lines: [2] })],
      findings: [{ ruleId: 'duplicate.complete', severity: 'info', lines: [1, 2] }],
    },
  ],
});

// Read documents may hold tuples: a tuple has no value, and facts in different tuples are not duplicates.
ruleTester(duplicates, {
  valid: [
    {
      name: 'same concept in two tuples',
      facts: [
        { ...f('Holder', null, { text: true }), tuple: true, contextRef: '' },
        { ...f('Holder', null, { text: true }), tuple: true, contextRef: '' },
        { ...f('Cash', '1000'), tupleParent: 0 },
        { ...f('Cash', '2000'), tupleParent: 1 },
      ],
    },
  ],
  invalid: [
    {
      name: 'same concept twice in one tuple',
      facts: [
        { ...f('Holder', null, { text: true }), tuple: true, contextRef: '' },
        { ...f('Cash', '1000', { lines: [2] }), tupleParent: 0 },
        { ...f('Cash', '2000', { lines: [3] }), tupleParent: 0 },
      ],
      findings: [{ ruleId: 'duplicate.inconsistent', lines: [2, 3] }],
    },
  ],
});

// Broken read documents: facts whose context or unit is missing from the fact set are never each other's duplicates.
ruleTester(duplicates, {
  valid: [
    {
      name: 'missing contexts with different ids',
      facts: [
        f('Cash', '1000', { ctx: 'nowhere1' }),
        f('Cash', '2000', { ctx: 'nowhere2' }),
        f('Cash', '3000', { unit: 'gone1' }),
        f('Cash', '4000', { unit: 'gone2' }),
      ],
    },
  ],
  invalid: [],
});
