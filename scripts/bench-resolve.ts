// Benchmark: resolveCorpus over the BBC corpus (extracted once, or read from a JSON cache); one line of figures.
// Usage: npx tsx scripts/bench-resolve.ts [bbc_news.jsonl] [--cache extractions.json]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/index.js';
import { resolveCorpus } from '../src/resolve/index.js';
import type { ArticleExtraction } from '../src/types.js';

const args = process.argv.slice(2);
const cacheAt = args.indexOf('--cache');
const cache = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
const input = args.find((a, i) => !a.startsWith('--') && i !== cacheAt + 1) ?? '../shared/data/bbc_news.jsonl';

function load(): ArticleExtraction[] {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as ArticleExtraction[];
  const rows = readFileSync(input, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string; text: string });
  const out = rows.map((r) => extractArticle({ id: r.id.replace('/', '-'), path: r.id, title: r.title, text: `${r.title}\n\n${r.text}` }));
  if (cache) writeFileSync(cache, JSON.stringify(out));
  return out;
}

const extractions = load();
resolveCorpus(extractions); // warm-up: JIT and gazetteer
const wall: number[] = [];
const cpu: number[] = [];
let entities = 0;
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  entities = resolveCorpus(extractions).entities.length;
  wall.push(performance.now() - t);
  const d = process.cpuUsage(c);
  cpu.push((d.user + d.system) / 1000);
}
const mentions = extractions.reduce((n, e) => n + e.mentions.length, 0);
console.log(`resolve: ${extractions.length} articles, ${mentions} mentions → ${entities} entities; best of 5: ${Math.min(...wall).toFixed(0)} ms wall, ${Math.min(...cpu).toFixed(0)} ms cpu`);
