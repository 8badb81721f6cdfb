// Classes found walking the html-2 releases (round 3), each on a small made-up table with its expected cells:
// operating statistics with units and footnote scales, per-share blocks of reconciliations, share rows that add
// up, changes that do not say change, tables turned round (periods in the row labels), bridge columns, header
// blocks re-heading only their lower lines, and shorthand header units.
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { itemsAsRows } from '../../scripts/score.js';
import { footnoteMeasure, headerScale, perColumnUnit, statisticUnit } from '../../src/read/units.js';
import { headerPeriod } from '../../src/read/periods.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string) => `<html><body>\n${body}\n</body></html>\n`;
const read = (html: string) => readHtmlRelease(page(html), 'x.htm');
const cells = (html: string) => itemsAsRows(read(html).items).map((r) => [r.row, r.raw, r.scale, r.unit, `${r.period_start}..${r.period_end}`, r.range]);
const Q20 = '2020-01-01..2020-03-31';
const Q19 = '2019-01-01..2019-03-31';

describe('units of operating statistics', () => {
  it('label words, rates, footnotes and per-workday columns', () => {
    expect(
      ['LTL tonnage (1)', 'LTL shipments', 'Workdays', 'LTL revenue/cwt.', 'LTL revenue/shipment', 'LTL pounds/shipment', 'Revenue per ton'].map(statisticUnit),
    ).toEqual(['tons', 'shipments', 'days', 'USD/cwt', 'USD/shipment', 'pounds/shipment', 'USD/ton']);
    // An ageing bucket of loans is money, not days; "Days sales outstanding" names no count it ends with.
    expect(['Loans past due 30-89 days', 'Days sales outstanding', 'Net income'].map(statisticUnit)).toEqual([null, null, null]);
    const notes = new Map([
      ['1', 'In thousands.'],
      ['2', 'In miles.'],
    ]);
    expect([footnoteMeasure('LTL tonnage (1)', notes), footnoteMeasure('Length of haul (2)', notes), footnoteMeasure('Revenue', notes)]).toEqual([
      { scale: 3 },
      { unit: 'miles' },
      {},
    ]);
    expect([perColumnUnit('First Quarter | Amount/Workday | 2020', 'tons'), perColumnUnit('Amount/Workday', 'days'), perColumnUnit('2020', 'tons')]).toEqual([
      'tons/workday',
      'days',
      'tons',
    ]);
    expect([headerScale('CPU Units k'), headerScale('Rev $m'), headerScale('2020')]).toEqual([{ scale: 3, unit: 'pure' }, { scale: 6, unit: 'USD' }, null]);
  });

  it('"First Quarter | Amount/Workday | 2020" is the quarter; "Growth" and "Year/Year" head changes', () => {
    expect(headerPeriod(['First Quarter', 'Amount/Workday', '2020']).period).toEqual({ type: 'duration', start: '2020-01-01', end: '2020-03-31' });
    expect(headerPeriod(['First Quarter', 'Full Year', '2020']).period).toEqual({ type: 'duration', start: '2020-01-01', end: '2020-12-31' });
    expect([headerPeriod(['Year/Year Growth (%)']).kind, headerPeriod(['Growth (Local)']).kind]).toEqual(['change', 'change']);
  });

  it('a footnote under the table scales the rows it marks', () => {
    const html =
      '<table>\n' +
      row(cell(''), cell('First Quarter', 'colspan="2"'), cell('First Quarter', 'colspan="2"')) +
      row(cell(''), cell(''), cell(''), cell('Amount/Workday', 'colspan="2"')) +
      row(cell(''), cell('2020'), cell('2019'), cell('2020'), cell('2019')) +
      row(cell('Workdays'), cell(''), cell(''), cell('64'), cell('63')) +
      row(cell('LTL tonnage (1)'), cell('1,203'), cell('1,139'), cell('18.80'), cell('18.07')) +
      row(cell('(1)'), cell('In thousands.', 'colspan="4"')) +
      '</table>';
    expect(cells(html)).toEqual([
      ['Workdays', '64', '0', 'days', Q20, ''],
      ['Workdays', '63', '0', 'days', Q19, ''],
      ['LTL tonnage (1)', '1,203', '3', 'tons', Q20, ''],
      ['LTL tonnage (1)', '1,139', '3', 'tons', Q19, ''],
      ['LTL tonnage (1)', '18.80', '3', 'tons/workday', Q20, ''],
      ['LTL tonnage (1)', '18.07', '3', 'tons/workday', Q19, ''],
    ]);
  });
});

describe('rows read from their neighbours', () => {
  const head =
    '<p>(In millions, except share and per share amounts)</p>\n<table>\n' +
    row(cell(''), cell('Three Months Ended March 31,', 'colspan="2"')) +
    row(cell(''), cell('2020'), cell('2019'));

  it('a per-share block repeating the amount rows is per share; a row adding up two share counts counts shares', () => {
    const html =
      head +
      row(cell('Net income (GAAP)'), cell('68.6'), cell('128.5')) +
      row(cell('Loss on extinguishment of debt, net of tax'), cell('6.5'), cell('&#8212;')) +
      row(cell('Earnings per share-diluted (GAAP)'), cell('0.99'), cell('1.82')) +
      row(cell('Loss on extinguishment of debt, net of tax'), cell('0.10'), cell('&#8212;')) +
      row(cell('Basic weighted-average shares outstanding'), cell('68,281,213'), cell('70,042,761')) +
      row(cell('Dilutive equity-based compensation awards'), cell('590,811'), cell('714,033')) +
      row(cell('Diluted weighted-average shares outstanding'), cell('68,872,024'), cell('70,756,794')) +
      '</table>';
    const units = cells(html).map((c) => `${c[0]}: ${c[3]}/${c[2]}`);
    expect([...new Set(units)]).toEqual([
      'Net income (GAAP): USD/6',
      'Loss on extinguishment of debt, net of tax: USD/6',
      'Earnings per share-diluted (GAAP): USD/share/0',
      'Loss on extinguishment of debt, net of tax: USD/share/0',
      'Basic weighted-average shares outstanding: shares/0',
      'Dilutive equity-based compensation awards: shares/0',
      'Diluted weighted-average shares outstanding: shares/0',
    ]);
  });

  it('a block whose first row prints "%" prints percentages', () => {
    const html =
      head +
      row(cell('Net charge-off rate')) +
      row(cell('Card', 'style="padding-left:10pt"'), cell('1.28%'), cell('1.39%')) +
      row(cell('Auto', 'style="padding-left:10pt"'), cell('0.12'), cell('(0.10)')) +
      '</table>';
    expect(cells(html).map((c) => c[3])).toEqual(['percent', 'percent', 'percent', 'percent']);
  });
});

describe('columns that name no period', () => {
  it('percentages right of two periods are the growth; bridge columns are changes over the later period', () => {
    const html =
      '<p>(in millions)</p><table>\n' +
      row(
        cell(''),
        cell('First Quarter 2021'),
        cell('Sales Volume'),
        cell('Currency'),
        cell('First Quarter 2022'),
        cell('Reported'),
        cell('Currency-neutral'),
      ) +
      row(cell('Construction'), cell('5,459'), cell('325'), cell('(101)'), cell('5,683'), cell('4%'), cell('6%')) +
      row(cell('Resource'), cell('2,178'), cell('527'), cell('(34)'), cell('2,671'), cell('23%'), cell('24%')) +
      '</table>';
    const got = cells(html).slice(0, 6);
    expect(got).toEqual([
      ['Construction', '5,459', '6', 'USD', '2021-01-01..2021-03-31', ''],
      ['Construction', '325', '6', 'USD', '2022-01-01..2022-03-31', 'change'],
      ['Construction', '(101)', '6', 'USD', '2022-01-01..2022-03-31', 'change'],
      ['Construction', '5,683', '6', 'USD', '2022-01-01..2022-03-31', ''],
      ['Construction', '4%', '0', 'percent', '2022-01-01..2022-03-31', 'change'],
      ['Construction', '6%', '0', 'percent', '2022-01-01..2022-03-31', 'change'],
    ]);
  });

  it('a table turned round takes its periods from the row labels', () => {
    const html =
      '<p>($ in millions, except per share amounts)</p><table>\n' +
      row(cell(''), cell('Three Months Ended March 31,', 'colspan="2"')) +
      row(cell(''), cell('Revenue'), cell('Diluted Earnings per Share')) +
      row(cell('2019 As Reported'), cell('$30,571'), cell('$1.14')) +
      row(cell('2020 As Reported'), cell('$35,021'), cell('$1.40')) +
      row(cell('Percentage Change Y/Y'), cell('15%'), cell('23%')) +
      '</table>';
    expect(cells(html)).toEqual([
      ['2019 As Reported', '$30,571', '6', 'USD', Q19, ''],
      ['2019 As Reported', '$1.14', '0', 'USD/share', Q19, ''],
      ['2020 As Reported', '$35,021', '6', 'USD', Q20, ''],
      ['2020 As Reported', '$1.40', '0', 'USD/share', Q20, ''],
      ['Percentage Change Y/Y', '15%', '0', 'percent', Q20, 'change'],
      ['Percentage Change Y/Y', '23%', '0', 'percent', Q20, 'change'],
    ]);
    const byRow =
      '<p>(Dollars in millions)</p><table>\n' +
      row(cell(''), cell('Operating Profit'), cell('Profit per Share')) +
      row(cell('Three Months Ended March 31, 2022 - U.S. GAAP'), cell('1,855'), cell('2.86')) +
      row(cell('Restructuring costs'), cell('13'), cell('0.02')) +
      '</table>';
    expect(cells(byRow).map((c) => `${c[3]} ${c[4]}`)).toEqual(
      Array(4)
        .fill('')
        .map((_, k) => `${k % 2 ? 'USD/share' : 'USD'} 2022-01-01..2022-03-31`),
    );
  });

  it('a header block re-heading the lower lines keeps the spanning period; "Unchanged" in guidance is no value', () => {
    const html =
      '<table>\n' +
      row(cell(''), cell('First Quarter 2020 GAAP Results', 'colspan="2"')) +
      row(cell(''), cell('Amount ($ millions)'), cell('Year/Year Growth (%)')) +
      row(cell('Subscription revenues'), cell('$995'), cell('34%')) +
      row(cell(''), cell('Amount ($ millions)'), cell('Margin (%)')) +
      row(cell('Gross profit'), cell('$835'), cell('84%')) +
      '</table>';
    expect(cells(html).map((c) => `${c[1]} ${c[4]} ${c[5]}`)).toEqual([`$995 ${Q20} `, `34% ${Q20} change`, `$835 ${Q20} `, `84% ${Q20} `]);
    const guidance =
      '<table>\n' +
      row(cell(''), cell('Current FY 2020'), cell('Previous FY 2020')) +
      row(cell('Product revenues'), cell('$5.3 to 5.6 billion'), cell('$5.1 to 5.3 billion')) +
      row(cell('Expenses'), cell('Unchanged'), cell('$2.4 to 2.55 billion')) +
      '</table>';
    expect(cells(guidance).map((c) => `${c[0]} ${c[1]} ${c[5]}`)).toEqual([
      'Product revenues $5.3 low',
      'Product revenues 5.6 high',
      'Product revenues $5.1 low',
      'Product revenues 5.3 high',
      'Expenses $2.4 low',
      'Expenses 2.55 high',
    ]);
  });
});

describe('title matter', () => {
  it('a source line break inside a paragraph is a space; running page heads are no titles', () => {
    const html =
      '<p align="center"><b>CONDENSED STATEMENTS OF OPERATIONS</b></p><p align="center"><b>($ in millions, except\nper share data)</b></p>\n<table>\n' +
      row(cell(''), cell('Three Months Ended May 31,', 'colspan="2"')) +
      row(cell(''), cell('2014'), cell('2013')) +
      row(cell('New software licenses'), cell('3,769'), cell('3,689')) +
      '</table>\n<p>Acme Reports Full Year 2020 Net Income of $7.6 Billion \u2013 Page 14</p>\n<table>\n' +
      row(cell(''), cell('Three Months Ended May 31,', 'colspan="2"')) +
      row(cell(''), cell('2014'), cell('2013')) +
      row(cell('Net income'), cell('1,000'), cell('900')) +
      '</table>';
    const doc = read(html);
    expect(doc.tables.map((t) => t.title)).toEqual(['CONDENSED STATEMENTS OF OPERATIONS', '']);
    expect(doc.items.slice(0, 2).map((i) => `${i.unit}/${i.scale}`)).toEqual(['USD/6', 'USD/6']);
  });
});

describe('header grids that disagree with their figures', () => {
  const spacer = (n: number) => Array(n).fill(cell('')).join('');
  it('a spanning row placed unevenly heads its columns group by group when the row below repeats its names', () => {
    // "3Q21" spans one grid column less than the pair below it; the grid leaves the last pair without a period.
    const html =
      '<table>\n' +
      row(cell(''), cell('4Q21', 'colspan="4"'), cell('3Q21', 'colspan="2"'), spacer(2)) +
      row(cell(''), cell('Pre-tax', 'colspan="2"'), cell('After-tax', 'colspan="2"'), cell('Pre-tax', 'colspan="2"'), cell('After-tax', 'colspan="2"')) +
      row(cell('Outside services'), cell(''), cell('(122)'), cell(''), cell('(117)'), cell(''), cell('(104)'), cell(''), cell('(103)')) +
      '</table>';
    expect(cells(html).map((c) => `${c[1]} ${c[4]}`)).toEqual([
      '(122) 2021-10-01..2021-12-31',
      '(117) 2021-10-01..2021-12-31',
      '(104) 2021-07-01..2021-09-30',
      '(103) 2021-07-01..2021-09-30',
    ]);
  });

  it('a header row set one column right of every figure is shifted back', () => {
    const html =
      '<table>\n' +
      row(cell(''), cell(''), cell('Q1 2020'), cell('Q1 2019'), cell('% Change')) +
      row(cell('U.S. and Canada'), cell('$428.6'), cell('$357.9'), cell('20%'), cell('')) +
      '</table>';
    expect(cells(html).map((c) => `${c[1]} ${c[4]} ${c[5]}`)).toEqual([`$428.6 ${Q20} `, `$357.9 ${Q19} `, `20% ${Q20} change`]);
  });
});
