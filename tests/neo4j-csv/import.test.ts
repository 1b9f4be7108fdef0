// Bulk CSVs of the seed graph imported into a real Neo4j (the project's launcher): counts equal the GraphML's.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { MultiDirectedGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, importCsv, startImport, startServer, stopServer } from '../../scripts/neo4j.mjs';
import { writeNeo4jCsv } from '../../src/export/neo4j-csv/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { fromRoot } from '../../src/paths.js';
import { cypherClient } from '../neo4j/fixture.js';

const CORPUS = 'corpus-seed-test';
const work = mkdtempSync(join(tmpdir(), 'kg-bulk-test-'));
const graph = new MultiDirectedGraph() as unknown as KnowledgeGraph;
graph.import(JSON.parse(readFileSync(fromRoot('graph-export', 'graph.json'), 'utf8')));
const graphml = parse(MultiDirectedGraph, readFileSync(fromRoot('graph-export', 'graph.graphml'), 'utf8'), { DOMParser } as never);
let db: ReturnType<typeof cypherClient>;
let imported: ReturnType<typeof importCsv>;

beforeAll(async () => {
  // As the benchmark does it: the import tool's JVM starts (and warms up) before the files are written.
  const job = startImport({ data: join(work, 'db'), csv: join(work, 'csv'), heap: '512m' });
  writeNeo4jCsv(graph, join(work, 'csv'), CORPUS);
  imported = await job.run();
  const server = await startServer({ port: await freePort(), data: join(work, 'db'), stateDir: join(work, 'state'), heap: '512m', javaOpts: ['-XX:TieredStopAtLevel=1'] });
  db = cypherClient(server.uri, 'neo4j', undefined);
}, 300_000);

afterAll(async () => {
  await db?.close();
  await stopServer({ stateDir: join(work, 'state') });
  rmSync(work, { recursive: true, force: true });
}, 120_000);

const count = async (query: string) => (await db.run(query))[0]!.c as number;

describe('kg export neo4j-csv + scripts/neo4j.mjs import', () => {
  it('imports the same with importCsv (the files written first), and nothing from a started import that is cancelled', async () => {
    const again = importCsv({ data: join(work, 'db-again'), csv: join(work, 'csv'), heap: '512m' });
    expect([again.nodes, again.relationships, again.properties]).toEqual([imported.nodes, imported.relationships, imported.properties]);
    const job = startImport({ data: join(work, 'db-cancelled'), csv: join(work, 'csv'), heap: '512m' });
    job.cancel();
    await expect(job.run()).rejects.toThrow(/stdin closed before the go line; nothing imported/);
    expect(existsSync(join(work, 'db-cancelled', 'data'))).toBe(false);
  }, 120_000);

  it('imports one node per GraphML node (plus the corpus marker) and one relationship per GraphML edge', async () => {
    const triples = new Set(graphml.mapEdges((_e, a, s, t) => `${s}|${a.edge_type ?? a.type}|${t}`));
    expect(graphml.order).toBeGreaterThan(50);
    expect(triples.size).toBe(graphml.size);
    expect(imported.nodes).toBe(graphml.order + 1);
    expect(imported.relationships).toBe(graphml.size);
    expect(await count('MATCH (n) WHERE NOT n:KgCorpus RETURN count(n) AS c')).toBe(graphml.order);
    expect(await count('MATCH ()-[r]->() RETURN count(r) AS c')).toBe(graphml.size);
    expect(await count('MATCH (c:KgCorpus {id: "corpus-seed-test"}) RETURN count(c) AS c')).toBe(1);
  });

  it.each(['Person', 'Organization', 'Location', 'Article'])('has as many :%s nodes as the GraphML', async (label) => {
    const expected = graphml.filterNodes((_n, a) => a.type === label).length;
    expect(expected).toBeGreaterThan(0);
    expect(await count(`MATCH (n:${label}) RETURN count(n) AS c`)).toBe(expected);
  });

  it('stores the properties the MERGE loader writes: lists, integer counts, points, corpora', async () => {
    const key = graph.findNode((_n, a) => a.type === 'Location' && typeof a.lat === 'number' && a.aliases.length > 0);
    expect(key).toBeDefined();
    const attrs = graph.getNodeAttributes(key!);
    const [row] = await db.run(
      'MATCH (n:Entity:Location {id: $id}) RETURN n.name AS name, n.aliases AS aliases, n.mentions AS mentions, n.location.latitude AS lat, n.corpora AS corpora',
      { id: key },
    );
    expect(row).toEqual({ name: attrs.label, aliases: attrs.aliases, mentions: attrs.mentions, lat: attrs.lat, corpora: [CORPUS] });
    const edge = graph.findEdge((_e, a) => a.type === 'MENTIONED_IN');
    const e = graph.getEdgeAttributes(edge!);
    const [rel] = await db.run(
      'MATCH (:Entity {id: $s})-[r:MENTIONED_IN]->(a:Article) WHERE a.id IN $articles RETURN r.count AS count, r.weight AS weight, r.evidence AS evidence',
      { s: graph.source(edge!), articles: e.articles },
    );
    // NOTE: the import tool stores no empty list: an empty list reads back as null (the MERGE loader writes []).
    const evidence = e.evidence.map((x) => x.sentence);
    expect(rel).toEqual({ count: e.weight, weight: e.weight, evidence: evidence.length ? evidence : null });
    const [quoted] = await db.run('MATCH (:Person)-[r:QUOTED_IN]->(:Article) WHERE size(r.evidence) > 1 RETURN r.evidence AS evidence LIMIT 1');
    expect((quoted!.evidence as string[]).length).toBeGreaterThan(1);
  });
});
