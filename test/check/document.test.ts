// checkDocument on read-back documents: ixport's own DTS is loaded from the schemaRef (the shipped base when the
// schema is not beside the document), any other DTS gets only the rules that need no taxonomy.
import { describe, expect, it } from 'vitest';
import { checkDocument, CheckInputError } from '../../src/check/document.js';

const dir = 'test/fixtures/check';
const lines = (m: { positions?: { line: number }[] }) => (m.positions ?? []).map((p) => p.line);

describe('checkDocument', () => {
  it('instance on the base taxonomy: calculation, balance-sheet identity and duplicate, each with its lines', async () => {
    const r = await checkDocument(`${dir}/balance-sheet.xbrl`);
    expect(r.kind).toBe('xbrl');
    const found = r.findings.filter((m) => m.severity !== 'info').map((m) => [m.ruleId, lines(m)]);
    expect(r.findings.filter((m) => m.severity === 'info')).toEqual([]); // no calculation has Cash as an item with its total reported
    expect(found).toEqual([
      ['identity.balance-sheet', [11, 14]],
      ['calc.inconsistent', [14, 12, 13]],
      ['duplicate.inconsistent', [15, 16]],
    ]);
  });

  it('xBRL-JSON on the base taxonomy that balances: no finding', async () => {
    const r = await checkDocument(`${dir}/balanced.json`);
    expect(r.findings).toEqual([]);
  });

  it("a DTS that is not ixport's: duplicates and excess digits only, and says calculations were not checked", async () => {
    const r = await checkDocument(`${dir}/foreign.xbrl`);
    expect(r.findings.map((m) => m.ruleId)).toEqual(['calc.excess-digits', 'check.no-taxonomy']);
    expect(r.findings[1].message).toMatch(/not ixport's/);
  });

  it('unreadable input is an input error naming the file', async () => {
    await expect(checkDocument(`${dir}/garbage.xbrl`)).rejects.toThrow(CheckInputError);
    await expect(checkDocument(`${dir}/garbage.xbrl`)).rejects.toThrow(/garbage\.xbrl/);
    await expect(checkDocument(`${dir}/missing.xbrl`)).rejects.toThrow(/missing\.xbrl: cannot read/);
  });
});
