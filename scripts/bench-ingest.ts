// Benchmark: ingest a folder (default: the BBC corpus) and print one line of figures.
// Run: npx tsx tests/ingest/bench.ts [folder...]
import { ingest } from '../src/ingest/index.js';

const inputs = process.argv.slice(2);
if (inputs.length === 0) inputs.push('../shared/data/bbc');
const runs: number[] = [];
let summary = '';
for (let run = 0; run < 3; run++) {
  const start = performance.now();
  const result = await ingest(inputs);
  runs.push(performance.now() - start);
  const chars = result.articles.reduce((n, a) => n + a.text.length, 0);
  summary = `${result.articles.length} articles, ${result.skipped.length} skipped, ${result.warnings.length} warnings, ${(chars / 1e6).toFixed(1)}M chars`;
}
const best = Math.min(...runs);
console.log(`ingest ${inputs.join(' ')}: ${summary}; best of 3 ${best.toFixed(0)} ms (runs ${runs.map((t) => t.toFixed(0)).join('/')} ms)`);
