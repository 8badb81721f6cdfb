// Well-formedness of a written file, checked independently of the writers and of src/xml: fast-xml-parser's
// validator (nesting, names, attributes, entities) plus the XML 1.0 Char production, which that validator does not
// check (it accepted the label linkbase of specialchars2.txt with a raw U+0001 that libxml2 refuses). JSON files
// must parse. Used by the fuzzer (scripts/fuzz.ts) and the tests (test/write/wellformed.test.ts).
import { XMLValidator } from 'fast-xml-parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** A character reference to a forbidden character (&#1; &#x7;), equally not well-formed. */
const FORBIDDEN_REF = /&#(?:x0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]));/;

/** undefined when `text` is well-formed for its kind, else why not (with line). */
export function wellFormedProblem(name: string, text: string): string | undefined {
  if (/\.json$/i.test(name)) {
    try {
      JSON.parse(text);
      return undefined;
    } catch (e) {
      return `not JSON: ${(e as Error).message}`;
    }
  }
  if (!/\.(xml|xsd|xbrl|xhtml|html?)$/i.test(name)) return undefined;
  const bad = FORBIDDEN.exec(text) ?? FORBIDDEN_REF.exec(text);
  if (bad) {
    const line = text.slice(0, bad.index).split('\n').length;
    return `line ${line}: character ${JSON.stringify(bad[0])} is not allowed in XML 1.0`;
  }
  // References: the five predefined entities and character references only (the documents have no DTD), which
  // the validator does not check ("&nbsp;" passes it).
  for (const m of text.matchAll(/&([^;&\s<]*);?/g)) {
    if (!m[0].endsWith(';') || !/^(?:lt|gt|amp|quot|apos|#[0-9]+|#x[0-9a-fA-F]+)$/.test(m[1])) {
      return `line ${text.slice(0, m.index).split('\n').length}: "${m[0]}" is not a predefined entity or character reference`;
    }
  }
  const v = XMLValidator.validate(text);
  return v === true ? undefined : `line ${v.err.line}: ${v.err.msg}`;
}

/** Every file under `dir` (recursively) with its problem; empty when all are well-formed. */
export function wellFormedProblems(dir: string): { file: string; problem: string }[] {
  const out: { file: string; problem: string }[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const problem = wellFormedProblem(f, readFileSync(p, 'utf8'));
        if (problem) out.push({ file: p, problem });
      }
    }
  };
  walk(dir);
  return out;
}
