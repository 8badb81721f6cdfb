// A roll-forward whose quarters are headed by their closing dates (JPMorgan's 2021 supplement: "Assets under
// management rollforward" under "Dec 31, 2021 | Sep 30, 2021 | Jun 30, 2021"): the opening balance printed under a
// date is the balance one quarter earlier, which the earlier column prints as its closing balance.
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';

const cell = (t: string) => `<td>${t}</td>`;
const row = (label: string, values: string[]) => `<tr>${cell(label)}${values.map(cell).join('')}</tr>`;
const html = (dates: string[]) => `<html><body>
<p>Example Bank reports results (in billions)</p>
<table>
<tr><td></td>${dates.map((d) => cell(d)).join('')}</tr>
${row('Assets under management rollforward', [])}
${row('Beginning balance', ['2,987', '2,833', '2,716'])}
${row('Net asset flows', ['40', '70', '80'])}
${row('Market/performance/other impacts', ['(31)', '84', '37'])}
${row('Ending balance', ['2,996', '2,987', '2,833'])}
</table></body></html>`;

const opening = (doc: ReturnType<typeof readHtmlRelease>) =>
  doc.items.filter((i) => i.row === 'Beginning balance').map((i) => [i.period?.type === 'instant' ? i.period.date : null, i.raw]);

describe('opening balances under quarter-end dates', () => {
  it('are the balance one quarter before the column date, equal to the earlier column closing balance', () => {
    const doc = readHtmlRelease(html(['Dec 31, 2021', 'Sep 30, 2021', 'Jun 30, 2021']), 'rollforward.htm');
    expect(opening(doc)).toEqual([
      ['2021-09-30', '2,987'],
      ['2021-06-30', '2,833'],
      ['2021-03-31', '2,716'],
    ]);
    const closing = doc.items.filter((i) => i.row === 'Ending balance').map((i) => [i.period?.type === 'instant' ? i.period.date : null, i.raw]);
    expect(closing).toContainEqual(['2021-09-30', '2,987']);
  });

  it('stay at the column date when the dates are not evenly spaced (nothing says how long each period is)', () => {
    const doc = readHtmlRelease(html(['Dec 31, 2021', 'Sep 30, 2021', 'Dec 31, 2020']), 'rollforward.htm');
    expect(opening(doc).map(([d]) => d)).toEqual(['2021-12-31', '2021-09-30', '2020-12-31']);
  });
});
