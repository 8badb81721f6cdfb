import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import type { LineItem, ReleaseDocument } from '../../src/model/document.js';
import { clark, NS, type Fact, type FactSet } from '../../src/model/fact.js';
import { periodKey } from '../../src/model/period.js';
import { FALLBACK_ENTITY_SCHEME, loadMappingData, MapError, mapRelease } from '../../src/map/index.js';
import { BASE_ENTRY, BASE_NAMESPACE, loadTaxonomy } from '../../src/taxonomy/index.js';
import { checkCalculations } from './calc11.js';
import { devDocument, seedDocument, SEEDS, DEV, type GoldRow } from './gold.js';

const taxonomy = loadTaxonomy();
const UNIT_ID: Record<string, string> = { USD: 'USD', 'USD/share': 'USDPerShare', shares: 'shares', percent: 'pure' };

function mapSeed(name: string, options = { cik: '1057083' }) {
  const { doc, gold } = seedDocument(name);
  return { doc, gold, ...mapRelease(doc, taxonomy, options) };
}

/** item index -> facts made from it (a single value in a Low - High column makes two). */
function factsByItem(fs: FactSet): Map<number, { fact: Fact; negated: boolean }[]> {
  const out = new Map<number, { fact: Fact; negated: boolean }[]>();
  for (const fact of fs.facts) {
    for (const p of fact.presentations ?? []) {
      if (p.itemIndex === undefined) continue;
      out.set(p.itemIndex, [...(out.get(p.itemIndex) ?? []), { fact, negated: p.negated }]);
    }
  }
  return out;
}

function scaled(g: GoldRow): Decimal {
  return new Decimal(g.value).times(new Decimal(10).pow(g.unit === 'percent' ? g.scale - 2 : g.scale));
}

function findFact(fs: FactSet, local: string, contextRef: string): Fact {
  const found = fs.facts.filter((f) => f.concept.local === local && f.contextRef === contextRef);
  expect(found, `${local} ${contextRef}`).toHaveLength(1);
  return found[0];
}

describe.each(SEEDS)('mapping the gold cells of seed %s', (name) => {
  const { doc, gold, factSet, messages } = mapSeed(name);
  const byItem = factsByItem(factSet);

  it('maps every gold cell to a fact with its period, unit and value (sign decided by meaning)', () => {
    expect(gold.length).toBeGreaterThan(100);
    let mapped = 0;
    gold.forEach((g, i) => {
      const facts = byItem.get(i) ?? [];
      expect(facts.length, `${name} L${g.line} ${g.row} | ${g.column}`).toBeGreaterThan(0);
      for (const { fact, negated } of facts) {
        const ctx = factSet.contexts[fact.contextRef];
        expect(periodKey(ctx.period)).toBe(periodKey(g.period));
        expect(fact.unitRef).toBe(UNIT_ID[g.unit]);
        const printed = scaled(g);
        expect(new Decimal(fact.value!).abs().eq(printed.abs()), `${fact.id} ${fact.value} vs ${printed}`).toBe(true);
        expect(new Decimal(fact.value!).eq(negated ? printed.neg() : printed), `${fact.id} sign`).toBe(true);
      }
      mapped++;
    });
    expect(mapped).toBe(gold.length);
    expect(messages.filter((m) => m.ruleId.startsWith('map.') && m.ruleId !== 'map.no-cik')).toEqual([]);
  });

  it('collapses equal printings into one fact and keeps every printed position', () => {
    const seen = new Map<string, Fact>();
    for (const f of factSet.facts) {
      const k = `${clark(f.concept)}|${f.contextRef}|${f.unitRef ?? ''}`;
      const other = seen.get(k);
      if (other) expect(other.value === f.value && other.decimals === f.decimals, `${f.id} duplicates ${other.id}`).toBe(false);
      seen.set(k, f);
      expect(f.sources?.length ?? 0).toBe(f.presentations?.length ?? (f.numeric ? -1 : 0));
    }
    expect(factSet.facts.some((f) => (f.sources?.length ?? 0) > 1)).toBe(true);
    const ids = factSet.facts.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('uses every context and unit, each once by value, with readable ids', () => {
    const used = new Set(factSet.facts.map((f) => f.contextRef));
    expect(new Set(Object.keys(factSet.contexts))).toEqual(used);
    const byValue = new Set(Object.values(factSet.contexts).map((c) => JSON.stringify([c.entity, c.period, c.dimensions])));
    expect(byValue.size).toBe(Object.keys(factSet.contexts).length);
    for (const id of Object.keys(factSet.contexts)) {
      expect(id).toMatch(/^(I\d{4}-\d{2}-\d{2}|D\d{4}(Q[1-4])?|D\d{4}-\d{2}-\d{2}(_\d{4}-\d{2}-\d{2})?)(_[A-Za-z]+)*$/);
    }
    expect(new Set(Object.keys(factSet.units))).toEqual(new Set(factSet.facts.filter((f) => f.unitRef).map((f) => f.unitRef!)));
    for (const c of Object.values(factSet.contexts)) expect(c.entity).toEqual({ scheme: NS.cik, identifier: '0001057083' });
    expect(factSet.schemaRefs).toEqual([BASE_ENTRY]);
  });

  it('derives decimals from printed precision and scale; no value has more digits than its decimals allow', () => {
    for (const [i, facts] of byItem) {
      const g = gold[i];
      const after = /\d\.(\d+)/.exec(g.raw.replace(/,/g, ''))?.[1].length ?? 0;
      const expected = after - (g.unit === 'percent' ? g.scale - 2 : g.scale);
      for (const { fact } of facts) {
        expect(fact.decimals).toBe(expected);
        expect(fact.precision).toBeUndefined();
        expect(new Decimal(fact.value!).times(new Decimal(10).pow(fact.decimals as number)).isInteger(), fact.id).toBe(true);
      }
    }
    const kinds = new Map<string, Set<number>>();
    for (const f of factSet.facts.filter((x) => x.numeric)) {
      kinds.set(f.unitRef!, (kinds.get(f.unitRef!) ?? new Set()).add(f.decimals as number));
    }
    expect([...(kinds.get('USD') ?? [])]).toEqual([-3]);
    expect([...(kinds.get('USDPerShare') ?? [])]).toEqual([2]);
    expect([...(kinds.get('shares') ?? [])]).toEqual([0]);
    expect([...(kinds.get('pure') ?? [])]).toEqual([3]);
  });

  it('satisfies every calculation of the taxonomy on its facts (Calculations 1.1, rounding intervals)', () => {
    const bindings = checkCalculations(factSet, taxonomy);
    expect(bindings.length).toBeGreaterThan(15);
    expect(bindings.filter((b) => !b.consistent).map((b) => b.detail)).toEqual([]);
    // The check has teeth: moving one total by 10,000 (beyond every rounding interval) is caught.
    const total = factSet.facts.find((f) => f.concept.local === 'OperatingIncomeLoss')!;
    const moved = { ...factSet, facts: factSet.facts.map((f) => (f === total ? { ...f, value: new Decimal(f.value!).plus(10000).toFixed() } : f)) };
    expect(checkCalculations(moved, taxonomy).some((b) => !b.consistent)).toBe(true);
  });

  it('accounts for every numeric cell: each is in a fact or in a message with its position', () => {
    const placed = new Set<string>();
    for (const f of factSet.facts) for (const s of f.sources ?? []) placed.add(`${s.line}:${s.column}`);
    for (const m of messages) for (const s of m.positions ?? []) placed.add(`${s.line}:${s.column}`);
    for (const item of doc.items) if (item.value !== null) expect(placed.has(`${item.pos.line}:${item.pos.column}`)).toBe(true);
  });
});

describe('sign by meaning (issue #3 examples)', () => {
  const s001 = mapSeed(SEEDS[0]).factSet;
  const s002 = mapSeed(SEEDS[1]).factSet;

  it('(3,901) Depreciation and Amortization in the reconciliation is +3,901,000 presented negated', () => {
    const f = findFact(s001, 'DepreciationAndAmortization', 'D2004Q1');
    expect(f.value).toBe('3901000');
    expect(f.sources!.map((s) => s.line)).toEqual([246, 284]);
    expect(f.presentations!.map((p) => p.negated)).toEqual([false, true]);
  });

  it('(37,835) Accumulated Deficit is -37,835,000', () => {
    const f = findFact(s001, 'RetainedEarningsAccumulatedDeficit', 'I2004-03-31');
    expect(f.value).toBe('-37835000');
    expect(f.presentation?.negated).toBe(false);
  });

  it('(954) Network Optimization Cost in an expense list is a negative expense', () => {
    const f = findFact(s002, 'NetworkOptimizationCost', 'D2003Q3');
    expect(f.value).toBe('-954000');
    // The reconciliation prints the same fact as 954 (its effect on income): one fact, two printings.
    expect(f.presentations!.map((p) => p.negated)).toEqual([false, true]);
  });

  it('(198) on "(Gain) Loss on Sale of Assets" is a gain of 198,000', () => {
    const f = findFact(s001, 'GainLossOnSaleOfAssets', 'D2004Q1');
    expect(f.value).toBe('198000');
    expect(f.presentations!.map((p) => p.negated)).toEqual([true, false]);
  });

  it('interest expense printed (66) below operating income is an expense of 66,000', () => {
    expect(findFact(s001, 'InterestExpense', 'D2004Q1').value).toBe('66000');
    expect(findFact(s001, 'GainsLossesOnExtinguishmentOfDebt', 'D2003Q1').value).toBe('-102000');
  });

  it('"55.9%" is the ratio 0.559 with decimals 3, unit pure', () => {
    const f = findFact(s001, 'AdjustedGrossMarginPercentOfRevenue', 'D2004Q1');
    expect([f.value, f.decimals, f.unitRef]).toEqual(['0.559', 3, 'pure']);
  });

  it('general ambiguity rules: a statement listing D&A as its own line has a pre-D&A cost of revenues and gross margin', () => {
    // 002 prints "Gross Margin" = revenues - cost of revenues where D&A is a separate expense line: the same
    // figure 001 calls "Adjusted Gross Margin"; 001's "Gross Margin (GAAP)" is after D&A.
    expect(findFact(s002, 'AdjustedGrossMargin', 'D2003Q4').value).toBe('20252000');
    expect(findFact(s001, 'AdjustedGrossMargin', 'D2003Q4').value).toBe('20252000');
    expect(findFact(s001, 'GrossProfit', 'D2003Q4').value).toBe('18201000');
    expect(s002.facts.some((f) => f.concept.local === 'GrossProfit')).toBe(false);
    expect(findFact(s002, 'CostOfRevenueExcludingDepreciationAndAmortization', 'D2003Q4').value).toBe('16627000');
    // "Loss from Continuing Operations" followed by "Loss before Discontinued Operations" is the operating result.
    expect(findFact(s001, 'OperatingIncomeLoss', 'D2004Q1').value).toBe('-526000');
    expect(findFact(s001, 'IncomeLossFromContinuingOperations', 'D2004Q1').value).toBe('-504000');
    // "Total Operating Expenses" of a block that lists cost of revenues is costs and expenses.
    expect(findFact(s001, 'CostsAndExpenses', 'D2004Q1').value).toBe('37679000');
  });

  it('per-share rows take the per-share concept of the share basis their heading names', () => {
    expect(findFact(s001, 'IncomeLossFromContinuingOperationsPerBasicAndDilutedShare', 'D2003Q1').value).toBe('-0.17');
    expect(findFact(s002, 'EarningsPerShareBasicAndDiluted', 'D2003Q4').value).toBe('0');
  });
});

describe('dimensions', () => {
  const { factSet: s003 } = mapSeed(SEEDS[2]);
  const { factSet: s002 } = mapSeed(SEEDS[1]);
  const dims = (fs: FactSet, id: string) => Object.fromEntries(fs.contexts[id].dimensions.map((d) => [d.dimension.local, d.member.local]));

  it('guidance: forecast scenario, pro forma for the combined columns, range ends as Minimum/Maximum', () => {
    expect(dims(s003, 'D2004Q4_Forecast')).toEqual({ StatementScenarioAxis: 'ScenarioForecastMember' });
    expect(dims(s003, 'D2005_Forecast_ProForma_Min')).toEqual({
      StatementScenarioAxis: 'ScenarioForecastMember',
      ProFormaAxis: 'ProFormaMember',
      RangeAxis: 'MinimumMember',
    });
    expect(findFact(s003, 'Revenues', 'D2005_Forecast_ProForma_Min').value).toBe('200000000');
    expect(findFact(s003, 'Revenues', 'D2005_Forecast_ProForma_Max').value).toBe('208000000');
    expect(findFact(s003, 'Revenues', 'D2004Q4_Forecast').value).toBe('39400000');
    // A single value in a Low - High column is both ends of the range, printed once.
    const low = findFact(s003, 'DepreciationAndAmortization', 'D2005_Forecast_ProForma_Min');
    const high = findFact(s003, 'DepreciationAndAmortization', 'D2005_Forecast_ProForma_Max');
    expect([low.value, high.value]).toEqual(['22000000', '22000000']);
    expect(low.sources).toEqual(high.sources);
    expect(findFact(s003, 'NetIncomeLoss', 'D2005_Forecast_ProForma_Min').value).toBe('-9200000');
  });

  it('a period ending after the release date is a forecast; an implausible release date is not used', () => {
    const { doc } = seedDocument(SEEDS[2]);
    const dated = (value: string): ReleaseDocument => ({ ...doc, cover: { releaseDate: { value, pos: { file: doc.file, line: 10, column: 17 } } } });
    // Dated before its own quarter ended: periods after the date must not become forecasts of the past.
    const wrong = mapRelease(dated('2004-08-15'), taxonomy, { cik: '1' });
    expect(wrong.messages.map((m) => m.ruleId)).toContain('map.release-date');
    expect(wrong.factSet.contexts['D2004Q3']).toBeDefined();
    // Dated right: actual quarters stay actual, and the guidance (worded "Approximately" / "GUIDANCE") is forecast.
    const right = mapRelease(dated('2004-10-29'), taxonomy, { cik: '1' });
    expect(right.messages.map((m) => m.ruleId)).not.toContain('map.release-date');
    expect(
      Object.keys(right.factSet.contexts)
        .filter((id) => id.includes('Forecast'))
        .sort(),
    ).toEqual(['D2004Q4_Forecast', 'D2005_Forecast_ProForma_Max', 'D2005_Forecast_ProForma_Min', 'D2006_Forecast_ProForma_Max', 'D2006_Forecast_ProForma_Min']);
  });

  it('actual figures carry no dimensions; dimension ids are sorted by dimension name', () => {
    expect(s003.contexts['D2004Q3'].dimensions).toEqual([]);
    for (const c of Object.values(s003.contexts)) {
      const names = c.dimensions.map((d) => clark(d.dimension));
      expect(names).toEqual([...names].sort());
      for (const d of c.dimensions) expect(d.dimension.ns).toBe(BASE_NAMESPACE);
    }
  });

  it('predecessor: the PREDECESSOR column and the reconciliation column of the same period share one context', () => {
    expect(dims(s002, 'D2002-01-01_2002-07-30_Predecessor')).toEqual({ PredecessorSuccessorAxis: 'PredecessorMember' });
    const f = findFact(s002, 'DepreciationAndAmortization', 'D2002-01-01_2002-07-30_Predecessor');
    expect(f.value).toBe('28620000');
    expect(f.sources).toHaveLength(2);
    expect(Object.keys(s002.contexts).filter((id) => id.startsWith('D2002-01-01'))).toEqual(['D2002-01-01_2002-07-30_Predecessor']);
  });
});

describe('entity, cover facts and messages', () => {
  const { doc } = seedDocument(SEEDS[0]);

  it('without --cik: a documented fallback identifier and a warning', () => {
    const { factSet, messages } = mapRelease(doc, taxonomy, { entityName: 'Mpower Holding Corporation' });
    const entity = Object.values(factSet.contexts)[0].entity;
    expect(entity).toEqual({ scheme: FALLBACK_ENTITY_SCHEME, identifier: 'MPOWER-HOLDING-CORPORATION' });
    expect(messages.find((m) => m.ruleId === 'map.no-cik')?.severity).toBe('warning');
  });

  it('rejects a malformed CIK with a clear error', () => {
    expect(() => mapRelease(doc, taxonomy, { cik: '12ab' })).toThrow(MapError);
    expect(() => mapRelease(doc, taxonomy, { cik: '12ab' })).toThrow(/--cik/);
  });

  it('writes cover facts from the release text in a one-day context on the release date', () => {
    const pos = (line: number) => ({ file: doc.file, line, column: 1 });
    const withCover: ReleaseDocument = {
      ...doc,
      cover: {
        documentType: { value: '8-K', pos: pos(3) },
        registrantName: { value: 'Mpower Holding Corporation', pos: pos(10) },
        tradingSymbol: { value: 'MPE', pos: pos(12) },
        exchange: { value: 'AMEX', pos: pos(12) },
        releaseDate: { value: '2004-05-06', pos: pos(14) },
      },
    };
    const { factSet } = mapRelease(withCover, taxonomy, { cik: '1057083' });
    const cover = Object.fromEntries(factSet.facts.filter((f) => !f.numeric).map((f) => [f.concept.local, f]));
    expect(Object.keys(cover).sort()).toEqual([
      'DocumentPeriodEndDate',
      'DocumentReleaseDate',
      'DocumentType',
      'EntityCentralIndexKey',
      'EntityRegistrantName',
      'SecurityExchangeName',
      'TradingSymbol',
    ]);
    expect(cover.DocumentReleaseDate.contextRef).toBe('D2004-05-06');
    expect(factSet.contexts['D2004-05-06'].period).toEqual({ type: 'duration', start: '2004-05-06', end: '2004-05-06' });
    expect(cover.DocumentPeriodEndDate.value).toBe('2004-03-31');
    expect(cover.EntityCentralIndexKey.value).toBe('0001057083');
    expect(cover.EntityRegistrantName.lang).toBe('en');
    expect(cover.TradingSymbol.sources).toEqual([pos(12)]);
  });

  it('an unmapped row yields one map.unmapped message naming every position, and no fact', () => {
    const item: LineItem = { ...doc.items[0], row: 'Frobnication reserve', rowIndex: 999 };
    const odd: ReleaseDocument = {
      ...doc,
      items: [item, { ...item, columnIndex: 1, pos: { ...item.pos, column: 90 } }],
    };
    const { factSet, messages, unmapped } = mapRelease(odd, taxonomy, { cik: '1' });
    expect(factSet.facts.filter((f) => f.numeric)).toEqual([]);
    expect(unmapped.map((u) => [u.label, u.items])).toEqual([['Frobnication reserve', [0, 1]]]);
    const m = messages.filter((x) => x.ruleId === 'map.unmapped');
    expect(m).toHaveLength(1);
    expect(m[0].message).toContain('Frobnication reserve');
    expect(m[0].positions).toHaveLength(2);
    expect(m[0].positions![0].line).toBe(item.pos.line);
  });

  it('period types: a flow at an instant is reported, a balance in a period column is the balance at its end', () => {
    const revenue = doc.items.find((i) => i.row === 'Total Operating Revenues')!;
    const cash = doc.items.find((i) => i.row === 'Cash & Cash Equivalents')!;
    const odd: ReleaseDocument = {
      ...doc,
      items: [
        { ...revenue, period: { type: 'instant', date: '2004-03-31' } },
        { ...cash, period: { type: 'duration', start: '2004-01-01', end: '2004-03-31' } },
      ],
    };
    const { factSet, messages } = mapRelease(odd, taxonomy, { cik: '1' });
    expect(messages.map((m) => m.ruleId)).toEqual(['map.period-type']);
    const numeric = factSet.facts.filter((f) => f.numeric);
    expect(numeric.map((f) => `${f.concept.local} ${f.contextRef}`)).toEqual(['CashAndCashEquivalentsAtCarryingValue I2004-03-31']);
  });

  it('with no total printed below or above it, an expense in parentheses is an expense presented negated', () => {
    const interest = doc.items.find((i) => i.row === 'Interest Expense' && i.table === 'STATEMENT OF OPERATIONS')!;
    const alone = (value: string): ReleaseDocument => ({
      ...doc,
      items: [{ ...interest, tableIndex: 99, value: new Decimal(value) }],
    });
    const negated = mapRelease(alone('-66'), taxonomy, { cik: '1' }).factSet.facts.find((f) => f.numeric)!;
    expect([negated.value, negated.presentation?.negated]).toEqual(['66000', true]);
    const plain = mapRelease(alone('66'), taxonomy, { cik: '1' }).factSet.facts.find((f) => f.numeric)!;
    expect([plain.value, plain.presentation?.negated]).toEqual(['66000', false]);
    // ... unless the label says the amount can be the opposite: "(1,040)" of "Income tax (benefit)" is a benefit.
    const tax = { ...interest, row: 'Income tax (benefit)', tableIndex: 99, value: new Decimal('-1040') };
    const benefit = mapRelease({ ...doc, items: [tax] }, taxonomy, { cik: '1' }).factSet.facts.find((f) => f.numeric)!;
    expect([benefit.concept.local, benefit.value]).toEqual(['IncomeTaxExpenseBenefit', '-1040000']);
  });

  it('two printings of one fact that disagree are both kept (the check stage reports them)', () => {
    const [a] = doc.items;
    const b: LineItem = { ...a, rowIndex: 500, value: new Decimal(a.value!).plus(1), raw: 'x', pos: { ...a.pos, line: 999 } };
    const { factSet } = mapRelease({ ...doc, items: [a, b] }, taxonomy, { cik: '1' });
    const numeric = factSet.facts.filter((f) => f.numeric);
    expect(numeric).toHaveLength(2);
    expect(numeric[0].contextRef).toBe(numeric[1].contextRef);
    expect(numeric[0].id).not.toBe(numeric[1].id);
  });
});

describe('mapping data', () => {
  it('names only concepts of the base taxonomy', () => {
    const data = loadMappingData();
    const known = (local: string) => taxonomy.concepts.has(`{${BASE_NAMESPACE}}${local}`);
    for (const r of data.rules) if (r.concept !== '-') expect(known(r.concept), `${r.where} ${r.concept}`).toBe(true);
    for (const [base, bases] of data.perShare) {
      expect(known(base)).toBe(true);
      for (const c of bases.values()) expect(known(c)).toBe(true);
    }
    for (const q of data.qualifiers) expect(known(q.axis) && known(q.member), q.member).toBe(true);
  });
});

describe('exclusion rules', () => {
  it('lines of a table that breaks stock-based compensation down are not the expenses their labels name', () => {
    const { doc } = seedDocument(SEEDS[0]);
    const base = doc.items.find((i) => i.row === 'Total Operating Revenues')!;
    const row = (rowIndex: number, label: string, value: string): LineItem => ({
      ...base,
      tableIndex: 50,
      table: 'SBC',
      rowIndex,
      row: label,
      section: '',
      value: new Decimal(value),
      pos: { ...base.pos, line: 900 + rowIndex },
    });
    const items = [row(0, 'Research and development', '121'), row(1, 'Total stock-based compensation', '278')];
    const { factSet, messages } = mapRelease({ ...doc, items }, taxonomy, { cik: '1' });
    expect(factSet.facts.filter((f) => f.numeric)).toEqual([]);
    const m = messages.find((x) => x.message.startsWith('"Research and development"'));
    expect(m?.message).toContain('breaks stock-based compensation down');
    // The same label elsewhere is the expense.
    const plain = mapRelease({ ...doc, items: [items[0]] }, taxonomy, { cik: '1' }).factSet.facts.filter((f) => f.numeric);
    expect(plain.map((f) => f.concept.local)).toEqual(['ResearchAndDevelopmentExpense']);
  });
});

describe.each(DEV)('dev gold %s (coverage; base taxonomy only)', (name) => {
  it('tags or reports every numeric cell; tagged cells keep their magnitude', () => {
    const { doc, gold } = devDocument(name);
    const { factSet, messages } = mapRelease(doc, taxonomy, { cik: '1' });
    const byItem = factsByItem(factSet);
    const reported = new Set(messages.flatMap((m) => m.positions ?? []).map((p) => `${p.line}:${p.column}`));
    let tagged = 0;
    gold.forEach((g, i) => {
      if (doc.items[i].value === null) return;
      const facts = byItem.get(i);
      if (facts) {
        tagged++;
        for (const { fact } of facts) expect(new Decimal(fact.value!).abs().eq(scaled(g).abs())).toBe(true);
      } else expect(reported.has(`${doc.items[i].pos.line}:${doc.items[i].pos.column}`), `${g.row} L${g.line}`).toBe(true);
    });
    expect(tagged).toBeGreaterThan(0);
  });
});

describe('general rules on dev releases', () => {
  const pericom = (() => {
    const { doc } = devDocument('pericom_2005-08-09_8k_ex99-1');
    return { doc, ...mapRelease(doc, taxonomy, { cik: '1' }) };
  })();

  it('"As Previously Reported" columns are their own contexts, so restated and original figures never collide', () => {
    const fs = pericom.factSet;
    expect(fs.contexts['D2005Q1_PreviouslyReported'].dimensions.map((d) => d.member.local)).toEqual(['ScenarioPreviouslyReportedMember']);
    const values = new Map<string, Set<string>>();
    for (const f of fs.facts) {
      const k = `${f.concept.local}|${f.contextRef}`;
      values.set(k, (values.get(k) ?? new Set()).add(f.value!));
    }
    expect([...values].filter(([, v]) => v.size > 1).map(([k]) => k)).toEqual([]);
  });

  it('a reconciliation adjustment row is reported, not tagged as the statement concept it is named after', () => {
    const m = pericom.messages.find((x) => x.message.includes('"Income tax (benefit) (Note 10)"'));
    expect(m?.ruleId).toBe('map.unmapped');
    expect(m?.message).toContain('reconciliation adjustment');
    // The pro forma net income the reconciliation arrives at is the pro forma statement's net income: one fact.
    const f = findFact(pericom.factSet, 'NetIncomeLoss', 'D2003-07-01_2004-06-30_ProForma');
    expect(f.value).toBe('-923000');
    expect(f.sources!.length).toBe(2);
  });

  it('a reconciliation table to a pro forma figure is not itself pro forma', () => {
    const recon = pericom.factSet.facts.filter((f) => f.sources?.some((s) => s.line === 348));
    expect(recon.map((f) => f.contextRef)).toEqual(['D2003-07-01_2004-06-30']);
  });

  it('unclassified liabilities and equity of an unclassified balance sheet add up', () => {
    const { doc } = devDocument('astafunding_2005-08-10_8k_ex99-1');
    const { factSet } = mapRelease(doc, taxonomy, { cik: '1' });
    const bindings = checkCalculations(factSet, taxonomy).filter((b) => /Liabilities|StockholdersEquity/.test(b.total));
    expect(bindings.length).toBeGreaterThanOrEqual(4);
    expect(bindings.filter((b) => !b.consistent)).toEqual([]);
  });
});
