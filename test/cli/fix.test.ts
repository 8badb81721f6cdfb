// `--fix fixes.json` for extract, convert and check, and `extract --tables` listing what a fix names (issue 11:
// corrections by the user). A fix naming a table or column that does not exist is an error at its position in the
// fixes file, exit 2.
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { parseFixes } from '../../src/read/fixes.js';

const tmp = mkdtempSync(join(tmpdir(), 'ixport-fix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SEG = 'test/fixtures/read/unseen/segments.txt';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: { write: (c: string) => (out += c) }, stderr: { write: (c: string) => (err += c) } });
  return { code, out, err };
}

function fixes(name: string, json: string): string {
  const f = join(tmp, name);
  writeFileSync(f, json);
  return f;
}

describe('extract --tables', () => {
  it('lists table index, title, scale and every column with header, period and member', async () => {
    const r = await run(['extract', '--tables', SEG]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('table 1\tCONDENSED CONSOLIDATING BALANCE SHEET\tlines 20-28\tscale 6 "(Dollars in millions)"');
    expect(r.out).toContain('  column 2\tCorporate | & Other\t2004-02-01..2004-05-01\tsegment: Corporate & Other');
    expect(r.out).toContain('  column 4\tConsolidated\t2004-05-01\tconsolidation: (total, the default)');
  });
});

describe('--fix', () => {
  const good = fixes(
    'good.json',
    JSON.stringify(
      {
        fixes: [
          { table: 1, scale: 3 },
          { table: 'segment information', column: 'Corporate | & Other', member: { axis: 'segment', name: 'Other' } },
          { table: 0, column: 1, period: '2004-01-01..2004-05-01' },
          { table: 2, drop: true },
        ],
      },
      null,
      2,
    ),
  );

  it('extract applies scale, period, member and drop, each an info at the table header', async () => {
    const r = await run(['extract', SEG, '--format', 'json', '--fix', good]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.out) as {
      table: string;
      scale: number;
      unit: string;
      column: string;
      member?: { member: string };
      period: { start?: string };
    }[];
    expect(items.some((i) => i.table === 'REVENUES BY REGION')).toBe(false);
    expect(items.filter((i) => i.table.startsWith('CONDENSED')).every((i) => i.scale === 3)).toBe(true);
    expect(items.find((i) => i.column === 'Corporate | & Other')?.member?.member).toBe('Other');
    expect(items.find((i) => i.column === 'Credit')?.period.start).toBe('2004-01-01');
    expect(r.err.match(/info \[read\.fix\]/g)?.length).toBe(4);
  });

  it('convert and check take it', async () => {
    const out = join(tmp, 'out');
    const c = await run(['convert', SEG, '--out', out, '--fix', good, '--quiet']);
    expect(c.code).toBe(0);
    expect(readFileSync(join(out, 'segments.xbrl'), 'utf8')).toContain('OtherMember');
    const k = await run(['check', SEG, '--fix', good]);
    expect(k.code).toBe(0);
  });

  it('a table or column that does not exist is an error at the fix, exit 2', async () => {
    const bad = fixes('bad.json', '{ "fixes": [\n  { "table": 0, "scale": 3 },\n  { "table": 7, "drop": true }\n] }\n');
    const r = await run(['extract', SEG, '--fix', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}:3:3: table 7 does not exist (3 tables, 0 to 2)`);
    const col = fixes('col.json', '[{"table": "SEGMENT INFORMATION", "column": "Wholesale", "member": null}]');
    const c = await run(['convert', SEG, '--out', join(tmp, 'o2'), '--fix', col]);
    expect(c.code).toBe(2);
    expect(c.err).toContain(':1:2: table "SEGMENT INFORMATION" has no column "Wholesale"');
  });

  it('malformed fixes are positioned errors', () => {
    expect(() => parseFixes('{"fixes": [{"table": 0}]}', 'f.json')).toThrow(/f\.json:1:12: fix 0: nothing to fix/);
    expect(() => parseFixes('{"fixes": [{"table": 0, "period": "June 30"}]}', 'f.json')).toThrow(/"period" is/);
    expect(() => parseFixes('{"fixes": [{"table": 0, "column": 1, "member": {"axis": "planet", "name": "x"}}]}', 'f.json')).toThrow(/"member" is null or/);
    expect(() => parseFixes('{"fixes": [', 'f.json')).toThrow(/f\.json:1:\d+: not JSON/);
  });
});
