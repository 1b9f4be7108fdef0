// Benchmark: `kg build` of N synthetic articles (default 100,000): wall, articles/s, per-stage times, RSS and live heap
// at each stage end, RSS every 10k extracted articles, peak RSS; one line of figures.
// Usage: npx tsx scripts/bench-scale.ts [--n 100000] [--workers 2] [--corpus /tmp/kg-synth-100000] [--cache DIR]
//   --cache DIR: extract through the cache in DIR/.kg-cache (a run over a filled cache measures everything but extraction)
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildFromInputs, writeExports } from '../src/pipeline.js';
import { arg } from './args.js';
import { load, peakRssMb, seconds } from './bench-common.js';
import { writeSynthCorpus } from './synth-corpus.js';

const n = Number(arg('n', '100000'));
const workers = Number(arg('workers', '2'));
const corpus = arg('corpus', join(tmpdir(), `kg-synth-${n}`));
const cacheDir = arg('cache', '');
if (!existsSync(corpus) || readdirSync(corpus).length !== n) {
  rmSync(corpus, { recursive: true, force: true });
  writeSynthCorpus(corpus, 0, n);
}
const out = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);
const memory = () => `RSS ${mb(process.memoryUsage().rss)} MB, heap ${mb(process.memoryUsage().heapUsed)} MB`;
const stages: string[] = [];
const perTenK: number[] = [];
const t0 = performance.now();
try {
  const onProgress = (stage: string, done: number) => {
    if (stage !== 'extract' || done % 10_000 !== 0) return;
    perTenK.push(mb(process.memoryUsage().rss));
    // A line per 10k on stderr, so a run stopped early still tells its rate and memory.
    console.error(`bench:scale … ${done} extracted after ${seconds(performance.now() - t0)}, ${memory()}, load ${load()}`);
  };
  const onStageEnd = (stage: string, ms: number) => {
    stages.push(`${stage} ${(ms / 1000).toFixed(1)} s (${memory()})`);
    console.error(`bench:scale … ${stages.at(-1)}; load ${load()}`);
  };
  const result = await buildFromInputs([corpus], { workers, onProgress, onStageEnd, ...(cacheDir ? { cacheDir } : {}) });
  const e = performance.now();
  writeExports(result.graph, out, { inputs: [corpus] });
  onStageEnd('export', performance.now() - e);
  const wall = performance.now() - t0;
  const { graph, articles, skipped } = result;
  console.log(
    `bench:scale ${articles.length} articles (${skipped.length} skipped) → ${graph.order} nodes, ${graph.size} edges ` +
      `in ${seconds(wall)} = ${((1000 * articles.length) / wall).toFixed(1)} articles/s with ${workers} workers${cacheDir ? ' through the cache' : ''}; ` +
      `${stages.join(', ')}; RSS MB every 10k extracted: ${perTenK.join(' ') || '-'}; peak RSS ${peakRssMb()} MB; load ${load()}`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
