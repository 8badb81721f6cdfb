// A table-driven tester for check rules in the style of ESLint's RuleTester: each rule gets `valid` cases (no
// finding) and `invalid` cases (exactly the findings listed, with the source lines each one names).
import { describe, expect, it } from 'vitest';
import { createContext } from '../../src/check/context.js';
import type { IdentitiesData } from '../../src/check/identities.js';
import type { Rule } from '../../src/check/rule.js';
import type { Context, Fact, FactSet, Unit } from '../../src/model/fact.js';
import { duration, instant } from '../../src/model/period.js';
import type { Message, Severity } from '../../src/model/source.js';
import { ARCROLE, type Concept, type Relationship, type Taxonomy } from '../../src/model/taxonomy.js';

export const NS_T = 'http://example.com/test';
export const FILE = 'release.txt';

const ENTITY = { scheme: 'http://www.sec.gov/CIK', identifier: '0000000001' };

/** Contexts by id: i1/i0 instants, d1/d0 durations, i1x a dimensional instant, i1dup = i1 under another id. */
export const CONTEXTS: Record<string, Context> = {
  i1: { id: 'i1', entity: ENTITY, period: instant('2004-03-31'), dimensions: [] },
  i0: { id: 'i0', entity: ENTITY, period: instant('2003-12-31'), dimensions: [] },
  d1: { id: 'd1', entity: ENTITY, period: duration('2004-01-01', '2004-03-31'), dimensions: [] },
  d0: { id: 'd0', entity: ENTITY, period: duration('2003-01-01', '2003-03-31'), dimensions: [] },
  i1x: {
    id: 'i1x',
    entity: ENTITY,
    period: instant('2004-03-31'),
    dimensions: [{ dimension: { ns: NS_T, local: 'SegmentAxis' }, member: { ns: NS_T, local: 'WestMember' } }],
  },
  i1dup: { id: 'i1dup', entity: ENTITY, period: instant('2004-03-31'), dimensions: [] },
};

export const UNITS: Record<string, Unit> = {
  usd: { id: 'usd', numerators: [{ ns: 'http://www.xbrl.org/2003/iso4217', local: 'USD' }], denominators: [] },
  usd2: { id: 'usd2', numerators: [{ ns: 'http://www.xbrl.org/2003/iso4217', local: 'USD' }], denominators: [] },
  eur: { id: 'eur', numerators: [{ ns: 'http://www.xbrl.org/2003/iso4217', local: 'EUR' }], denominators: [] },
  shares: { id: 'shares', numerators: [{ ns: 'http://www.xbrl.org/2003/instance', local: 'shares' }], denominators: [] },
  usdPerShare: {
    id: 'usdPerShare',
    numerators: [{ ns: 'http://www.xbrl.org/2003/iso4217', local: 'USD' }],
    denominators: [{ ns: 'http://www.xbrl.org/2003/instance', local: 'shares' }],
  },
  pure: { id: 'pure', numerators: [{ ns: 'http://www.xbrl.org/2003/instance', local: 'pure' }], denominators: [] },
};

export interface FactSpec {
  ctx?: string;
  unit?: string;
  decimals?: number | 'INF';
  precision?: number | 'INF';
  /** Source lines the fact was printed on (column 1). */
  lines?: number[];
  text?: boolean;
  lang?: string;
}

/** A numeric fact (money in USD, decimals -3, context i1 unless told), or a text fact with { text: true }. */
export function f(local: string, value: string | null, spec: FactSpec = {}): Fact {
  const numeric = !spec.text;
  return {
    concept: { ns: NS_T, local, prefix: 't' },
    contextRef: spec.ctx ?? 'i1',
    unitRef: numeric ? (spec.unit ?? 'usd') : undefined,
    value,
    numeric,
    decimals: numeric && value !== null && spec.precision === undefined ? (spec.decimals ?? -3) : undefined,
    precision: spec.precision,
    lang: spec.lang,
    sources: (spec.lines ?? []).map((line) => ({ file: FILE, line, column: 1 })),
  };
}

export function factSet(facts: Fact[]): FactSet {
  return { schemaRefs: ['test.xsd'], namespaces: { t: NS_T }, contexts: CONTEXTS, units: UNITS, facts };
}

export interface TaxonomySpec {
  /** Concept local names; all numeric monetary unless listed in `text`. */
  concepts: string[];
  text?: string[];
  /** total -> [item, weight][] in one link role (role 'r1' unless given as "role|total"). */
  calc?: Record<string, [string, number][]>;
  arcrole?: string;
}

export function taxonomy(spec: TaxonomySpec): Taxonomy {
  const concepts = new Map<string, Concept>();
  for (const local of [...spec.concepts, ...(spec.text ?? [])]) {
    const numeric = !(spec.text ?? []).includes(local);
    concepts.set(`{${NS_T}}${local}`, {
      qname: { ns: NS_T, local, prefix: 't' },
      id: `t_${local}`,
      type: numeric ? '{http://www.xbrl.org/2003/instance}monetaryItemType' : '{http://www.xbrl.org/2003/instance}stringItemType',
      numeric,
      periodType: 'instant',
      abstract: false,
      nillable: true,
      substitutionGroup: 'item',
      labels: {},
    });
  }
  const relationships: Relationship[] = [];
  for (const [key, items] of Object.entries(spec.calc ?? {})) {
    const [role, total] = key.includes('|') ? key.split('|') : ['r1', key];
    items.forEach(([item, weight], i) =>
      relationships.push({
        role: `http://example.com/role/${role}`,
        arcrole: spec.arcrole ?? ARCROLE.summationItem,
        from: { ns: NS_T, local: total },
        to: { ns: NS_T, local: item },
        order: i + 1,
        weight,
      }),
    );
  }
  return { concepts, relationships };
}

export interface Case {
  name: string;
  facts: Fact[];
  taxonomy?: Taxonomy;
  identities?: IdentitiesData;
}

export interface ExpectedFinding {
  ruleId: string;
  severity?: Severity;
  /** Source lines named, in order. */
  lines?: number[];
  /** Substrings the message must contain. */
  message?: string[];
}

export interface InvalidCase extends Case {
  findings: ExpectedFinding[];
}

export function runRule(rule: Rule, c: Case): Message[] {
  const ctx = createContext(factSet(c.facts), c.taxonomy ?? null, c.identities ?? null);
  return rule.run(ctx);
}

/** Declares one vitest case per table row. */
export function ruleTester(rule: Rule, table: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    for (const c of table.valid) {
      it(`valid: ${c.name}`, () => {
        expect(runRule(rule, c)).toEqual([]);
      });
    }
    for (const c of table.invalid) {
      it(`invalid: ${c.name}`, () => {
        const got = runRule(rule, c);
        expect(got.map((m) => m.ruleId)).toEqual(c.findings.map((x) => x.ruleId));
        c.findings.forEach((want, i) => {
          const m = got[i];
          expect(m.severity).toBe(want.severity ?? rule.reports[want.ruleId]);
          expect(rule.reports[m.ruleId]).toBe(m.severity);
          if (want.lines) expect((m.positions ?? []).map((p) => p.line)).toEqual(want.lines);
          for (const s of want.message ?? []) expect(m.message).toContain(s);
        });
      });
    }
  });
}
