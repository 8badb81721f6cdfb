// Transformation registry test cases (XII "tests.xml" format): <testcase target=NS><transform name outputType>
// <variation input output result/>. A valid case passes when the transform gives exactly @output; an invalid
// case passes when the transform refuses the input.
import { readFileSync } from 'node:fs';
import { REGISTRY_NAMES } from '../../src/transforms/data/registry-names.js';
import { applyTransform } from '../../src/transforms/index.js';
import { TRR } from '../../src/transforms/registry.js';
import { attr, childElements, resolveQName } from '../../src/xml/dom.js';
import { parseXml } from '../../src/xml/parse.js';
import { fail, newReport, pass, skip, type SuiteReport } from './report.js';

export interface TransformCase {
  ns: string;
  name: string;
  input: string;
  output: string;
  valid: boolean;
}

export function readTransformCases(file: string): TransformCase[] {
  const doc = parseXml(readFileSync(file, 'utf8'), file);
  const out: TransformCase[] = [];
  const target = attr(doc.root, 'target') ?? '';
  for (const t of childElements(doc.root).filter((e) => e.local === 'transform')) {
    const q = resolveQName(t, attr(t, 'name') ?? '');
    const ns = q?.ns || target;
    for (const v of childElements(t).filter((e) => e.local === 'variation')) {
      out.push({ ns, name: q?.local ?? '', input: attr(v, 'input') ?? '', output: attr(v, 'output') ?? '', valid: attr(v, 'result') === 'valid' });
    }
  }
  return out;
}

/**
 * Runs a tests.xml file. `onlyNames`, when given, limits the run to transforms of that list (others are
 * counted as skipped): TR2 cases are run only for the transforms TR3 kept, against the TR3 implementation.
 */
export function runTransformCases(
  suite: string,
  file: string,
  options: { asNamespace?: string; onlyNames?: readonly string[]; bar?: number } = {},
): SuiteReport {
  const r = newReport(suite, options.bar ?? 1);
  const cases = readTransformCases(file);
  cases.forEach((c, i) => {
    const id = `${c.name}#${i + 1} "${c.input}"`;
    if (options.onlyNames && !options.onlyNames.includes(c.name)) {
      skip(r, 'transform not kept by later registries');
      return;
    }
    const res = applyTransform(options.asNamespace ?? c.ns, c.name, c.input);
    if (c.valid) {
      if (res.ok && res.value === c.output) pass(r);
      else fail(r, id, res.ok ? `gave "${res.value}", expected "${c.output}"` : `refused: ${res.message}`);
    } else if (!res.ok && res.reason === 'invalidValue') pass(r);
    else fail(r, id, res.ok ? `accepted (gave "${res.value}"), expected an error` : `refused for the wrong reason: ${res.message}`);
  });
  return r;
}

export function runAllTransformSuites(root: string): SuiteReport[] {
  return [
    runTransformCases('TR3 transformations', `${root}/trrv3/tests.xml`),
    runTransformCases('ixt-sec transformations', `${root}/ixt-sec/tests.xml`),
    runTransformCases('TR2 transformations kept by TR3', `${root}/trrv2/tests.xml`, { asNamespace: TRR.tr3, onlyNames: REGISTRY_NAMES[TRR.tr3] }),
  ];
}
