// `npm run fuzz [-- --n 500 --seed 1 --jobs 2 --timeout 30000 --keep fuzz-failures --source dir ...]`: a seeded
// mutation fuzzer of `ixport convert`: no crash, no timeout, no malformed output. Each case is a release (the seeds in examples/ and
// ../shared/seeds, the plaintext corpus ../shared/corpus/plaintext) with one to three mutations: truncation at a
// random offset, deleted / duplicated / swapped lines, control characters, markup, unusual Unicode, invalid UTF-8,
// corrupted digits, commas and parentheses, shifted columns, CRLF and tabs. Each case runs the built CLI in a child
// process with a timeout and must: finish in time; exit 0, 1 or 2; print no stack trace; leave only well-formed
// files (XML and JSON) and no temporary files in its --out folder. The same --seed gives the same cases, and each
// failing case is kept (input, stderr, outputs, a repro.sh) for reproduction.
//
// Why: 53 of 600 mutated releases wrote a label linkbase that was not well-formed, with exit 0 (a U+0001 in a
// row label); nothing but a fuzzer run over many cases would have shown it.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { wellFormedProblems } from './wellformed.js';

/** The repository (scripts/ in the sources, dist/scripts/ when built). */
function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'examples'))) return dir;
    const up = dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
}

// ---- seeded randomness --------------------------------------------------------------------------------------

/** mulberry32: small, fast, and the same sequence for the same seed on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, n: number): number => Math.floor(r() * n);
const pick = <T>(r: Rand, list: readonly T[]): T => list[int(r, list.length)];

// ---- mutations ----------------------------------------------------------------------------------------------

const CONTROL = ['\u0001', '\u0007', '\u0000', '\u000b', '\u000c', '\u001b', '\u001f', '\u0008'];
const MARKUP = [
  '<b>',
  '</b>',
  ']]>',
  '<![CDATA[x]]>',
  '&',
  '&amp;',
  '&lt;',
  '&#1;',
  '&nbsp;',
  '&#65;',
  '&#x1F;',
  '& ',
  '<!--',
  '-->',
  '{{title}}',
  '{{{x}}}',
  '<script>x</script>',
  '"',
  "'",
  '<?xml ?>',
  '<!DOCTYPE x [<!ENTITY e "e">]>',
  '&e;',
];
const UNICODE = [
  '\u00a0',
  '\u200b',
  '\u200f',
  '\u202e',
  '\ufeff',
  '\ufffe',
  '\uffff',
  '\u{1F600}',
  'e\u0301',
  '\u2212',
  '\u2013',
  '\u2014',
  '\u00e9',
  '\u4e2d\u6587',
  '\u0663',
  '\uff11',
];

/** One mutation of the text; returns the new text and what was done (for the report). */
type Mutation = (text: string, r: Rand) => [string, string];

const lineSpans = (text: string): [number, number][] => {
  const out: [number, number][] = [];
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    out.push([start, i + 1]);
    start = i + 1;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
};

/** A line holding a number (a table row), else any line. */
const numericLine = (text: string, r: Rand): [number, number] => {
  const spans = lineSpans(text);
  const rows = spans.filter(([s, e]) => /\d[\d,]*\s+\S/.test(text.slice(s, e)) && /\d\s*$/.test(text.slice(s, e)));
  return rows.length ? pick(r, rows) : spans.length ? pick(r, spans) : [0, text.length];
};

const insertAt = (text: string, at: number, s: string): string => text.slice(0, at) + s + text.slice(at);

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (t, r) => {
    const at = int(r, t.length + 1);
    return [t.slice(0, at), `truncate at ${at}`];
  },
  truncateInNumber: (t, r) => {
    const [s, e] = numericLine(t, r);
    const digits = [...t.slice(s, e).matchAll(/\d/g)].map((m) => s + m.index!);
    const at = digits.length ? pick(r, digits) : int(r, t.length + 1);
    return [t.slice(0, at), `truncate inside a number at ${at}`];
  },
  deleteLines: (t, r) => {
    const spans = lineSpans(t);
    if (!spans.length) return [t, 'delete nothing'];
    const i = int(r, spans.length);
    const n = 1 + int(r, 3);
    const end = spans[Math.min(spans.length - 1, i + n - 1)][1];
    return [t.slice(0, spans[i][0]) + t.slice(end), `delete lines ${i + 1}..${i + n}`];
  },
  duplicateLines: (t, r) => {
    const spans = lineSpans(t);
    if (!spans.length) return [t, 'duplicate nothing'];
    const i = int(r, spans.length);
    const n = 1 + int(r, 4);
    const block = t.slice(spans[i][0], spans[Math.min(spans.length - 1, i + n - 1)][1]);
    return [insertAt(t, spans[i][0], block), `duplicate lines ${i + 1}..${i + n}`];
  },
  swapLines: (t, r) => {
    const spans = lineSpans(t);
    if (spans.length < 2) return [t, 'swap nothing'];
    const i = int(r, spans.length - 1);
    const a = t.slice(...spans[i]);
    const b = t.slice(...spans[i + 1]);
    return [t.slice(0, spans[i][0]) + b + a + t.slice(spans[i + 1][1]), `swap lines ${i + 1} and ${i + 2}`];
  },
  control: (t, r) => {
    const [s, e] = numericLine(t, r);
    const at = s + int(r, Math.max(1, Math.min(40, e - s)));
    const c = pick(r, CONTROL);
    return [insertAt(t, at, c.repeat(1 + int(r, 2))), `insert U+${c.charCodeAt(0).toString(16).padStart(4, '0')} at ${at}`];
  },
  markup: (t, r) => {
    const [s, e] = numericLine(t, r);
    const at = s + int(r, Math.max(1, Math.min(40, e - s)));
    const m = pick(r, MARKUP);
    return [insertAt(t, at, m), `insert ${JSON.stringify(m)} at ${at}`];
  },
  unicode: (t, r) => {
    const at = int(r, t.length + 1);
    const u = pick(r, UNICODE);
    return [insertAt(t, at, u), `insert ${JSON.stringify(u)} at ${at}`];
  },
  digits: (t, r) => {
    const [s, e] = numericLine(t, r);
    const digits = [...t.slice(s, e).matchAll(/\d/g)].map((m) => s + m.index!);
    if (!digits.length) return [t, 'no digit'];
    const at = pick(r, digits);
    const by = pick(r, ['0', '9', 'O', 'l', '.', '-', ' ', '', '12345678901234567890']);
    return [t.slice(0, at) + by + t.slice(at + 1), `digit at ${at} -> ${JSON.stringify(by)}`];
  },
  commas: (t, r) => {
    const [s, e] = numericLine(t, r);
    const line = t.slice(s, e);
    const commas = [...line.matchAll(/,/g)].map((m) => s + m.index!);
    if (commas.length && r() < 0.5) {
      const at = pick(r, commas);
      return [t.slice(0, at) + t.slice(at + 1), `drop comma at ${at}`];
    }
    const digits = [...line.matchAll(/\d/g)].map((m) => s + m.index!);
    const at = digits.length ? pick(r, digits) : s;
    return [insertAt(t, at, ','), `insert comma at ${at}`];
  },
  parens: (t, r) => {
    const [s, e] = numericLine(t, r);
    const line = t.slice(s, e);
    const parens = [...line.matchAll(/[()]/g)].map((m) => s + m.index!);
    if (parens.length && r() < 0.5) {
      const at = pick(r, parens);
      return [t.slice(0, at) + t.slice(at + 1), `drop parenthesis at ${at}`];
    }
    const at = s + int(r, Math.max(1, e - s));
    const p = pick(r, ['(', ')', '($', '$(', '()']);
    return [insertAt(t, at, p), `insert ${JSON.stringify(p)} at ${at}`];
  },
  shiftColumns: (t, r) => {
    const [s, e] = numericLine(t, r);
    const line = t.slice(s, e);
    const gaps = [...line.matchAll(/ {2,}/g)].map((m) => s + m.index!);
    const at = gaps.length ? pick(r, gaps) : s;
    if (r() < 0.5) return [insertAt(t, at, ' '.repeat(1 + int(r, 12))), `shift right at ${at}`];
    const n = Math.min(1 + int(r, 8), /^ */.exec(t.slice(at))![0].length);
    return [t.slice(0, at) + t.slice(at + n), `shift left ${n} at ${at}`];
  },
  crlf: (t, r) =>
    r() < 0.5 ? [t.replace(/\n/g, '\r\n'), 'CRLF line ends'] : [t.replace(/\n/g, () => (r() < 0.3 ? '\r\n' : r() < 0.1 ? '\r' : '\n')), 'mixed line ends'],
  tabs: (t, r) => [t.replace(/ {8}/g, () => (r() < 0.5 ? '\t' : '        ')), 'tabs for runs of 8 spaces'],
  blankTable: (t, r) => {
    const spans = lineSpans(t);
    if (!spans.length) return [t, 'nothing'];
    const i = int(r, spans.length);
    return [insertAt(t, spans[i][0], '\n\n\n'), `blank lines before line ${i + 1}`];
  },
};

/** Byte-level mutations, applied to the encoded text: invalid UTF-8, a UTF-16 BOM, a NUL. */
const BYTE_MUTATIONS: Record<string, (b: Buffer, r: Rand) => [Buffer, string]> = {
  invalidUtf8: (b, r) => {
    const at = int(r, b.length + 1);
    const bad = Buffer.from([pick(r, [0x80, 0xbf, 0xc0, 0xc3, 0xe2, 0xff, 0xfe])]);
    return [Buffer.concat([b.subarray(0, at), bad, b.subarray(at)]), `byte 0x${bad[0].toString(16)} at ${at}`];
  },
};

export interface FuzzCase {
  id: string;
  source: string;
  ops: string[];
  content: Buffer;
}

/** Case `i` of run `seed`: its own generator, so one case is reproduced without running the ones before it. */
export function makeCase(seed: number, i: number, sources: { path: string; text: string }[]): FuzzCase {
  const r = rng((Math.imul(seed, 0x9e3779b1) ^ Math.imul(i + 1, 0x85ebca6b)) >>> 0);
  const src = pick(r, sources);
  let text = src.text;
  const ops: string[] = [];
  const names = Object.keys(MUTATIONS);
  const count = 1 + int(r, 3);
  for (let k = 0; k < count; k++) {
    const name = pick(r, names);
    const [next, what] = MUTATIONS[name](text, r);
    text = next;
    ops.push(`${name}: ${what}`);
  }
  let content: Buffer = Buffer.from(text, 'utf8');
  if (r() < 0.05) {
    const [next, what] = BYTE_MUTATIONS.invalidUtf8(content, r);
    content = next;
    ops.push(`invalidUtf8: ${what}`);
  }
  return { id: `${seed}-${i}`, source: src.path, ops, content };
}

// ---- running ------------------------------------------------------------------------------------------------

export interface FuzzOptions {
  n: number;
  seed: number;
  jobs: number;
  /** Milliseconds per case. */
  timeout: number;
  /** Folder the failing cases are copied to. */
  keep: string;
  /** Release files or folders of them. */
  sources: string[];
  /** The CLI entry point (dist/src/cli/main.js). */
  cli: string;
  /** Progress and summary go here (process.stdout by default). */
  log?: (line: string) => void;
}

export interface CaseResult {
  id: string;
  source: string;
  ops: string[];
  code: number | null;
  ms: number;
  problems: string[];
}

export interface FuzzSummary {
  cases: number;
  failed: CaseResult[];
  exitCodes: Record<string, number>;
  problems: Record<string, number>;
  seconds: number;
}

/** A stack frame line ("    at readRelease (file:///…/read/index.js:12:5)") or Node's "Error: …\n    at". */
const STACK = /^\s+at (?:.+ \()?(?:file:|node:|\/|[A-Za-z]:\\).*:\d+(?::\d+)?\)?\s*$/m;

function run(
  cli: string,
  input: string,
  out: string,
  timeout: number,
): Promise<{ code: number | null; stderr: string; stdout: string; timedOut: boolean; ms: number }> {
  return new Promise((done) => {
    const t0 = Date.now();
    const child = spawn(process.execPath, [cli, 'convert', input, '--out', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stderr, stdout, timedOut, ms: Date.now() - t0 });
    });
  });
}

/** The line number of the last line when the text ends inside a number ("18,0", "(1,2"), else undefined. */
export function lostNumberLine(content: Buffer): number | undefined {
  // Lines end as the reader ends them: CR LF, LF, or a lone CR (the fuzzer's "mixed line ends" writes all three).
  const lines = content.toString('utf8').split(/\r\n?|\n/);
  const last = lines[lines.length - 1];
  if (!last.trim()) return undefined;
  // A digit group cut short after a thousands comma, or a parenthesised negative left open, at the very end.
  if (!/\d,\d{0,2}$|\(\$?\s*[\d,]+$/.test(last)) return undefined;
  return lines.length;
}

/** Files left in `dir` whose names say they are temporary (an interrupted atomic write). */
function temporaryFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tmp$|^\.~|\.partial$/i.test(f)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Release files of the given files and folders (*.txt), sorted, so the same sources give the same cases. */
export function loadSources(paths: string[]): { path: string; text: string }[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) continue;
    if (statSync(p).isDirectory()) for (const f of readdirSync(p).sort()) if (f.endsWith('.txt')) files.push(join(p, f));
    if (statSync(p).isFile()) files.push(p);
  }
  return [...new Set(files.map((f) => resolve(f)))].sort().map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** The default sources: the seeds (examples/, ../shared/seeds) and the plaintext corpus, where present. */
export function defaultSources(root: string): string[] {
  const shared = [join(root, '..', 'shared'), join(root, '..', '..', 'shared')].find((d) => existsSync(d));
  return [join(root, 'examples'), ...(shared ? [join(shared, 'seeds'), join(shared, 'corpus', 'plaintext')] : [])];
}

export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const log = o.log ?? ((line: string) => process.stdout.write(line + '\n'));
  const sources = loadSources(o.sources);
  if (!sources.length) throw new Error(`no release (*.txt) in ${o.sources.join(', ')}`);
  if (!existsSync(o.cli)) throw new Error(`${o.cli} not found: build first (npm run build)`);
  const work = mkdtempSync(join(tmpdir(), 'ixport-fuzz-'));
  const t0 = Date.now();
  const results: CaseResult[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const i = next++;
      if (i >= o.n) return;
      const c = makeCase(o.seed, i, sources);
      const dir = join(work, c.id);
      mkdirSync(dir);
      const input = join(dir, `${c.id}_${basename(c.source)}`);
      writeFileSync(input, c.content);
      const out = join(dir, 'out');
      const r = await run(o.cli, input, out, o.timeout);
      const problems: string[] = [];
      if (r.timedOut) problems.push(`timeout after ${o.timeout} ms`);
      else if (r.code === null || ![0, 1, 2].includes(r.code)) problems.push(`exit code ${r.code}`);
      if (STACK.test(r.stderr) || /internal error/.test(r.stderr)) problems.push('stack trace on stderr');
      // A release cut inside a number ("… 18,171   18,0", reliability/truncnum.txt) loses that number: the run
      // must say so with a message naming the last line (a positioned warning, or a refusal).
      const cut = lostNumberLine(c.content);
      if (cut && r.code === 0 && !r.stderr.includes(`:${cut}:`)) problems.push(`number lost without a message: the file ends inside a number on line ${cut}`);
      if (existsSync(out)) {
        for (const p of wellFormedProblems(out)) problems.push(`not well-formed: ${basename(p.file)}: ${p.problem}`);
        for (const f of temporaryFiles(out)) problems.push(`temporary file left: ${basename(f)}`);
      }
      const result: CaseResult = { id: c.id, source: c.source, ops: c.ops, code: r.code, ms: r.ms, problems };
      results.push(result);
      if (problems.length) {
        const kept = join(o.keep, c.id);
        rmSync(kept, { recursive: true, force: true });
        mkdirSync(kept, { recursive: true });
        cpSync(dir, kept, { recursive: true });
        writeFileSync(join(kept, 'stderr.txt'), r.stderr);
        writeFileSync(join(kept, 'stdout.txt'), r.stdout);
        writeFileSync(
          join(kept, 'case.json'),
          JSON.stringify({ id: c.id, seed: o.seed, index: i, source: c.source, ops: c.ops, code: r.code, problems }, null, 2) + '\n',
        );
        const name = basename(input);
        writeFileSync(
          join(kept, 'repro.sh'),
          `#!/bin/sh\n# ${c.ops.join('; ')}\ncd "$(dirname "$0")" && rm -rf out && node ${JSON.stringify(resolve(o.cli))} convert ${name} --out out; echo "exit $?"\n`,
        );
        log(`FAIL ${c.id} (${basename(c.source)}; ${c.ops.join('; ')}): ${problems.join('; ')}`);
      }
      rmSync(dir, { recursive: true, force: true });
      if (results.length % 50 === 0) log(`… ${results.length}/${o.n} cases, ${results.filter((x) => x.problems.length).length} failing`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  results.sort((a, b) => Number(a.id.split('-')[1]) - Number(b.id.split('-')[1]));
  const exitCodes: Record<string, number> = {};
  const problems: Record<string, number> = {};
  for (const r of results) {
    exitCodes[String(r.code)] = (exitCodes[String(r.code)] ?? 0) + 1;
    for (const p of new Set(r.problems.map((x) => x.replace(/:.*$/, '').replace(/ after \d+ ms/, '')))) problems[p] = (problems[p] ?? 0) + 1;
  }
  return { cases: results.length, failed: results.filter((r) => r.problems.length), exitCodes, problems, seconds: (Date.now() - t0) / 1000 };
}

export function formatSummary(s: FuzzSummary, o: Pick<FuzzOptions, 'seed' | 'keep'>): string {
  const codes = Object.entries(s.exitCodes)
    .sort()
    .map(([k, n]) => `exit ${k}: ${n}`)
    .join(', ');
  const lines = [`fuzz: ${s.cases} cases (seed ${o.seed}) in ${s.seconds.toFixed(1)} s: ${s.failed.length} failing; ${codes}`];
  for (const [p, n] of Object.entries(s.problems).sort((a, b) => b[1] - a[1])) lines.push(`  ${p}: ${n} case(s)`);
  if (s.failed.length) lines.push(`failing cases kept in ${o.keep}/<id>/ (repro.sh, case.json, stderr.txt, out/)`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const root = repoRoot();
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '100' },
      seed: { type: 'string', default: '1' },
      jobs: { type: 'string', default: '2' },
      timeout: { type: 'string', default: '30000' },
      keep: { type: 'string', default: 'fuzz-failures' },
      source: { type: 'string', multiple: true },
      cli: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run fuzz -- [--n 100] [--seed 1] [--jobs 2] [--timeout 30000] [--keep fuzz-failures] [--source file-or-dir ...] [--cli dist/src/cli/main.js]\n',
    );
    return 0;
  }
  const num = (name: string, v: string, min: number): number => {
    if (!/^\d+$/.test(v) || Number(v) < min) throw new Error(`--${name} must be a whole number >= ${min}, got "${v}"`);
    return Number(v);
  };
  const o: FuzzOptions = {
    n: num('n', values.n!, 1),
    seed: num('seed', values.seed!, 0),
    jobs: num('jobs', values.jobs!, 1),
    timeout: num('timeout', values.timeout!, 1),
    keep: resolve(values.keep!),
    sources: values.source?.length ? values.source : defaultSources(root),
    cli: resolve(values.cli ?? join(root, 'dist', 'src', 'cli', 'main.js')),
  };
  process.stdout.write(`fuzz: ${o.n} cases, seed ${o.seed}, ${o.jobs} jobs, sources ${o.sources.join(', ')}\n`);
  const s = await runFuzz(o);
  process.stdout.write(formatSummary(s, o) + '\n');
  return s.failed.length ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`fuzz: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 2;
    },
  );
}
