// EDGAR Interactive Data Public Test Suite, section 525 (Inline XBRL syntax). Each variation names its Inline
// XBRL input(s) and either expects validity or lists <assert> codes. Outcomes:
// - expected valid: no error from the reader, and when an expected instance X_htm.xml sits next to the input,
//   the facts read equal its facts;
// - expected an ix11.* code: that exact code is reported;
// - expected other codes (html:syntaxError, xml.*, xbrl.*, ...): some error is reported;
// - only EFM.* codes: EDGAR filing rules, out of scope, counted as skipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { FactSet } from '../../src/model/fact.js';
import { attr, childElements, textContent, type XmlElement } from '../../src/xml/dom.js';
import { parseXml } from '../../src/xml/parse.js';
import { readInline, readInstance } from '../../src/readback/index.js';
import { factKey } from './factkey.js';
import { fail, newReport, pass, skip, type SuiteReport } from './report.js';

const local = (el: XmlElement, name: string) => childElements(el).filter((c) => c.local === name);

export interface Variation525 {
  id: string;
  inputs: string[];
  asserts: { name: string; severity: string; num: string }[];
}

export function readVariations(testcaseFile: string): Variation525[] {
  const doc = parseXml(readFileSync(testcaseFile, 'utf8'), testcaseFile);
  const base = dirname(testcaseFile);
  const out: Variation525[] = [];
  for (const v of local(doc.root, 'variation')) {
    const data = local(v, 'data')[0];
    const inputs = data
      ? local(data, 'instance')
          .filter((i) => attr(i, 'readMeFirst') === 'true')
          .map((i) => join(base, textContent(i).trim()))
      : [];
    const result = local(v, 'result')[0];
    const asserts = result
      ? local(result, 'assert').map((a) => ({ name: attr(a, 'name') ?? '', severity: attr(a, 'severity') ?? 'err', num: attr(a, 'num') ?? '' }))
      : [];
    out.push({ id: `${testcaseFile.split('525-ix-syntax/')[1] ?? testcaseFile}:${attr(v, 'id')}`, inputs, asserts });
  }
  return out;
}

const KEY_OPTIONS = { ignoreNamespaceVersions: true, collapseText: true };

/**
 * Compares the facts read with the expected instance. The suite's expected instances were produced from earlier
 * revisions of the inputs (older dei namespaces, cover facts added or removed since), so facts are aligned on
 * (concept, context aspects, unit): wherever both sides have facts for such a triple, their decimals/precision,
 * nil and values must be equal; triples present on one side only are not compared. At least one triple must align.
 */
function compareFacts(actual: FactSet, expected: FactSet): string | undefined {
  const group = (fs: FactSet) => {
    const m = new Map<string, string[]>();
    for (const f of fs.facts) {
      if (f.tuple) continue;
      const k = factKey(f, fs, KEY_OPTIONS);
      const triple = k.split(' | ').slice(0, 3).join(' | ');
      const list = m.get(triple) ?? [];
      list.push(k);
      m.set(triple, list);
    }
    return m;
  };
  const a = group(actual);
  const e = group(expected);
  const diffs: string[] = [];
  let shared = 0;
  for (const [triple, exp] of e) {
    const act = a.get(triple);
    if (!act) continue;
    shared++;
    const x = [...new Set(act)].sort().join('\n');
    const y = [...new Set(exp)].sort().join('\n');
    if (x !== y) diffs.push(`expected ${exp[0]} got ${act.join(' ; ')}`);
  }
  if (!shared) return 'no fact aligns with the expected instance';
  return diffs.length ? `facts differ from the expected instance (${diffs.length} of ${shared}): ${diffs.slice(0, 2).join(' || ')}` : undefined;
}

/**
 * An EDGAR filing rule: an EFM.* code, or an assert whose num is an EFM section number (num 99999 marks the
 * codes of the specifications themselves) under a name that is not a specification code.
 */
function isEdgarRule(a: { name: string; num: string }): boolean {
  if (a.name.startsWith('EFM.')) return true;
  const specCode = /^(ix11\.|xbrl\.|xml|html:|xmlSchema:|ixbrl:)/.test(a.name);
  return a.num !== '99999' && !specCode;
}

export function runVariation(v: Variation525, r: SuiteReport): void {
  if (!v.inputs.length) return skip(r, 'no Inline XBRL input');
  const errAsserts = v.asserts.filter((a) => a.severity === 'err');
  const errCodes = errAsserts.map((a) => a.name);
  if (errAsserts.length && errAsserts.every(isEdgarRule)) return skip(r, 'EDGAR filing rules (EFM) only');
  // Exhibits in plain HTML are listed as inputs too; only Inline XBRL documents form the document set.
  const inputs = v.inputs.filter((f) => /http:\/\/www\.xbrl\.org\/20(13|08)\/inlineXBRL/.test(readFileSync(f, 'utf8')));
  const texts = inputs.map((f) => readFileSync(f, 'utf8'));
  const res = readInline(texts, inputs);
  const errors = res.messages.filter((m) => m.severity === 'error');
  const got = [...new Set(errors.map((m) => m.ruleId))];
  if (!errCodes.length) {
    if (errors.length) return fail(r, v.id, `expected valid, got ${got.join(', ')}: ${errors[0].message}`);
    // Warnings the specification defines (ix11.*) must be reported too.
    const warned = new Set(res.messages.filter((m) => m.severity === 'warning').map((m) => m.ruleId));
    const missing = v.asserts.filter((a) => a.severity === 'wrn' && a.name.startsWith('ix11.') && !warned.has(a.name));
    if (missing.length) return fail(r, v.id, `expected warning ${missing.map((a) => a.name).join(', ')}`);
    const expectedFile = v.inputs[0].replace(/\.htm$/, '_htm.xml');
    if (inputs.length === 1 && existsSync(expectedFile)) {
      const exp = readInstance(readFileSync(expectedFile, 'utf8'), expectedFile);
      const diff = compareFacts(res.factSet, exp.factSet);
      if (diff) return fail(r, v.id, diff);
    }
    return pass(r);
  }
  const ixCodes = errCodes.filter((c) => c.startsWith('ix11.'));
  if (ixCodes.length) {
    if (ixCodes.some((c) => got.includes(c))) return pass(r);
    return fail(r, v.id, `expected ${ixCodes.join(' or ')}, got ${got.join(', ') || 'no error'}`);
  }
  if (errors.length) return pass(r);
  return fail(r, v.id, `expected an error (${errCodes.join(', ')}), got none`);
}

export function run525(root: string): SuiteReport {
  const r = newReport('EDGAR 525 Inline XBRL syntax', 0.95);
  const index = parseXml(readFileSync(join(root, '525-testcases.xml'), 'utf8'), '525-testcases.xml');
  for (const tc of local(index.root, 'testcase')) {
    const file = join(root, attr(tc, 'uri') ?? '');
    for (const v of readVariations(file)) {
      try {
        runVariation(v, r);
      } catch (e) {
        fail(r, v.id, `reader crashed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
  return r;
}
