import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFolderAtomic } from '../../src/write/atomic.js';

const dirs: string[] = [];
function scratch(): string {
  const d = mkdtempSync(join(tmpdir(), 'ixport-atomic-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  test('writes the content and leaves no temp file', async () => {
    const d = scratch();
    await writeFileAtomic(join(d, 'sub', 'a.xbrl'), '<x/>\n');
    expect(readFileSync(join(d, 'sub', 'a.xbrl'), 'utf8')).toBe('<x/>\n');
    expect(readdirSync(join(d, 'sub'))).toEqual(['a.xbrl']);
  });

  test('a failed write leaves the previous file intact and no temp file', async () => {
    const d = scratch();
    writeFileSync(join(d, 'a.xbrl'), 'old');
    mkdirSync(join(d, 'blocker'));
    // Renaming a file onto a non-empty folder fails after the temp file was written.
    writeFileSync(join(d, 'blocker', 'x'), '');
    await expect(writeFileAtomic(join(d, 'blocker'), 'new')).rejects.toThrow();
    expect(readFileSync(join(d, 'a.xbrl'), 'utf8')).toBe('old');
    expect(readdirSync(d).sort()).toEqual(['a.xbrl', 'blocker']);
  });
});

describe('writeFolderAtomic', () => {
  test('replaces the folder by exactly the new files (old files gone, nothing left over)', async () => {
    const d = scratch();
    const out = join(d, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.txt'), 'stale');
    writeFileSync(join(d, 'tax.xsd'), '<xs:schema/>');
    const written = await writeFolderAtomic(out, {
      'r.xbrl': { content: 'instance' },
      'r.xhtml': { content: 'inline' },
      'taxonomy/tax.xsd': { copyFrom: join(d, 'tax.xsd') },
    });
    expect(written).toEqual([join(out, 'r.xbrl'), join(out, 'r.xhtml'), join(out, 'taxonomy/tax.xsd')]);
    expect(readdirSync(out).sort()).toEqual(['r.xbrl', 'r.xhtml', 'taxonomy']);
    expect(readFileSync(join(out, 'taxonomy', 'tax.xsd'), 'utf8')).toBe('<xs:schema/>');
    expect(readdirSync(d).sort()).toEqual(['out', 'tax.xsd']);
  });

  test('on a failure the previous folder is untouched and the temp folder removed', async () => {
    const d = scratch();
    const out = join(d, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'r.xbrl'), 'previous');
    await expect(writeFolderAtomic(out, { 'r.xbrl': { content: 'new' }, 'x.xsd': { copyFrom: join(d, 'missing.xsd') } })).rejects.toThrow(/missing\.xsd/);
    expect(readFileSync(join(out, 'r.xbrl'), 'utf8')).toBe('previous');
    expect(readdirSync(d)).toEqual(['out']);
  });

  test('refuses paths outside the folder', async () => {
    const d = scratch();
    await expect(writeFolderAtomic(join(d, 'out'), { '../evil.txt': { content: 'x' } })).rejects.toThrow(/outside/);
    expect(readdirSync(d)).toEqual([]);
  });
});
