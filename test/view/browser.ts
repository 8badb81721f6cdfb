// Headless Debian Chromium driven by puppeteer-core for the view page tests: one browser per test file, every
// request that would leave file:// refused and recorded, console errors and page errors recorded.
import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

import { CHROMIUM, launch as launchChromium, type Session } from '../../scripts/chromium.js';

export { CHROMIUM, type Session };

/** One Chromium per test file, with its own profile. */
export const launch = (): Promise<Session> => launchChromium('ixport-view-chromium-');

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} not found (apt-get install -y chromium): view browser tests skipped`;
}

export interface Watched {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** URLs requested that are not file:// (refused). */
  offsite: string[];
}

export async function openPage(session: Session, url: string, viewport = { width: 1500, height: 950 }): Promise<Watched & { loadMs: number }> {
  const page = await session.browser.newPage();
  await page.setViewport(viewport);
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith('file://')) void r.continue();
    else {
      offsite.push(r.url());
      void r.abort();
    }
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10_000 });
  return { page, errors, offsite, loadMs: Date.now() - t0 };
}
