// Unit tests of the extension rules: concept names, the summation search on printed numbers, balance inference.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../../src/model/decimal.js';
import { camelWords, conceptNameFor, NameTable } from '../../src/map/naming.js';
import { printedSummations, type PrintedRow } from '../../src/map/summations.js';
import { contradictsBalances, flowBalanceFromWording, propagateBalances, stockBalanceFromWording, type Balance } from '../../src/map/balances.js';
import { changeBasis } from '../../src/map/ext-concepts.js';
import { coverageOf, coverageTotals, defaultExtension, formatCoverage, mapRelease } from '../../src/map/index.js';
import { readRelease } from '../../src/read/index.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';
import { REPO } from './gold.js';

describe('extension concept names', () => {
  it('are UpperCamelCase NCNames from the printed label', () => {
    expect(camelWords('Net gain/(loss) on sales of loans-servicing released')).toBe('NetGainLossOnSalesOfLoansServicingReleased');
    expect(conceptNameFor('Investment in and advances to affiliates')).toBe('InvestmentInAndAdvancesToAffiliates');
    expect(conceptNameFor('Adjusted EBITDA')).toBe('AdjustedEBITDA');
    expect(conceptNameFor('2005 stock plan')).toMatch(/^[A-Za-z_]/);
    expect(conceptNameFor('% of total')).toBe('PercentOfTotal');
    expect(conceptNameFor('---')).toBe('Item');
    for (const n of ['Café costs', 'Loans, net — 30 days', 'xml data']) expect(conceptNameFor(n)).toMatch(/^(?!xml)[A-Za-z_][A-Za-z0-9_]*$/i);
  });

  it('are unique: a clash takes the qualifier, then a number; deterministic', () => {
    const t = new NameTable();
    expect(t.claim('Other')).toBe('Other');
    expect(t.claim('Other', 'NonInterestExpense')).toBe('OtherNonInterestExpense');
    expect(t.claim('Other', 'NonInterestExpense')).toBe('OtherNonInterestExpense2');
    expect(t.claim('Other')).toBe('Other2');
  });

  it('a change column is named by the comparison its header names', () => {
    expect(changeBasis('Three Month | Change')).toBe('ThreeMonth');
    expect(changeBasis('% Change')).toBe('');
  });
});

const iv = (v: string, d = 0): [Decimal, Decimal] => {
  const x = new Decimal(v);
  const h = new Decimal(10).pow(-d).div(2);
  return [x.minus(h), x.plus(h)];
};
const row = (rowIndex: number, concept: string, values: string[], marked = false, orientation: 1 | -1 = 1): PrintedRow => ({
  rowIndex,
  concept,
  orientation,
  marked,
  values: new Map(values.map((v, i) => [`${i}|`, iv(v)])),
});

describe('summations from printed totals', () => {
  it('finds item sums, a difference of two totals, and a result less its last line', () => {
    const rows = [
      row(1, 'Loans', ['18039', '17328']),
      row(2, 'Securities', ['953', '866']),
      row(3, 'TotalInterestIncome', ['18992', '18194'], true),
      row(4, 'Deposits', ['5646', '5321']),
      row(5, 'Borrowings', ['1476', '1283']),
      row(6, 'TotalInterestExpense', ['7122', '6604'], true),
      row(7, 'NetInterestIncome', ['11870', '11590'], true),
      row(8, 'Provision', ['300', '800']),
      row(9, 'NetAfterProvision', ['11570', '10790'], true),
    ];
    const found = printedSummations({ index: 0 }, rows);
    expect(found.map((c) => [c.total, c.items.map((i) => `${i.weight > 0 ? '+' : '-'}${i.concept}`).join(' ')])).toEqual([
      ['TotalInterestIncome', '+Loans +Securities'],
      ['TotalInterestExpense', '+Deposits +Borrowings'],
      ['NetInterestIncome', '+TotalInterestIncome -TotalInterestExpense'],
      ['NetAfterProvision', '+NetInterestIncome -Provision'],
    ]);
  });

  it('accepts rounding within Calculations 1.1 intervals and rejects a sum off by more', () => {
    expect(printedSummations({ index: 0 }, [row(1, 'A', ['100', '50']), row(2, 'B', ['201', '51']), row(3, 'T', ['302', '102'], true)])).toHaveLength(1);
    expect(printedSummations({ index: 0 }, [row(1, 'A', ['100', '50']), row(2, 'B', ['201', '51']), row(3, 'T', ['305', '101'], true)])).toEqual([]);
  });

  it('a contra row printed negative adds with weight -1 to its fact', () => {
    const found = printedSummations({ index: 0 }, [row(1, 'Loans', ['1000']), row(2, 'Reserve', ['-14'], false, -1), row(3, 'LoansNet', ['986'], true)]);
    expect(found[0].items.map((i) => i.weight)).toEqual([1, -1]);
  });

  it('an unmarked row needs two columns of evidence', () => {
    expect(printedSummations({ index: 0 }, [row(1, 'A', ['1']), row(2, 'B', ['2']), row(3, 'C', ['3'])])).toEqual([]);
    expect(printedSummations({ index: 0 }, [row(1, 'A', ['1', '4']), row(2, 'B', ['2', '5']), row(3, 'C', ['3', '9'])])).toHaveLength(1);
  });
});

describe('balances', () => {
  it('follow the summations: added to a credit total is credit, subtracted is debit', () => {
    const known = new Map<string, Balance>([['NetInterestIncome', 'credit']]);
    const c = {
      tableIndex: 0,
      total: 'NetInterestIncome',
      totalRow: 3,
      items: [
        { concept: 'TII', weight: 1 as const, rowIndex: 1 },
        { concept: 'TIE', weight: -1 as const, rowIndex: 2 },
      ],
    };
    propagateBalances([c], known, new Set(['TII', 'TIE']));
    expect(known.get('TII')).toBe('credit');
    expect(known.get('TIE')).toBe('debit');
    expect(contradictsBalances(c, (k) => known.get(k))).toBe(false);
    expect(contradictsBalances(c, (k) => (k === 'TIE' ? 'credit' : known.get(k)))).toBe(true);
  });

  it('from wording when no total tells; none when nothing does', () => {
    expect(flowBalanceFromWording('Provision for income taxes')).toBe('debit');
    expect(flowBalanceFromWording('Finance income')).toBe('credit');
    expect(flowBalanceFromWording('Third-party servicing')).toBeUndefined();
    expect(stockBalanceFromWording('Liabilities and stockholders equity:')).toBe('credit');
    expect(stockBalanceFromWording('Assets:')).toBe('debit');
    expect(stockBalanceFromWording('Other')).toBeUndefined();
  });
});

const CORPUS = join(REPO, '..', 'shared', 'corpus', 'plaintext');
const haveCorpus = existsSync(CORPUS);
if (!haveCorpus) console.log(`test/map: ${CORPUS} absent, corpus coverage test skipped`);

describe.skipIf(!haveCorpus)('corpus coverage (../shared/corpus/plaintext)', () => {
  it('tags at least 99 % of the numeric table cells', () => {
    const taxonomy = loadTaxonomy();
    const list = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const doc = readRelease(readFileSync(join(CORPUS, f), 'utf8'), f);
        return coverageOf(doc, mapRelease(doc, taxonomy, { cik: '1', extension: defaultExtension(doc, '1') }));
      });
    const total = coverageTotals(list);
    console.log(formatCoverage(list));
    expect(list.length).toBeGreaterThan(0);
    expect(total.tagged / total.cells).toBeGreaterThanOrEqual(0.99);
    for (const c of list) expect(c.tagged + c.untagged.length).toBe(c.cells);
  });
});

describe('change columns', () => {
  // A table printing Q1 2006, % change, Q4 2005, % change, Q1 2005, both change columns headed "% Change".
  const period = (start: string, end: string) => ({ type: 'duration' as const, start, end });
  const cur = period('2006-01-01', '2006-03-31');
  const cols = [
    { index: 0, header: ['Q1 2006'], label: 'Q1 2006', period: cur, kind: '' as const, start: 0, end: 0 },
    { index: 1, header: ['% Change'], label: '% Change', period: cur, kind: 'change' as const, start: 0, end: 0 },
    { index: 2, header: ['Q4 2005'], label: 'Q4 2005', period: period('2005-10-01', '2005-12-31'), kind: '' as const, start: 0, end: 0 },
    { index: 3, header: ['% Change'], label: '% Change', period: cur, kind: 'change' as const, start: 0, end: 0 },
    { index: 4, header: ['Q1 2005'], label: 'Q1 2005', period: period('2005-01-01', '2005-03-31'), kind: '' as const, start: 0, end: 0 },
  ];
  const rows: [string, string[]][] = [
    ['Interest on loans', ['18039', '4', '17328', '39', '12960']],
    ['Interest on deposits', ['5646', '6', '5321', '61', '3516']],
  ];
  const items = rows.flatMap(([label, values], rowIndex) =>
    values.map((v, columnIndex) => ({
      table: 'INCOME',
      tableIndex: 0,
      row: label,
      rowIndex,
      section: '',
      column: cols[columnIndex].label,
      columnIndex,
      period: cols[columnIndex].period,
      raw: v,
      value: new Decimal(v),
      scale: cols[columnIndex].kind ? 0 : 3,
      unit: cols[columnIndex].kind ? 'percent' : 'USD',
      range: (cols[columnIndex].kind ? 'change' : '') as '' | 'change',
      pos: { file: 't.txt', line: 10 + rowIndex, column: 1 + columnIndex * 10 },
    })),
  );
  const doc = {
    file: 't.txt',
    lines: [],
    blocks: [],
    items,
    cover: {},
    messages: [],
    tables: [
      {
        index: 0,
        title: 'INCOME',
        scaleNote: '',
        scale: 3,
        startLine: 1,
        endLine: 20,
        columns: cols,
        rows: rows.map(([label], index) => ({ index, label, section: '', depth: 0, heading: false, total: false, lines: [10 + index], cells: [] })),
      },
    ],
  };

  it('the numbers tell which column a change column compares with', async () => {
    const { changeBases, comparedColumn } = await import('../../src/map/comparison.js');
    expect(comparedColumn(doc, 0, cols[1])?.index).toBe(2);
    expect(comparedColumn(doc, 0, cols[3])?.index).toBe(4);
    expect([...changeBases(doc, 0).values()]).toEqual(['VersusQ42005', 'VersusQ12005']);
  });

  it('each comparison is a concept of its own: no duplicate facts, every change cell tagged', () => {
    const taxonomy = loadTaxonomy();
    const mapped = mapRelease(doc, taxonomy, { cik: '1', extension: { prefix: 'acme', namespace: 'http://www.example.com/acme', stem: 'acme-1' } });
    const cov = coverageOf(doc, mapped);
    expect(cov.tagged).toBe(cov.cells);
    const change = mapped.factSet.facts.filter((f) => f.concept.prefix === 'acme');
    expect(change.map((f) => `${f.concept.local}=${f.value}`).sort()).toEqual([
      'InterestAndFeeIncomeLoansAndLeasesPercentChangeVersusQ12005=0.39',
      'InterestAndFeeIncomeLoansAndLeasesPercentChangeVersusQ42005=0.04',
      'InterestExpenseDepositsPercentChangeVersusQ12005=0.61',
      'InterestExpenseDepositsPercentChangeVersusQ42005=0.06',
    ]);
    const keys = mapped.factSet.facts.map((f) => `${f.concept.local}|${f.contextRef}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
