// `npm run bench`: in-process conversion time per release (median of repeated runs, per stage), peak memory, and
// batch throughput on every core. Figures are printed, never asserted: timing belongs here, not in tests.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { availableParallelism } from 'node:os';
import { readRelease } from '../src/read/index.js';
import { defaultExtension, mapRelease } from '../src/map/index.js';
import { checkFactSet } from '../src/check/index.js';
import { writeInstance } from '../src/write/instance/index.js';
import { writeInline } from '../src/write/inline/index.js';
import { writeXbrlJson } from '../src/write/json/index.js';
import { readInline } from '../src/readback/index.js';
import { defaultTaxonomy } from '../src/pipeline/convert.js';
import { convertBatch } from '../src/pipeline/batch.js';
import { readReleaseText } from '../src/pipeline/release.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';

const ROOT = resolve(new URL('../..', import.meta.url).pathname);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
/** BENCH_ONLY=seeds,process,html,arelle,memory,batch,aeon: run only those sections (default all). */
const ONLY = process.env.BENCH_ONLY?.split(',');
const section = (name: string) => !ONLY || ONLY.includes(name);
/** The shared corpus folder: $IXPORT_SHARED, else ../shared beside the repository. */
const SHARED = process.env.IXPORT_SHARED ?? resolve(ROOT, '../shared');

/**
 * CPU milliseconds of this process so far, all threads: V8's GC and compiler helper threads included, so it can
 * exceed the wall time; on a shared machine it still varies less than wall time between runs.
 */
function cpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function ms(x: number): string {
  return x.toFixed(2).padStart(7);
}

function benchRelease(file: string, runs = RUNS): void {
  const text = readFileSync(file, 'utf8');
  const html = /\.html?$/i.test(file);
  const taxonomy = defaultTaxonomy();
  const t = { read: [] as number[], map: [] as number[], check: [] as number[], write: [] as number[], total: [] as number[], cpu: [] as number[] };
  let facts = 0;
  for (let i = 0; i < runs + 5; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    const doc = html ? readReleaseText(text, file, { kind: 'html-release' }) : readRelease(text, file);
    const t1 = performance.now();
    // Mapped as `ixport convert` maps (with the per-filing extension); later stages use the filing's DTS.
    const { factSet, taxonomy: dts } = mapRelease(doc, taxonomy, { extension: defaultExtension(doc) });
    const t2 = performance.now();
    checkFactSet(factSet, dts);
    const t3 = performance.now();
    writeInstance(factSet);
    writeInline(doc, factSet, dts, html ? { source: text } : undefined);
    writeXbrlJson(factSet, { taxonomy: dts });
    const t4 = performance.now();
    const c4 = cpuMs();
    facts = factSet.facts.length;
    if (i < 5) continue; // warm-up runs (JIT) are not counted
    t.read.push(t1 - t0);
    t.map.push(t2 - t1);
    t.check.push(t3 - t2);
    t.write.push(t4 - t3);
    t.total.push(t4 - t0);
    t.cpu.push(c4 - c0);
  }
  const name = file.split('/').pop()!.padEnd(44);
  console.log(
    `${name} ${String(Math.round(text.length / 1024)).padStart(4)} KB ${String(facts).padStart(5)} facts  read${ms(median(t.read))}  map${ms(median(t.map))}  check${ms(median(t.check))}  write${ms(median(t.write))}  total${ms(median(t.total))} ms (process cpu${ms(median(t.cpu))})`,
  );
}

/**
 * Whole process: `ixport convert <seed 003>` against `node -e 0`, run alternately so both see the same machine
 * load; the ratio of the medians is the figure (issue 14: <= 2.5x).
 */
function wholeProcessSeed(runs = Number(process.env.BENCH_PROCESS_RUNS ?? 11)): void {
  const seed = join(ROOT, 'examples', '003_dae102acde5e4e8b.txt');
  const cli = binPath();
  const out = mkdtempSync(join(tmpdir(), 'ixport-bench-'));
  // CPU seconds of the child (user + system) via /usr/bin/time where it exists: steadier than wall time on a
  // shared machine.
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const run = (args: string[]): { wall: number; cpu: number } => {
    const a = performance.now();
    const r = time
      ? spawnSync(time, ['-f', 'CPU %U %S', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      : spawnSync(process.execPath, args, { stdio: 'ignore' });
    const wall = performance.now() - a;
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
    const m = time ? /CPU ([\d.]+) ([\d.]+)/.exec(String(r.stderr)) : null;
    return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
  };
  const node = { wall: [] as number[], cpu: [] as number[] };
  const conv = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const n = run(['-e', '0']);
    node.wall.push(n.wall);
    node.cpu.push(n.cpu);
    const c = run([cli, 'convert', seed, '--out', out, '--force', '--quiet']);
    conv.wall.push(c.wall);
    conv.cpu.push(c.cpu);
  }
  rmSync(out, { recursive: true, force: true });
  const cpu = time ? `; CPU ${median(conv.cpu).toFixed(0)} vs ${median(node.cpu).toFixed(0)} ms: ${(median(conv.cpu) / median(node.cpu)).toFixed(2)}x` : '';
  console.log(
    `whole process: ixport convert 003 median ${median(conv.wall).toFixed(0)} ms, node -e 0 ${median(node.wall).toFixed(0)} ms (alternately, ${runs}x): ${(median(conv.wall) / median(node.wall)).toFixed(2)}x (target <= 2.5x)${cpu}`,
  );
}

/**
 * Batch throughput: the corpus repeated to BENCH_BATCH (500) releases through one pool of long-lived workers;
 * results are consumed as they arrive (nothing kept), so memory should stay flat with the batch size.
 */
async function batchThroughput(files: string[], threads: number): Promise<void> {
  const total = Number(process.env.BENCH_BATCH ?? 500);
  if (total <= 0) return;
  const jobs = Array.from({ length: total }, (_, i) => ({ file: files[i % files.length] }));
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  let ok = 0;
  let done = 0;
  // RSS (main thread and workers: one process) after a fifth of the batch and at its end: flat means alike.
  let atFifth = 0;
  const t0 = performance.now();
  await convertBatch(jobs, threads, defaultTaxonomy(), {
    onResult: (r) => {
      if (r.ok) ok++;
      const rss = process.memoryUsage().rss;
      peak = Math.max(peak, rss);
      if (++done === Math.ceil(total / 5)) atFifth = rss;
    },
  });
  const atEnd = process.memoryUsage().rss;
  const dt = performance.now() - t0;
  console.log(
    `batch: ${total} releases (the corpus repeated, ${ok} converted) on ${threads} worker threads in ${dt.toFixed(0)} ms: ${((total * 1000) / dt).toFixed(1)} releases/s (target >= 100/s); RSS +${((peak - rss0) / 1048576).toFixed(0)} MB at peak, ${(atFifth / 1048576).toFixed(0)} MB after ${Math.ceil(total / 5)} releases, ${(atEnd / 1048576).toFixed(0)} MB after ${total}`,
  );
}

/** The program the `ixport` bin runs (package.json "bin"), so the whole-process figures measure what users start. */
function binPath(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: { ixport: string } };
  return join(ROOT, pkg.bin.ixport);
}

/** Wall and child CPU milliseconds of one command (CPU through /usr/bin/time where it exists). */
function timed(cmd: string, args: string[]): { wall: number; cpu: number; status: number | null } {
  const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const a = performance.now();
  const r = time
    ? spawnSync(time, ['-f', 'CPU %U %S', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
    : spawnSync(cmd, args, { stdio: 'ignore' });
  const wall = performance.now() - a;
  const m = time ? /CPU ([\d.]+) ([\d.]+)/.exec(String(r.stderr)) : null;
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN, status: r.status };
}

/**
 * `ixport read` of Apple's 10-Q Inline XBRL against Arelle's whole-process load of the same file (issue 14:
 * <= 0.35x), run alternately. Arelle is the external reference processor, not a dependency: $ARELLE_RUN (default
 * /work/arelle/run.sh, a script running arelleCmdLine offline) or the section is skipped with a message.
 */
function arelleRatio(runs = Number(process.env.BENCH_ARELLE_RUNS ?? 5)): void {
  const file = join(SHARED, 'corpus/ixbrl/apple_2025-05-02_10q_ixbrl.htm');
  const arelle = process.env.ARELLE_RUN ?? '/work/arelle/run.sh';
  if (!existsSync(file)) return void console.log(`arelle: ${file} absent, skipped`);
  if (!existsSync(arelle)) return void console.log(`arelle: no Arelle at ${arelle} (set ARELLE_RUN), ixport read vs Arelle skipped`);
  const ix = { wall: [] as number[], cpu: [] as number[] };
  const ar = { wall: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < runs; i++) {
    const a = timed(arelle, ['-f', file]);
    if (a.status !== 0) return void console.log(`arelle: ${arelle} exited ${a.status}, skipped`);
    ar.wall.push(a.wall);
    ar.cpu.push(a.cpu);
    const r = timed(process.execPath, [binPath(), 'read', file]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`ixport read exited ${r.status}`);
    ix.wall.push(r.wall);
    ix.cpu.push(r.cpu);
  }
  console.log(
    `arelle: ixport read apple 10-Q (${Math.round(readFileSync(file).length / 1024)} KB) median ${median(ix.wall).toFixed(0)} ms, Arelle load ${median(ar.wall).toFixed(0)} ms (alternately, ${runs}x): ${(median(ix.wall) / median(ar.wall)).toFixed(2)}x (target <= 0.35x); CPU ${median(ix.cpu).toFixed(0)} vs ${median(ar.cpu).toFixed(0)} ms: ${(median(ix.cpu) / median(ar.cpu)).toFixed(2)}x`,
  );
}

/**
 * Peak memory of one release (issue 14: <= 10x its size above node's baseline): the peak RSS of a process that
 * converts it (`ixport convert`, whole process) minus the peak RSS of `node -e 0`, as a multiple of the file size;
 * also the growth above the RSS the process had once its modules were loaded (what the conversion itself holds).
 */
function oneReleaseMemory(files: string[]): void {
  const peakKb = (args: string[]): number => {
    const r = spawnSync('/usr/bin/time', ['-f', 'RSS %M', process.execPath, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    return Number(/RSS (\d+)/.exec(String(r.stderr))?.[1] ?? NaN);
  };
  if (!existsSync('/usr/bin/time')) return void console.log('memory: /usr/bin/time absent, skipped');
  const base = Math.min(...[0, 1, 2].map(() => peakKb(['-e', '0'])));
  const out = mkdtempSync(join(tmpdir(), 'ixport-bench-'));
  for (const file of files) {
    if (!existsSync(file)) continue;
    const size = readFileSync(file).length;
    const peak = Math.min(...[0, 1, 2].map(() => peakKb([binPath(), 'convert', file, '--out', out, '--force', '--quiet', '--jobs', '1'])));
    // In process: RSS once the pipeline's modules are loaded, then the peak while converting.
    const probe = `const {convertFile}=await import(${JSON.stringify(join(ROOT, 'dist/src/pipeline/convert.js'))});const r0=process.memoryUsage().rss;await convertFile(${JSON.stringify(file)});console.log(r0, process.resourceUsage().maxRSS*1024)`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    const [r0, max] = String(r.stdout).trim().split(' ').map(Number);
    const above = peak * 1024 - base * 1024;
    console.log(
      `memory: ${file.split('/').pop()} (${Math.round(size / 1024)} KB) peak RSS ${(peak / 1024).toFixed(0)} MB, node -e 0 ${(base / 1024).toFixed(0)} MB: +${(above / 1048576).toFixed(1)} MB = ${(above / size).toFixed(0)}x its size (target <= 10x); above the loaded modules +${((max - r0) / 1048576).toFixed(1)} MB = ${((max - r0) / size).toFixed(0)}x`,
    );
  }
  rmSync(out, { recursive: true, force: true });
}

async function main(): Promise<void> {
  console.log(`ixport bench: median of ${RUNS} in-process runs per release (after 5 warm-up runs), node ${process.version}`);
  const seeds = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (section('seeds')) for (const f of seeds) benchRelease(join(ROOT, 'examples', f));

  if (section('process')) wholeProcessSeed();

  // HTML: the ~1 MB Caterpillar release in process (per stage), then whole-process `ixport convert` (node start-up,
  // loading, all three outputs and the taxonomy files written), the figure the 2 s target is about.
  const htmlFile = join(SHARED, 'corpus/html/caterpillar_2022-04-28_8k_ex99-1.htm');
  if (existsSync(htmlFile) && section('html')) {
    benchRelease(htmlFile, Math.min(RUNS, 10));
    const out = mkdtempSync(join(tmpdir(), 'ixport-bench-'));
    const cli = binPath();
    const walls: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = performance.now();
      const r = spawnSync(process.execPath, [cli, 'convert', htmlFile, '--out', out, '--force', '--quiet', '--jobs', '1'], { stdio: 'ignore' });
      if (r.status !== 0 && r.status !== 1) throw new Error(`ixport convert exited ${r.status}`);
      walls.push(performance.now() - a);
    }
    rmSync(out, { recursive: true, force: true });
    console.log(
      `html whole process: ixport convert ${htmlFile.split('/').pop()} (${Math.round(readFileSync(htmlFile).length / 1024)} KB) median ${median(walls).toFixed(0)} ms of 5 (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)}; target < 2000 ms)`,
    );
  }

  if (section('arelle')) arelleRatio();
  if (section('memory')) oneReleaseMemory([join(ROOT, 'examples', '003_dae102acde5e4e8b.txt'), htmlFile]);

  const corpusDir = join(SHARED, 'corpus/plaintext');
  if (existsSync(corpusDir) && section('batch')) {
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => join(corpusDir, f));
    const threads = availableParallelism();
    const c0 = cpuMs();
    const t0 = performance.now();
    // The taxonomy this process has parsed already goes to the workers, as an in-process user would pass it.
    const results = await convertBatch(
      files.map((file) => ({ file })),
      threads,
      defaultTaxonomy(),
    );
    const dt = performance.now() - t0;
    const cpu = cpuMs() - c0;
    const ok = results.filter((r) => r.ok).length;
    console.log(
      `batch: ${files.length} corpus releases (${ok} converted) on ${threads} worker threads in ${dt.toFixed(0)} ms (${(dt / files.length).toFixed(1)} ms per release, worker start-up included; ${cpu.toFixed(0)} ms CPU on all threads)`,
    );

    await batchThroughput(files, threads);

    const aeon = join(SHARED, 'corpus/ixbrl/aeonbiopharma_2023-11_10q_ixbrl.htm');
    if (existsSync(aeon) && section('aeon')) {
      const xhtml = readFileSync(aeon, 'utf8');
      const times: number[] = [];
      let n = 0;
      for (let i = 0; i < 7; i++) {
        const a = performance.now();
        n = readInline(xhtml, aeon).factSet.facts.length;
        times.push(performance.now() - a);
      }
      console.log(`read inline: AEON 10-Q ${(xhtml.length / 1e6).toFixed(1)} MB, ${n} facts, median ${median(times).toFixed(0)} ms`);
    }
  } else {
    console.log('(../shared absent: corpus batch and AEON read-back figures skipped)');
  }
  const ru = process.resourceUsage();
  console.log(`peak memory (max RSS of this process): ${(ru.maxRSS / 1024).toFixed(0)} MB`);
}

await main();
