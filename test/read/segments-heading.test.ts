// Issue #12, Caterpillar: tables of parts of the entity read as the consolidated figures. Three classes, each on a
// small made-up release, then the real release (values read off the printed page).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { convertFile } from '../../src/index.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string) => `<html><body>\n<p>ACME CORP REPORTS FIRST QUARTER RESULTS</p>\n<p>April 28, 2022</p>\n${body}\n</body></html>\n`;
const read = (html: string) => readHtmlRelease(page(html), 'x.htm');
const font = (pt: number, t: string) => `<font style="font-size:${pt}pt">${t}</font>`;

describe('a footnote marker set in a smaller font in a cell after a figure', () => {
  it('is not a figure of its own, so the column under the header is one column', () => {
    const html =
      '<p>Supplemental Data for Results of Operations</p>\n<p>For the Three Months Ended March 31, 2022</p>\n<table>\n' +
      row(cell(''), cell('Consolidated'), cell('Supplemental Consolidating Data', 'colspan="4"')) +
      row(cell(''), cell(''), cell('Machinery'), cell('Financial Products'), cell('Consolidating Adjustments', 'colspan="2"')) +
      row(cell(font(9, 'Revenues')), cell(font(9, '703')), cell(font(9, '—')), cell(font(9, '813')), cell(font(9, '(110)')), cell(font(6, '1'))) +
      row(cell(font(9, 'Cost of goods sold')), cell(font(9, '9,559')), cell(font(9, '9,560')), cell(font(9, '—')), cell(font(9, '(118)')), cell(font(6, '2'))) +
      '</table>';
    const doc = read(html);
    expect(doc.items.map((i) => i.raw)).toEqual(['703', '—', '813', '(110)', '9,559', '9,560', '—', '(118)']);
    // The parts under "Supplemental Consolidating Data" are members of the consolidation axis; "Consolidated" the default.
    expect(doc.tables[0].columns.map((c) => c.member && `${c.member.axis}:${c.member.member}`)).toEqual([
      'consolidation:null',
      'consolidation:Machinery',
      'consolidation:Financial Products',
      'consolidation:Consolidating Adjustments',
    ]);
  });
  it('a digit in the same font after a figure stays a figure', () => {
    const html =
      '<table>\n' + row(cell(''), cell('2022'), cell('2021')) + row(cell(font(9, 'Revenues')), cell(font(9, '703')), cell(font(9, '1'))) + '</table>';
    expect(read(html).items.map((i) => i.raw)).toEqual(['703', '1']);
  });
});

describe('a table printed under a heading naming a segment the document lists', () => {
  const bySegment =
    '<p>Sales and Revenues by Segment</p>\n<table>\n' +
    row(cell(''), cell('First Quarter 2022'), cell('First Quarter 2021')) +
    row(cell('Construction Industries'), cell('6,115'), cell('5,459')) +
    row(cell('Resource Industries'), cell('2,830'), cell('2,178')) +
    row(cell('Total'), cell('8,945'), cell('7,637')) +
    '</table>\n';
  const box = (heading: string) =>
    `<table>\n${row(cell(heading, 'colspan="3"'))}${row(cell('(Millions of dollars)', 'colspan="3"'))}${row(cell('Segment Sales', 'colspan="3"'))}` +
    row(cell(''), cell('First Quarter 2022'), cell('First Quarter 2021')) +
    row(cell('Total Sales'), cell('6,115'), cell('5,459')) +
    row(cell('Segment Profit', 'colspan="3"')) +
    row(cell(''), cell('First Quarter 2022'), cell('First Quarter 2021')) +
    row(cell('Segment Profit'), cell('1,000'), cell('900')) +
    '</table>\n';
  it('is that segment’s, and so are the later boxes of the same <table>', () => {
    const doc = read(bySegment + box('CONSTRUCTION INDUSTRIES'));
    const members = doc.items.filter((i) => i.tableIndex > 0).map((i) => `${i.table}:${i.member?.member}`);
    expect(members).toEqual(
      Array(4)
        .fill('')
        .map((_, k) => (k < 2 ? 'Segment Sales:Construction Industries' : 'Segment Profit:Construction Industries')),
    );
    expect(doc.messages.filter((m) => m.ruleId === 'read.segment-heading')).toHaveLength(2);
  });
  it('a heading the document does not list as a segment changes nothing', () => {
    const doc = read(bySegment + box('HIGHLIGHTS'));
    expect(doc.items.filter((i) => i.member)).toEqual([]);
  });
});

const SHARED = process.env.IXPORT_SHARED ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared');
const CAT = resolve(SHARED, 'corpus/html/caterpillar_2022-04-28_8k_ex99-1.htm');

describe.skipIf(!existsSync(CAT))('Caterpillar 1Q 2022 (corpus)', () => {
  it('converts with no error; segment, consolidating and reconciliation figures are facts of their own', async () => {
    const c = await convertFile(CAT, { cik: '18230' });
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const json = JSON.parse(c.json) as { facts: Record<string, { value: string; dimensions: Record<string, string> }> };
    const of = (concept: string, value: string) =>
      Object.values(json.facts)
        .filter((f) => f.dimensions.concept.endsWith(`:${concept}`) && Number(f.value) === Number(value))
        .map((f) =>
          [
            f.dimensions.period.slice(0, 10),
            ...Object.entries(f.dimensions)
              .filter(([k]) => !['concept', 'period', 'entity', 'unit'].includes(k))
              .map(([, v]) => v.replace(/^\w+:/, '')),
          ].join(' '),
        );
    // Page 6 (CONSTRUCTION INDUSTRIES, Segment Sales): Total Sales 5,459 in 1Q21; page 8 (RESOURCE INDUSTRIES): 2,178.
    expect(of('TotalSales', '5459000000')).toEqual(['2021-01-01 ConstructionIndustriesMember']);
    expect(of('TotalSales', '2178000000')).toEqual(['2021-01-01 ResourceIndustriesMember']);
    // Page 17 (Supplemental Data for Results of Operations, 1Q22): revenues of Financial Products 813, adjustments (110).
    expect(of('RevenuesOfFinancialProducts', '813000000')).toEqual(['2022-01-01 FinancialProductsMember']);
    expect(of('RevenuesOfFinancialProducts', '-110000000')).toEqual(['2022-01-01 ConsolidatingAdjustmentsMember']);
  });
});
