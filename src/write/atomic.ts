// Atomic output: a reader of the output folder sees either the previous file or the complete new one, never a
// half-written file, and a failure leaves the previous outputs untouched.
// - writeFileAtomic: temp file in the same folder (same file system, so rename is atomic), then rename.
// - writeFolderAtomic: the whole set of outputs is written into a fresh sibling temp folder; only when every file
//   is complete is it renamed into place (the old folder, if any, is first renamed aside and then removed).
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile, copyFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/** Writes `content` to `path` atomically (UTF-8 for strings). The folder must exist or is created. */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = tempName(path);
  try {
    await writeFile(tmp, content, typeof content === 'string' ? 'utf8' : undefined);
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** One file of an output folder: text content, or a file to copy (e.g. a taxonomy schema). */
export type FolderEntry = { content: string | Uint8Array } | { copyFrom: string };

/** Relative paths only, no escaping the folder ("../x", absolute paths). */
function checkRelative(dir: string, rel: string): string {
  const full = resolve(dir, rel);
  const r = relative(dir, full);
  if (!r || r.startsWith('..') || r.split(sep).includes('..') || resolve(dir, r) !== full) {
    throw new Error(`output path "${rel}" is outside the output folder`);
  }
  return full;
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Replaces folder `dir` by a folder holding exactly `files` (relative path -> entry). Nothing is visible at `dir`
 * until all files are written; on any error the temp folder is removed and `dir` is left as it was.
 */
export async function writeFolderAtomic(dir: string, files: Record<string, FolderEntry>): Promise<string[]> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const tmp = tempName(target);
  const written: string[] = [];
  try {
    await mkdir(tmp, { recursive: true });
    for (const rel of Object.keys(files).sort()) {
      checkRelative(target, rel);
      const out = join(tmp, rel);
      await mkdir(dirname(out), { recursive: true });
      const entry = files[rel];
      if ('copyFrom' in entry) await copyFile(entry.copyFrom, out);
      else await writeFile(out, entry.content, typeof entry.content === 'string' ? 'utf8' : undefined);
      written.push(join(target, rel));
    }
  } catch (err) {
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  const old = (await exists(target)) ? tempName(target) + '.old' : null;
  try {
    if (old) await rename(target, old);
    await rename(tmp, target);
  } catch (err) {
    // Put the previous folder back if the swap failed half-way.
    if (old && !(await exists(target))) await rename(old, target).catch(() => undefined);
    await rm(tmp, { recursive: true, force: true });
    throw err;
  }
  if (old) await rm(old, { recursive: true, force: true });
  return written;
}
