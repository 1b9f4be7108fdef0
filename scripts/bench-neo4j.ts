// Benchmark: loads a seeded synthetic graph (100k entities, 300k relationships) into Neo4j and prints rows/s.
// Usage: npx tsx scripts/bench-neo4j.ts [--entities N] [--relationships N] [--batch N]
// Uses NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD) when set; otherwise starts a throwaway server and stops it after.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadGraph, type Neo4jOptions, neo4jOptionsFromEnv } from '../src/export/neo4j/index.js';
import { syntheticGraph } from '../tests/neo4j/synthetic.js';
import { freePort, startServer, stopServer } from './neo4j.mjs';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '300000' },
    batch: { type: 'string', default: '10000' },
  },
});
const entities = Number(values.entities);
const relationships = Number(values.relationships);
const batchSize = Number(values.batch);

/** CPU seconds a local process has used (user + system, from /proc), or NaN where that cannot be read. */
function cpuSeconds(pid: number | undefined): number {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return Number.NaN;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const env = neo4jOptionsFromEnv(process.env);
  let stop: (() => Promise<void>) | undefined;
  let pid: number | undefined;
  let options: Neo4jOptions = env;
  if (!env.uri) {
    const port = await freePort();
    const data = mkdtempSync(join(tmpdir(), 'news-kg-bench-neo4j-'));
    const stateDir = join(data, 'state');
    const server = await startServer({ port, data: join(data, 'db'), stateDir, heap: '2g', pagecache: '512m' });
    options = { uri: server.uri };
    pid = server.pid;
    stop = async () => {
      await stopServer({ stateDir });
      rmSync(data, { recursive: true, force: true });
    };
  }
  try {
    const t0 = performance.now();
    const graph = syntheticGraph(entities, relationships, 42);
    const buildMs = performance.now() - t0;
    const cpu0 = cpuSeconds(pid);
    const r = await loadGraph(graph, { ...options, batchSize, corpus: 'bench' });
    const rows = r.nodeRows + r.relationshipRows;
    // Rows per CPU-second of the server's JVM: a figure that does not depend on what else the machine runs.
    const perCpu = Math.round(rows / (cpuSeconds(pid) - cpu0));
    console.log(
      `neo4j load: ${r.nodeRows} nodes at ${r.nodeRowsPerSecond} rows/s, ${r.relationshipRows} relationships at ` +
        `${r.relationshipRowsPerSecond} rows/s, ${Math.round(rows / r.seconds)} rows/s overall in ${r.seconds.toFixed(1)} s` +
        `${Number.isNaN(perCpu) ? '' : ` (${perCpu} rows per server CPU-second)`}; batch ${batchSize}, ` +
        `graph built in ${(buildMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await stop?.();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
