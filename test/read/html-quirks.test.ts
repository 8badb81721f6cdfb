// What real HTML releases do (issue 12), each on a small made-up document with its expected cells: "$", "%" and
// the closing ")" in cells of their own, spacer columns, colspan/rowspan and <br> headers, spanning period
// headers, CSS and &nbsp; indentation, footnote superscripts, em-dash zeros from C1 charrefs, scale notes in a
// paragraph above, a period caption outside the table, sign words, "billion" in guidance cells, change columns,
// 52/53-week quarters, tables carried over a page break, and an EDGAR submission wrapping the HTML.
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string) => `<html><body>\n${body}\n</body></html>\n`;
const cells = (html: string) =>
  itemsAsRows(readHtmlRelease(page(html), 'x.htm').items).map((r) => [
    r.row,
    r.column,
    r.raw,
    r.value,
    r.scale,
    r.unit,
    `${r.period_start}..${r.period_end}`,
    r.range,
  ]);

describe('HTML quirks', () => {
  it('Word layout: spacer and "$" cells, "(1,234" + ")", "%" cells, spanning and stacked headers, sections', () => {
    const html =
      '<p align="center">CONDENSED STATEMENTS OF OPERATIONS</p>\n<p>(In millions, except per share amounts)</p>\n<table>\n' +
      row(cell('&nbsp;'), cell(''), cell('Three Months Ended', 'colspan="7"')) +
      row(cell(''), cell(''), cell('June 30,', 'colspan="3"'), cell(''), cell('June 30,', 'colspan="3"')) +
      row(cell(''), cell(''), cell('2021', 'colspan="3"'), cell(''), cell('2020', 'colspan="3"')) +
      row(cell('Net sales'), cell(''), cell('$'), cell('1,234'), cell(''), cell(''), cell('$'), cell('1,000'), cell('')) +
      row(cell('Operating expenses:'), cell(''), cell(''), cell(''), cell(''), cell(''), cell(''), cell(''), cell('')) +
      row(cell('Research', 'style="padding-left:12pt"'), cell(''), cell(''), cell('(103'), cell(')'), cell(''), cell(''), cell('&#151;'), cell('')) +
      row(
        cell('Total operating expenses', 'style="padding-left:24pt"'),
        cell(''),
        cell(''),
        cell('(103'),
        cell(')'),
        cell(''),
        cell(''),
        cell('17'),
        cell(''),
      ) +
      row(cell('Gross margin'), cell(''), cell(''), cell('27.8'), cell('%'), cell(''), cell(''), cell('26.1'), cell('%')) +
      row(cell('Earnings per share<sup>1</sup>'), cell(''), cell('$'), cell('0.16<sup>(2)</sup>'), cell(''), cell(''), cell('$'), cell('0.05'), cell('')) +
      '</table>';
    const q = '2021-04-01..2021-06-30';
    const p = '2020-04-01..2020-06-30';
    expect(cells(html)).toEqual([
      ['Net sales', 'Three Months Ended | June 30, | 2021', '1,234', '1234', '6', 'USD', q, ''],
      ['Net sales', 'Three Months Ended | June 30, | 2020', '1,000', '1000', '6', 'USD', p, ''],
      ['Research', 'Three Months Ended | June 30, | 2021', '(103)', '-103', '6', 'USD', q, ''],
      ['Research', 'Three Months Ended | June 30, | 2020', '\u2014', '0', '6', 'USD', p, ''],
      ['Total operating expenses', 'Three Months Ended | June 30, | 2021', '(103)', '-103', '6', 'USD', q, ''],
      ['Total operating expenses', 'Three Months Ended | June 30, | 2020', '17', '17', '6', 'USD', p, ''],
      ['Gross margin', 'Three Months Ended | June 30, | 2021', '27.8%', '27.8', '0', 'percent', q, ''],
      ['Gross margin', 'Three Months Ended | June 30, | 2020', '26.1%', '26.1', '0', 'percent', p, ''],
      ['Earnings per share', 'Three Months Ended | June 30, | 2021', '0.16', '0.16', '0', 'USD/share', q, ''],
      ['Earnings per share', 'Three Months Ended | June 30, | 2020', '0.05', '0.05', '0', 'USD/share', p, ''],
    ]);
    const doc = readHtmlRelease(page(html), 'x.htm');
    expect(doc.tables[0].title).toBe('CONDENSED STATEMENTS OF OPERATIONS');
    expect(doc.tables[0].rows.filter((r) => r.cells.length).map((r) => r.section)).toEqual(['', 'Operating expenses:', 'Operating expenses:', '', '']);
  });

  it('<br>-split headers, &nbsp; indentation, 52/53-week quarters, shares in thousands, a rowspan stub', () => {
    const html =
      '<p>(In thousands, except per share amounts)</p><table>' +
      row(cell('', 'rowspan="2"'), cell('13 Weeks Ended', 'colspan="2"')) +
      row(cell('January 29,<br>2022'), cell('January 30,<br>2021')) +
      row(cell('Revenue'), cell('5,000'), cell('4,000')) +
      row(cell('&nbsp;&nbsp;&nbsp;Basic'), cell('1.10'), cell('0.90')) +
      row(cell('Weighted average shares outstanding'), cell('45,123'), cell('44,000')) +
      '</table>';
    expect(cells(html)).toEqual([
      ['Revenue', '13 Weeks Ended | January 29, 2022', '5,000', '5000', '3', 'USD', '2021-10-31..2022-01-29', ''],
      ['Revenue', '13 Weeks Ended | January 30, 2021', '4,000', '4000', '3', 'USD', '2020-11-01..2021-01-30', ''],
      ['Basic', '13 Weeks Ended | January 29, 2022', '1.10', '1.10', '3', 'USD', '2021-10-31..2022-01-29', ''],
      ['Basic', '13 Weeks Ended | January 30, 2021', '0.90', '0.90', '3', 'USD', '2020-11-01..2021-01-30', ''],
      ['Weighted average shares outstanding', '13 Weeks Ended | January 29, 2022', '45,123', '45123', '3', 'shares', '2021-10-31..2022-01-29', ''],
      ['Weighted average shares outstanding', '13 Weeks Ended | January 30, 2021', '44,000', '44000', '3', 'shares', '2020-11-01..2021-01-30', ''],
    ]);
  });

  it('a period caption outside the table names columns headed "As Reported | Adjustments | Non-GAAP"', () => {
    const html =
      '<p>NON-GAAP STATEMENT OF OPERATIONS</p><p>($ in millions)</p><p>NINE MONTHS ENDED SEPTEMBER 30, 2021</p><table>' +
      row(cell(''), cell('As Reported'), cell('Adjustments'), cell('Non-GAAP')) +
      row(cell('Operating income'), cell('100'), cell('5'), cell('105')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[4], c[6], c[7]])).toEqual([
      ['100', '6', '2021-01-01..2021-09-30', ''],
      ['5', '6', '2021-01-01..2021-09-30', ''],
      ['105', '6', '2021-01-01..2021-09-30', ''],
    ]);
  });

  it('sign words: UP/DOWN carry the sign, UNCHANGED is zero; columns of them are changes', () => {
    const html =
      '<table>' +
      row(cell('World'), cell('1st Quarter 2022'), cell('4th Quarter 2021')) +
      row(cell('Asia'), cell('DOWN 18%'), cell('UP 2%')) +
      row(cell('Total'), cell('UNCHANGED'), cell('UP 7%')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[3], c[5], c[6], c[7]])).toEqual([
      ['DOWN 18%', '-18', 'percent', '2022-01-01..2022-03-31', 'change'],
      ['UP 2%', '2', 'percent', '2021-10-01..2021-12-31', 'change'],
      ['UNCHANGED', '0', 'percent', '2022-01-01..2022-03-31', 'change'],
      ['UP 7%', '7', 'percent', '2021-10-01..2021-12-31', 'change'],
    ]);
  });

  it('"billion" inside guidance cells scales the cell; ranges give low and high', () => {
    const html =
      '<p>($ in millions)</p><table>' +
      row(cell(''), cell('Fiscal 2022 Outlook')) +
      row(cell('Revenue'), cell('$5.0 - $5.2 billion')) +
      row(cell('Capital expenditures'), cell('$300')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[3], c[4], c[7]])).toEqual([
      ['$5.0', '5.0', '9', 'low'],
      ['$5.2', '5.2', '9', 'high'],
      ['$300', '300', '6', ''],
    ]);
  });

  it('% change columns (Y/Y, Q/Q) take the current period; scales per table ($ in millions, $ in billions)', () => {
    const html =
      '<p>($ in millions)</p><table>' +
      row(cell(''), cell('Q4 2021'), cell('Q3 2021'), cell('Q/Q'), cell('Y/Y')) +
      row(cell('Revenue'), cell('$7,643'), cell('$7,103'), cell('8%'), cell('53%')) +
      '</table>' +
      '<p>Balance sheet data</p><p>($ in billions)</p><table>' +
      row(cell(''), cell('December 31, 2021')) +
      row(cell('Total assets'), cell('$44.2')) +
      '</table>';
    expect(cells(html).map((c) => [c[2], c[4], c[5], c[6], c[7]])).toEqual([
      ['$7,643', '6', 'USD', '2021-10-01..2021-12-31', ''],
      ['$7,103', '6', 'USD', '2021-07-01..2021-09-30', ''],
      ['8%', '0', 'percent', '2021-10-01..2021-12-31', 'change'],
      ['53%', '0', 'percent', '2021-10-01..2021-12-31', 'change'],
      ['$44.2', '9', 'USD', '..2021-12-31', ''],
    ]);
  });

  it('a headerless table after a page break continues the table before it', () => {
    const html =
      '<table>' +
      row(cell(''), cell('2021'), cell('2020')) +
      row(cell('Cash from operations'), cell('10'), cell('9')) +
      '</table>' +
      '<p>12</p><hr/><table>' +
      row(cell('Cash from financing'), cell('(4'), cell(')'), cell('(3)')) +
      '</table>';
    const doc = readHtmlRelease(page(html), 'x.htm');
    expect(doc.tables.length).toBe(1);
    expect(doc.items.map((i) => [i.raw, i.column])).toEqual([
      ['10', '2021'],
      ['9', '2020'],
      ['(4)', '2021'],
      ['(3)', '2020'],
    ]);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['read.continued-table']);
  });

  it('positions: raw line and column of the first character, offsets around the number, CR LF lines', () => {
    const text = '<html><body>\r\n<table><tr><td>Revenue</td>\r\n<td>$</td><td>(1,234</td><td>)</td></tr></table></body></html>';
    const doc = readHtmlRelease(text, 'x.htm');
    const it0 = doc.items[0];
    expect([it0.raw, it0.value!.toString(), it0.pos.line, it0.pos.column]).toEqual(['(1,234)', '-1234', 3, 15]);
    expect(text.slice(it0.offset!, it0.endOffset!)).toBe('(1,234');
    expect(doc.lines.length).toBe(3);
  });

  it('an EDGAR submission whose <TEXT> holds HTML is read in place; graphics are skipped', () => {
    const text =
      '<SEC-DOCUMENT>\nCOMPANY CONFORMED NAME: ACME CORP\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html><body><p>(in millions)</p>\n' +
      '<table><tr><td></td><td>2021</td></tr><tr><td>Revenue</td><td>12</td></tr><tr><td>Cost</td><td>5</td></tr></table>\n' +
      '<p>x</p><p>y</p><p>z</p><div>a</div><div>b</div><div>c</div><div>d</div><div>e</div><div>f</div><div>g</div>\n' +
      '</body></html>\n</TEXT>\n</DOCUMENT>\n<DOCUMENT>\n<TYPE>GRAPHIC\n<TEXT>\nbegin 644 logo.jpg\nM_]C_X 12,345 <td>\nend\n</TEXT>\n</DOCUMENT>\n';
    const doc = readHtmlRelease(text, 'sub.txt');
    expect(doc.items.map((i) => [i.raw, i.scale, i.pos.line])).toEqual([
      ['12', 6, 7],
      ['5', 6, 7],
    ]);
    expect(doc.cover.registrantName?.value).toBe('ACME CORP');
  });
});

describe('HTML positions of split values', () => {
  it('"$(" in the cell before: the position is the "(", the offset range the number\'s own cell', () => {
    const text = '<table><tr><td>Loss</td><td>$(</td><td>12</td><td>)</td></tr></table>';
    const it0 = readHtmlRelease(text, 'x.htm').items[0];
    expect([it0.raw, it0.value!.toString(), it0.pos.column]).toEqual(['(12)', '-12', 30]);
    expect(text.slice(it0.offset!, it0.endOffset!)).toBe('12');
  });
});

describe('fiscal quarter headers', () => {
  it('"Q4 FY26" names no calendar period: a warning instead of a silently wrong year', () => {
    const doc = readHtmlRelease(page('<table>' + row(cell(''), cell('Q4 FY26')) + row(cell('Revenue'), cell('68,127')) + '</table>'), 'x.htm');
    expect(doc.items.map((i) => i.period)).toEqual([null]);
    expect(doc.messages.map((m) => m.ruleId)).toEqual(['read.no-period']);
  });
});
