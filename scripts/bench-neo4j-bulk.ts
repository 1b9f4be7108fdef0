// Benchmark: first load of the synthetic 100k-entity / 300k-relationship graph by bulk import (CSV export +
// the import tool into a fresh database), checked by counting in a started server; one line of figures.
// Usage: npx tsx scripts/bench-neo4j-bulk.ts [--entities 100000] [--relationships 300000] [--heap 1g]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { writeNeo4jCsv } from '../src/export/neo4j-csv/index.js';
import { syntheticGraph } from '../tests/neo4j/synthetic.js';
import { arg } from './args.js';
import { load, seconds } from './bench-common.js';
import { freePort, importCsv, startServer, stopServer } from './neo4j.mjs';

const entities = Number(arg('entities', '100000'));
const relationships = Number(arg('relationships', '300000'));
const heap = arg('heap', '1g');
const work = mkdtempSync(join(tmpdir(), 'kg-bench-bulk-'));
try {
  const graph = syntheticGraph(entities, relationships, 42);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const csv = writeNeo4jCsv(graph, join(work, 'csv'), 'bench');
  const exportMs = performance.now() - t0;
  const exportCpu = process.cpuUsage(c0);
  const imported = importCsv({ data: join(work, 'db'), csv: join(work, 'csv'), heap });
  const totalMs = performance.now() - t0;
  const rows = imported.nodes + imported.relationships;
  const server = await startServer({ port: await freePort(), data: join(work, 'db'), stateDir: join(work, 'state'), heap });
  const driver = neo4j.driver(server.uri, undefined, { disableLosslessIntegers: true });
  let counted = '';
  try {
    const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
    const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
    counted = `${n.records[0]!.get('c')} nodes, ${r.records[0]!.get('c')} relationships`;
  } finally {
    await driver.close();
    await stopServer({ stateDir: join(work, 'state') });
  }
  const bytes = csv.files.reduce((s, f) => s + f.bytes, 0);
  console.log(
    `bench:neo4j-bulk ${graph.order} nodes + ${graph.size} edges → ${rows} rows in ${seconds(totalMs)} = ` +
      `${Math.round(rows / (totalMs / 1000))} rows/s end to end (CSV export ${seconds(exportMs)} wall, ${seconds((exportCpu.user + exportCpu.system) / 1000)} CPU, ${(bytes / 2 ** 20).toFixed(0)} MB; ` +
      `import tool ${seconds(imported.ms)} incl. JVM start = ${Math.round(rows / (imported.ms / 1000))} rows/s); server counts ${counted}; ` +
      `import heap ${heap}; load ${load()}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
