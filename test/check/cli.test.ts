// `ixport check`: exit 0 without error-level findings, 1 with, UserError (exit 2) on bad input; text or JSON.
import { afterEach, describe, expect, it, vi } from 'vitest';
import command from '../../src/cli/commands/check.js';
import { UserError } from '../../src/cli/command.js';

const dir = 'test/fixtures/check';

async function run(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  try {
    return { code: await command.run(args), out };
  } finally {
    spy.mockRestore();
  }
}

describe('ixport check', () => {
  afterEach(() => vi.restoreAllMocks());

  it('exit 1 and every finding with its file:line when an error-level finding exists', async () => {
    const { code, out } = await run([`${dir}/balance-sheet.xbrl`]);
    expect(code).toBe(1);
    expect(out).toMatch(/^test\/fixtures\/check\/balance-sheet\.xbrl:14:3: error \[calc\.inconsistent\] ixp:LiabilitiesAndStockholdersEquity/m);
    expect(out).toMatch(/^test\/fixtures\/check\/balance-sheet\.xbrl:15:3: error \[duplicate\.inconsistent\]/m);
    expect(out).toMatch(/^    also at test\/fixtures\/check\/balance-sheet\.xbrl:16:3$/m);
    expect(out.trimEnd().split('\n').at(-1)).toBe('test/fixtures/check/balance-sheet.xbrl: 3 errors, 0 warnings, 0 info');
  });

  it('exit 0 when the document is consistent; --format json for machines', async () => {
    const { code, out } = await run([`${dir}/balanced.json`, '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ source: `${dir}/balanced.json`, summary: { error: 0, warning: 0, info: 0 }, findings: [] });
  });

  it('bad input and bad flags are user errors (exit 2)', async () => {
    await expect(run([`${dir}/garbage.xbrl`])).rejects.toThrow(UserError);
    await expect(run([])).rejects.toThrow(/exactly one file/);
    await expect(run([`${dir}/balanced.json`, '--format', 'xml'])).rejects.toThrow(/--format is text or json/);
  });
});
