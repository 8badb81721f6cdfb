// Classes found converting the corpus releases that still stopped on errors (issue #12), each on a small made-up
// table: a spanning header cell printed beyond every figure, and an untitled table introduced by a sentence.
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string) => `<html><body>\n<p>ACME TOYS REPORTS FIRST QUARTER RESULTS</p>\n<p>April 29, 2020</p>\n${body}\n</body></html>\n`;
const read = (html: string) => readHtmlRelease(page(html), 'x.htm');
const cells = (html: string) => itemsAsRows(read(html).items).map((r) => `${r.raw} ${r.period_start}..${r.period_end}`);
const c3 = (t = '') => cell(t, 'colspan="3"');

describe('a spanning header cell set beyond every figure', () => {
  it('heads the last columns no other cell of its row covers (Hasbro eOne: "Year Ended" far right of the fifth column)', () => {
    const html =
      '<p>(Thousands of Dollars)</p>\n<table>\n' +
      row(c3(), cell('Quarter Ended', 'colspan="9"'), c3(), c3(), c3(), c3('Year Ended')) +
      row(c3(), c3('September 2019'), c3(), c3('December 2019'), c3(), c3('December 2019')) +
      row(c3('Net Revenues'), c3('$ 283,310'), c3(), c3('$ 235,160'), c3(), c3('$ 1,215,773')) +
      '</table>';
    expect(cells(html)).toEqual(['$ 283,310 2019-07-01..2019-09-30', '$ 235,160 2019-10-01..2019-12-31', '$ 1,215,773 2019-01-01..2019-12-31']);
  });
});

describe('an untitled table introduced by a sentence ending in a colon', () => {
  it('is titled by the sentence subject, in a paragraph above or in a row of its own', () => {
    const header = row(cell(''), cell('Three Months Ended May 31, 2014'));
    const above = read(
      '<p>(A) Acquisition-related and other costs are comprised of amortization of intangible assets and are included in the following line items:</p>\n' +
        `<table>\n${header}${row(cell('Cost of revenue'), cell('$ 48'))}</table>`,
    );
    expect(above.tables[0].title).toBe('Acquisition-related and other costs');
    const inRow = read(
      '<p>Acme expects the second quarter of 2020 to reflect the impact of the pandemic on new business, as discussed in this release.</p>\n' +
        `<table>\n${row(cell('Our guidance includes GAAP and non-GAAP financial measures. The following table summarizes our guidance for the second quarter 2020:', 'colspan="2"'))}${header}${row(cell('Subscription revenues'), cell('$ 1,030'))}</table>`,
    );
    expect(inRow.tables[0].title).toBe('Our guidance');
  });
});
