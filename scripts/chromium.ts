// Debian's chromium driven by puppeteer-core, for the view page's browser tests and `npm run screenshots`: one
// launch with the flags this closed network needs (without the background-networking ones Chromium keeps trying
// to reach Google's hosts) and a fresh profile, removed on close.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';

export const CHROMIUM = process.env.IXPORT_CHROMIUM ?? '/usr/bin/chromium';

export interface Session {
  browser: Browser;
  close(): Promise<void>;
}

export async function launch(profilePrefix = 'ixport-chromium-'): Promise<Session> {
  const { default: puppeteer } = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
