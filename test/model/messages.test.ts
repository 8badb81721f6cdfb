// The message catalogue (src/model/messages.ts): every id any stage emits is declared, in one style. Two nets: a
// scan of the source for id literals, and the stages run over the seeds, the corpus and the read-back fixtures.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGES, explain, isDeclared, lookupMessage, report } from '../../src/model/messages.js';
import { RULES } from '../../src/check/index.js';
import { convertText } from '../../src/pipeline/convert.js';
import { checkDocument } from '../../src/check/document.js';
import { loadDocument } from '../../src/pipeline/load.js';
import { runCli, type CliIo } from '../../src/cli/main.js';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** ixport's own ids: "stage.name", no colon. File names ("taxonomy.xsd") are not ids. */
const OWN_ID = /^(?:read|load|map|check|calc|fact|duplicate|identity|write|readback|json|xbrl|xml|diff|taxonomy|cli|ixport)\.[A-Za-z][A-Za-z0-9-]*$/;
const FILE_NAME = /\.(?:js|ts|json|tsv|xsd|xml|txt|html?|xhtml|md|hbs)$/;
/** The specifications' codes: "section:name". */
const SPEC_ID = /^(?:xbrl|ix1[01]|ix|xhtml|xml)\.[\w.]+:[A-Za-z]\w*$|^(?:xbrld[it]e|ixt|ixt-sec):[A-Za-z]\w*$/;

describe('message catalogue', () => {
  it('declares ids in one style, stage.kebab-case, each with a severity and a one-line description', () => {
    for (const m of MESSAGES.values()) {
      expect(m.id).toMatch(/^[a-z]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(['error', 'warning', 'info', 'fatal']).toContain(m.severity);
      expect(m.description).toMatch(/^[^\n]{10,140}$/);
    }
  });

  it('every id literal in the source is declared (scan)', () => {
    const undeclared = new Set<string>();
    const files = walk('src').filter((f) => f.endsWith('.ts') && !f.includes(`${join('readback', 'conformance')}`));
    for (const f of files) {
      for (const [, lit] of readFileSync(f, 'utf8').matchAll(/['`]([A-Za-z][\w.:-]*)['`]/g)) {
        if ((OWN_ID.test(lit) && !FILE_NAME.test(lit)) || SPEC_ID.test(lit)) {
          if (!isDeclared(lit)) undeclared.add(`${lit} (${f})`);
        }
      }
    }
    expect([...undeclared]).toEqual([]);
  });

  it('every check rule declares its reports in the catalogue with the same severity', () => {
    for (const rule of RULES) {
      for (const [id, severity] of Object.entries(rule.reports)) {
        expect(lookupMessage(id), id).toBeDefined();
        expect(lookupMessage(id)!.severity, id).toBe(severity);
      }
    }
  });

  it('every id the stages emit over the seeds, the corpus and the read-back fixtures is declared (run)', async () => {
    const seen = new Set<string>();
    const releases = [...walk('examples'), ...walk('test/fixtures/read/corpus'), ...walk('test/fixtures/load').filter((f) => f.includes('latin1'))].filter(
      (f) => f.endsWith('.txt'),
    );
    for (const f of releases) {
      for (const m of convertText(readFileSync(f, 'latin1'), f).messages) seen.add(m.ruleId);
    }
    for (const f of ['balance-sheet.xbrl', 'balanced.json', 'foreign.xbrl']) {
      const r = await checkDocument(`test/fixtures/check/${f}`);
      for (const m of [...r.readMessages, ...r.findings]) seen.add(m.ruleId);
    }
    for (const f of walk('test/fixtures/readback').filter((f) => /\.(xml|xbrl|xhtml|html?)$/.test(f))) {
      try {
        for (const m of (await loadDocument(f)).messages) seen.add(m.ruleId);
      } catch (e) {
        seen.add((e as { code: string }).code);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].filter((id) => !isDeclared(id))).toEqual([]);
  });

  it('an undeclared id is refused by report() and unknown to lookup', () => {
    expect(() => report('map.nonsense', 'x')).toThrow(/not declared/);
    expect(lookupMessage('map.nonsense')).toBeUndefined();
    expect(report('read.no-period', 'x')).toEqual({ ruleId: 'read.no-period', severity: 'warning', message: 'x', positions: [] });
    expect(lookupMessage('map.no-cik')?.id).toBe('map.no-cik');
    expect(lookupMessage('xbrl.4.6.3:missingPrecisionDecimals')?.description).toMatch(/XBRL 2\.1/);
  });

  it('ixport explain <id> prints the description; an unknown id is exit 2', async () => {
    let out = '';
    let err = '';
    const io: CliIo = { stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) } };
    expect(await runCli(['explain', 'read.no-period'], io)).toBe(0);
    expect(out).toBe(explain('read.no-period'));
    expect(out).toContain(MESSAGES.get('read.no-period')!.description);
    expect(await runCli(['explain', 'nope.nope'], io)).toBe(2);
    expect(err).toMatch(/^ixport: no message id "nope\.nope"/);
    out = '';
    expect(await runCli(['explain'], io)).toBe(0);
    expect(out.trimEnd().split('\n')).toHaveLength(MESSAGES.size);
  });
});
