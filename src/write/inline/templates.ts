// Loads the handlebars templates and CSS of the inline rendering from the package's templates/inline folder,
// once per process, into an isolated Handlebars environment (no global helpers or partials leak in or out).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';

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
  const hb = Handlebars.create();
  hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  for (const name of ['table', 'block']) {
    hb.registerPartial(name, readFileSync(join(dir, `${name}.hbs`), 'utf8'));
  }
  const page = hb.compile(readFileSync(join(dir, 'page.hbs'), 'utf8'), { strict: true });
  const css = readFileSync(join(dir, 'style.css'), 'utf8');
  if (/[<&]/.test(css)) throw new Error('templates/inline/style.css must not contain "<" or "&" (it is embedded in XHTML)');
  cached = { page, css, hb };
  return cached;
}
