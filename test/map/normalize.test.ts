import { describe, expect, it } from 'vitest';
import { normalizeLabel } from '../../src/map/index.js';

describe('normalizeLabel', () => {
  it.each([
    ['Net (Loss) Income (GAAP) (C)', 'net income (gaap)'],
    ['Net Loss', 'net income'],
    ['Net income (loss) on a Pro Forma basis', 'net income on a pro forma basis'],
    ['Loss from Continuing Operations', 'income from continuing operations'],
    ['(Loss) Income before Discontinued Operations', 'income before discontinued operations'],
    ['(Loss) Gain on Sale of Investments, net', 'gain on sale of investments net'],
    ['Loss on Sale of Investment', 'gain on sale of investment'],
    ['(Gain) Loss on Sale of Assets, net', 'gain on sale of assets net'],
    ['Net gain/(loss) on sales of investment securities', 'net gain on sales of investment securities'],
    ['Basic earnings (loss) per share', 'basic income per share'],
    ['Retained earnings', 'retained earnings'],
    ['Cash & Cash Equivalents', 'cash and cash equivalents'],
    ['Restructuring charge (Note 2)', 'restructuring charge'],
    [
      'Cost of Operating Revenues (exclusive of depreciation and amortization shown separately below. See Note 1.)',
      'cost of operating revenues (exclusive of depreciation and amortization shown separately below)',
    ],
    ['Adjusted Gross Margin (% of Revenue)', 'adjusted gross margin (% of revenue)'],
  ])('%s -> %s', (printed, key) => {
    expect(normalizeLabel(printed)).toBe(key);
  });
});
