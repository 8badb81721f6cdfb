// The check every hand-written synthetic release gets (test/fixtures/read/unseen, unseen2): every expected cell
// with the right value, scale, unit, period and range, nothing missing, nothing extra that was given a period (a
// number under no column header is reported without one, not guessed), and no error-level message.
import { readFileSync, readdirSync } from 'node:fs';
import { expect } from 'vitest';
import { readRelease } from '../../src/read/index.js';
import type { ReleaseDocument } from '../../src/model/document.js';
import { parseGoldTsv, scoreItems } from '../../scripts/score.js';

/** The release names (file stems) of a folder of synthetic releases. */
export function releaseNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.replace(/\.txt$/, ''));
}

export function readSynthetic(dir: string, name: string): ReleaseDocument {
  return readRelease(readFileSync(`${dir}/${name}.txt`, 'utf8'), `${name}.txt`, { requireTables: true });
}

export function expectEveryCell(dir: string, name: string): void {
  const doc = readSynthetic(dir, name);
  const s = scoreItems(doc.items, parseGoldTsv(readFileSync(`${dir}/${name}.tsv`, 'utf8')));
  const core = s.mismatches.filter((m) => ['value', 'scale', 'unit', 'period', 'range'].includes(m.kind));
  expect(core.map((m) => `L${m.line} ${m.raw} ${m.kind}: ${m.gold} != ${m.got}`)).toEqual([]);
  expect(s.missing.map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
  expect(s.extra.filter((x) => x.period_type !== '').map((m) => `L${m.line} ${m.raw}`)).toEqual([]);
  expect(doc.messages.filter((m) => m.severity === 'error')).toEqual([]);
}
