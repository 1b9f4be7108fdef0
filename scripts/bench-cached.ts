// Benchmark: a build whose extractions all come from the cache (a first run fills it), i.e. every stage but
// extraction, `--runs` times; one line per run (stage times as wall/CPU seconds).
// Usage: npx tsx scripts/bench-cached.ts [--input ../shared/data/bbc] [--out /tmp/kg-bench-cached] [--runs 2] [--workers 2]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { arg } from './args.js';
import { load, nonExtraction, seconds, stages, timedBuild } from './bench-common.js';

const input = arg('input', join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc'));
const out = arg('out', '/tmp/kg-bench-cached');
const runs = Number(arg('runs', '2'));
const workers = Number(arg('workers', '2'));
if (!existsSync(join(out, '.kg-cache'))) {
  const fill = await timedBuild([input], out, { workers, cacheDir: out });
  console.error(`bench:cached … cache filled by a first build (${seconds(fill.wallMs)}); load ${load()}`);
}
for (let i = 0; i < runs; i++) {
  const b = await timedBuild([input], out, { workers, cacheDir: out });
  console.log(
    `bench:cached ${b.articles} articles, ${seconds(b.wallMs)} wall, ${seconds(b.cpuMs)} CPU; all but extraction ${nonExtraction(b)} ` +
      `(wall/CPU s: ${stages(b.timings, b.cpu)}); load ${load()}`,
  );
}
