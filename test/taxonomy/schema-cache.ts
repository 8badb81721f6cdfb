// Test helper: XML Schema validation with xmllint-wasm, offline. Schema URLs are resolved through the local cache
// (../shared/xbrl/schemas/<host>/<path>, copied under test/fixtures/taxonomy/schemas so a clean clone works):
// each http(s) schemaLocation is rewritten to a flat file name preloaded into xmllint's in-memory file system.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateXML } from 'xmllint-wasm';

const HERE = dirname(fileURLToPath(import.meta.url));
export const SCHEMA_CACHE = join(HERE, '..', 'fixtures', 'taxonomy', 'schemas');

const LOCATION_ATTR_RE = /schemaLocation="([^"]*)"/g;
const URL_RE = /https?:\/\/[^\s"']+\.xsd/g;

/** The schema URLs named in schemaLocation / xsi:schemaLocation attributes (not in comments or text). */
function schemaUrls(text: string): string[] {
  return [...text.matchAll(LOCATION_ATTR_RE)].flatMap((m) => [...m[1].matchAll(URL_RE)].map((u) => u[0]));
}

function flatName(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Makes relative schemaLocation attributes of a cached schema absolute against the schema's own URL. */
function absolutize(text: string, baseUrl: string): string {
  return text.replace(/schemaLocation="([^"]+)"/g, (all, loc: string) =>
    /^[a-z]+:/i.test(loc) || loc.includes(' ') ? all : `schemaLocation="${new URL(loc, baseUrl).href}"`,
  );
}

/** Rewrites every schema URL in an XSD/XML text to the flat name it is preloaded under. */
export function rewriteSchemaUrls(text: string): string {
  return text.replace(LOCATION_ATTR_RE, (_all, value: string) => `schemaLocation="${value.replace(URL_RE, (url) => flatName(url))}"`);
}

/** The cached schemas reachable from the URLs in `text`, each rewritten, keyed by flat name. */
export function cachedSchemaClosure(text: string): { fileName: string; contents: string }[] {
  const out = new Map<string, string>();
  const queue = schemaUrls(text);
  while (queue.length) {
    const url = queue.pop()!;
    const name = flatName(url);
    if (out.has(name)) continue;
    const path = join(SCHEMA_CACHE, url.replace(/^https?:\/\//, ''));
    if (!existsSync(path)) throw new Error(`schema ${url} is not in the local cache ${SCHEMA_CACHE}`);
    const raw = absolutize(readFileSync(path, 'utf8'), url);
    out.set(name, rewriteSchemaUrls(raw));
    queue.push(...schemaUrls(raw));
  }
  return [...out].map(([fileName, contents]) => ({ fileName, contents }));
}

export async function validateAgainstSchema(
  xml: { fileName: string; contents: string },
  schema: { fileName: string; contents: string },
  extraFiles: { fileName: string; contents: string }[] = [],
): Promise<{ valid: boolean; errors: string[] }> {
  const preload = [
    ...cachedSchemaClosure([schema.contents, xml.contents, ...extraFiles.map((f) => f.contents)].join('\n')),
    ...extraFiles.map((f) => ({ fileName: f.fileName, contents: rewriteSchemaUrls(f.contents) })),
  ];
  const result = await validateXML({
    xml: [{ fileName: xml.fileName, contents: rewriteSchemaUrls(xml.contents) }],
    schema: [{ fileName: schema.fileName, contents: rewriteSchemaUrls(schema.contents) }],
    preload,
    maxMemoryPages: 4096,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
