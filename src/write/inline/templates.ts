// Loads the handlebars templates and CSS of the inline rendering from the package's templates/inline folder,
// once per process, into an isolated Handlebars environment (no global helpers or partials leak in or out).
// The build precompiles the templates (scripts/precompile-templates.ts -> templates.precompiled.cjs beside this
// module in dist/): when the templates on disk are the ones precompiled, only Handlebars' runtime is loaded and
// nothing is compiled (parsing and compiling them was ~40 ms of every `ixport convert`, loading the compiler ~30 ms
// more); otherwise (edited templates, or sources under vitest) they are compiled as before.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { lazyPackage } from '../../model/lazy.js';

/** The template files, by partial name ('page' is the page itself). */
export const TEMPLATE_NAMES = ['page', 'table', 'block'] as const;
type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** Compile options: partials are compiled with the page's options, as Handlebars does for string partials. */
export const COMPILE_OPTIONS = { strict: true } as const;

/** What the build writes: each template's source and its precompiled spec. */
export interface PrecompiledTemplates {
  sources: Record<TemplateName, string>;
  specs: Record<TemplateName, Parameters<typeof Handlebars.template>[0]>;
}

const PRECOMPILED = fileURLToPath(new URL('./templates.precompiled.cjs', import.meta.url));

const handlebars = lazyPackage<typeof Handlebars>('handlebars');
const runtime = lazyPackage<typeof Handlebars>('handlebars/runtime');

function precompiled(sources: Record<TemplateName, string>): PrecompiledTemplates | undefined {
  if (!existsSync(PRECOMPILED)) return undefined;
  const p = lazyPackage<PrecompiledTemplates>(PRECOMPILED)();
  return TEMPLATE_NAMES.every((n) => p.sources[n] === sources[n]) ? p : undefined;
}

export interface InlineTemplates {
  page: Handlebars.TemplateDelegate;
  css: string;
  hb: typeof Handlebars;
}

let cached: InlineTemplates | undefined;

/** templates/inline, found by walking up from this module (works from src/ under vitest and from dist/). */
export function templatesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'templates', 'inline');
    if (existsSync(join(candidate, 'page.hbs'))) return candidate;
    const up = dirname(dir);
    if (up === dir) throw new Error('templates/inline/page.hbs not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

export function loadTemplates(): InlineTemplates {
  if (cached) return cached;
  const dir = templatesDir();
  const sources = Object.fromEntries(TEMPLATE_NAMES.map((n) => [n, readFileSync(join(dir, `${n}.hbs`), 'utf8')])) as Record<TemplateName, string>;
  const pre = precompiled(sources);
  const hb = (pre ? runtime() : handlebars()).create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const name of ['table', 'block'] as const) {
    hb.registerPartial(name, pre ? hb.template(pre.specs[name]) : sources[name]);
  }
  const page = pre ? hb.template<unknown>(pre.specs.page) : hb.compile(sources.page, COMPILE_OPTIONS);
  const css = readFileSync(join(dir, 'style.css'), 'utf8');
  if (/[<&]/.test(css)) throw new Error('templates/inline/style.css must not contain "<" or "&" (it is embedded in XHTML)');
  cached = { page, css, hb };
  return cached;
}
