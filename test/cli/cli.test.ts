// The command line end to end, in process: convert writes a complete, readable folder (or nothing at all on bad
// input); read turns a third-party Inline XBRL filing into xBRL-JSON; the dispatcher lists every command.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import convert from '../../src/cli/commands/convert.js';
import read from '../../src/cli/commands/read.js';
import { main } from '../../src/cli/main.js';
import { checkDocument } from '../../src/check/document.js';
import { convertText } from '../../src/pipeline/convert.js';
import { UserError } from '../../src/cli/command.js';
import { readInstance, readInline } from '../../src/readback/index.js';
import { readXbrlJson } from '../../src/readback/json/index.js';
import { BASE_ENTRY } from '../../src/taxonomy/index.js';
import { PACKAGE_ROOT } from '../../src/taxonomy/constants.js';

const tmp = mkdtempSync(join(tmpdir(), 'ixport-cli-'));
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

function factKeys(fs: {
  facts: { concept: { local: string }; contextRef: string; value: string | null }[];
  contexts: Record<string, { period: unknown; dimensions: unknown }>;
}): string[] {
  return fs.facts
    .map((f) => `${f.concept.local}|${JSON.stringify(fs.contexts[f.contextRef].period)}|${JSON.stringify(fs.contexts[f.contextRef].dimensions)}|${f.value}`)
    .filter((k, i, all) => all.indexOf(k) === i) // a number printed twice is tagged twice in the inline document
    .sort();
}

describe('ixport convert', () => {
  it('writes instance, inline, JSON, report and the taxonomy; the three documents hold the same facts', async () => {
    const out = join(tmp, 'seed001');
    const r = await capture(() => convert.run(['examples/001_3128817988bae0a4.txt', '--out', out, '--cik', '0001111111']));
    expect(r.code).toBe(0);
    const files = readdirSync(out).sort();
    for (const f of ['001_3128817988bae0a4.xbrl', '001_3128817988bae0a4.xhtml', '001_3128817988bae0a4.json', '001_3128817988bae0a4.report.txt', BASE_ENTRY]) {
      expect(files).toContain(f);
    }
    const inst = readInstance(readFileSync(join(out, '001_3128817988bae0a4.xbrl'), 'utf8'), 'x.xbrl');
    const inl = readInline(readFileSync(join(out, '001_3128817988bae0a4.xhtml'), 'utf8'), 'x.xhtml');
    const json = readXbrlJson(readFileSync(join(out, '001_3128817988bae0a4.json'), 'utf8'), 'x.json');
    expect(inst.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(inl.messages.filter((m) => m.severity === 'error')).toEqual([]);
    // 172 printed cells (gold) become well over 100 distinct facts; the identity holds across the three writers.
    expect(inst.factSet.facts.length).toBeGreaterThan(100);
    expect(factKeys(inl.factSet)).toEqual(factKeys(inst.factSet));
    expect(factKeys(json.factSet)).toEqual(factKeys(inst.factSet));
    // Every context carries the CIK given on the command line.
    for (const c of Object.values(inst.factSet.contexts)) expect(c.entity).toEqual({ scheme: 'http://www.sec.gov/CIK', identifier: '0001111111' });
    // The report lists the source's per-share rounding plug with its line.
    expect(readFileSync(join(out, '001_3128817988bae0a4.report.txt'), 'utf8')).toMatch(/001_3128817988bae0a4\.txt:264:\d+.*identity\.per-share/);
  });

  it('two runs give byte-identical files', async () => {
    const a = join(tmp, 'a');
    const b = join(tmp, 'b');
    // A seed, and a corpus release whose extension documents the mapping rules it applied.
    for (const release of ['examples/003_dae102acde5e4e8b.txt', 'test/fixtures/read/corpus/pericom_2005-11-07_8k_ex99-1.txt']) {
      await capture(() => convert.run([release, '--out', a]));
      await capture(() => convert.run([release, '--out', b]));
    }
    for (const f of readdirSync(a).filter((n) => !n.startsWith('.'))) {
      if (f === 'META-INF') continue;
      expect(readFileSync(join(b, f), 'utf8'), f).toBe(readFileSync(join(a, f), 'utf8'));
      // Nothing depends on where ixport is installed or run: no absolute path of this machine in any output.
      expect(readFileSync(join(a, f), 'utf8'), f).not.toContain(PACKAGE_ROOT);
      expect(readFileSync(join(a, f), 'utf8'), f).not.toContain(tmp);
    }
  });

  it('unusable input is a clear error naming the file and line, and nothing is written', async () => {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const out = join(tmp, 'none');
    await expect(capture(() => convert.run([empty, '--out', out]))).rejects.toThrow(/empty\.txt:1: /);
    expect(existsSync(out)).toBe(false);
  });

  it('several releases run on the worker pool and each gets its outputs', async () => {
    const out = join(tmp, 'batch');
    // Under vitest the pool runs the worker from the TypeScript sources (src/pipeline/batch.ts), not from dist/.
    const r = await capture(() => convert.run(['examples/001_3128817988bae0a4.txt', 'examples/002_be9e5d8526e9d0a6.txt', '--out', out, '--jobs', '2']));
    expect(r.code).toBe(0);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.xbrl'))
        .sort(),
    ).toEqual(['001_3128817988bae0a4.xbrl', '002_be9e5d8526e9d0a6.xbrl']);
  });

  it('undated releases of one company get extension schemas of their own; a batch never overwrites its own outputs', async () => {
    const out = join(tmp, 'undated');
    // Two releases whose datelines carry no year: with one CIK they used to share one extension schema name.
    const undated = ['pericom_2005-02-02_8k_ex99-1.txt', 'pericom_2005-04-21_8k_ex99-1.txt'].map((f) => `test/fixtures/read/corpus/${f}`);
    const r = await capture(() => convert.run([...undated, '--out', out, '--cik', '1234567', '--quiet']));
    expect(r.code).toBe(0);
    const schemas = readdirSync(out).filter((f) => f.endsWith('.xsd') && f !== BASE_ENTRY);
    expect(schemas).toHaveLength(2);
    for (const f of ['pericom_2005-02-02_8k_ex99-1', 'pericom_2005-04-21_8k_ex99-1']) {
      const href = /schemaRef[^>]*href="([^"]+)"/.exec(readFileSync(join(out, `${f}.xbrl`), 'utf8'))![1];
      expect(schemas).toContain(href);
    }
    // Two different releases under one file name: the second is refused, the first stays intact.
    const twin = join(tmp, 'twin');
    mkdirSync(twin, { recursive: true });
    const changed = readFileSync('examples/001_3128817988bae0a4.txt', 'utf8').replace('$32,770', '$32,771');
    writeFileSync(join(twin, '001_3128817988bae0a4.txt'), changed);
    const clash = await capture(() =>
      convert.run(['examples/001_3128817988bae0a4.txt', join(twin, '001_3128817988bae0a4.txt'), '--out', join(tmp, 'clash'), '--quiet']),
    );
    expect(clash.code).toBe(2);
    expect(clash.err).toMatch(/would overwrite .*001_3128817988bae0a4\.xbrl written for examples\/001_3128817988bae0a4\.txt/);
    expect(readFileSync(join(tmp, 'clash', '001_3128817988bae0a4.xbrl'), 'utf8')).toContain('32770000');
  });

  it('no file is a usage error', async () => {
    await expect(convert.run([])).rejects.toThrow(UserError);
  });
});

describe('ixport check on a release', () => {
  // The release is mapped as convert maps it (per-filing extension included): check reports exactly the
  // findings convert would stop on. This bank release has printed totals the base summations do not fit.
  it('gives the findings of convert', async () => {
    const file = 'test/fixtures/read/corpus/horizonfinancial_2006-04-28_8k_8k_body.txt';
    const checked = await checkDocument(file, { cik: '1234567' });
    const converted = convertText(readFileSync(file, 'utf8'), file, { cik: '1234567' });
    expect(checked.findings).toEqual(converted.findings);
    expect(checked.findings.filter((m) => m.severity === 'error')).toEqual([]);
  });
});

describe('ixport read', () => {
  const apple = 'test/fixtures/cli/apple_2024-02-01_8k_cover_ixbrl.htm';

  it('turns a third-party Inline XBRL filing into xBRL-JSON holding every one of its facts', async () => {
    const r = await capture(() => read.run([apple]));
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc.documentInfo.documentType).toBe('https://xbrl.org/2021/xbrl-json');
    const facts = Object.values(doc.facts) as { value: string; dimensions: Record<string, string> }[];
    // The filing has 46 ix:nonNumeric elements, none nested or excluded.
    const elements = readFileSync(apple, 'utf8').match(/<ix:nonNumeric\b/g)!.length;
    expect(facts.length).toBe(elements);
    expect(facts.find((f) => f.dimensions.concept === 'dei:DocumentType')?.value).toBe('8-K');
    expect(facts.find((f) => f.dimensions.concept === 'dei:EntityCentralIndexKey')?.value).toBe('0000320193');
  });

  it('--format tsv prints one fact per line', async () => {
    const r = await capture(() => read.run([apple, '--format', 'tsv']));
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe('concept\tentity\tperiod\tdimensions\tunit\tdecimals\tvalue');
    expect(lines).toHaveLength(47);
  });

  // Exit 2, not 1 (issue 13): unparseable XML is unusable input, not a finding about facts.
  it('a file that is no XBRL document is unusable input (exit 2) named with its file and line', async () => {
    const bad = join(tmp, 'bad.xml');
    writeFileSync(bad, '<x');
    const e = (await read.run([bad]).catch((x) => x)) as UserError;
    expect(e).toBeInstanceOf(UserError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toMatch(/bad\.xml:\d+:\d+: /);
  });
});

describe('ixport dispatcher', () => {
  it('--help lists every command', async () => {
    const r = await capture(() => main(['--help']));
    expect(r.code).toBe(0);
    for (const c of ['convert', 'extract', 'check', 'diff', 'read']) expect(r.out).toMatch(new RegExp(`^  ${c} `, 'm'));
  });

  it('an unknown command is a user error', async () => {
    await expect(main(['frobnicate'])).rejects.toThrow(/unknown command "frobnicate"/);
  });
});
