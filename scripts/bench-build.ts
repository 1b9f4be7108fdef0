// Benchmark: `kg build` of the BBC folder with 1 and 2 extraction workers in the same run; one line of figures
// (stage times as wall/CPU seconds, CPU of all threads).
// Usage: npx tsx scripts/bench-build.ts [--input ../shared/data/bbc] [--workers 1,2]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { arg } from './args.js';
import { exportDigest, load, nonExtraction, peakRssMb, seconds, stages, type TimedBuild, timedBuild } from './bench-common.js';

const input = arg('input', join(import.meta.dirname, '..', '..', 'shared', 'data', 'bbc'));
const counts = arg('workers', '1,2').split(',').map(Number);
const runs: { workers: number; build: TimedBuild; digest: string }[] = [];
for (const workers of counts) {
  const out = mkdtempSync(join(tmpdir(), 'kg-bench-build-'));
  const build = await timedBuild([input], out, { workers });
  runs.push({ workers, build, digest: exportDigest(out) });
  rmSync(out, { recursive: true, force: true });
}
const first = runs[0]!;
const parts = runs.map(
  (r) =>
    `${r.workers} worker${r.workers > 1 ? 's' : ''} ${seconds(r.build.wallMs)} wall, ${seconds(r.build.cpuMs)} CPU ` +
    `(wall/CPU s: ${stages(r.build.timings, r.build.cpu)}; all but extraction ${nonExtraction(r.build)})`,
);
const speedup = runs.length > 1 ? ` speed-up ${(first.build.wallMs / runs[runs.length - 1]!.build.wallMs).toFixed(2)}×;` : '';
const same = runs.every((r) => r.digest === first.digest) ? 'identical' : `DIFFERENT (${runs.map((r) => r.digest).join(' ')})`;
console.log(
  `bench:build ${first.build.articles} articles → ${first.build.nodes} nodes, ${first.build.edges} edges: ${parts.join('; ')};${speedup} exports ${same}; peak RSS ${peakRssMb()} MB; load ${load()}`,
);
