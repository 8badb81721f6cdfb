import { describe, expect, it } from 'vitest';
import { diffFactSets, formatDiffText, periodsReported } from '../../src/diff/index.js';
import type { Concept, Taxonomy } from '../../src/model/taxonomy.js';
import { ARCROLE, LABEL_ROLE } from '../../src/model/taxonomy.js';
import type { Fact } from '../../src/model/fact.js';
import { ACME, ctx, factSet, num, text } from '../json/factsets.js';

const DEC03 = { type: 'instant', date: '2003-12-31' } as const;
const MAR04 = { type: 'instant', date: '2004-03-31' } as const;
const SEP04 = { type: 'instant', date: '2004-09-30' } as const;
const Q4 = { type: 'duration', start: '2003-10-01', end: '2003-12-31' } as const;

function concept(local: string, label: string, balance?: 'debit' | 'credit', periodType: 'instant' | 'duration' = 'instant'): Concept {
  return {
    qname: { ns: ACME, local, prefix: 'acme' },
    id: `acme_${local}`,
    type: '{http://www.xbrl.org/2003/instance}monetaryItemType',
    numeric: true,
    periodType,
    balance,
    abstract: false,
    nillable: true,
    substitutionGroup: 'item',
    labels: { [LABEL_ROLE.standard]: label },
  };
}

/** A balance sheet taxonomy with calculation totals. */
function taxonomy(): Taxonomy {
  const cs = [
    concept('Cash', 'Cash & Cash Equivalents', 'debit'),
    concept('RestrictedInvestmentsCurrent', 'Restricted Investments', 'debit'),
    concept('PrepaidExpenses', 'Prepaid Expenses and Other Current Assets', 'debit'),
    concept('AssetsCurrent', 'Total Current Assets', 'debit'),
    concept('Assets', 'Total Assets', 'debit'),
    concept('AccountsPayable', 'Accounts Payable', 'credit'),
    concept('AccruedBonus', 'Accrued Bonus', 'credit'),
    concept('AccruedOther', 'Accrued Other Expenses', 'credit'),
    concept('LiabilitiesCurrent', 'Total Current Liabilities', 'credit'),
    concept('LiabilitiesAndEquity', 'Total Liabilities and Stockholders Equity', 'credit'),
    concept('Revenues', 'Total Operating Revenues', 'credit', 'duration'),
  ];
  const calc = (from: string, to: string) => ({
    role: 'http://example.com/role/bs',
    arcrole: ARCROLE.summationItem,
    from: { ns: ACME, local: from },
    to: { ns: ACME, local: to },
    order: 1,
    weight: 1,
  });
  return {
    concepts: new Map(cs.map((c) => [`{${ACME}}${c.qname.local}`, c])),
    relationships: [
      calc('AssetsCurrent', 'Cash'),
      calc('AssetsCurrent', 'RestrictedInvestmentsCurrent'),
      calc('AssetsCurrent', 'PrepaidExpenses'),
      calc('Assets', 'AssetsCurrent'),
      calc('LiabilitiesCurrent', 'AccountsPayable'),
      calc('LiabilitiesCurrent', 'AccruedBonus'),
      calc('LiabilitiesCurrent', 'AccruedOther'),
      calc('LiabilitiesAndEquity', 'LiabilitiesCurrent'),
    ],
  };
}

/** A balance sheet at one date: [concept, value in USD]. */
function sheet(cols: Record<string, [string, string][]>, extra: Fact[] = []) {
  const contexts = Object.keys(cols).map((date) => ctx(`c${date}`, { type: 'instant', date }));
  const facts = Object.entries(cols).flatMap(([date, rows]) => rows.map(([c, v]) => num(c, `c${date}`, v)));
  return factSet([...contexts, ctx('cQ4', Q4)], [...facts, ...extra]);
}

describe('diffFactSets: added, removed, changed', () => {
  it('finds nothing between a fact set and a reordered copy with other context ids', () => {
    const a = sheet({
      '2003-12-31': [
        ['Cash', '29307000'],
        ['AccountsPayable', '15754000'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['AccountsPayable', '15754000'],
        ['Cash', '29307000'],
      ],
    });
    b.contexts = { other: { ...b.contexts['c2003-12-31'], id: 'other' }, cQ4: b.contexts.cQ4 };
    for (const f of b.facts) f.contextRef = 'other';
    const r = diffFactSets(a, b);
    expect(r.same).toBe(true);
    expect(r.counts).toEqual({ a: 2, b: 2, matched: 2 });
    expect(formatDiffText(r)).toContain('No differences (2 facts compared).');
  });

  it('reports added, removed and changed facts with exact decimal differences', () => {
    const a = sheet({
      '2003-12-31': [
        ['Cash', '29307000'],
        ['AccountsPayable', '15754000'],
        ['AccruedBonus', '2388000'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['Cash', '29307000.5'],
        ['AccountsPayable', '15752000'],
        ['AccruedOther', '11020000'],
      ],
    });
    const r = diffFactSets(a, b, { taxonomy: taxonomy() });
    expect(r.same).toBe(false);
    expect(r.changed.map((e) => [e.label, e.old?.value, e.new?.value, e.difference])).toEqual([
      ['Accounts Payable', '15754000', '15752000', '-2000'],
      ['Cash & Cash Equivalents', '29307000', '29307000.5', '0.5'],
    ]);
    expect(r.removed.map((e) => [e.concept, e.old?.value, e.difference])).toEqual([['acme:AccruedBonus', '2388000', '-2388000']]);
    expect(r.added.map((e) => [e.concept, e.new?.value, e.difference, e.period, e.unit])).toEqual([
      ['acme:AccruedOther', '11020000', '11020000', '2003-12-31', 'iso4217:USD'],
    ]);
  });

  it('treats nil, text and unit changes as differences', () => {
    const c = ctx('c', DEC03);
    const a = factSet([c], [num('Cash', 'c', null), text('Name', 'c', 'Mpower'), num('Shares', 'c', '100', 0, 'shares')]);
    const b = factSet([c], [num('Cash', 'c', '5000'), text('Name', 'c', 'Mpower Holding'), num('Shares', 'c', '100', 0, 'usd')]);
    const r = diffFactSets(a, b);
    expect(r.changed.map((e) => [e.concept, e.old?.value, e.new?.value, e.difference])).toEqual([
      ['acme:Cash', null, '5000', undefined],
      ['acme:Name', 'Mpower', 'Mpower Holding', undefined],
    ]);
    // A different unit is a different fact.
    expect(r.removed.map((e) => e.unit)).toEqual(['xbrli:shares']);
    expect(r.added.map((e) => e.unit)).toEqual(['iso4217:USD']);
  });

  it('reports facts whose only change is decimals separately', () => {
    const c = ctx('c', DEC03);
    const a = factSet([c], [num('Cash', 'c', '29300000', -5)]);
    const b = factSet([c], [num('Cash', 'c', '29300000', -3)]);
    const r = diffFactSets(a, b);
    expect(r.changed).toEqual([]);
    expect(r.decimalsOnly.map((e) => [e.old?.decimals, e.new?.decimals])).toEqual([[-5, -3]]);
    expect(r.same).toBe(false);
    expect(formatDiffText(r)).toMatch(/Decimals only \(1\)[\s\S]*-5 -> -3/);
  });

  it('compares numbers by value: -0.00 and 0 are the same number', () => {
    const c = ctx('c', Q4);
    const a = factSet([c], [num('Eps', 'c', '-0.00', 2, 'usdPerShare')]);
    const b = factSet([c], [num('Eps', 'c', '0', 2, 'usdPerShare')]);
    expect(diffFactSets(a, b).same).toBe(true);
  });

  it('ignores numeric changes within the tolerance, and lists them', () => {
    const a = sheet({
      '2003-12-31': [
        ['AccountsPayable', '15754000'],
        ['Cash', '29307000'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['AccountsPayable', '15752000'],
        ['Cash', '29317000'],
      ],
    });
    const r = diffFactSets(a, b, { tolerance: '2000' });
    expect(r.changed.map((e) => e.concept)).toEqual(['acme:Cash']);
    expect(r.withinTolerance.map((e) => e.concept)).toEqual(['acme:AccountsPayable']);
    expect(diffFactSets(a, b, { tolerance: '10000' }).same).toBe(true);
  });

  it('compares the most precise of duplicate facts and warns when duplicates disagree', () => {
    const c = ctx('c', DEC03);
    const a = factSet([c], [num('Cash', 'c', '29300000', -5), num('Cash', 'c', '29307000', -3)]);
    const b = factSet([c], [num('Cash', 'c', '29307000', -3)]);
    const r = diffFactSets(a, b);
    expect(r.same).toBe(true);
    expect(r.messages).toEqual([]);
    const bad = factSet([c], [num('Cash', 'c', '1000', -3), num('Cash', 'c', '2000', -3)]);
    expect(diffFactSets(bad, b).messages.map((m) => m.ruleId)).toEqual(['diff.inconsistent-duplicate']);
  });
});

describe('diffFactSets: entities', () => {
  it('warns when the sides share no entity, and matches across entities on request', () => {
    const a = factSet([ctx('c', DEC03, [], '0001012870')], [num('Cash', 'c', '100')]);
    const b = factSet([ctx('c', DEC03, [], '0009999999')], [num('Cash', 'c', '100')]);
    const r = diffFactSets(a, b);
    expect([r.removed.length, r.added.length]).toEqual([1, 1]);
    expect(r.messages.map((m) => m.ruleId)).toEqual(['diff.no-common-entity']);
    const ignoring = diffFactSets(a, b, { ignoreEntity: true });
    expect(ignoring.same).toBe(true);
    expect(ignoring.messages).toEqual([]);
  });
});

describe('diffFactSets: restriction and restatement', () => {
  const a = sheet(
    {
      '2003-12-31': [
        ['Cash', '29307000'],
        ['AccountsPayable', '15754000'],
      ],
      '2004-03-31': [['Cash', '29294000']],
    },
    [num('Revenues', 'cQ4', '36879000')],
  );
  const b = sheet({
    '2003-12-31': [
      ['Cash', '29307000'],
      ['AccountsPayable', '15752000'],
    ],
    '2004-09-30': [['Cash', '34077000']],
  });

  it('restatement mode compares only the periods both report', () => {
    expect([...periodsReported(a)].sort()).toEqual(['2003-10-01/2003-12-31', '2003-12-31', '2004-03-31']);
    const r = diffFactSets(a, b, { restatement: true });
    expect(r.periods.compared).toEqual(['2003-12-31']);
    expect(r.periods.onlyA).toEqual(['2003-10-01/2003-12-31', '2004-03-31']);
    expect(r.periods.onlyB).toEqual(['2004-09-30']);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([]);
    expect(r.changed.map((e) => e.concept)).toEqual(['acme:AccountsPayable']);
    expect(formatDiffText(r)).toContain(
      'Restatement mode: comparing the 1 period(s) both report: 2003-12-31\n  not compared, only in A: 2003-10-01/2003-12-31, 2004-03-31\n  not compared, only in B: 2004-09-30\n',
    );
    // Without it, the other periods' facts are added and removed.
    const all = diffFactSets(a, b);
    expect(all.removed.map((e) => e.period).sort()).toEqual(['2003-10-01/2003-12-31', '2004-03-31']);
    expect(all.added.map((e) => e.period)).toEqual(['2004-09-30']);
  });

  it('restricts to concepts by local name, prefixed name or wildcard', () => {
    expect(diffFactSets(a, b, { concepts: ['Cash'] }).changed).toEqual([]);
    expect(diffFactSets(a, b, { concepts: ['acme:Accounts*'] }).changed.map((e) => e.concept)).toEqual(['acme:AccountsPayable']);
    expect(diffFactSets(a, b, { concepts: [`{${ACME}}Cash`] }).removed.map((e) => e.period)).toEqual(['2004-03-31']);
    expect(diffFactSets(a, b, { concepts: ['other:Cash'] }).counts.a).toBe(0);
  });

  it('restricts to periods by key or by end-date prefix', () => {
    const r = diffFactSets(a, b, { periods: ['2003-12-31'] });
    // 2003-12-31 selects the instant and the quarter that ends that day.
    expect(r.removed.map((e) => e.period)).toEqual(['2003-10-01/2003-12-31']);
    expect(r.changed.map((e) => e.period)).toEqual(['2003-12-31']);
    expect(diffFactSets(a, b, { periods: ['2004'] }).counts).toEqual({ a: 1, b: 1, matched: 0 });
    expect(diffFactSets(a, b, { periods: ['2003-10-01/2003-12-31'] }).removed.map((e) => e.concept)).toEqual(['acme:Revenues']);
  });
});

describe('diffFactSets: reclassifications', () => {
  it('groups a line folded into another (removed + changed, same amount) and an offsetting pair', () => {
    // The shape of Mpower's 2003-12-31 balance sheet as republished in October 2004.
    const a = sheet({
      '2003-12-31': [
        ['RestrictedInvestmentsCurrent', '92000'],
        ['PrepaidExpenses', '4487000'],
        ['AssetsCurrent', '53001000'],
        ['AccountsPayable', '15754000'],
        ['AccruedOther', '11018000'],
        ['LiabilitiesCurrent', '40577000'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['PrepaidExpenses', '4579000'],
        ['AssetsCurrent', '53001000'],
        ['AccountsPayable', '15752000'],
        ['AccruedOther', '11020000'],
        ['LiabilitiesCurrent', '40577000'],
      ],
    });
    const r = diffFactSets(a, b, { restatement: true, taxonomy: taxonomy() });
    expect(r.changed.map((e) => [e.label, e.difference])).toEqual([
      ['Accounts Payable', '-2000'],
      ['Accrued Other Expenses', '2000'],
      ['Prepaid Expenses and Other Current Assets', '92000'],
    ]);
    expect(r.removed.map((e) => e.label)).toEqual(['Restricted Investments']);
    expect(r.reclassifications.map((x) => [x.period, x.amount, x.members.map((m) => m.label)])).toEqual([
      ['2003-12-31', '2000', ['Accounts Payable', 'Accrued Other Expenses']],
      ['2003-12-31', '92000', ['Prepaid Expenses and Other Current Assets', 'Restricted Investments']],
    ]);
    const text = formatDiffText(r);
    expect(text).toContain('Reclassifications (2)');
    expect(text).toContain('Restricted Investments: 92,000 -> (absent) (-92,000)');
  });

  it('finds a line split into two (a triple); a renamed line is a moved value, not a reclassification', () => {
    const a = sheet({
      '2003-12-31': [
        ['AccruedOther', '13406000'],
        ['Cash', '100'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['AccruedOther', '11000000'],
        ['AccruedBonus', '2000000'],
        ['AccountsPayable', '406000'],
        ['PrepaidExpenses', '100'],
      ],
    });
    const r = diffFactSets(a, b, { taxonomy: taxonomy() });
    expect(r.reclassifications.map((x) => [x.amount, x.members.map((m) => m.concept)])).toEqual([
      ['2406000', ['acme:AccountsPayable', 'acme:AccruedBonus', 'acme:AccruedOther']],
    ]);
    // A renamed line (removed, and added under another concept with the same value) is a moved value.
    expect(r.moved.map((m) => [m.value, m.from.concept, m.to.concept])).toEqual([['100', 'acme:Cash', 'acme:PrepaidExpenses']]);
  });

  it('does not call an ordinary change a reclassification', () => {
    // Cash and payables both up by 5,000 (an asset bought on credit): totals move, nothing cancels within a balance.
    const a = sheet({
      '2003-12-31': [
        ['Cash', '100000'],
        ['AssetsCurrent', '200000'],
        ['Assets', '300000'],
        ['AccountsPayable', '50000'],
        ['LiabilitiesCurrent', '60000'],
        ['LiabilitiesAndEquity', '300000'],
      ],
    });
    const b = sheet({
      '2003-12-31': [
        ['Cash', '105000'],
        ['AssetsCurrent', '205000'],
        ['Assets', '305000'],
        ['AccountsPayable', '55000'],
        ['LiabilitiesCurrent', '65000'],
        ['LiabilitiesAndEquity', '305000'],
      ],
    });
    const r = diffFactSets(a, b, { taxonomy: taxonomy() });
    expect(r.changed.length).toBe(6);
    expect(r.reclassifications).toEqual([]);
  });

  it('needs the amount to leave the old side and arrive on the new: two removed facts never pair', () => {
    const a = sheet({
      '2003-12-31': [
        ['Cash', '-5000'],
        ['PrepaidExpenses', '5000'],
      ],
      '2004-03-31': [['Cash', '1']],
    });
    const b = sheet({ '2004-03-31': [['Cash', '1']] });
    expect(diffFactSets(a, b).reclassifications).toEqual([]);
  });

  it('does not pair changes in different periods or dimensions', () => {
    const a = factSet(
      [ctx('x', DEC03), ctx('y', MAR04), ctx('s', DEC03, [['SegmentAxis', 'EastMember']])],
      [num('Cash', 'x', '100'), num('PrepaidExpenses', 'y', '100'), num('AccruedOther', 's', '7')],
    );
    const b = factSet(
      [ctx('x', DEC03), ctx('y', MAR04), ctx('s', DEC03, [['SegmentAxis', 'EastMember']]), ctx('z', SEP04)],
      [num('Cash', 'x', '0'), num('PrepaidExpenses', 'y', '200'), num('AccruedOther', 's', '107')],
    );
    expect(diffFactSets(a, b).reclassifications).toEqual([]);
  });

  it('shows a value reported under another concept (a relabelled line) and never matches zeros', () => {
    // Old: "Gross Margin" = 20,252 (excluding D&A). New: "Adjusted Gross Margin" = 20,252 and Gross Margin = 18,201.
    const c = ctx('q', Q4);
    const a = factSet([c], [num('GrossProfit', 'q', '20252000'), num('Other', 'q', '0'), num('Revenues', 'q', '36879000')]);
    const b = factSet(
      [c],
      [num('GrossProfit', 'q', '18201000'), num('AdjustedGrossMargin', 'q', '20252000'), num('Fresh', 'q', '0'), num('Revenues', 'q', '36879000')],
    );
    const r = diffFactSets(a, b);
    expect(r.reclassifications).toEqual([]);
    expect(r.moved.map((m) => [m.value, m.from.concept, m.from.new?.value, m.to.concept, m.to.old])).toEqual([
      ['20252000', 'acme:GrossProfit', '18201000', 'acme:AdjustedGrossMargin', undefined],
    ]);
    expect(formatDiffText(r)).toMatch(
      /Values reported under another concept \(1\)[\s\S]*A: GrossProfit \(acme:GrossProfit; in B now 18,201,000\)\n\s+B: AdjustedGrossMargin \(acme:AdjustedGrossMargin; new\)/,
    );
  });
});
