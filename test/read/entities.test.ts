// Issue #12, Hasbro Q1 2020: another company's figures (an acquired business's own results) printed beside the
// registrant's, and noncontrolling interests printed outside the equity total. Small made-up releases first, then
// the real releases (values read off the printed page).
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readHtmlRelease } from '../../src/read/html/index.js';
import { otherEntities } from '../../src/read/entities.js';
import { convertFile } from '../../src/index.js';

const cell = (t: string, attrs = '') => `<td${attrs ? ' ' + attrs : ''}>${t}</td>`;
const row = (...cells: string[]) => `<tr>${cells.join('')}</tr>\n`;
const page = (body: string, prose = 'Acme Corp. completed its acquisition of Widget Holdings Ltd. (Widgetco) on January 2, 2020.') =>
  `<html><body>\n<p>ACME CORP. REPORTS FIRST QUARTER RESULTS</p>\n<p>Springfield, April 29, 2020 -- Acme Corp. (NASDAQ: ACME) today reported results.</p>\n<p>${prose}</p>\n${body}\n</body></html>\n`;
const members = (html: string, prose?: string) =>
  readHtmlRelease(page(html, prose), 'x.htm').tables.map((t) => t.columns.map((c) => (c.member ? `${c.member.axis}:${c.member.member}` : '-')).join(' '));

const reconciliation =
  '<p>RECONCILIATION OF 2019 AS REPORTED TO PRO FORMA RESULTS</p>\n<p>(Thousands of Dollars)</p>\n<table>\n' +
  row(cell(''), cell('Quarter Ended March 31, 2019', 'colspan="4"')) +
  row(cell(''), cell('Acme As Reported'), cell('Widgetco'), cell('Pro Forma Adjustments'), cell('Pro Forma Combined')) +
  row(cell('Net Revenues'), cell('732,510'), cell('466,212'), cell('—'), cell('1,198,722')) +
  row(cell('Operating Profit'), cell('36,127'), cell('115,647'), cell('(12,480)'), cell('139,294')) +
  '</table>\n';
const quarters = (title: string) =>
  `<p>${title}</p>\n<p>(Thousands of Dollars)</p>\n<table>\n` +
  row(cell(''), cell('Quarter Ended', 'colspan="2"')) +
  row(cell(''), cell('March 2019'), cell('June 2019')) +
  row(cell('Net Revenues'), cell('466,212'), cell('231,091')) +
  '</table>\n';

describe('another company the release says the registrant acquired', () => {
  it('is found in the prose with the short name it goes by, never the registrant itself', () => {
    expect(otherEntities('Hasbro completed its acquisition of Entertainment One Ltd. (eOne) at the beginning of the quarter.', 'Hasbro, Inc.')).toEqual([
      { name: 'Entertainment One Ltd.', names: ['Entertainment One Ltd.', 'Entertainment One', 'eOne'] },
    ]);
    expect(
      otherEntities('On June 1, 2021, PNC completed the acquisition of BBVA USA Bancshares, Inc. and our acquisition of BBVA USA closed.', 'PNC'),
    ).toHaveLength(1);
    expect(otherEntities('Acquisition of Property, Plant and Equipment; Hasbro acquired Hasbro Gaming assets.', 'Hasbro, Inc.')).toEqual([]);
  });
  it('a column naming it is on its member; the registrant’s, the adjustments and the combined columns are not', () => {
    expect(members(reconciliation)).toEqual(['- acquiree:Widget Holdings Ltd. - -']);
  });
  it('every column of a table its title names, and of the table right after with the same columns when the text between names it', () => {
    const html =
      quarters('Widgetco - FY2019 RESULTS OF OPERATIONS') +
      '<p>The Widgetco results above include charges outlined below.</p>\n' +
      quarters('Non-GAAP Adjustments');
    expect(members(html)).toEqual([
      'acquiree:Widget Holdings Ltd. acquiree:Widget Holdings Ltd.',
      'acquiree:Widget Holdings Ltd. acquiree:Widget Holdings Ltd.',
    ]);
  });
  it('without the prose naming a deal, or where the wording is about the deal itself, nothing moves', () => {
    expect(members(reconciliation, 'Acme Corp. had a good quarter.')).toEqual(['- - - -']);
    expect(members(quarters('Widgetco Acquisition Costs'))).toEqual(['- -']);
    // A following table with the same columns but text that does not name the company stays the registrant's.
    expect(members(quarters('Widgetco - FY2019 RESULTS') + '<p>Charges are outlined below.</p>\n' + quarters('Other Figures'))[1]).toBe('- -');
  });
});

const balanceSheet = (nciOutside: boolean) =>
  page(
    '<p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>\n<p>(Thousands of Dollars)</p>\n<table>\n' +
      row(cell(''), cell('March 29, 2020'), cell('March 31, 2019')) +
      row(cell('Total Assets'), cell('10,424,359'), cell('4,934,773')) +
      row(cell('Total Liabilities'), cell('7,626,544'), cell('3,280,242')) +
      (nciOutside
        ? row(cell('Noncontrolling Interests'), cell('61,324'), cell('—')) +
          row(cell("Total Shareholders' Equity"), cell('2,736,491'), cell('1,654,531')) +
          row(cell("Total Liabilities, Noncontrolling Interests and Shareholders' Equity"), cell('10,424,359'), cell('4,934,773'))
        : row(cell("Shareholders' equity", 'colspan="3"')) +
          row(cell('Common stock'), cell('2,736,491'), cell('1,654,531')) +
          row(cell('Noncontrolling interests'), cell('61,324'), cell('—')) +
          row(cell("Total shareholders' equity"), cell('2,797,815'), cell('1,654,531')) +
          row(cell("Total liabilities and shareholders' equity"), cell('10,424,359'), cell('4,934,773'))) +
      '</table>\n',
    'Acme Corp. had a good quarter.',
  );

describe('noncontrolling interests on a balance sheet', () => {
  const convert = async (html: string) => {
    const f = join(mkdtempSync(join(tmpdir(), 'ixport-nci-')), 'acme.htm');
    writeFileSync(f, html);
    const c = await convertFile(f, { cik: '1' });
    const json = JSON.parse(c.json) as { facts: Record<string, { value: string; dimensions: Record<string, string> }> };
    const concepts = (value: number) =>
      Object.values(json.facts)
        .filter((x) => Number(x.value) === value && x.dimensions.period === '2020-03-30T00:00:00')
        .map((x) => x.dimensions.concept.replace(/^\w+:/, ''));
    return { errors: c.findings.filter((x) => x.severity === 'error'), concepts };
  };
  it('printed outside the equity total (its grand total names them) are MinorityInterest, and the identity holds', async () => {
    const { errors, concepts } = await convert(balanceSheet(true));
    expect(errors).toEqual([]);
    expect(concepts(61324000)).toEqual(['MinorityInterest']);
    expect(concepts(10424359000).sort()).toEqual(['Assets', 'LiabilitiesAndStockholdersEquity']);
  });
  it('printed above the equity total that includes them stay a concept of their own', async () => {
    const { errors, concepts } = await convert(balanceSheet(false));
    expect(errors).toEqual([]);
    expect(concepts(61324000)).toHaveLength(1);
    expect(concepts(61324000)).not.toContain('MinorityInterest');
  });
});

const SHARED = process.env.IXPORT_SHARED ?? resolve(fileURLToPath(new URL('../../..', import.meta.url)), 'shared');
const HASBRO = resolve(SHARED, 'corpus/html-2/hasbro_2020-04-29_8k_ex99-1.htm');
const PNC = resolve(SHARED, 'corpus/html-2/pnc_2021-07-14_8k_ex99-1.htm');

type Json = { facts: Record<string, { value: string; dimensions: Record<string, string> }> };
const factsOf = (json: Json, concept: string, value: number) =>
  Object.values(json.facts)
    .filter((f) => f.dimensions.concept.endsWith(`:${concept}`) && Number(f.value) === value)
    .map((f) =>
      [
        f.dimensions.period,
        ...Object.entries(f.dimensions)
          .filter(([k]) => !['concept', 'period', 'entity', 'unit'].includes(k))
          .map(([k, v]) => `${k.replace(/^\w+:/, '')}=${v.replace(/^\w+:/, '')}`),
      ].join(' '),
    )
    .sort();

describe.skipIf(!existsSync(HASBRO))('Hasbro Q1 2020 (corpus)', () => {
  it('converts with no error: eOne’s figures on its member, the balance sheet balances with its noncontrolling interests', async () => {
    const c = await convertFile(HASBRO, { cik: '46080' });
    expect(c.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const json = JSON.parse(c.json) as Json;
    // "Hasbro As Reported" Q1 2019 net revenues (also the statement of operations' March 31, 2019 column): one fact,
    // on the quarter Hasbro's 52/53-week calendar runs (from December 31, 2018) wherever the quarter is named.
    expect(factsOf(json, 'Revenues', 732510000)).toEqual(['2018-12-31T00:00:00/2019-04-01T00:00:00']);
    // eOne's Q1 2019 net revenues, printed in the reconciliation's "eOne (under U.S. GAAP)" column and in the
    // "eOne - FY2019 RESULTS OF OPERATIONS" table: one fact on eOne's member, for the quarter of the pro forma sum
    // it is a column of (Hasbro As Reported + eOne + adjustments = Pro Forma Combined).
    expect(factsOf(json, 'Revenues', 466212000)).toEqual(['2018-12-31T00:00:00/2019-04-01T00:00:00 BusinessAcquisitionAxis=EntertainmentOneLtdMember']);
    // eOne's FY2019 net revenues are eOne's, not Hasbro's.
    expect(factsOf(json, 'Revenues', 1215773000)).toEqual(['2019-01-01T00:00:00/2020-01-01T00:00:00 BusinessAcquisitionAxis=EntertainmentOneLtdMember']);
    // Balance sheet at March 29, 2020: 7,626,544 + 61,324 + 2,736,491 = 10,424,359.
    expect(factsOf(json, 'MinorityInterest', 61324000)).toEqual(['2020-03-30T00:00:00']);
    expect(factsOf(json, 'LiabilitiesAndStockholdersEquity', 10424359000)).toEqual(['2020-03-30T00:00:00']);
  });
});

describe.skipIf(!existsSync(PNC))('PNC 2Q21 (corpus)', () => {
  it('the "BBVA USA" column beside "PNC legacy" is the acquired bank’s, not a reporting basis', async () => {
    const c = await convertFile(PNC, { cik: '713676' });
    const json = JSON.parse(c.json) as Json;
    // Balance Sheet and Credit Quality Summary, June 30, 2021, BBVA USA deposits $82.2 billion.
    expect(factsOf(json, 'Deposits', 82200000000)).toEqual(['2021-07-01T00:00:00 BusinessAcquisitionAxis=BBVAUSABancsharesMember']);
  });
});
