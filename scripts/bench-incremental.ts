// Benchmark: a full cached build of a synthetic corpus, then `--add` articles more (incremental), checked against a
// from-scratch build of the same files; one line of figures.
// Usage: npx tsx scripts/bench-incremental.ts [--n 20000] [--add 200] [--workers 2] [--corpus /tmp/kg-synth-20000]
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg } from './args.js';
import { exportDigest, load, peakRssMb, seconds, stages, timedBuild } from './bench-common.js';
import { writeSynthCorpus } from './synth-corpus.js';

const n = Number(arg('n', '20000'));
const add = Number(arg('add', '200'));
const workers = Number(arg('workers', '2'));
const corpus = arg('corpus', join(tmpdir(), `kg-synth-${n}`));

// The corpus folder holds exactly articles 0..n-1 before the run (made once, reused).
if (!existsSync(corpus) || readdirSync(corpus).length !== n) {
  rmSync(corpus, { recursive: true, force: true });
  writeSynthCorpus(corpus, 0, n);
}
const out = mkdtempSync(join(tmpdir(), 'kg-bench-incr-'));
const scratch = mkdtempSync(join(tmpdir(), 'kg-bench-scratch-'));
try {
  const full = await timedBuild([corpus], out, { workers, cacheDir: out });
  const added = writeSynthCorpus(corpus, n, add);
  const incremental = await timedBuild([corpus], out, { workers, cacheDir: out });
  const fromScratch = await timedBuild([corpus], scratch, { workers });
  const same = exportDigest(out) === exportDigest(scratch) ? 'identical to' : 'DIFFERENT from';
  const ratio = ((100 * incremental.wallMs) / full.wallMs).toFixed(1);
  console.log(
    `bench:incremental ${n} articles full (cache filled) ${seconds(full.wallMs)} (${stages(full.timings)}); +${added.length} articles ` +
      `${seconds(incremental.wallMs)} = ${ratio}% of full (${stages(incremental.timings)}); exports ${same} a from-scratch build ` +
      `(${seconds(fromScratch.wallMs)}); ${workers} workers; peak RSS ${peakRssMb()} MB; load ${load()}`,
  );
  for (const path of added) rmSync(path);
} finally {
  rmSync(out, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
}
