// Delta loads into a real Neo4j (the project's launcher): only changes are written, and the result equals a full load.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, stopServer } from '../../scripts/neo4j.mjs';
import { loadGraphDelta } from '../../src/export/neo4j-delta/index.js';
import { loadGraph } from '../../src/export/neo4j/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { cypherClient } from '../neo4j/fixture.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

const work = mkdtempSync(join(tmpdir(), 'kg-delta-test-'));
const stateDir = join(work, 'export');
let uri: string;
let db: ReturnType<typeof cypherClient>;

beforeAll(async () => {
  const server = await startServer({ port: await freePort(), data: join(work, 'db'), stateDir: join(work, 'state'), heap: '512m', javaOpts: ['-XX:TieredStopAtLevel=1'] });
  uri = server.uri;
  db = cypherClient(uri, 'neo4j', undefined);
}, 300_000);

afterAll(async () => {
  await db?.close();
  await stopServer({ stateDir: join(work, 'state') });
  rmSync(work, { recursive: true, force: true });
}, 120_000);

/** Every node and relationship with its properties, sorted (the marker's digest left out). */
async function dump(): Promise<string[]> {
  const nodes = await db.run('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await db.run('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p');
  const rows = [...nodes, ...rels].map((row) => {
    const p = { ...(row.p as Record<string, unknown>) };
    delete p.kgSnapshot;
    return JSON.stringify({ ...row, p });
  });
  return rows.sort();
}

/** The first graph changed: one entity's mentions, one relationship removed, one article removed, one fact added. */
function changed(): KnowledgeGraph {
  const g = syntheticGraph(300, 900);
  g.mergeNodeAttributes('e:7', { mentions: 99 });
  g.dropEdge(g.findEdge((_e, a) => a.type === 'ATTACKED')!);
  g.dropNode(g.findNode((_n, a) => a.type === 'Article')!);
  g.addNode('e:new', { label: 'Anna Ortega', type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
  g.addEdgeWithKey('new-fact', 'e:new', 'e:7', { type: 'SUPPORTED', weight: 1, articles: [], dates: [], evidence: [] });
  return g;
}

describe('loadGraphDelta', () => {
  const options = () => ({ uri, corpus: 'corpus-delta-test' });

  it('loads everything the first time, then nothing when nothing changed', async () => {
    const first = await loadGraphDelta(syntheticGraph(300, 900), options(), stateDir);
    expect(first).toMatchObject({ mode: 'full', reason: 'no earlier load recorded', deleted: 0 });
    expect(first.written).toBeGreaterThan(1000);
    const again = await loadGraphDelta(syntheticGraph(300, 900), options(), stateDir);
    expect(again).toMatchObject({ mode: 'delta', reason: '', written: 0, deleted: 0, load: null });
  });

  it('writes only the changed rows and deletes the removed ones, ending where a full load ends', async () => {
    const delta = await loadGraphDelta(changed(), options(), stateDir);
    expect(delta.mode).toBe('delta');
    expect(delta.written).toBeLessThan(60);
    expect(delta.deleted).toBeGreaterThan(1);
    const afterDelta = await dump();
    await db.run('MATCH (n) DETACH DELETE n');
    await loadGraph(changed(), options());
    await db.run('MERGE (c:KgCorpus {id: $id})', { id: options().corpus });
    expect(afterDelta).toEqual(await dump());
  });

  it('loads everything again when the database no longer holds what the saved state describes', async () => {
    const report = await loadGraphDelta(changed(), options(), stateDir);
    expect(report).toMatchObject({ mode: 'full', reason: 'the database no longer holds what the earlier load wrote' });
  });
});
