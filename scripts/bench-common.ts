// Shared pieces of the build benchmarks: one timed build into a folder, digests of its exports, load average.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { type BuildOptions, type Stage, startBuild } from '../src/pipeline.js';

/** One build's wall time (ms), per-stage times, counts and CPU time. */
export interface TimedBuild {
  wallMs: number;
  cpuMs: number;
  timings: Partial<Record<Stage, number>>;
  /** CPU ms per stage (all threads). */
  cpu: Partial<Record<Stage, number>>;
  articles: number;
  skipped: number;
  nodes: number;
  edges: number;
}

/** Builds `inputs` into `out` (exports written) as `kg build` does, timing every stage. */
export async function timedBuild(inputs: string[], out: string, options: BuildOptions = {}): Promise<TimedBuild> {
  const t = performance.now();
  const c = process.cpuUsage();
  const result = await startBuild(inputs, options);
  await result.writeExports(out, { inputs });
  const cpu = process.cpuUsage(c);
  return {
    wallMs: performance.now() - t,
    cpuMs: (cpu.user + cpu.system) / 1000,
    timings: result.timings,
    cpu: result.cpu,
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

/** "ingest 0.30, extract 9.10, …" in seconds; with CPU times "ingest 0.30/0.28, …" (wall/CPU). */
export function stages(timings: Partial<Record<Stage, number>>, cpu?: Partial<Record<Stage, number>>): string {
  return Object.entries(timings)
    .map(([stage, ms]) => {
      const c = cpu?.[stage as Stage];
      return `${stage} ${((ms ?? 0) / 1000).toFixed(2)}${c === undefined ? '' : `/${(c / 1000).toFixed(2)}`}`;
    })
    .join(', ');
}

/** Seconds of every stage but extraction: "2.41 s wall, 2.35 s CPU". */
export function nonExtraction(build: TimedBuild): string {
  const sum = (t: Partial<Record<Stage, number>>) => Object.entries(t).reduce((s, [stage, ms]) => s + (stage === 'extract' ? 0 : (ms ?? 0)), 0);
  return `${(sum(build.timings) / 1000).toFixed(2)} s wall, ${(sum(build.cpu) / 1000).toFixed(2)} s CPU`;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
