// Benchmark: a full cached build of a synthetic corpus, then `--add` articles more (incremental), checked against a
// from-scratch build of the same files; one line of figures (stage times as wall/CPU seconds).
// Usage: npx tsx scripts/bench-incremental.ts [--n 20000] [--add 200] [--workers 2] [--corpus /tmp/kg-synth-20000]
//        [--scratch cold|none]   cold (default): the check builds without a cache; none: no check (the run is half as long)
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg } from './args.js';
import { exportDigest, load, nonExtraction, peakRssMb, seconds, stages, timedBuild } from './bench-common.js';
import { writeSynthCorpus } from './synth-corpus.js';

const n = Number(arg('n', '20000'));
const add = Number(arg('add', '200'));
const workers = Number(arg('workers', '2'));
const corpus = arg('corpus', join(tmpdir(), `kg-synth-${n}`));
const scratchMode = arg('scratch', 'cold');

// The corpus folder holds exactly articles 0..n-1 before the run (made once, reused).
if (!existsSync(corpus) || readdirSync(corpus).length !== n) {
  rmSync(corpus, { recursive: true, force: true });
  writeSynthCorpus(corpus, 0, n);
}
const out = mkdtempSync(join(tmpdir(), 'kg-bench-incr-'));
const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-scratch-'));
let added: string[] = [];
try {
  const full = await timedBuild([corpus], out, { workers, cacheDir: out });
  console.error(`bench:incremental … full build ${seconds(full.wallMs)} (${stages(full.timings, full.cpu)}); load ${load()}`);
  added = writeSynthCorpus(corpus, n, add);
  const incremental = await timedBuild([corpus], out, { workers, cacheDir: out });
  console.error(`bench:incremental … incremental ${seconds(incremental.wallMs)} (${stages(incremental.timings, incremental.cpu)}); load ${load()}`);
  let check = 'not checked against a from-scratch build';
  if (scratchMode === 'cold') {
    const fromScratch = await timedBuild([corpus], scratch, { workers });
    const same = exportDigest(out) === exportDigest(scratch) ? 'identical to' : 'DIFFERENT from';
    check = `exports ${same} a from-scratch build (no cache, ${seconds(fromScratch.wallMs)})`;
  }
  const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
  console.log(
    `bench:incremental ${n} articles full (cache filled) ${seconds(full.wallMs)} wall, ${seconds(full.cpuMs)} CPU (${stages(full.timings, full.cpu)}); ` +
      `+${added.length} articles ${seconds(incremental.wallMs)} wall, ${seconds(incremental.cpuMs)} CPU = ${pct(incremental.wallMs, full.wallMs)}% of full ` +
      `(${pct(incremental.cpuMs, full.cpuMs)}% by CPU; ${stages(incremental.timings, incremental.cpu)}; all but extraction ${nonExtraction(incremental)}); ` +
      `${check}; ${workers} workers; peak RSS ${peakRssMb()} MB; load ${load()}`,
  );
} finally {
  for (const path of added) rmSync(path, { force: true });
  rmSync(out, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
