// Assembles the self-contained view page: templates/view/page.hbs with the page CSS, the document pane (in a
// <template>, mounted by the client in a shadow root so the filing's CSS and the page's cannot meet), the page
// data as one JSON script element, and the client script compiled by tsc (src/view/client) inlined as a module.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import type { ViewPage } from './build.js';

/** The package root (holding templates/view), found by walking up from this module: works from src/ and dist/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'templates', 'view', 'page.hbs'))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new Error('templates/view/page.hbs not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** Where `npm run build` puts the client script (src/view/client/tsconfig.json). */
export const CLIENT_SCRIPT = join('dist', 'view-client', 'client', 'main.js');

interface Assets {
  page: Handlebars.TemplateDelegate;
  css: string;
  docCss: string;
  script: string;
}

let assets: Assets | undefined;

function loadAssets(): Assets {
  if (assets) return assets;
  const root = packageRoot();
  const dir = join(root, 'templates', 'view');
  const scriptPath = join(root, CLIENT_SCRIPT);
  if (!existsSync(scriptPath)) throw new Error(`${scriptPath} is missing: run \`npm run build\` (it compiles the view page's client script)`);
  const hb = Handlebars.create();
  assets = {
    page: hb.compile(readFileSync(join(dir, 'page.hbs'), 'utf8'), { strict: true }),
    css: readFileSync(join(dir, 'style.css'), 'utf8'),
    docCss: readFileSync(join(dir, 'document.css'), 'utf8'),
    // An inline module script: the `export {}` tsc leaves in a module file is legal there.
    script: readFileSync(scriptPath, 'utf8').replace(/^\/\/# sourceMappingURL=.*$/m, ''),
  };
  return assets;
}

/** Text that must not end the element it is embedded in (</script>, </style>, </template>). */
function inert(s: string, tag: string): string {
  return s.replace(new RegExp(`</(${tag})`, 'gi'), '<\\/$1');
}

export function renderPage(view: ViewPage): string {
  const a = loadAssets();
  const json = JSON.stringify(view.data).replace(/</g, '\\u003c');
  const doc = `<style>${inert(a.docCss + '\n' + view.pane.css, 'style')}</style>${inert(view.pane.html, 'template')}`;
  return a.page({
    title: view.data.title,
    css: new Handlebars.SafeString(inert(a.css, 'style')),
    doc: new Handlebars.SafeString(doc),
    data: new Handlebars.SafeString(json),
    script: new Handlebars.SafeString(inert(a.script, 'script')),
  });
}
