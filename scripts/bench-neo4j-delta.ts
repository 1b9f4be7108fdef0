// Benchmark: a delta load (1% of the synthetic graph changed) against a full MERGE reload; one line of figures.
// Usage: npx tsx scripts/bench-neo4j-delta.ts [--entities 100000] [--relationships 300000] [--change 0.01]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGraphDelta } from '../src/export/neo4j-delta/index.js';
import { loadGraph } from '../src/export/neo4j/index.js';
import type { KnowledgeGraph } from '../src/graph/types.js';
import { mulberry32 } from '../src/random.js';
import { syntheticGraph } from '../tests/neo4j/synthetic.js';
import { arg } from './args.js';
import { load, seconds } from './bench-common.js';
import { freePort, startServer, stopServer } from './neo4j.mjs';

const entities = Number(arg('entities', '100000'));
const relationships = Number(arg('relationships', '300000'));
const share = Number(arg('change', '0.01'));

/** The graph with `share` of its entities changed, as many new entities with three facts each, and as many edges dropped. */
function changed(graph: KnowledgeGraph): KnowledgeGraph {
  const g = graph.copy();
  const rand = mulberry32(7);
  const n = Math.round(entities * share);
  for (let i = 0; i < n; i++) g.updateNodeAttribute(`e:${Math.floor(rand() * entities)}`, 'mentions', (m) => (m ?? 0) + 1);
  const edges = g.edges();
  for (let i = 0; i < n; i++) {
    const edge = edges[Math.floor(rand() * edges.length)]!;
    if (g.hasEdge(edge)) g.dropEdge(edge);
  }
  for (let i = 0; i < n; i++) {
    g.addNode(`e:new-${i}`, { label: `New entity ${i}`, type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
    for (let k = 0; k < 3; k++) {
      const target = `e:${Math.floor(rand() * entities)}`;
      g.addEdge(`e:new-${i}`, target, { type: 'CONTACTED', weight: 1, articles: [], dates: [], evidence: [] });
    }
  }
  return g;
}

const work = mkdtempSync(join(tmpdir(), 'kg-bench-delta-'));
const server = await startServer({ port: await freePort(), data: join(work, 'db'), stateDir: join(work, 'state'), heap: '2g', pagecache: '1g' });
try {
  const options = { uri: server.uri, corpus: 'bench' };
  const first = syntheticGraph(entities, relationships, 42);
  const full = await loadGraphDelta(first, options, join(work, 'export'));
  const next = changed(first);
  const delta = await loadGraphDelta(next, options, join(work, 'export'));
  const t = performance.now();
  const reload = await loadGraph(next, options);
  const reloadMs = performance.now() - t;
  const reloadRows = reload.nodeRows + reload.relationshipRows;
  console.log(
    `bench:neo4j-delta first load (${full.mode}) ${full.written} rows in ${full.seconds.toFixed(1)} s = ${full.rowsPerSecond} rows/s; ` +
      `${(share * 100).toFixed(1)}% changed → delta ${delta.mode}: ${delta.written} rows written + ${delta.deleted} deleted in ` +
      `${delta.seconds.toFixed(1)} s = ${delta.rowsPerSecond} rows/s; full MERGE reload ${reloadRows} rows in ${seconds(reloadMs)} ` +
      `= ${Math.round(reloadRows / (reloadMs / 1000))} rows/s; delta takes ${((100 * delta.seconds * 1000) / reloadMs).toFixed(1)}% of the reload; load ${load()}`,
  );
} finally {
  await stopServer({ stateDir: join(work, 'state') });
  rmSync(work, { recursive: true, force: true });
}
