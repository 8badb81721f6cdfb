/// <reference lib="dom" />
// `npm run screenshots [-- <release.htm>...] [--from <px>] [--height <px>] [--width <px>] [--out <dir>]`: converts
// each HTML release and renders the source and its Inline XBRL document in Debian's Chromium (puppeteer-core,
// headless, a fresh profile, no network), side by side, into out/screenshots/<name>.png (with <name>.source.png
// and <name>.inline.png, and the <name>.xhtml rendered). Prints per release the page heights of both and the
// share of pixels that differ in the captured band: the inline document must look like the source.
// Without files: every release of ../shared/corpus/html and html-2.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { convertText } from '../src/pipeline/convert.js';
import { CHROMIUM, launch as launchChromium, type Session } from './chromium.js';

interface Options {
  files: string[];
  from: number;
  height: number;
  width: number;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], from: 0, height: 2400, width: 1100, out: 'out/screenshots' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v < 0) throw new Error(`${a} wants a number of pixels`);
      return v;
    };
    if (a === '--from') o.from = num();
    else if (a === '--height') o.height = num();
    else if (a === '--width') o.width = num();
    else if (a === '--out') o.out = argv[++i];
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else o.files.push(a);
  }
  if (!o.files.length) {
    const shared = process.env.IXPORT_SHARED ?? ['../shared', '../../shared'].map((d) => resolve(d)).find((d) => existsSync(d)) ?? resolve('../shared');
    for (const d of ['corpus/html', 'corpus/html-2'].map((x) => join(shared, x)).filter((x) => existsSync(x))) {
      o.files.push(
        ...readdirSync(d)
          .filter((f) => /\.html?$/i.test(f))
          .sort()
          .map((f) => join(d, f)),
      );
    }
  }
  return o;
}

async function launch(): Promise<Session> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium`);
  return launchChromium('ixport-screenshots-');
}

/** A page that never leaves file:// (a release's remote images and scripts are refused, as offline). */
async function offlinePage(browser: Browser, width: number, height: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.url().startsWith('file:') || req.url().startsWith('data:')) void req.continue();
    else void req.abort();
  });
  return page;
}

let grey: Uint8Array | undefined;

/** A small grey PNG standing in for an image the corpus does not hold. */
async function placeholder(browser: Browser): Promise<Uint8Array> {
  if (grey) return grey;
  const page = await browser.newPage();
  await page.setViewport({ width: 8, height: 8 });
  await page.setContent('<html><body style="margin:0;background:#bbb"></body></html>');
  grey = await page.screenshot({ type: 'png' });
  await page.close();
  return grey;
}

/** Renders a file and captures the band [from, from + height) of the page; returns the PNG and the page height. */
async function capture(browser: Browser, file: string, o: Options, png: string): Promise<{ height: number; error?: string }> {
  const page = await offlinePage(browser, o.width, 900);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  try {
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load', timeout: 60_000 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const xmlError = await page.evaluate(() => document.getElementsByTagName('parsererror').length > 0);
    const clipHeight = Math.max(1, Math.min(o.height, height - o.from));
    await page.setViewport({ width: o.width, height: Math.min(Math.max(900, o.from + clipHeight), 16_000) });
    await page.screenshot({
      path: png as `${string}.png`,
      clip: { x: 0, y: Math.min(o.from, Math.max(0, height - 1)), width: o.width, height: clipHeight },
      captureBeyondViewport: true,
    });
    return { height, error: xmlError ? 'XML parse error' : errors[0] };
  } finally {
    await page.close();
  }
}

/** The two captures side by side in one PNG; returns the share of differing pixels (over the smaller band). */
async function compose(browser: Browser, left: string, right: string, name: string, png: string, width: number): Promise<number> {
  const page = await browser.newPage();
  const src = (f: string) => `data:image/png;base64,${readFileSync(f).toString('base64')}`;
  await page.setViewport({ width: width * 2 + 30, height: 900 });
  await page.setContent(
    `<!DOCTYPE html><html><body style="margin:0;background:#888;font:14px sans-serif">
<div style="display:flex;gap:10px;padding:5px">
<div><div style="color:#fff">source: ${name}</div><img id="a" src="${src(left)}" style="display:block;background:#fff"></div>
<div><div style="color:#fff">ixport inline XBRL</div><img id="b" src="${src(right)}" style="display:block;background:#fff"></div>
</div></body></html>`,
    { waitUntil: 'load' },
  );
  const diff = await page.evaluate(() => {
    const a = document.getElementById('a') as HTMLImageElement;
    const b = document.getElementById('b') as HTMLImageElement;
    const w = Math.min(a.naturalWidth, b.naturalWidth);
    const h = Math.min(a.naturalHeight, b.naturalHeight);
    const data = (img: HTMLImageElement) => {
      const c = document.createElement('canvas');
      c.width = w;
      c.height = h;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      return ctx.getImageData(0, 0, w, h).data;
    };
    const da = data(a);
    const db = data(b);
    let differ = 0;
    for (let i = 0; i < da.length; i += 4) {
      if (Math.abs(da[i] - db[i]) + Math.abs(da[i + 1] - db[i + 1]) + Math.abs(da[i + 2] - db[i + 2]) > 48) differ++;
    }
    return differ / Math.max(1, w * h);
  });
  await page.screenshot({ path: png as `${string}.png`, fullPage: true });
  await page.close();
  return diff;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(o.out, { recursive: true });
  const { browser, close } = await launch();
  console.log(`screenshots of ${o.files.length} release(s) into ${o.out}/ (band ${o.from}..${o.from + o.height} px, ${o.width} px wide)`);
  try {
    for (const file of o.files) {
      const stem = basename(file).replace(/\.html?$/i, '');
      let xhtml: string;
      try {
        xhtml = convertText(readFileSync(file, 'utf8'), file, { kind: 'html-release' }).inline;
      } catch (e) {
        console.log(`${stem}: does not convert: ${(e as Error).message}`);
        continue;
      }
      const outFile = join(o.out, `${stem}.xhtml`);
      writeFileSync(outFile, xhtml);
      // The source is rendered from a copy beside the inline document, so relative images resolve alike for both:
      // copied when they sit beside the source, else a grey placeholder (a missing image renders differently in
      // HTML and XHTML documents, which is not what the comparison is about).
      const sourceCopy = join(o.out, `${stem}.source${extname(file)}`);
      copyFileSync(file, sourceCopy);
      for (const m of readFileSync(file, 'latin1').matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']?([^"'\s>]+)/gi)) {
        const rel = m[1];
        if (/^[a-z][a-z0-9+.-]*:|^\/|\.\./i.test(rel)) continue;
        const img = join(dirname(file), rel);
        const dest = join(o.out, basename(rel));
        if (existsSync(img)) copyFileSync(img, dest);
        else if (!existsSync(dest)) writeFileSync(dest, await placeholder(browser));
      }
      const left = join(o.out, `${stem}.source.png`);
      const right = join(o.out, `${stem}.inline.png`);
      const a = await capture(browser, resolve(sourceCopy), o, left);
      const b = await capture(browser, resolve(outFile), o, right);
      const diff = await compose(browser, left, right, basename(file), join(o.out, `${stem}.png`), o.width);
      const notes = [a.error && `source: ${a.error}`, b.error && `inline: ${b.error}`].filter(Boolean).join('; ');
      console.log(
        `${stem.padEnd(48)} height source ${String(a.height).padStart(6)} inline ${String(b.height).padStart(6)} px  differing pixels ${(diff * 100).toFixed(2).padStart(6)} %${notes ? `  (${notes})` : ''}`,
      );
    }
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
