// The human summary printed after a build.
import type { GraphStats } from '../graph/index.js';

export interface BuildSummaryInput {
  stats: GraphStats;
  skipped: number;
  files: { path: string; bytes: number }[];
  timings: Partial<Record<string, number>>;
  totalMs: number;
  out: string;
}

/** Formats counts, files written, stage timings and where to look next. */
export function formatBuildSummary(s: BuildSummaryInput): string {
  const { stats } = s;
  const list = (r: Record<string, number>) =>
    Object.entries(r)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
  const stages = Object.entries(s.timings)
    .map(([k, ms]) => `${k} ${((ms ?? 0) / 1000).toFixed(2)}s`)
    .join(', ');
  return [
    `articles:  ${stats.articles} read, ${s.skipped} skipped`,
    `entities:  ${stats.entities} (${list(stats.entitiesByType)})`,
    `relations: ${stats.relations} (${list(stats.relationsByPredicate)})`,
    `mentions:  ${stats.mentionEdges} MENTIONED_IN edges`,
    ...s.files.map((f) => `wrote      ${f.path} (${formatBytes(f.bytes)})`),
    `time:      ${(s.totalMs / 1000).toFixed(2)}s (${stages})`,
    `next:      open ${s.out}/index.html in a browser, or: kg neo4j ${s.out} --uri bolt://localhost:7687`,
  ].join('\n');
}

function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
