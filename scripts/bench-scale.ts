// Benchmark: the pipeline's stages over N synthetic articles (default 100,000): wall, articles/s, per-stage times,
// RSS every 10k extracted articles and at each stage end, peak RSS; one line of figures.
// Usage: npx tsx scripts/bench-scale.ts [--n 100000] [--workers 2] [--corpus /tmp/kg-synth-100000]
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildGraph, layoutGraph } from '../src/graph/index.js';
import { ingest } from '../src/ingest/index.js';
import { extractArticles } from '../src/parallel/index.js';
import { writeExports } from '../src/pipeline.js';
import { resolveCorpus } from '../src/resolve/index.js';
import { arg } from './args.js';
import { load, peakRssMb, seconds } from './bench-common.js';
import { writeSynthCorpus } from './synth-corpus.js';

const n = Number(arg('n', '100000'));
const workers = Number(arg('workers', '2'));
const corpus = arg('corpus', join(tmpdir(), `kg-synth-${n}`));
if (!existsSync(corpus) || readdirSync(corpus).length !== n) {
  rmSync(corpus, { recursive: true, force: true });
  writeSynthCorpus(corpus, 0, n);
}
const out = mkdtempSync(join(tmpdir(), 'kg-bench-scale-'));
const rssMb = () => Math.round(process.memoryUsage().rss / 2 ** 20);
const stages: string[] = [];
const perTenK: number[] = [];
const t0 = performance.now();
let t = t0;
const lap = (stage: string) => {
  const now = performance.now();
  stages.push(`${stage} ${((now - t) / 1000).toFixed(1)} s (RSS ${rssMb()} MB)`);
  t = now;
};
try {
  const { articles, skipped } = await ingest([corpus]);
  lap('ingest');
  const onProgress = (done: number) => {
    if (done % 10_000 !== 0) return;
    perTenK.push(rssMb());
    // A line per 10k on stderr, so a run stopped early still tells its rate and memory.
    console.error(`bench:scale … ${done} extracted after ${seconds(performance.now() - t0)}, RSS ${rssMb()} MB, load ${load()}`);
  };
  const extracted = await extractArticles(articles, { workers, onProgress });
  lap('extract');
  const resolved = resolveCorpus(extracted.extractions);
  lap('resolve');
  const graph = buildGraph(resolved);
  lap('graph');
  layoutGraph(graph);
  lap('layout');
  writeExports(graph, out, { inputs: [corpus] });
  lap('export');
  const wall = performance.now() - t0;
  console.log(
    `bench:scale ${articles.length} articles (${skipped.length + extracted.skipped.length} skipped) → ${graph.order} nodes, ${graph.size} edges ` +
      `in ${seconds(wall)} = ${((1000 * articles.length) / wall).toFixed(1)} articles/s with ${workers} workers; ${stages.join(', ')}; ` +
      `RSS MB every 10k extracted: ${perTenK.join(' ')}; peak RSS ${peakRssMb()} MB; load ${load()}`,
  );
} finally {
  rmSync(out, { recursive: true, force: true });
}
