// The `ixport diff` command on hand-written documents: an XBRL instance and an xBRL-JSON file holding the
// same facts in other spellings (other ids, prefixes, lexical forms), then with known differences.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import command from '../../src/cli/commands/diff.js';
import { UserError } from '../../src/cli/command.js';

const FIX = join(import.meta.dirname, '../fixtures/diff');
let dir: string;

async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: any) => {
    out += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    const code = await command.run(argv);
    return { code, out };
  } finally {
    spy.mockRestore();
    err.mockRestore();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ixport-diff-'));
  const doc = JSON.parse(readFileSync(join(FIX, 'q4-2003.json'), 'utf8'));
  doc.facts.f1.value = '11020000'; // Accrued Other Expenses +2,000
  doc.facts.f5.decimals = 0; // Net loss: decimals only
  delete doc.facts.f2; // Accrued Bonus gone
  doc.facts.f9 = {
    value: '-2000',
    decimals: -3,
    dimensions: { concept: 't:AccountsPayable', entity: 'sec:0001012870', period: '2004-01-01T00:00:00', unit: 'iso4217:USD' },
  };
  writeFileSync(join(dir, 'changed.json'), JSON.stringify(doc, null, 2));
  writeFileSync(join(dir, 'broken.json'), '{ "documentInfo": ');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ixport diff', () => {
  it('exits 0 when an instance and an xBRL-JSON file hold the same facts', async () => {
    const r = await run(join(FIX, 'q4-2003.xbrl'), join(FIX, 'q4-2003.json'));
    expect(r.out).toContain('No differences (8 facts compared).');
    expect(r.code).toBe(0);
  });

  it('exits 1 and lists the differences', async () => {
    const r = await run(join(FIX, 'q4-2003.xbrl'), join(dir, 'changed.json'));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Changed \(1\)\n.*\n\s+2003-12-31\s+AccruedOtherExpenses\s+USD\s+11,018,000\s+11,020,000\s+\+2,000/);
    expect(r.out).toMatch(/Removed \(in A, not in B\) \(1\)\n.*\n\s+2003-12-31\s+AccruedBonus\s+USD\s+2,388,000\s+\(absent\)\s+-2,388,000/);
    expect(r.out).toMatch(/Added \(in B, not in A\) \(1\)\n.*\n\s+2003-12-31\s+AccountsPayable\s+USD\s+\(absent\)\s+-2,000\s+-2,000/);
    expect(r.out).toMatch(/Decimals only \(1\)[\s\S]*NetIncomeLoss[\s\S]*-3 -> 0/);
    // Accrued Other Expenses +2,000 and Accounts Payable (new, -2,000) cancel on one date: one reclassification.
    expect(r.out).toMatch(/Reclassifications \(1\).*\n\s+2003-12-31: 2,000 USD moved between 2 line items\n\s+AccountsPayable: \(absent\) -> -2,000/);
    expect(r.out).toContain('Summary: 1 changed, 1 removed, 1 added, 1 decimals only; 1 reclassification(s). A 8 facts, B 8, matched 7.');
  });

  it('writes JSON for machines, with the same findings', async () => {
    const r = await run(join(FIX, 'q4-2003.xbrl'), join(dir, 'changed.json'), '--format', 'json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.same).toBe(false);
    expect(j.changed.map((e: any) => [e.concept, e.old.value, e.new.value, e.difference])).toEqual([
      ['t:AccruedOtherExpenses', '11018000', '11020000', '2000'],
    ]);
    expect(j.removed.map((e: any) => e.concept)).toEqual(['t:AccruedBonus']);
    expect(j.added.map((e: any) => e.concept)).toEqual(['t:AccountsPayable']);
    expect(j.decimalsOnly.map((e: any) => [e.old.decimals, e.new.decimals])).toEqual([[-3, 0]]);
  });

  it('applies --concept, --period and --tolerance', async () => {
    expect((await run(join(FIX, 'q4-2003.xbrl'), join(dir, 'changed.json'), '--concept', 'Revenues')).code).toBe(0);
    expect((await run(join(FIX, 'q4-2003.xbrl'), join(dir, 'changed.json'), '--period', '2003-10-01/2003-12-31')).code).toBe(1);
    const t = await run(join(FIX, 'q4-2003.xbrl'), join(dir, 'changed.json'), '--concept', 'AccruedOther*', '--tolerance', '2000');
    expect(t.code).toBe(0);
    expect(t.out).toContain('Within tolerance (not counted) (1)');
  });

  it('exits 2 (UserError) on bad input or bad options, naming the file', async () => {
    await expect(run(join(FIX, 'q4-2003.xbrl'), join(dir, 'broken.json'))).rejects.toThrow(/broken\.json:1:\d+: not valid JSON/);
    await expect(run(join(FIX, 'q4-2003.xbrl'), join(dir, 'missing.json'))).rejects.toThrow(/missing\.json: cannot read file \(ENOENT\)/);
    await expect(run(join(FIX, 'q4-2003.xbrl'))).rejects.toThrow(UserError);
    await expect(run('a.json', 'b.json', '--tolerance', 'ten')).rejects.toThrow(/--tolerance/);
    await expect(run('a.json', 'b.json', '--period', 'Q4')).rejects.toThrow(/--period "Q4"/);
    await expect(run('a.json', 'b.json', '--format', 'xml')).rejects.toThrow(/--format/);
    const e = await run('a.json', 'b.json', '--bogus').catch((x) => x);
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
  });
});
