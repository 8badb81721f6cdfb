// The one loader (src/pipeline/load.ts): every command decodes, sniffs and maps a file the same way. Each case here
// failed before the loader: diff mapped releases without their per-filing extension, convert decoded Latin-1 as
// U+FFFD, UTF-16 was "binary", and convert took an instance as release text.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import convert from '../../src/cli/commands/convert.js';
import extract from '../../src/cli/commands/extract.js';
import read from '../../src/cli/commands/read.js';
import diff from '../../src/cli/commands/diff.js';
import { checkDocument } from '../../src/check/document.js';
import { loadDocument, loadSource, sniffDocument } from '../../src/pipeline/load.js';
import { readXbrlJson } from '../../src/readback/json/index.js';
import { IxportError } from '../../src/model/errors.js';
import type { FactSet } from '../../src/model/fact.js';

const tmp = mkdtempSync(join(tmpdir(), 'ixport-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CORPUS = 'test/fixtures/read/corpus';
const SEED003 = 'examples/003_dae102acde5e4e8b.txt';

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

function unitKey(u: FactSet['units'][string]): string {
  return `${u.numerators.map((m) => m.local).join('*')}/${u.denominators.map((m) => m.local).join('*')}`;
}

/** Concept, period, dimensions, unit and value of every fact, sorted: what "the same facts" means across commands. */
function factKeys(fs: FactSet): string[] {
  return fs.facts
    .map((f) => {
      const c = fs.contexts[f.contextRef];
      return `${f.concept.local}|${JSON.stringify(c.period)}|${c.entity.identifier}|${JSON.stringify(c.dimensions.map((d) => [d.dimension.local, d.member.local]))}|${f.unitRef ? unitKey(fs.units[f.unitRef]) : ''}|${f.value}`;
    })
    .sort();
}

describe("diff of a release against ixport's own output", () => {
  // pericom_2005-08-09 used to report 17 facts "added" and horizonfinancial_2006-01-19 435: diff mapped the release
  // without the per-filing extension convert writes.
  it.each(['pericom_2005-08-09_8k_ex99-1', 'horizonfinancial_2006-01-19_8k_8k_body'])('%s: no differences', async (name) => {
    const out = join(tmp, `diff-${name}`);
    expect((await capture(() => convert.run([`${CORPUS}/${name}.txt`, '--out', out, '--quiet']))).code).toBe(0);
    const r = await capture(() => diff.run([`${CORPUS}/${name}.txt`, join(out, `${name}.xbrl`)]));
    expect(r.out).toMatch(/No differences/);
    expect(r.code).toBe(0);
  });
});

describe('decoding', () => {
  // Seed 003 with one row label holding "é" as the Latin-1 byte 0xE9, as 1990s EDGAR text has it.
  const latin1 = 'test/fixtures/load/latin1_003.txt';

  it('a Latin-1 release gives the same "é" in extract and in every convert output', async () => {
    const ex = await capture(() => extract.run([latin1]));
    expect(ex.code).toBe(0);
    expect(ex.out).toContain('Deferred Revenue (échéance)');
    const out = join(tmp, 'latin1');
    expect((await capture(() => convert.run([latin1, '--out', out, '--quiet']))).code).toBe(0);
    const xhtml = readFileSync(join(out, 'latin1_003.xhtml'), 'utf8');
    expect(xhtml).toContain('Deferred Revenue (échéance)');
    expect(xhtml).not.toContain('\uFFFD');
    expect((await loadSource(latin1)).encoding).toBe('latin1');
  });

  it('UTF-16 LE with a byte order mark decodes to the release it encodes', async () => {
    // ../shared/reliability/utf16.txt: seed 003 saved as UTF-16; it used to be refused as "binary file (NUL byte)".
    const utf16 = await capture(() => extract.run(['test/fixtures/load/utf16_003.txt']));
    const utf8 = await capture(() => extract.run([SEED003]));
    expect(utf16.code).toBe(0);
    expect(utf16.out).toBe(utf8.out.replaceAll(SEED003, 'test/fixtures/load/utf16_003.txt'));
    expect((await loadSource('test/fixtures/load/utf16_003.txt')).encoding).toBe('utf-16le');
  });

  it('UTF-16 BE and UTF-8 with a byte order mark decode too; a NUL byte in other text is binary', async () => {
    const text = readFileSync(SEED003, 'utf8');
    const be = join(tmp, 'be.txt');
    const swapped = Buffer.from(text, 'utf16le').swap16();
    writeFileSync(be, Buffer.concat([Buffer.from([0xfe, 0xff]), swapped]));
    const bom = join(tmp, 'bom.txt');
    writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    for (const f of [be, bom]) expect((await loadSource(f)).text).toBe(text);
    const bin = join(tmp, 'bin.txt');
    writeFileSync(bin, 'Revenue 1,234\n\0\0');
    await expect(loadSource(bin)).rejects.toThrow(/bin\.txt:2: binary file \(NUL byte\)/);
  });
});

describe('document kinds', () => {
  it('every corpus release and seed is sniffed as a plaintext release', async () => {
    // astafunding_2005-05-10 opens with "[Asta Funding, Inc. Logo]": once taken for JSON by its bracket.
    const files = [...readdirSync('examples').map((f) => `examples/${f}`), ...readdirSync(CORPUS).map((f) => `${CORPUS}/${f}`)];
    expect(files.length).toBeGreaterThan(20);
    for (const f of files) expect((await loadSource(f)).kind).toBe('release');
  });

  it('HTML is an HTML release; an unreadable .xbrl stays an instance so its reader names the line', () => {
    const html = `<html><body><table>${'<tr><td>Revenue</td><td>1</td></tr>'.repeat(10)}</table></body></html>`;
    expect(sniffDocument(html, 'r.htm')).toBe('html-release');
    expect(sniffDocument('<x', 'bad.xbrl')).toBe('instance');
    expect(sniffDocument('<root/>', 'a.txt')).toBe('unknown');
  });

  it('an HTML release goes to the HTML reader', async () => {
    const f = join(tmp, 'release.htm');
    writeFileSync(f, `<html><body><table><tr><td></td><td>2004</td></tr>${'<tr><td>Revenue</td><td>1</td></tr>'.repeat(10)}</table></body></html>`);
    const loaded = await loadDocument(f);
    expect(loaded.kind).toBe('html-release');
    expect(loaded.release?.document.items.length).toBe(10);
  });
});

describe('convert reads releases only', () => {
  it.each(['.xbrl', '.json', '.xhtml'])('refuses the %s it wrote, naming what it is (exit 2), and writes nothing', async (ext) => {
    const out = join(tmp, 'refuse');
    if (!existsSync(join(out, `003_dae102acde5e4e8b${ext}`))) await capture(() => convert.run([SEED003, '--out', out, '--quiet']));
    const input = join(tmp, `input${ext}`);
    copyFileSync(join(out, `003_dae102acde5e4e8b${ext}`), input);
    const e = (await convert.run([input, '--out', join(tmp, 'refused')]).catch((x) => x)) as IxportError;
    expect(e).toBeInstanceOf(IxportError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/not a release: convert reads earnings releases/);
    expect(existsSync(join(tmp, 'refused'))).toBe(false);
  });
});

describe('every command sees the same facts for the same file', () => {
  it('read, check, convert (.xbrl and .json) and diff agree on a corpus release', async () => {
    const file = `${CORPUS}/pericom_2005-08-09_8k_ex99-1.txt`;
    const cik = '1234567';
    const loaded = await loadDocument(file, { cik });
    const keys = factKeys(loaded.factSet);
    expect(keys.length).toBeGreaterThan(100);

    const r = await capture(() => read.run([file, '--cik', cik]));
    expect(r.code).toBe(0);
    expect(factKeys(readXbrlJson(r.out, 'read.json').factSet)).toEqual(keys);

    expect(factKeys((await checkDocument(file, { cik })).factSet)).toEqual(keys);

    const out = join(tmp, 'same');
    expect((await capture(() => convert.run([file, '--out', out, '--cik', cik, '--quiet']))).code).toBe(0);
    expect(factKeys((await loadDocument(join(out, 'pericom_2005-08-09_8k_ex99-1.xbrl'))).factSet)).toEqual(keys);
    expect(factKeys((await loadDocument(join(out, 'pericom_2005-08-09_8k_ex99-1.json'))).factSet)).toEqual(keys);

    const d = await capture(() => diff.run([file, join(out, 'pericom_2005-08-09_8k_ex99-1.json'), '--cik', cik]));
    expect(d.code).toBe(0);
  });
});
