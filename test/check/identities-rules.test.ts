import balanceSheet from '../../src/check/rules/balance-sheet.js';
import percentOfRevenue from '../../src/check/rules/percent-of-revenue.js';
import perShare from '../../src/check/rules/per-share.js';
import statementTwin from '../../src/check/rules/statement-twin.js';
import type { IdentitiesData } from '../../src/check/identities.js';
import { f, ruleTester, taxonomy } from './rule-tester.js';

const tax = taxonomy({
  concepts: [
    'Assets',
    'Liabilities',
    'Equity',
    'LiabilitiesAndEquity',
    'GainLossOnSale',
    'GainOnSaleRecon',
    'NetIncome',
    'NetIncomeToCommon',
    'PreferredDividends',
    'IncomeBeforeDisc',
    'DiscOps',
    'EpsNet',
    'EpsBeforeDisc',
    'EpsDisc',
    'SharesBasic',
    'SharesDiluted',
    'Revenue',
    'Ebitda',
    'EbitdaPct',
    'EbitdaPctNumber',
  ],
});

const identities: IdentitiesData = {
  balanceSheet: [
    { name: 'assets = liabilities + equity', left: [{ concept: 'Assets' }], right: [{ concept: 'Liabilities' }, { concept: 'Equity' }] },
    { name: 'assets = total liabilities and equity', left: [{ concept: 'Assets' }], right: [{ concept: 'LiabilitiesAndEquity' }] },
  ],
  statementTwins: [
    { name: 'statement (gain) loss = −reconciliation gain (loss)', left: [{ concept: 'GainLossOnSale' }], right: [{ concept: 'GainOnSaleRecon', weight: -1 }] },
  ],
  perShare: [
    {
      perShare: 'EpsNet',
      numerators: [[{ concept: 'NetIncomeToCommon' }], [{ concept: 'NetIncome' }, { concept: 'PreferredDividends', weight: -1, optional: true }]],
      shares: ['SharesBasic', 'SharesDiluted'],
    },
    {
      perShare: 'EpsBeforeDisc',
      numerators: [[{ concept: 'IncomeBeforeDisc' }, { concept: 'PreferredDividends', weight: -1, optional: true }]],
      shares: ['SharesBasic', 'SharesDiluted'],
    },
    { perShare: 'EpsDisc', numerators: [[{ concept: 'DiscOps' }]], shares: ['SharesBasic', 'SharesDiluted'] },
    { perShare: 'EpsMissingFromDts', numerators: [[{ concept: 'DiscOps' }]], shares: ['SharesBasic'] },
  ],
  percentOfRevenue: [
    { percent: 'EbitdaPct', measure: 'Ebitda', revenue: 'Revenue' },
    { percent: 'EbitdaPctNumber', measure: 'Ebitda', revenue: 'Revenue', multiplier: 100 },
  ],
};

const base = { taxonomy: tax, identities };
const sh = (local: string, v: string, lines: number[] = []) => f(local, v, { ctx: 'd1', unit: 'shares', decimals: 'INF', lines });
const eps = (local: string, v: string, lines: number[] = []) => f(local, v, { ctx: 'd1', unit: 'usdPerShare', decimals: 2, lines });
const usd = (local: string, v: string, lines: number[] = []) => f(local, v, { ctx: 'd1', lines });

ruleTester(balanceSheet, {
  valid: [
    {
      ...base,
      name: 'balances (001 March 31, 2004)',
      facts: [f('Assets', '102113000'), f('Liabilities', '36069000'), f('Equity', '66044000'), f('LiabilitiesAndEquity', '102113000')],
    },
    { ...base, name: 'liabilities + equity within rounding', facts: [f('Assets', '102114000'), f('Liabilities', '36069000'), f('Equity', '66044000')] },
    { ...base, name: 'a side not reported: not checked', facts: [f('Assets', '102113000'), f('Liabilities', '36069000')] },
    { ...base, name: 'no identities data: nothing to check', identities: {}, facts: [f('Assets', '1000'), f('LiabilitiesAndEquity', '9000')] },
    {
      ...base,
      name: 'concepts the DTS lacks: identity does not apply',
      taxonomy: taxonomy({ concepts: ['Assets'] }),
      facts: [f('Assets', '1000'), f('LiabilitiesAndEquity', '9000')],
    },
  ],
  invalid: [
    {
      ...base,
      name: 'total assets corrupted by 1,000 (thousands)',
      facts: [
        f('Assets', '103113000', { lines: [210] }),
        f('Liabilities', '36069000', { lines: [225] }),
        f('Equity', '66044000', { lines: [232] }),
        f('LiabilitiesAndEquity', '102113000', { lines: [234] }),
      ],
      findings: [
        { ruleId: 'identity.balance-sheet', lines: [210, 225, 232], message: ['assets = liabilities + equity', '103113000', '102113000'] },
        { ruleId: 'identity.balance-sheet', lines: [210, 234], message: ['assets = total liabilities and equity'] },
      ],
    },
    {
      ...base,
      name: 'only the date that does not balance',
      facts: [
        f('Assets', '5000'),
        f('LiabilitiesAndEquity', '5000'),
        f('Assets', '5000', { ctx: 'i0', lines: [1] }),
        f('LiabilitiesAndEquity', '7000', { ctx: 'i0', lines: [2] }),
      ],
      findings: [{ ruleId: 'identity.balance-sheet', lines: [1, 2], message: ['2003-12-31'] }],
    },
  ],
});

ruleTester(statementTwin, {
  valid: [{ ...base, name: 'opposite signs agree', facts: [usd('GainLossOnSale', '-267000'), usd('GainOnSaleRecon', '267000')] }],
  invalid: [
    {
      ...base,
      name: 'twin disagrees',
      facts: [usd('GainLossOnSale', '-267000', [60]), usd('GainOnSaleRecon', '268000', [290])],
      findings: [{ ruleId: 'identity.statement-twin', lines: [60, 290] }],
    },
  ],
});

ruleTester(perShare, {
  valid: [
    {
      ...base,
      name: 'correctly rounded per-share lines (001 Q4 2003), negative zero printed as 0.00',
      facts: [
        usd('NetIncome', '-51000'),
        usd('IncomeBeforeDisc', '-729000'),
        usd('DiscOps', '678000'),
        sh('SharesBasic', '78213486'),
        eps('EpsNet', '0.00'),
        eps('EpsBeforeDisc', '-0.01'),
        eps('EpsDisc', '0.01'),
      ],
    },
    {
      ...base,
      name: 'preferred dividends charged (002 predecessor): (−43,204 − 3,974) / 59,461,374 = −0.79; applicable-to-common preferred for net',
      facts: [
        usd('IncomeBeforeDisc', '-43204000'),
        usd('PreferredDividends', '3974000'),
        usd('NetIncome', '-77969000'),
        usd('NetIncomeToCommon', '-81943000'),
        sh('SharesBasic', '59461374'),
        sh('SharesDiluted', '59461374'),
        eps('EpsBeforeDisc', '-0.79'),
        eps('EpsNet', '-1.38'),
      ],
    },
    {
      ...base,
      name: 'amount rounding taken into account: 4,999.5..5,000.5 / 1,000,000 may round to 0.01 or 0.00',
      facts: [usd('DiscOps', '5000'), sh('SharesBasic', '1000000'), eps('EpsDisc', '0.00')],
    },
    { ...base, name: 'no share count reported', facts: [usd('DiscOps', '241000'), eps('EpsDisc', '0.01')] },
  ],
  invalid: [
    {
      ...base,
      name: '001 line 264: 241 / 78,321,851 printed $0.01',
      facts: [usd('DiscOps', '241000', [256]), sh('SharesBasic', '78321851', [268]), eps('EpsDisc', '0.01', [264])],
      findings: [{ ruleId: 'identity.per-share', severity: 'warning', lines: [264, 256, 268], message: ['0.01', '→ 0.00'] }],
    },
    {
      ...base,
      name: '002 line 316: fails with basic shares only (diluted would round to the printed figure)',
      facts: [usd('DiscOps', '-34193000', [306]), sh('SharesBasic', '64999025', [311]), sh('SharesDiluted', '65247708', [312]), eps('EpsDisc', '-0.52', [316])],
      findings: [{ ruleId: 'identity.per-share', lines: [316, 306, 311], message: ['→ -0.53'] }],
    },
    {
      ...base,
      name: 'one printed cell tagged with two per-share concepts is one finding',
      identities: {
        perShare: [
          { perShare: 'EpsDisc', numerators: [[{ concept: 'DiscOps' }]], shares: ['SharesBasic'] },
          { perShare: 'EpsNet', numerators: [[{ concept: 'DiscOps' }]], shares: ['SharesDiluted'] },
        ],
      },
      facts: [
        usd('DiscOps', '508000', [1]),
        sh('SharesBasic', '78476418', [2]),
        sh('SharesDiluted', '78476418', [3]),
        eps('EpsDisc', '0.00', [323]),
        eps('EpsNet', '0.00', [323]),
      ],
      findings: [{ ruleId: 'identity.per-share', lines: [323, 1, 2, 3], message: ['→ 0.01', 'also'] }],
    },
  ],
});

ruleTester(percentOfRevenue, {
  valid: [
    {
      ...base,
      name: '3,216 / 37,153 = 8.7% as the ratio 0.087',
      facts: [usd('Ebitda', '3216000'), usd('Revenue', '37153000'), f('EbitdaPct', '0.087', { ctx: 'd1', unit: 'pure', decimals: 3 })],
    },
    {
      ...base,
      name: 'negative: −5,449 / 37,? = −14.4% as the number −14.4',
      facts: [usd('Ebitda', '-5449000'), usd('Revenue', '37840000'), f('EbitdaPctNumber', '-14.4', { ctx: 'd1', unit: 'pure', decimals: 1 })],
    },
  ],
  invalid: [
    {
      ...base,
      name: 'a percent one tenth off',
      facts: [
        usd('Ebitda', '3216000', [270]),
        usd('Revenue', '37153000', [245]),
        f('EbitdaPct', '0.088', { ctx: 'd1', unit: 'pure', decimals: 3, lines: [271] }),
      ],
      findings: [{ ruleId: 'identity.percent-of-revenue', severity: 'warning', lines: [271, 270, 245], message: ['→ 0.087'] }],
    },
  ],
});

ruleTester(perShare, {
  valid: [],
  invalid: [
    {
      ...base,
      name: 'a numerator with a subtracted term is shown as a difference',
      facts: [
        usd('IncomeBeforeDisc', '-43204000', [1]),
        usd('PreferredDividends', '3974000', [2]),
        sh('SharesBasic', '59461374', [3]),
        eps('EpsBeforeDisc', '-0.73', [4]),
      ],
      findings: [
        {
          ruleId: 'identity.per-share',
          lines: [4, 1, 2, 3],
          message: ['(t:IncomeBeforeDisc -43204000 (decimals -3) − t:PreferredDividends 3974000 (decimals -3)) / t:SharesBasic', '→ -0.79'],
        },
      ],
    },
  ],
});
