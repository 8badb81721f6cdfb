// The view page without a browser: page data of a release, a third-party Inline XBRL document and an instance,
// every fact element of the rendering matched to its fact, the page self-contained and small.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildView } from '../../src/view/build.js';
import { loadForView, loadOlder } from '../../src/view/load.js';
import { renderPage } from '../../src/view/page.js';
import type { ViewData } from '../../src/view/data.js';
import { main } from '../../src/cli/main.js';

const EX = join(import.meta.dirname, '../../examples');
const S001 = join(EX, '001_3128817988bae0a4.txt');
const S003 = join(EX, '003_dae102acde5e4e8b.txt');
// ../shared beside the repository (a worktree under wt/ finds it one level further up).
const ROOT = join(import.meta.dirname, '../..');
const CORPUS =
  [join(ROOT, '../shared/corpus/ixbrl'), join(ROOT, '../../shared/corpus/ixbrl')].find((d) => existsSync(d)) ?? join(ROOT, '../shared/corpus/ixbrl');

function dataOf(html: string): ViewData {
  return JSON.parse(/<script type="application\/json" id="view-data">(.*?)<\/script>/s.exec(html)![1]) as ViewData;
}

describe('view page of seed 003', () => {
  it('is one file under 2 MB that fetches nothing, with every fact of the release', async () => {
    const t0 = Date.now();
    const input = await loadForView(S003);
    const html = renderPage(buildView(input));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(Buffer.byteLength(html)).toBeLessThan(2 * 1024 * 1024);
    expect(html).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
    expect(html).toContain("default-src 'none'");
    const data = dataOf(html);
    expect(data.facts.length).toBe(input.factSet.facts.length);
    expect(data.rendered).toBe(true);
    // Every fact element of the rendering points at its own fact (printed twice: two elements, one fact).
    const marked = [...html.matchAll(/data-f="(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(marked).size).toBe(data.facts.filter((f) => !f.hidden).length);
    const ap = data.facts.find((f) => f.concept.endsWith(':AccountsPayableCurrent') && f.period === '2003-12-31')!;
    expect([ap.value, ap.periodLabel, ap.unit, ap.decimals]).toEqual(['15752000', 'As of Dec 31, 2003', 'USD', -3]);
    expect(ap.sources[0]).toMatch(/^.*003_dae102acde5e4e8b\.txt:\d+:\d+$/);
    expect(ap.calcItem.length).toBeGreaterThan(0);
    expect(data.calcs.every((g) => g.ok)).toBe(true);
  });

  it('with --diff 001 lists the three restated figures and the removed one, in place', async () => {
    const input = await loadForView(S003);
    const data = buildView(input, { diffWith: await loadOlder(S001, { taxonomy: input.taxonomy ?? undefined }) }).data;
    // The restated balance sheet at 2003-12-31; the guidance revised in the prose (2004 and 2005 ranges) is a
    // change too, listed apart with its range members.
    const restated = data.diff!.changes.filter((c) => c.period === '2003-12-31');
    const by = (s: string) => restated.filter((c) => c.status === s).map((c) => [c.concept.replace(/^.*:/, ''), c.old, c.new]);
    expect(by('changed')).toEqual([
      ['AccountsPayableCurrent', '15754000', '15752000'],
      ['OtherAccruedLiabilitiesCurrent', '11018000', '11020000'],
      ['PrepaidExpenseAndOtherAssetsCurrent', '4487000', '4579000'],
    ]);
    expect(by('removed')).toEqual([['RestrictedInvestmentsCurrent', '92000', undefined]]);
    for (const c of data.diff!.changes.filter((x) => x.status === 'changed')) expect(data.facts[c.fact!].diff).toBeDefined();
    const guidance = data.diff!.changes.filter((c) => c.status === 'changed' && c.period === '2005-01-01/2005-12-31').map((c) => c.label);
    expect(guidance.sort()).toEqual([
      'Adjusted EBITDA [Maximum, ScenarioForecast]',
      'Adjusted EBITDA [Minimum, ScenarioForecast]',
      'Operating revenues [Maximum, ScenarioForecast]',
      'Operating revenues [Minimum, ScenarioForecast]',
    ]);
  });
});

if (!existsSync(CORPUS)) console.log(`[skipped] view pages of the iXBRL corpus: ${CORPUS} is absent`);
describe.skipIf(!existsSync(CORPUS))('view pages of third-party Inline XBRL', () => {
  it('match every ix fact element of each corpus filing to a fact read back', async () => {
    for (const name of readdirSync(CORPUS).filter((f) => f.endsWith('.htm'))) {
      const input = await loadForView(join(CORPUS, name));
      const view = buildView(input);
      const html = renderPage(view);
      const shown = view.data.facts.filter((f) => !f.hidden).length;
      // Only ix:hidden facts (and none of the displayed ones) are missing from the rendering.
      const hiddenInSource = (input.inline!.text.match(/<ix:hidden[\s\S]*?<\/ix:hidden>/)?.[0].match(/<ix:non(Fraction|Numeric)\b/g) ?? []).length;
      expect(shown, name).toBe(view.data.facts.length - hiddenInSource);
      expect(html, name).not.toMatch(/<(script|link|img|iframe)[^>]+(src|href)=/i);
      expect(html, name).not.toMatch(/url\(\s*['"]?https?:/i);
    }
  });
});

describe('ixport view', () => {
  it('writes the page where --out says and refuses a missing file with exit code 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ixport-view-'));
    try {
      const out = join(dir, 'p.html');
      const write = process.stdout.write;
      process.stdout.write = (() => true) as typeof process.stdout.write;
      let code;
      try {
        code = await main(['view', S003, '--diff', S001, '--out', out]);
      } finally {
        process.stdout.write = write;
      }
      expect(code).toBe(0);
      const data = dataOf(readFileSync(out, 'utf8'));
      const restated = data.diff!.changes.filter((c) => c.period === '2003-12-31');
      expect([restated.filter((c) => c.status === 'changed').length, restated.filter((c) => c.status === 'removed').length]).toEqual([3, 1]);
      await expect(main(['view', join(dir, 'missing.txt')])).rejects.toMatchObject({ exitCode: 2 });
      await expect(main(['view'])).rejects.toMatchObject({ exitCode: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
