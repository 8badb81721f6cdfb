// Writing a conversion to disk. Everything is rendered in memory first; the whole output set is then written into a
// temporary folder inside the output folder and each file renamed into place only when all are written, so a reader
// of the output folder never sees a half-written file or a partial set, and a failed or interrupted conversion
// leaves the previous outputs untouched and no temporary file behind.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { BASE_FILES, BASE_TAXONOMY_DIR, PACKAGE_FILES } from '../taxonomy/index.js';
import type { Message } from '../model/source.js';
import { formatFindings } from '../check/format.js';

export interface OutputFiles {
  instance: string;
  inline: string;
  json: string;
  /** Per-filing taxonomy files (extension schema and linkbases): name -> content. */
  files: [string, string][];
  messages: Message[];
}

/** Base name of the outputs for a release file: "examples/001_x.txt" -> "001_x". */
export function outputName(file: string): string {
  return basename(file, extname(file));
}

/**
 * Writes <dir>/<name>.xbrl, .xhtml, .json, .report.txt and the taxonomy files the documents reference, as one set:
 * every file is first written into a temporary folder inside `dir` and only when all are complete is each renamed
 * into place, so a failure (full disk, an injected error) or Ctrl-C leaves no partial set and no temporary file.
 */
export async function writeOutputs(dir: string, name: string, out: OutputFiles): Promise<string[]> {
  await checkClash(dir, name, out.files);
  // The taxonomy (and its package metadata, for processors that load packages) travels with the documents.
  const files: [string, string | Uint8Array][] = [];
  for (const f of [...BASE_FILES, ...PACKAGE_FILES]) files.push([f, await readFile(join(BASE_TAXONOMY_DIR, f))]);
  files.push(
    ...out.files,
    [`${name}.xbrl`, out.instance],
    [`${name}.xhtml`, out.inline],
    [`${name}.json`, out.json],
    [`${name}.report.txt`, reportText(name, out.messages)],
  );
  await mkdir(dir, { recursive: true });
  const tmp = join(dir, `.ixport-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  pending.add(tmp);
  onSignalRemovePending();
  try {
    await mkdir(tmp);
    for (const [file, content] of files) {
      await mkdir(dirname(join(tmp, file)), { recursive: true });
      await writeFile(join(tmp, file), content, typeof content === 'string' ? 'utf8' : undefined);
    }
    // Every file is complete: move them into place (renames within one file system).
    const written: string[] = [];
    for (const [file] of files) {
      await mkdir(dirname(join(dir, file)), { recursive: true });
      await rename(join(tmp, file), join(dir, file));
      written.push(join(dir, file));
    }
    return written;
  } finally {
    await rm(tmp, { recursive: true, force: true });
    pending.delete(tmp);
  }
}

/** Temporary folders being written; removed on SIGINT/SIGTERM before the process ends. */
const pending = new Set<string>();
let signalsHooked = false;

function onSignalRemovePending(): void {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of pending) rmSync(tmp, { recursive: true, force: true });
      pending.clear();
      // End as the signal would have (the default action), now that nothing is left behind.
      process.kill(process.pid, signal);
    });
  }
}

/** Every message of the conversion, info included, each with every source position it concerns. */
export function reportText(name: string, messages: Message[]): string {
  return `ixport report for ${name}\n` + formatFindings(messages, name, { verbose: true });
}

/**
 * A per-filing taxonomy file of this release already exists in the output folder with different content, written
 * for another release (two releases of one company on one date name their extension schema alike). The release is
 * refused: nothing of it is written.
 */
export class OutputClash extends Error {
  constructor(
    readonly file: string,
    readonly owner: string,
  ) {
    super(
      `would overwrite ${file} written for ${owner} with different content; nothing written (convert this release into another --out folder, or remove ${owner} and its files first)`,
    );
    this.name = 'OutputClash';
  }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Throws OutputClash when a taxonomy file of this release exists in `dir` with other content and another
 * instance in `dir` (not this release's own <name>.xbrl, which a re-conversion replaces) references its schema.
 */
async function checkClash(dir: string, name: string, files: [string, string][]): Promise<void> {
  const schemas = files.map(([f]) => f).filter((f) => f.endsWith('.xsd'));
  for (const [file, content] of files) {
    const prior = await readIfExists(join(dir, file));
    if (prior === undefined || prior === content) continue;
    const owner = await ownerOf(dir, name, schemas);
    if (owner) throw new OutputClash(join(dir, file), join(dir, owner));
  }
}

/** The instance in `dir`, other than <name>.xbrl, that references one of `schemas`; undefined when none does. */
async function ownerOf(dir: string, name: string, schemas: string[]): Promise<string | undefined> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((f) => f.endsWith('.xbrl') && f !== `${name}.xbrl`).sort();
  } catch {
    return undefined;
  }
  for (const f of entries) {
    const text = await readIfExists(join(dir, f));
    const ref = text && /<(?:link:)?schemaRef\b[^>]*\bhref="([^"]+)"/.exec(text)?.[1];
    if (ref && schemas.includes(ref)) return f;
  }
  return undefined;
}
