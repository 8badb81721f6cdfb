// Collisions resolved from the document's evidence (src/map/collisions.ts): per class, the concept and members
// each printed cell ends on, and a collision nothing explains left for the check stage.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAndMap } from '../../src/pipeline/release.js';
import { checkFactSet } from '../../src/index.js';
import { basisOf, segmentOfTitle } from '../../src/map/collisions.js';
import { leadInTitle } from '../../src/read/html/context.js';

const DIR = 'test/fixtures/map/collisions';

function convert(name: string) {
  const file = `${DIR}/${name}`;
  const { document, mapped } = readAndMap(readFileSync(file, 'utf8'), file, { kind: 'html-release' });
  const fs = mapped.factSet;
  /** concept local name and members ("axis=member") of the fact printed at a line. */
  const at = (line: number, column?: number) =>
    fs.facts
      .filter((f) => f.sources?.some((s) => s.line === line && (column === undefined || s.column === column)))
      .map((f) => ({
        concept: f.concept.local,
        value: f.value,
        period: fs.contexts[f.contextRef].period,
        members: (fs.contexts[f.contextRef].dimensions ?? []).map((d) => `${d.dimension.local}=${d.member.local}`),
      }));
  const errors = checkFactSet(fs, mapped.taxonomy).filter((m) => m.severity === 'error');
  return { document, mapped, at, errors, infos: mapped.messages.filter((m) => m.ruleId.startsWith('map.collision')) };
}

describe('collisions: reporting-basis columns', () => {
  const r = convert('basis.htm');
  it('puts Adjustments and Non-GAAP columns on members of a reporting-basis axis, reported on the default', () => {
    const row = r.at(19);
    expect(row.find((f) => f.value === '72000000')!.members).toEqual([]);
    expect(row.find((f) => f.value === '8000000')!.members).toEqual(['ReportingBasisAxis=AdjustmentsMember']);
    expect(row.find((f) => f.value === '80000000')!.members).toEqual(['ReportingBasisAxis=NonGAAPMember']);
    expect(row.every((f) => f.concept === 'OperatingIncomeLoss')).toBe(true);
  });
  it('tags the whole column, colliding or not, and converts without errors', () => {
    expect(r.at(17).find((f) => f.members.length)?.members).toEqual(['ReportingBasisAxis=NonGAAPMember']);
    expect(r.errors).toEqual([]);
    expect(r.infos.map((m) => m.ruleId)).toEqual(['map.collision-member', 'map.collision-member']);
  });
  it('declares the axis in the extension hypercube (definition linkbase)', () => {
    const def = [...r.mapped.files].find(([n]) => n.endsWith('_def.xml'))![1];
    expect(def).toContain('ReportingBasisAxis');
    expect(def).toContain('dimension-default');
  });
});

describe('collisions: segment tables, flows under a heading, averages', () => {
  const r = convert('segments-flows.htm');
  it('puts a segment table on a member of the segment axis; the consolidated table stays on the default', () => {
    expect(r.at(8)[0]).toMatchObject({ concept: 'InterestIncomeExpenseNet', members: [] });
    expect(r.at(16)[0]).toMatchObject({ concept: 'InterestIncomeExpenseNet', members: ['SegmentsAxis=ConsumerBankingMember'] });
    // The rest of the segment's table too.
    expect(r.at(18)[0].members).toEqual(['SegmentsAxis=ConsumerBankingMember']);
  });
  it('a cash-flow change under "Changes in operating assets and liabilities" is a flow of its own, not the balance', () => {
    const change = r.at(40)[0];
    expect(change.concept).not.toBe('AccountsReceivableNetCurrent');
    expect(change.period).toEqual({ type: 'duration', start: '2021-10-01', end: '2021-12-31' });
    expect(r.at(25)[0].concept).toBe('AccountsReceivableNetCurrent');
  });
  it('an average balance gets an "Average ..." concept over its period', () => {
    const avg = r.at(32)[0];
    expect(avg.concept).toMatch(/^Average/);
    expect(avg.period.type).toBe('duration');
  });
  it('a collision nothing explains (a scale 1000 apart) stays for the check stage, naming both lines', () => {
    expect(r.errors.map((e) => e.ruleId)).toEqual(['duplicate.inconsistent']);
    expect(r.errors[0].positions!.map((p) => p.line).sort((a, b) => a - b)).toEqual([8, 47]);
  });
});

describe('collisions: a column qualifier and a row block on one cell', () => {
  // "Pre-tax | After-tax" columns of one period, and "Other expense" repeated in the blocks "Integration costs:" and
  // "Other actions:": the After-tax cell of the second block is both; neither decision may undo the other.
  const r = convert('pretax-blocks.htm');
  it('keeps both the block and the column qualifier, so (116) pre-tax and (111) after-tax stay two facts', () => {
    const pre = r.at(21).find((f) => f.period.type === 'duration' && f.period.start === '2021-10-01' && Math.abs(Number(f.value)) === 116000000)!;
    const after = r.at(21).find((f) => f.period.type === 'duration' && f.period.start === '2021-10-01' && Math.abs(Number(f.value)) === 111000000)!;
    expect(pre.concept).toBe('OtherExpenseOtherActions');
    expect(after.concept).toBe('OtherExpenseOtherActionsAfterTax');
    expect(r.errors).toEqual([]);
  });
  it('an After-tax value equal to its Pre-tax value is still its own fact (114 and 114 for 2020)', () => {
    const y2020 = r.at(21).filter((f) => f.period.type === 'duration' && f.period.start === '2020-10-01');
    expect(y2020.map((f) => f.concept).sort()).toEqual(['OtherExpenseOtherActions', 'OtherExpenseOtherActionsAfterTax']);
    expect(y2020.every((f) => Math.abs(Number(f.value)) === 114000000)).toBe(true);
  });
});

describe('guidance given before: "Previous FY 2020" beside "Current FY 2020"', () => {
  // Vertex 2020-04-29: "$5.3 to 5.6 billion" (current) and "$5.1 to 5.3 billion" (previous) for one year.
  const r = convert('guidance-previous.htm');
  it('puts the previous guidance on the previously-reported member, both range ends apart from the current', () => {
    const row = r.at(7).map((f) => `${f.value} ${f.members.filter((m) => !m.startsWith('StatementScenarioAxis')).join(',')}`);
    expect(row.sort()).toEqual([
      '5100000000 RangeAxis=MinimumMember,RestatementAxis=ScenarioPreviouslyReportedMember',
      '5300000000 RangeAxis=MaximumMember,RestatementAxis=ScenarioPreviouslyReportedMember',
      '5300000000 RangeAxis=MinimumMember',
      '5600000000 RangeAxis=MaximumMember',
    ]);
    expect(r.errors).toEqual([]);
  });
  it('an actual "Prior Year 2018" column is a period, not a previous edition', () => {
    expect(r.at(13).map((f) => [f.value, f.members])).toEqual([
      ['4000000000', []],
      ['3000000000', []],
    ]);
  });
});

describe('an untitled table introduced by a sentence ending in a colon', () => {
  // NVIDIA 2026-02-25: "(A) Acquisition-related and other costs are comprised of ... and are included in the
  // following line items:" over "Cost of revenue $48 | Research and development 83": not the income statement's lines.
  const r = convert('lead-in.htm');
  it('takes the sentence subject as the title, and its rows get concepts of their own', () => {
    expect(r.document.tables[1].title).toBe('Acquisition-related and other costs');
    expect(r.at(15).map((f) => [f.concept, f.value])).toEqual([
      ['CostOfRevenueAcquisitionRelatedAndOtherCosts', '48000000'],
      ['CostOfRevenueAcquisitionRelatedAndOtherCosts', '118000000'],
    ]);
    expect(r.at(9).map((f) => [f.concept, f.value])).toEqual([
      ['CostOfRevenue', '17034000000'],
      ['CostOfRevenue', '10608000000'],
    ]);
    expect(r.errors).toEqual([]);
  });
  it('reads the subject of the usual lead-in wordings, and nothing from other prose', () => {
    expect(leadInTitle('(1) Includes stock-based compensation as follows:')).toBe('Stock-based compensation');
    expect(leadInTitle('Stock-based compensation expense was included in the following line items:')).toBe('Stock-based compensation expense');
    expect(leadInTitle('The following table presents revenue by geography for the periods indicated:')).toBe('Revenue by geography');
    expect(leadInTitle('We reported the following results:')).toBeUndefined();
    expect(leadInTitle('Net income rose 20% in the quarter.')).toBeUndefined();
  });
});

describe("the reference printing is the breakdown: the other printing's own subject explains it", () => {
  // Oracle 2014-06-19: "Stock-based compensation was included in the following GAAP operating expense categories:"
  // repeats "Research and development" with GAAP | Adj. | Non-GAAP; the GAAP-to-non-GAAP table's row (1,299) is not the
  // reference because its title names a reporting basis, so the breakdown (104) is, and it alone has a subject.
  const r = convert('reference-breakdown.htm');
  it('gives the breakdown rows concepts of their own; the statement rows keep theirs', () => {
    expect(r.at(9, 42)[0]).toMatchObject({ concept: 'ResearchAndDevelopmentExpense', value: '1299000000', members: [] });
    expect(r.at(16, 42)[0]).toMatchObject({ concept: 'ResearchAndDevelopmentStockBasedCompensation', value: '104000000', members: [] });
    expect(r.errors).toEqual([]);
  });
});

describe('collisions: the wording it reads', () => {
  it('reporting basis of a header', () => {
    expect(basisOf('Three Months Ended | As Reported')).toBeNull();
    expect(basisOf('Non-GAAP | Adjustments')).toEqual({ axis: 'basis', member: 'Adjustments' });
    expect(basisOf('2014 Non-GAAP')).toEqual({ axis: 'basis', member: 'Non-GAAP' });
    expect(basisOf('Underlying')).toEqual({ axis: 'basis', member: 'Non-GAAP' });
    expect(basisOf('% Change | in Constant Currency')).toEqual({ axis: 'currency', member: 'Constant currency' });
    expect(basisOf('Currency Impact(3)')).toEqual({ axis: 'basis', member: 'Currency Impact' });
    expect(basisOf('March 31, 2020')).toBeUndefined();
  });
  it('segment named by a table title', () => {
    expect(segmentOfTitle('CONSUMER & COMMUNITY BANKING FINANCIAL HIGHLIGHTS, CONTINUED')).toBe('Consumer & Community Banking');
    expect(segmentOfTitle('Retail Banking')).toBe('Retail Banking');
    expect(segmentOfTitle('TREASURY AND CORPORATE SUPPORT (a)')).toBe('Treasury and Corporate Support');
    expect(segmentOfTitle('CONSOLIDATED STATEMENTS OF INCOME')).toBeUndefined();
    expect(segmentOfTitle('AVERAGE LOANS')).toBeUndefined();
    expect(segmentOfTitle('Reconciliation of GAAP to Non-GAAP Revenues and Expenses')).toBeUndefined();
  });
});
