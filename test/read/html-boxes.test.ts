// Bordered boxes set beside prose in the right columns of a layout <table> (Goldman Sachs' first pages: "2021
// Investment Banking" over "$14.88 billion", then "Financial advisory | $5.65 billion"): each box is a table of its
// own, its rows keep their labels under a centred total spanning the label column, and its heading gives its
// period and, when it names a segment the document lists, its segment.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { itemsAsRows } from '../../scripts/score.js';

const TOP = 'style="border-top:1px solid #000"';
const EDGE = 'style="border-left:1px solid #000"';
const td = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const tr = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
/** A box in columns 2-5 of a layout table whose column 0 is the paragraph about it (rowspan over the box). */
const box = (prose: string, heading: string, total: string, rows: [string, string][]) =>
  tr(
    td(prose, `rowspan="${rows.length + 2}"`),
    td(''),
    td('', TOP + ' ' + EDGE.replace('style="', 'style="border-top:1px solid #000;')),
    td(heading, `colspan="3" ${TOP}`),
  ) +
  tr(td(''), td('', EDGE), td(total, 'colspan="3" align="center"')) +
  rows.map(([l, v]) => tr(td(''), td('', EDGE), td(l), td(''), td(v, 'align="right"'))).join('') +
  tr(td(''), td(''), td(''), td(''), td(''), td('')) +
  tr(td('&nbsp;'), td(''), td(''), td(''), td(''), td(''));
const segmentTable =
  '<p>Segment Revenues</p>\n<table>\n' +
  tr(td(''), td('Year Ended December 31, 2020')) +
  tr(td('WIDGETS')) +
  tr(td('Retail widgets'), td('$ 1,204')) +
  tr(td('Industrial widgets'), td('802')) +
  tr(td('GADGETS')) +
  tr(td('Consumer gadgets'), td('$ 611')) +
  '</table>\n';
const page = (body: string) =>
  `<html><body>\n<p>ACME HOLDINGS REPORTS FOURTH QUARTER AND FULL YEAR 2020 RESULTS</p>\n<p>January 20, 2021</p>\n${body}\n${segmentTable}</body></html>\n`;
const rowsOf = (html: string) =>
  itemsAsRows(readHtmlRelease(page(html), 'x.htm').items).map((r) => `${r.row}|${r.raw}|${r.scale}|${r.period_start}..${r.period_end}`);

describe('boxes beside prose in a layout table', () => {
  const html =
    '<table>\n' +
    box('Net revenues in Widgets were $2.01 billion for 2020, 12% higher than 2019.', '2020 Widgets', '$2.01 billion', [
      ['Retail widgets', '$1.20 billion'],
      ['Industrial widgets', '$802 million'],
    ]) +
    box('Net revenues in Widgets were $540 million for the fourth quarter.', '4Q20 Widgets', '$540 million', [
      ['Retail widgets', '$310 million'],
      ['Industrial widgets', '$230 million'],
    ]) +
    '</table>\n';

  it('keeps each row label beside its amount, under the centred total', () => {
    const rows = rowsOf(html).filter((r) => r.includes('billion') || /\|\$\d/.test(r));
    expect(rows.slice(0, 6)).toEqual([
      '|$2.01|9|2020-01-01..2020-12-31',
      'Retail widgets|$1.20|9|2020-01-01..2020-12-31',
      'Industrial widgets|$802|6|2020-01-01..2020-12-31',
      '|$540|6|2020-10-01..2020-12-31',
      'Retail widgets|$310|6|2020-10-01..2020-12-31',
      'Industrial widgets|$230|6|2020-10-01..2020-12-31',
    ]);
  });

  it("takes each box's period from its own heading and its segment when the document lists it", () => {
    const doc = readHtmlRelease(page(html), 'x.htm');
    const boxes = doc.tables.filter((t) => /Widgets$/.test(t.title));
    expect(boxes.map((t) => t.title)).toEqual(['2020 Widgets', '4Q20 Widgets']);
    expect(doc.messages.filter((m) => m.ruleId === 'read.segment-box')).toHaveLength(2);
  });

  it('leaves a table whose labels stand outside a top-bordered header as one table (labels kept)', () => {
    const plain =
      '<table>\n' +
      tr(td(''), td('Year Ended December 31, 2020', `colspan="3" ${TOP}`)) +
      tr(td('Net revenues'), td('$'), td('4,120'), td('')) +
      tr(td('Net income'), td('$'), td('530'), td('')) +
      '</table>\n';
    expect(rowsOf(plain).slice(0, 2)).toEqual(['Net revenues|4,120|0|2020-01-01..2020-12-31', 'Net income|530|0|2020-01-01..2020-12-31']);
  });
});

const SHARED = process.env.IXPORT_SHARED ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared');
const GS = join(SHARED, 'corpus/html-2/goldmansachs_2022-01-18_8k_ex99-1.htm');

describe.skipIf(!existsSync(GS))("Goldman Sachs' first-page boxes (values read off the page)", () => {
  const doc = () => readHtmlRelease(readFileSync(GS, 'latin1'), GS);
  it('reads each box row with its label, its own period and its segment', () => {
    const d = doc();
    const find = (raw: string, label: string) => {
      const item = d.items.find((i) => i.raw.replace(/\s+/g, '') === raw && i.row === label);
      if (!item) throw new Error(`${raw} ${label} not read`);
      const p = item.period?.type === 'duration' ? item.period : null;
      return [item.table, p?.start ?? '', p?.end ?? '', item.member?.member ?? ''];
    };
    expect(find('$5.65', 'Financial advisory')).toEqual(['2021 Investment Banking', '2021-01-01', '2021-12-31', 'Investment Banking']);
    expect(find('$1.97', 'Underwriting')).toEqual(['4Q21 Investment Banking', '2021-10-01', '2021-12-31', 'Investment Banking']);
    expect(find('$192', 'Corporate lending')).toEqual(['4Q21 Investment Banking', '2021-10-01', '2021-12-31', 'Investment Banking']);
    expect(find('$8.65', 'FICC intermediation')).toEqual(['2021 Global Markets', '2021-01-01', '2021-12-31', 'Global Markets']);
    expect(find('$2.12', 'Equities')).toEqual(['4Q21 Global Markets', '2021-10-01', '2021-12-31', 'Global Markets']);
    expect(find('$376', 'Consumer banking')).toEqual(['4Q21 Consumer & Wealth Management', '2021-10-01', '2021-12-31', 'Consumer & Wealth Management']);
  });
});
