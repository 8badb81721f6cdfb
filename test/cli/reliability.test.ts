// Issue 13: the output contract. Two releases of one company on one date never silently replace each other's
// extension schema.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import convert from '../../src/cli/commands/convert.js';

const tmp = mkdtempSync(join(tmpdir(), 'ixport-rel-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function capture(fn: () => Promise<number>): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => ((out += String(c)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((c: string | Uint8Array) => ((err += String(c)), true));
  try {
    return { code: await fn(), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const A = 'test/fixtures/reliability/003a.txt';
const B = 'test/fixtures/reliability/003b.txt';

describe('two releases of one company on one date into one --out (issue 13, case 4)', () => {
  it('the second run is refused with a line naming both files; the first release stays intact', async () => {
    const out = join(tmp, 'runs');
    expect((await capture(() => convert.run([A, '--out', out, '--quiet']))).code).toBe(0);
    const schema = readdirSync(out).find((f) => f.startsWith('mpower-') && f.endsWith('.xsd'))!;
    const before = readFileSync(join(out, schema), 'utf8');
    const lab = readFileSync(join(out, schema.replace('.xsd', '_lab.xml')), 'utf8');
    const r = await capture(() => convert.run([B, '--out', out, '--quiet']));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(`003b.txt: would overwrite ${join(out, '')}`);
    expect(r.err).toContain(`written for ${join(out, '003a.xbrl')}`);
    expect(readFileSync(join(out, schema), 'utf8')).toBe(before);
    expect(readFileSync(join(out, schema.replace('.xsd', '_lab.xml')), 'utf8')).toBe(lab);
    expect(readdirSync(out).filter((f) => f.startsWith('003b'))).toEqual([]);
    // Converting the first release again replaces its own files: no clash with itself.
    expect((await capture(() => convert.run([A, '--out', out, '--quiet']))).code).toBe(0);
  });

  it('in a batch the other releases go on and the summary names the refused one', async () => {
    const out = join(tmp, 'batch');
    expect((await capture(() => convert.run([A, '--out', out, '--quiet']))).code).toBe(0);
    const r = await capture(() => convert.run([B, 'examples/001_3128817988bae0a4.txt', '--out', out, '--quiet', '--jobs', '2']));
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toContain('001_3128817988bae0a4.xbrl');
    expect(r.err).toMatch(/1 of 2 releases refused .*003b\.txt/);
    expect(r.err).toMatch(/2 releases in [\d.]+ s: 1 converted \(\d+ facts\); 1 refused\n$/);
  });

  it('a batch ends with one summary line naming the releases that failed or were stopped', async () => {
    const out = join(tmp, 'summary');
    const missing = join(tmp, 'no-such-release.txt');
    const r = await capture(() => convert.run(['examples/001_3128817988bae0a4.txt', missing, '--out', out, '--quiet', '--jobs', '2']));
    expect(r.code).toBe(2);
    expect(readdirSync(out)).toContain('001_3128817988bae0a4.xbrl');
    const last = r.err.trim().split('\n').at(-1)!;
    expect(last).toMatch(/^ixport: 2 releases in [\d.]+ s: 1 converted \(\d+ facts\); 1 failed: .*no-such-release\.txt$/);
  });
});

describe('convert --verbose', () => {
  it('is accepted, as the summary of hidden info findings says, and lists them', async () => {
    const out = join(tmp, 'verbose');
    const plain = await capture(() => convert.run(['examples/003_dae102acde5e4e8b.txt', '--out', out]));
    expect(plain.err).toMatch(/info \(.*; --verbose lists them\)/);
    const verbose = await capture(() => convert.run(['examples/003_dae102acde5e4e8b.txt', '--out', out, '--verbose']));
    expect(verbose.code).toBe(0);
    expect(verbose.err).toMatch(/: info \[duplicate\.consistent\]/);
  });
});
