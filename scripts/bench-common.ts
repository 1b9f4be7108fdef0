// Shared pieces of the build benchmarks: one timed build into a folder, digests of its exports, load average.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildFromInputs, type BuildOptions, type Stage, writeExports } from '../src/pipeline.js';

/** One build's wall time (ms), per-stage times, counts and CPU time. */
export interface TimedBuild {
  wallMs: number;
  cpuMs: number;
  timings: Partial<Record<Stage, number>>;
  articles: number;
  skipped: number;
  nodes: number;
  edges: number;
}

/** Builds `inputs` into `out` (exports written) as `kg build` does, timing every stage. */
export async function timedBuild(inputs: string[], out: string, options: BuildOptions = {}): Promise<TimedBuild> {
  const t = performance.now();
  const c = process.cpuUsage();
  const result = await buildFromInputs(inputs, options);
  const e = performance.now();
  writeExports(result.graph, out, { inputs });
  result.timings.export = performance.now() - e;
  const cpu = process.cpuUsage(c);
  return {
    wallMs: performance.now() - t,
    cpuMs: (cpu.user + cpu.system) / 1000,
    timings: result.timings,
    articles: result.articles.length,
    skipped: result.skipped.length,
    nodes: result.graph.order,
    edges: result.graph.size,
  };
}

/** sha256 of graph.graphml + graph.json + index.html of an export folder (12 hex). */
export function exportDigest(out: string): string {
  const hash = createHash('sha256');
  for (const name of ['graph.graphml', 'graph.json', 'index.html']) hash.update(readFileSync(join(out, name)));
  return hash.digest('hex').slice(0, 12);
}

/** "ingest 0.3 extract 9.1 …" in seconds. */
export function stages(timings: Partial<Record<Stage, number>>): string {
  return Object.entries(timings)
    .map(([stage, ms]) => `${stage} ${((ms ?? 0) / 1000).toFixed(2)}`)
    .join(', ');
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
