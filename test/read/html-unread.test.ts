// No printed number lost without a message: cells the HTML reader used to drop silently (a bare "(22)" beside a
// number taken for its footnote marker, "(1.8) ppt", "—%", "up 8%" at the margin, "$0.25 / $0.24", a lone "*"
// the legend calls not meaningful), each on a small made-up table; and a cell it still cannot read is reported.
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string) => `<html><body>\n${body}\n</body></html>\n`;
const read = (html: string) => readHtmlRelease(page(html), 'x.htm');
const cells = (html: string) => itemsAsRows(read(html).items).map((r) => [r.row, r.column, r.raw, r.value, r.unit, r.range]);
const warnings = (html: string) => read(html).messages.filter((m) => m.severity !== 'info');
const head = '<p>(In millions)</p>\n<table>\n' + row(cell(''), cell('Three Months Ended March 31, 2020', 'colspan="2"'));

describe('a bare "(n)" right after a number', () => {
  it('is a figure of its own without evidence of a footnote ("After-tax (2)" holding "(22)")', () => {
    const html =
      head +
      row(cell(''), cell('Pre-tax'), cell('After-tax (2)')) +
      row(cell('Restructuring'), cell('(30)'), cell('(22)')) +
      '</table>\n<p>(2) Net of tax at 25%.</p>';
    expect(cells(html)).toEqual([
      ['Restructuring', 'Three Months Ended March 31, 2020 | Pre-tax', '(30)', '-30', 'USD', ''],
      ['Restructuring', 'Three Months Ended March 31, 2020 | After-tax (2)', '(22)', '-22', 'USD', ''],
    ]);
  });

  it("is the number's footnote marker when the document prints that footnote, or sets it as a superscript", () => {
    const body = (marker: string) =>
      head.replace('colspan="2"', 'colspan="3"') +
      row(cell(''), cell('Pre-tax'), cell('After-tax')) +
      row(cell('Restructuring'), cell('(30)'), marker, cell('(22)')) +
      '</table>\n<p>(2) Net of tax.</p>';
    for (const marker of [cell('(2)'), cell('<sup>(7)</sup>')]) {
      expect(cells(body(marker)).map((c) => c[2])).toEqual(['(30)', '(22)']);
      expect(warnings(body(marker))).toEqual([]);
    }
  });

  it('followed by "%" is a percentage: NVIDIA\'s "2,544 | (13) | %"', () => {
    const html =
      head.replace('colspan="2"', 'colspan="3"') +
      row(cell(''), cell('Q4 FY20'), cell('Q/Q'), cell('')) +
      row(cell('Gaming'), cell('2,544'), cell('(13)'), cell('%')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[3], c[4]])).toEqual([
      ['2,544', '2544', 'USD'],
      ['(13)%', '-13', 'percent'],
    ]);
  });
});

describe('cells printed with words and signs', () => {
  it('percentage points, a dash percent and sign words at the margin', () => {
    const html =
      '<table>\n' +
      row(cell('Q1 2020 Key Business Drivers', 'colspan="3"')) +
      row(cell('Gross dollar volume'), cell('Operating margin'), cell('Tax rate')) +
      row(cell('up 8%'), cell('(1.8) ppt'), cell('\u2014%')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[3], c[4], c[5]])).toEqual([
      ['up 8%', '8', 'percent', 'change'],
      ['(1.8) ppt', '-1.8', 'percent', 'change'],
      ['\u2014%', '0', 'percent', ''],
    ]);
  });

  it('two figures in one cell, "$0.25 / $0.24", are two items in printed order, not a range', () => {
    const html =
      head + row(cell(''), cell('Amount'), cell('Earnings per Basic/Diluted Share')) + row(cell('Net income'), cell('$48'), cell('$0.25 / $0.24')) + '</table>';
    expect(cells(html).map((c) => [c[2], c[4], c[5]])).toEqual([
      ['$48', 'USD', ''],
      ['$0.25', 'USD/share', ''],
      ['$0.24', 'USD/share', ''],
    ]);
  });

  it('a lone "*" is not meaningful when the legend says so, and nothing when it does not', () => {
    const table = (legend: string) =>
      head.replace('colspan="2"', 'colspan="4"') +
      row(cell(''), cell('2020'), cell('2019'), cell(''), cell('Percent Change')) +
      row(cell('Impairment'), cell('610'), cell('\u2014'), cell(''), cell('*')) +
      '</table>\n' +
      legend;
    expect(cells(table('<p>* Not meaningful</p>')).map((c) => [c[2], c[3]])).toEqual([
      ['610', '610'],
      ['\u2014', '0'],
      ['*', 'NM'],
    ]);
    expect(cells(table('<p>* Not applicable</p>')).map((c) => c[2])).toEqual(['610', '\u2014']);
  });
});

describe('a number the reader cannot read', () => {
  it('is reported where it is printed', () => {
    const html = head + row(cell(''), cell('2020'), cell('2019')) + row(cell('Stores'), cell('12 of 30'), cell('11')) + '</table>';
    expect(cells(html).map((c) => c[2])).toEqual(['11']);
    expect(warnings(html).map((m) => [m.ruleId, m.positions?.[0]?.line])).toEqual([['read.unplaced-number', 6]]);
    expect(warnings(html)[0].message).toContain('"12 of 30"');
  });
});

describe('split cells Caterpillar prints', () => {
  const grid = (...rows: string[]) =>
    '<p>(Dollars in millions)</p>\n<table>\n' +
    row(cell(''), cell('Three Months Ended March 31,', 'colspan="2"')) +
    row(cell(''), cell('2022'), cell('2021'), cell('Change', 'colspan="2"')) +
    rows.join('') +
    '</table>\n';

  it('"(1.8" and " pts)" in two cells: -1.8 percentage points, a change', () => {
    const html = grid(row(cell('Segment Profit Margin'), cell('15.6%'), cell('17.4%'), cell('(1.8&#160;'), cell('&#160;pts)')));
    expect(cells(html).map((c) => [c[2], c[3], c[4], c[5]])).toContainEqual(['(1.8pts)', '-1.8', 'percent', 'change']);
    expect(warnings(html)).toEqual([]);
  });

  it('"1,2" after a figure, in a smaller font or naming printed footnotes, marks footnotes 1 and 2: no value, no warning', () => {
    const html = (marker: string) =>
      grid(row(cell('Receivables - finance'), cell('<font style="font-size:9pt">4,966</font>'), cell('4,100'), cell('866'), marker)) +
      '<p>(1) Elimination of receivables.</p>\n<p>(2) Reclassification.</p>';
    for (const marker of [cell('<font style="font-size:6pt">1,2</font>'), cell('1,2')]) {
      expect(cells(html(marker)).map((c) => c[2])).toEqual(['4,966', '4,100', '866']);
      expect(warnings(html(marker))).toEqual([]);
    }
  });
});
