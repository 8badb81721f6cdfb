// The view page in a real browser (Debian's chromium, driven by puppeteer-core; one browser for this file):
// open the page of a seed, click a fact, read the panel; the diff page 001 -> 003; keyboard navigation; no
// console error and no request leaving file://. Screenshots of each state go to out/view/ for a person to look at.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ElementHandle, Page } from 'puppeteer-core';
import { buildView } from '../../src/view/build.js';
import { loadForView, loadOlder } from '../../src/view/load.js';
import { renderPage } from '../../src/view/page.js';
import { browserMissing, launch, openPage, type Session, type Watched } from './browser.js';

const ROOT = join(import.meta.dirname, '../..');
const OUT = join(ROOT, 'out', 'view');
const S001 = join(ROOT, 'examples', '001_3128817988bae0a4.txt');
const S003 = join(ROOT, 'examples', '003_dae102acde5e4e8b.txt');
// ../shared beside the repository (a worktree under wt/ finds it one level further up).
const APPLE =
  [join(ROOT, '../shared'), join(ROOT, '../../shared')].map((d) => join(d, 'corpus/ixbrl/apple_2025-05-02_10q_ixbrl.htm')).find((f) => existsSync(f)) ?? '';
const missing = browserMissing();
if (missing) console.log(`[skipped] ${missing}`);
else if (!APPLE) console.log('[skipped] view of a third-party 10-Q: ../shared/corpus/ixbrl is absent');

let session: Session;
const pages: Record<string, string> = {};

beforeAll(async () => {
  if (missing) return;
  mkdirSync(OUT, { recursive: true });
  const input = await loadForView(S003);
  pages.seed = join(OUT, '003.view.html');
  writeFileSync(pages.seed, renderPage(buildView(input)));
  pages.diff = join(OUT, '001-003.diff.view.html');
  writeFileSync(pages.diff, renderPage(buildView(input, { diffWith: await loadOlder(S001, { taxonomy: input.taxonomy ?? undefined }) })));
  if (existsSync(APPLE)) {
    pages.apple = join(OUT, 'apple-10q.view.html');
    writeFileSync(pages.apple, renderPage(buildView(await loadForView(APPLE))));
  }
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

/** The fact element of a concept (local name) and period key in the document's shadow root. */
async function factElement(page: Page, local: string, period: string): Promise<ElementHandle<Element>> {
  const handle = await page.evaluateHandle(
    (local, period) => {
      const data = JSON.parse(document.getElementById('view-data')!.textContent!) as { facts: { concept: string; period: string; dims: unknown[] }[] };
      const i = data.facts.findIndex((f) => f.concept.endsWith(`:${local}`) && f.period === period && f.dims.length === 0);
      return document.getElementById('doc-host')!.shadowRoot!.querySelector(`[data-f="${i}"]`);
    },
    local,
    period,
  );
  const el = handle.asElement() as ElementHandle<Element> | null;
  if (!el) throw new Error(`no element for ${local} ${period}`);
  return el;
}

const text = (page: Page, selector: string) => page.$eval(selector, (e) => (e.textContent ?? '').trim());

function clean(w: Watched): void {
  expect(w.errors).toEqual([]);
  expect(w.offsite).toEqual([]);
}

describe.skipIf(!!missing)('view page in Chromium', () => {
  it('seed 003: loads under 1 s; clicking a fact shows its concept, period and value', async () => {
    const w = await openPage(session, pathToFileURL(pages.seed).href);
    const { page } = w;
    expect(w.loadMs).toBeLessThan(1000);
    const size = statSync(pages.seed).size;
    expect(size).toBeLessThan(2 * 1024 * 1024);
    console.log(`view page of seed 003: ${(size / 1024).toFixed(0)} KB, open to ready in ${w.loadMs} ms`);
    await page.screenshot({ path: join(OUT, '003-opened.png') });
    const el = await factElement(page, 'AccountsPayableCurrent', '2003-12-31');
    await el.click();
    expect(await text(page, '#tab-fact [data-field="concept"]')).toBe('ixp:AccountsPayableCurrent');
    expect(await text(page, '#tab-fact [data-field="period"]')).toBe('As of Dec 31, 2003');
    expect(await text(page, '#tab-fact [data-field="value"]')).toBe('15,752,000 USD');
    expect(await text(page, '#tab-fact [data-field="source"]')).toMatch(/003_dae102acde5e4e8b\.txt:\d+:\d+/);
    expect(await text(page, '#tab-fact')).toContain('Adds up');
    await page.screenshot({ path: join(OUT, '003-fact-selected.png') });

    // Keyboard: j steps to the next fact in document order, k back; / searches; Escape clears.
    await page.keyboard.press('j');
    const next = await text(page, '#tab-fact [data-field="concept"]');
    await page.keyboard.press('k');
    expect(await text(page, '#tab-fact [data-field="concept"]')).toBe('ixp:AccountsPayableCurrent');
    expect(next).not.toBe('');
    await page.keyboard.press('/');
    await page.keyboard.type('accounts payable');
    const listed = await page.$$eval('#tab-facts .list-item', (els) => els.length);
    expect(listed).toBeGreaterThan(0);
    await page.screenshot({ path: join(OUT, '003-search.png') });
    await page.keyboard.press('Enter');
    expect(await text(page, '#tab-fact [data-field="concept"]')).toBe('ixp:AccountsPayableCurrent');
    await page.keyboard.press('Escape');

    // Findings tab: a finding jumps to its fact.
    await page.keyboard.press('3');
    const finding = await page.$('#tab-findings .list-item[data-fact]');
    if (finding) {
      await finding.click();
      expect(await text(page, '#tab-fact [data-field="concept"]')).not.toBe('');
      await page.screenshot({ path: join(OUT, '003-findings.png') });
    }
    clean(w);
    await page.close();
  });

  it('diff 001 -> 003: three changed and one removed fact, highlighted in place', async () => {
    const w = await openPage(session, pathToFileURL(pages.diff).href);
    const { page } = w;
    const rows = await page.$$eval('#tab-changes .list-item.change', (els) =>
      els
        // The restated balance sheet; the prose guidance revisions are changes of other periods.
        .filter((e) => (e as HTMLElement).dataset.period === '2003-12-31')
        .map((e) => [(e as HTMLElement).dataset.status, (e as HTMLElement).dataset.concept]),
    );
    expect(rows.filter(([s]) => s === 'changed').map(([, c]) => c)).toEqual([
      'ixp:AccountsPayableCurrent',
      'ixp:OtherAccruedLiabilitiesCurrent',
      'ixp:PrepaidExpenseAndOtherAssetsCurrent',
    ]);
    expect(rows.filter(([s]) => s === 'removed').map(([, c]) => c)).toEqual(['ixp:RestrictedInvestmentsCurrent']);
    // The changed facts carry their highlight in the document.
    const marked = await page.evaluate(() => document.getElementById('doc-host')!.shadowRoot!.querySelectorAll('.d-changed, .d-reclassified').length);
    expect(marked).toBeGreaterThanOrEqual(3);
    await page.screenshot({ path: join(OUT, '001-003-diff.png') });
    await page.click('#tab-changes .list-item.change[data-status="changed"]');
    expect(await text(page, '#tab-fact [data-field="concept"]')).toBe('ixp:AccountsPayableCurrent');
    await page.keyboard.press('1');
    expect(await text(page, '#tab-fact')).toMatch(/was 15,754,000/);
    await page.screenshot({ path: join(OUT, '001-003-diff-fact.png') });
    clean(w);
    await page.close();
  });

  it.skipIf(!existsSync(APPLE))('a third-party 10-Q (Apple, Inline XBRL as filed): facts, panel, statement filter', async () => {
    const w = await openPage(session, pathToFileURL(pages.apple).href);
    const { page } = w;
    const el = await factElement(page, 'RevenueFromContractWithCustomerExcludingAssessedTax', '2024-12-29/2025-03-29');
    await el.click();
    expect(await text(page, '#tab-fact [data-field="concept"]')).toBe('us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax');
    expect(await text(page, '#tab-fact [data-field="period"]')).toMatch(/Dec 29, 2024 – Mar 29, 2025 \(3 months\)/);
    await page.screenshot({ path: join(OUT, 'apple-10q-fact.png') });
    const statements = await page.$$eval('#f-statement option', (os) => os.map((o) => o.textContent ?? ''));
    expect(statements.length).toBeGreaterThan(3);
    clean(w);
    await page.close();
  });
});
