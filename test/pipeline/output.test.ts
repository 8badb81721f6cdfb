// Issue 13, case 5: an output set appears whole or not at all. A failure injected on the JSON write leaves no
// instance, no inline document, no taxonomy file and no temporary file behind.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    writeFile: (async (path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith('.json') && process.env.IXPORT_TEST_FAIL_JSON) {
        throw Object.assign(new Error('ENOSPC: no space left on device (injected)'), { code: 'ENOSPC' });
      }
      return (actual.writeFile as (...a: unknown[]) => Promise<void>)(path, ...rest);
    }) as typeof actual.writeFile,
  };
});

const { writeOutputs } = await import('../../src/pipeline/output.js');

const tmp = mkdtempSync(join(tmpdir(), 'ixport-output-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const set = {
  instance: '<xbrl/>\n',
  inline: '<html/>\n',
  json: '{}\n',
  files: [['ext-20041029.xsd', '<schema/>\n']] as [string, string][],
  messages: [],
};

describe('writeOutputs', () => {
  it('a failure on the JSON write leaves nothing of the set and no temporary file', async () => {
    const out = join(tmp, 'fail');
    process.env.IXPORT_TEST_FAIL_JSON = '1';
    try {
      await expect(writeOutputs(out, 'r', set)).rejects.toThrow(/ENOSPC/);
    } finally {
      delete process.env.IXPORT_TEST_FAIL_JSON;
    }
    expect(existsSync(join(out, 'r.xbrl'))).toBe(false);
    expect(existsSync(join(out, 'r.xhtml'))).toBe(false);
    expect(existsSync(join(out, 'ext-20041029.xsd'))).toBe(false);
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
    expect(readdirSync(out)).toEqual([]);
  });

  it('without a failure the whole set is in place and no temporary folder is left', async () => {
    const out = join(tmp, 'ok');
    const written = await writeOutputs(out, 'r', set);
    for (const f of ['r.xbrl', 'r.xhtml', 'r.json', 'r.report.txt', 'ext-20041029.xsd', 'META-INF']) expect(readdirSync(out)).toContain(f);
    expect(written).toContain(join(out, 'r.json'));
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });
});
