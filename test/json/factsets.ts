// Hand-built fact sets for the xBRL-JSON and diff tests (no other stage needed).
import { NS, type Context, type Fact, type FactSet, type Unit } from '../../src/model/fact.js';
import type { Period } from '../../src/model/period.js';

export const ACME = 'http://example.com/acme/2004';
export const CIK = '0001234567';

export function ctx(id: string, period: Period, dims: [string, string][] = [], cik = CIK): Context {
  return {
    id,
    entity: { scheme: NS.cik, identifier: cik },
    period,
    dimensions: dims.map(([d, m]) => ({
      dimension: { ns: ACME, local: d, prefix: 'acme' },
      member: { ns: ACME, local: m, prefix: 'acme' },
    })),
  };
}

export const USD: Unit = { id: 'usd', numerators: [{ ns: NS.iso4217, local: 'USD', prefix: 'iso4217' }], denominators: [] };
export const SHARES: Unit = { id: 'shares', numerators: [{ ns: NS.xbrli, local: 'shares', prefix: 'xbrli' }], denominators: [] };
export const PURE: Unit = { id: 'pure', numerators: [{ ns: NS.xbrli, local: 'pure', prefix: 'xbrli' }], denominators: [] };
export const USD_PER_SHARE: Unit = {
  id: 'usdPerShare',
  numerators: [{ ns: NS.iso4217, local: 'USD', prefix: 'iso4217' }],
  denominators: [{ ns: NS.xbrli, local: 'shares', prefix: 'xbrli' }],
};

export function num(concept: string, contextRef: string, value: string | null, decimals?: number | 'INF', unitRef = 'usd'): Fact {
  const f: Fact = { concept: { ns: ACME, local: concept, prefix: 'acme' }, contextRef, unitRef, value, numeric: true };
  if (value !== null) f.decimals = decimals ?? -3;
  return f;
}

export function text(concept: string, contextRef: string, value: string | null, lang?: string): Fact {
  const f: Fact = { concept: { ns: ACME, local: concept, prefix: 'acme' }, contextRef, value, numeric: false };
  if (lang) f.lang = lang;
  return f;
}

export function factSet(contexts: Context[], facts: Fact[], units: Unit[] = [USD, SHARES, PURE, USD_PER_SHARE]): FactSet {
  return {
    schemaRefs: ['acme-2004.xsd'],
    namespaces: { acme: ACME, xbrli: NS.xbrli, iso4217: NS.iso4217, cik: NS.cik, link: NS.link, xlink: NS.xlink },
    contexts: Object.fromEntries(contexts.map((c) => [c.id, c])),
    units: Object.fromEntries(units.map((u) => [u.id, u])),
    facts,
  };
}

/** A small filing with every shape the writer must handle. */
export function sampleFactSet(): FactSet {
  return factSet(
    [
      ctx('I2003', { type: 'instant', date: '2003-12-31' }),
      ctx('I2004', { type: 'instant', date: '2004-03-31' }),
      ctx('Q1', { type: 'duration', start: '2004-01-01', end: '2004-03-31' }),
      ctx('Q1_Seg', { type: 'duration', start: '2004-01-01', end: '2004-03-31' }, [['SegmentAxis', 'CoreCustomerMember']]),
      ctx('Feb29', { type: 'instant', date: '2004-02-29' }),
      ctx('Forever', { type: 'forever' }),
    ],
    [
      num('Cash', 'I2003', '29307000'),
      num('Cash', 'I2004', '29294000'),
      num('Revenues', 'Q1', '37153000'),
      num('Revenues', 'Q1_Seg', '33000000'),
      num('NetIncomeLoss', 'Q1', '-263000'),
      num('EarningsPerShare', 'Q1', '-0.01', 2, 'usdPerShare'),
      num('SharesOutstanding', 'Q1', '78321851', 0, 'shares'),
      num('GrossMarginPercent', 'Q1', '0.559', 3, 'pure'),
      num('ExactRatio', 'Q1', '0.5', 'INF', 'pure'),
      num('RestrictedInvestments', 'I2004', null),
      num('OtherAssets', 'Feb29', '0', -3),
      text('EntityName', 'Forever', 'Mpower Holding Corp', 'en-US'),
      text('Note', 'Q1', null),
    ],
  );
}
