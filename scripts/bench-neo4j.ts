// Benchmark: loads a seeded synthetic graph (100k entities, 300k relationships) into Neo4j and prints rows/s.
// Usage: npx tsx scripts/bench-neo4j.ts [--entities N] [--relationships N] [--batch N] [--concurrency N] [--runs N]
//        [--server-pid PID]
// Run 1 is cold (fresh JVM, empty database); runs 2.. empty the database first and show the warm (JIT-compiled)
// speed. Uses NEO4J_URI (+ NEO4J_USER/NEO4J_PASSWORD) when set, EMPTYING that database before every run; otherwise
// starts a throwaway server (full C2 JIT, 2 GB heap, 1 GB page cache) and stops it after.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { loadGraph, type Neo4jOptions, neo4jOptionsFromEnv } from '../src/export/neo4j/index.js';
import { syntheticGraph } from '../tests/neo4j/synthetic.js';
import { freePort, startServer, stopServer } from './neo4j.mjs';

const { values } = parseArgs({
  options: {
    entities: { type: 'string', default: '100000' },
    relationships: { type: 'string', default: '300000' },
    batch: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '2' },
    runs: { type: 'string', default: '2' },
    /** With NEO4J_URI: the server's local pid, to report rows per server CPU-second. */
    'server-pid': { type: 'string' },
  },
});
const entities = Number(values.entities);
const relationships = Number(values.relationships);
const batchSize = Number(values.batch);
const concurrency = Number(values.concurrency);
const runs = Number(values.runs);

/** CPU seconds a local process has used (user + system, from /proc), or NaN where that cannot be read. */
function cpuSeconds(pid: number | undefined): number {
  const stat = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(stat)) return Number.NaN;
  const fields = readFileSync(stat, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Empties the database (constraints stay), in transactions of 10k nodes. */
async function emptyDatabase(options: Neo4jOptions): Promise<void> {
  const auth = options.password === undefined ? undefined : neo4j.auth.basic(options.user ?? 'neo4j', options.password);
  const driver = neo4j.driver(options.uri!, auth);
  const session = driver.session({ database: options.database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
    await driver.close();
  }
}

async function main(): Promise<void> {
  const env = neo4jOptionsFromEnv(process.env);
  let stop: (() => Promise<void>) | undefined;
  let pid = values['server-pid'] === undefined ? undefined : Number(values['server-pid']);
  let options: Neo4jOptions = env;
  if (!env.uri) {
    const port = await freePort();
    const data = mkdtempSync(join(tmpdir(), 'news-kg-bench-neo4j-'));
    const stateDir = join(data, 'state');
    const server = await startServer({ port, data: join(data, 'db'), stateDir, heap: '2g', pagecache: '1g' });
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
    for (let run = 1; run <= runs; run++) {
      if (run > 1 || !stop) await emptyDatabase(options);
      const cpu0 = cpuSeconds(pid);
      const client0 = process.cpuUsage();
      const r = await loadGraph(graph, { ...options, batchSize, concurrency, corpus: 'bench' });
      const rows = r.nodeRows + r.relationshipRows;
      const client = process.cpuUsage(client0);
      const clientSeconds = (client.user + client.system) / 1e6;
      // Rows per CPU-second of the server's JVM: a figure that depends less on what else the machine runs.
      const perCpu = Math.round(rows / (cpuSeconds(pid) - cpu0));
      console.log(
        `neo4j load (${run === 1 ? 'cold' : `warm, run ${run}`}): ${r.nodeRows} nodes at ${r.nodeRowsPerSecond} rows/s, ` +
          `${r.relationshipRows} relationships at ${r.relationshipRowsPerSecond} rows/s, ` +
          `${Math.round(rows / r.seconds)} rows/s overall in ${r.seconds.toFixed(1)} s` +
          `${Number.isNaN(perCpu) ? '' : ` (${perCpu} rows per server CPU-second)`}, loader CPU ${clientSeconds.toFixed(1)} s; ${r.path} path, ` +
          `batch ${batchSize}, concurrency ${concurrency}, graph built in ${(buildMs / 1000).toFixed(1)} s, ` +
          `load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
      );
    }
  } finally {
    await stop?.();
  }
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = 1;
});
