// The real iXBRL filings of ../shared/corpus/ixbrl read without errors, with one fact per fact-producing
// ix element. The expected count is taken from the raw text (independently of the XML reader): every
// ix:nonFraction, ix:nonNumeric, ix:fraction and ix:tuple start tag outside ix:exclude.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readInline } from '../../src/readback/index.js';

const dir = fileURLToPath(new URL('../../../shared/corpus/ixbrl/', import.meta.url));
const present = existsSync(dir);
if (!present) console.warn(`[skipped] corpus iXBRL tests: ${dir} is absent`);

function countFactElements(text: string): number {
  const withoutExcluded = text.replace(/<ix:exclude\b[\s\S]*?<\/ix:exclude>/g, '');
  return (withoutExcluded.match(/<ix:(nonFraction|nonNumeric|fraction|tuple)[\s>/]/g) ?? []).length;
}

describe.skipIf(!present)('real iXBRL filings', () => {
  const files = present ? readdirSync(dir).filter((f) => f.endsWith('.htm')) : [];
  it('has the filings (four when written, a fifth since)', () => expect(files.length).toBeGreaterThanOrEqual(4));
  for (const f of files) {
    it(`${f} reads without errors, one fact per fact element`, () => {
      const text = readFileSync(dir + f, 'utf8');
      const { factSet, messages } = readInline(text, f);
      expect(messages.filter((m) => m.severity === 'error')).toEqual([]);
      expect(factSet.facts.length).toBe(countFactElements(text));
      expect(factSet.facts.every((x) => x.sources?.[0].line)).toBe(true);
      for (const fact of factSet.facts) {
        expect(factSet.contexts[fact.contextRef]).toBeDefined();
        if (fact.numeric && fact.value !== null) expect(fact.value).toMatch(/^-?\d+(\.\d*[1-9])?$/);
      }
    });
  }
});
