// The identities data shipped beside the taxonomy must name concepts the taxonomy has, with the types each role
// needs; otherwise an identity would silently stop applying after a taxonomy change.
import { describe, expect, it } from 'vitest';
import { loadIdentities, shippedIdentitiesPath, validateIdentities, IdentitiesError } from '../../src/check/identities.js';
import { loadTaxonomy } from '../../src/taxonomy/index.js';

describe('taxonomy/identities.json', () => {
  const path = shippedIdentitiesPath();
  it('is shipped', () => {
    expect(path).toMatch(/taxonomy[\\/]identities\.json$/);
  });
  it('names only concepts of the base taxonomy, of the right kinds', () => {
    const data = loadIdentities(path!);
    const tax = loadTaxonomy();
    const concept = (local: string) => tax.concepts.get(`{${data.namespace}}${local}`);
    const typeOf = (local: string) => {
      const c = concept(local);
      expect(c, `${local} is not in the base taxonomy`).toBeDefined();
      expect(c!.numeric, `${local} is not numeric`).toBe(true);
      return c!.type.replace(/^\{[^}]*\}/, '');
    };
    const equalities = [...(data.balanceSheet ?? []), ...(data.statementTwins ?? [])];
    expect(equalities.length).toBeGreaterThan(0);
    for (const e of equalities) for (const t of [...e.left, ...e.right]) expect(typeOf(t.concept)).toBe('monetaryItemType');
    expect(data.perShare!.length).toBeGreaterThan(0);
    for (const p of data.perShare!) {
      expect(typeOf(p.perShare)).toBe('perShareItemType');
      for (const alt of p.numerators) for (const t of alt) expect(typeOf(t.concept)).toBe('monetaryItemType');
      for (const s of p.shares) expect(typeOf(s)).toBe('sharesItemType');
    }
    expect(data.percentOfRevenue!.length).toBeGreaterThan(0);
    for (const p of data.percentOfRevenue!) {
      expect(typeOf(p.percent)).toBe('percentItemType');
      expect(typeOf(p.measure)).toBe('monetaryItemType');
      expect(typeOf(p.revenue)).toBe('monetaryItemType');
    }
  });
});

describe('identities data validation', () => {
  it('names the file and the entry that is malformed', () => {
    expect(() => validateIdentities({ perShare: [{ perShare: 'X', numerators: [], shares: ['S'] }] }, 'ids.json')).toThrow(
      /ids\.json: perShare\[0\]\.numerators/,
    );
    expect(() => validateIdentities({ balanceSheet: [{ left: [{ concept: 'A' }], right: [{ weight: 1 }] }] }, 'ids.json')).toThrow(IdentitiesError);
    expect(() => validateIdentities([], 'ids.json')).toThrow(/expected a JSON object/);
  });
});
