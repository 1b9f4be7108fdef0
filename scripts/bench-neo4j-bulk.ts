// Benchmark: first load of the synthetic 100k-entity / 300k-relationship graph by bulk import (CSV export +
// the import tool into a fresh database, its JVM started beside the export), checked by counting in a started
// server; one line of figures.
// Usage: npx tsx scripts/bench-neo4j-bulk.ts [--entities 100000] [--relationships 300000] [--heap 1g]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { writeNeo4jCsv } from '../src/export/neo4j-csv/index.js';
import { syntheticGraph } from '../tests/neo4j/synthetic.js';
import { arg } from './args.js';
import { load, seconds } from './bench-common.js';
import { freePort, startImport, startServer, stopServer } from './neo4j.mjs';

/** CPU ms of this process's waited-for children (Linux /proc; `USER_HZ` is 100 there), NaN elsewhere. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return Number.NaN;
  }
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };
/** Milliseconds of one of the import tool's durations ("1s 977ms"). */
const toolMs = (text: string) => [...text.matchAll(/(\d+)(ms|s|m)\b/g)].reduce((t, [, v, u]) => t + Number(v) * UNIT_MS[u!]!, 0);

/**
 * Where the import tool's time went after the export: before its first stage (what is left of its warm-up,
 * set-up, sampling the files), each stage, after.
 */
function importStages(output: string, startedAt: number, ms: number): string {
  const starting = /^Import starting (\S+) (\S+)([+-]\d\d)(\d\d)$/m.exec(output);
  const before = starting ? Date.parse(`${starting[1]}T${starting[2]}${starting[3]}:${starting[4]}`) - startedAt : Number.NaN;
  const stages = [...output.matchAll(/^(Node import|Relationship import|Relationship linking|Post processing) COMPLETED in (.+)$/gm)].map(
    ([, name, took]) => [name!, toolMs(took!)] as const,
  );
  const after = ms - before - stages.reduce((t, [, took]) => t + took, 0);
  return [['start-up', before] as const, ...stages, ['exit', after] as const].map(([name, took]) => `${name} ${seconds(took)}`).join(', ');
}

const entities = Number(arg('entities', '100000'));
const relationships = Number(arg('relationships', '300000'));
const heap = arg('heap', '1g');
const work = mkdtempSync(join(tmpdir(), 'kg-bench-bulk-'));
try {
  const graph = syntheticGraph(entities, relationships, 42);
  const t0 = performance.now();
  const importCpu = childCpuMs();
  // The import tool's JVM starts and warms up while the CSV files are written.
  const job = startImport({ data: join(work, 'db'), csv: join(work, 'csv'), heap });
  const c0 = process.cpuUsage();
  let csv: ReturnType<typeof writeNeo4jCsv>;
  try {
    csv = writeNeo4jCsv(graph, join(work, 'csv'), 'bench');
  } catch (err) {
    job.cancel();
    throw err;
  }
  const exportMs = performance.now() - t0;
  const exportCpu = process.cpuUsage(c0);
  const importStart = Date.now();
  const imported = await job.run();
  const importCpuMs = childCpuMs() - importCpu;
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
      `import tool ${seconds(imported.ms)} wall after the export, ${seconds(importCpuMs)} CPU incl. JVM start and warm-up = ${Math.round(rows / (imported.ms / 1000))} rows/s: ` +
      `${importStages(imported.output, importStart, imported.ms)}); server counts ${counted}; ` +
      `import heap ${heap}; load ${load()}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
