// XSD validation for tests with a real validator (libxml2 compiled to wasm: xmllint-wasm). Schema URLs resolve
// to the local cache ../shared/xbrl/schemas/<host>/<path> (http and https alike), local schemas to their files;
// every file is loaded into xmllint's in-memory file system and its schemaLocations rewritten to those paths,
// so nothing ever reaches the network.
//
// Usage (others may reuse it):
//   if (!SHARED_AVAILABLE) console.warn(SKIP_MESSAGE);
//   const r = await validateXsd([{ fileName: 'a.xbrl', contents }], [XBRL_INSTANCE_XSD, '/abs/path/tax.xsd']);
//   expect(r.errors).toEqual([]);
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { validateXML, memoryPages } from 'xmllint-wasm';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/**
 * The shared schema cache: `../shared/xbrl/schemas` from the repository, or $IXPORT_SHARED/xbrl/schemas;
 * IXPORT_SCHEMA_CACHE names the folder itself.
 */
export const SCHEMA_CACHE = process.env.IXPORT_SCHEMA_CACHE ?? resolve(process.env.IXPORT_SHARED ?? resolve(REPO, '..', 'shared'), 'xbrl', 'schemas');
export const SHARED_AVAILABLE = existsSync(join(SCHEMA_CACHE, 'www.xbrl.org', '2003', 'xbrl-instance-2003-12-31.xsd'));
export const SKIP_MESSAGE = `XSD validation skipped: ${SCHEMA_CACHE} is absent (../shared not mounted)`;

export const XBRL_INSTANCE_XSD = 'http://www.xbrl.org/2003/xbrl-instance-2003-12-31.xsd';
export const XBRLDI_XSD = 'http://www.xbrl.org/2006/xbrldi-2006.xsd';
export const INLINE_XBRL_XSD = 'http://www.xbrl.org/2013/inlineXBRL/xhtml-inlinexbrl-1_1.xsd';

export interface XsdError {
  file: string;
  line: number | null;
  message: string;
}

export interface XsdResult {
  valid: boolean;
  errors: XsdError[];
}

interface Loaded {
  /** Path inside xmllint's file system. */
  fsPath: string;
  contents: string;
  targetNamespace: string;
}

/** A schema location (http(s) URL, file URL or absolute path) -> its URL and the local file holding it. */
function locate(location: string): { url: string; file: string } {
  if (/^https?:\/\//i.test(location)) {
    const u = new URL(location);
    return { url: u.href, file: join(SCHEMA_CACHE, u.host, decodeURIComponent(u.pathname)) };
  }
  const file = location.startsWith('file:') ? fileURLToPath(location) : location;
  if (!isAbsolute(file)) throw new Error(`schema location must be absolute: ${location}`);
  return { url: pathToFileURL(file).href, file };
}

function fsPathOf(url: string): string {
  const u = new URL(url);
  if (u.protocol === 'file:') return '/local' + decodeURIComponent(u.pathname);
  return `/cache/${u.host}${decodeURIComponent(u.pathname)}`;
}

const schemaCache = new Map<string, Loaded>();

/** Loads `location` and everything it imports/includes/redefines; returns all files by URL. */
function loadSchemas(entries: string[]): Map<string, Loaded> {
  const out = new Map<string, Loaded>();
  const queue = entries.map((e) => locate(e).url);
  while (queue.length) {
    const url = queue.shift()!;
    if (out.has(url)) continue;
    let loaded = schemaCache.get(url);
    if (!loaded) {
      const { file } = locate(url);
      if (!existsSync(file)) throw new Error(`schema ${url} is not in the local cache (${file})`);
      const text = readFileSync(file, 'utf8');
      const deps: string[] = [];
      // Rewrite each import/include/redefine location to the in-memory path of the file it names.
      const contents = text.replace(
        /(<(?:[A-Za-z_][\w.-]*:)?(?:import|include|redefine)\b[^>]*?\bschemaLocation\s*=\s*)(["'])([^"']+)\2/g,
        (_m, head: string, quote: string, loc: string) => {
          const target = new URL(loc, url).href;
          deps.push(target);
          return `${head}${quote}${fsPathOf(target)}${quote}`;
        },
      );
      const tns = /targetNamespace\s*=\s*["']([^"']*)["']/.exec(text)?.[1] ?? '';
      loaded = { fsPath: fsPathOf(url), contents, targetNamespace: tns };
      schemaCache.set(url, loaded);
      (loaded as Loaded & { deps?: string[] }).deps = deps;
    }
    out.set(url, loaded);
    queue.push(...((loaded as Loaded & { deps?: string[] }).deps ?? []));
  }
  return out;
}

/**
 * Validates documents against the union of the schemas at `schemaLocations` (each with what it imports). A
 * driver schema imports each entry's namespace, so an instance validates against the XBRL instance schema and
 * its taxonomy schema at once.
 */
export async function validateXsd(docs: { fileName: string; contents: string }[], schemaLocations: string[]): Promise<XsdResult> {
  const files = loadSchemas(schemaLocations);
  const entries = schemaLocations.map((l) => files.get(locate(l).url)!);
  const driver = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">',
    ...entries.map((e) => `  <xs:import namespace="${e.targetNamespace}" schemaLocation="${e.fsPath}"/>`),
    '</xs:schema>',
  ].join('\n');
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.fileName, contents: d.contents })),
    schema: [{ fileName: 'driver.xsd', contents: driver }],
    preload: [...files.values()].map((f) => ({ fileName: f.fsPath.slice(1), contents: f.contents })),
    initialMemoryPages: 64 * memoryPages.MiB,
    maxMemoryPages: 1 * memoryPages.GiB,
  });
  const errors = result.errors
    .filter((e) => e.rawMessage.trim() !== '')
    .map((e) => ({ file: e.loc?.fileName ?? '', line: e.loc?.lineNumber ?? null, message: e.message }));
  // Schema-loading warnings (e.g. "skipping import of schema ... already imported") are not validity errors.
  const real = errors.filter((e) => !/Skipping import of schema|already imported/i.test(e.message));
  return { valid: result.valid && real.length === 0, errors: real };
}

/** An XBRL 2.1 instance against the instance schema, xbrldi and the given taxonomy schema files. */
export function validateInstanceXsd(xml: string, taxonomySchemas: string[], fileName = 'instance.xbrl'): Promise<XsdResult> {
  return validateXsd([{ fileName, contents: xml }], [XBRL_INSTANCE_XSD, XBRLDI_XSD, ...taxonomySchemas]);
}

/** Inline XBRL documents against the Inline XBRL 1.1 XHTML schema. */
export function validateInlineXsd(docs: { fileName: string; contents: string }[]): Promise<XsdResult> {
  return validateXsd(docs, [INLINE_XBRL_XSD]);
}
