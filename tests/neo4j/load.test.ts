// loadGraph against a real Neo4j 5.26 server (started by tests/setup/neo4j.ts unless NEO4J_URI is set).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { serverStatus, startServer, stopServer } from '../../scripts/neo4j.mjs';
import { isKgError } from '../../src/errors.js';
import {
  CAPTURED_QUERY,
  HOLDS_POSITION_QUERY,
  loadGraph,
  MOST_CONNECTED_QUERY,
  type Neo4jOptions,
  QUOTED_IN_QUERY,
  README_QUERIES,
  SHORTEST_PATH_QUERY,
} from '../../src/export/neo4j/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { fromRoot } from '../../src/paths.js';
import { addEntity, addFact, cypherClient, expectedCounts, fixtureGraph } from './fixture.js';
import { syntheticGraph } from './synthetic.js';

const server = inject('neo4j');
if (!server) throw new Error('no Neo4j server: tests/setup/neo4j.ts did not start one (is globalSetup configured?)');
const base: Neo4jOptions = { uri: server.uri, user: server.user, password: server.password };
const db = cypherClient(server.uri, server.user, server.password);
const SEED_GRAPH = fromRoot('graph-export', 'graph.json');

async function counts(): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels: Record<string, number> = {};
  for (const row of await db.run('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c')) {
    if (row.l !== 'Entity' && row.l !== 'KgCorpus') labels[row.l as string] = row.c as number;
  }
  const types: Record<string, number> = {};
  for (const row of await db.run('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c')) types[row.t as string] = row.c as number;
  return { labels, types };
}

const one = async (query: string, params: Record<string, unknown> = {}) => (await db.run(query, params))[0] ?? {};

beforeAll(async () => {
  await db.driver.verifyConnectivity();
});
beforeEach(async () => {
  await db.run('MATCH (n) DETACH DELETE n');
});
afterAll(async () => {
  await db.close();
});

describe('loading the fixture graph', () => {
  it('writes one node per graph node and one relationship per edge, and reports the counts', async () => {
    const g = fixtureGraph();
    const report = await loadGraph(g, base);
    const expected = expectedCounts(g);
    expect(await counts()).toEqual(expected);
    expect(report.nodes).toEqual(expected.labels);
    expect(report.relationships).toEqual(expected.types);
    expect(await one('MATCH (n:Entity) RETURN count(n) AS c')).toEqual({ c: 7 });
  });

  it.each([
    ['holds position', HOLDS_POSITION_QUERY, [{ person: 'Mara Quellin', titles: ['Harbor Minister'], at: 'Northwind Assembly', mentions: 1 }]],
    [
      'quoted in',
      QUOTED_IN_QUERY,
      [{ person: 'Mara Quellin', article: 'Harbor talks resume in Vellmore', date: '2024-03-02', quotes: ['We will reopen the port'] }],
    ],
  ])('README query "%s" returns the expected rows', async (_, query, rows) => {
    await loadGraph(fixtureGraph(), base);
    expect(await db.run(query)).toEqual(rows);
  });

  it('answers the capture, shortest-path and most-connected README queries', async () => {
    await loadGraph(fixtureGraph(), base);
    const [captured] = await db.run(CAPTURED_QUERY);
    expect({ ...captured, articles: [...(captured!.articles as string[])].sort() }).toEqual({
      captor: 'Harbor Guard',
      place: 'Kestrel Ridge',
      dates: ['2024-03-02'],
      articles: ['Clash near Kestrel Ridge', 'Harbor talks resume in Vellmore'],
    });
    const [path] = await db.run(SHORTEST_PATH_QUERY, { from: 'Ilse Dorrance', to: 'Tobias Venn' });
    expect(path!.names).toEqual(['Ilse Dorrance', 'Harbor Guard', 'Northwind Assembly', 'Tobias Venn']);
    const top = (await db.run(MOST_CONNECTED_QUERY)).slice(0, 2).map((r) => [r.name, r.degree]);
    expect(top).toEqual([['Northwind Assembly', 3], ['Harbor Guard', 3]]);
  });

  it.each([
    ['entity properties', "MATCH (n:Person {id: 'person:mara-quellin'}) RETURN n.name AS v", 'Mara Quellin'],
    ['aliases', "MATCH (n:Person {name: 'Mara Quellin'}) RETURN n.aliases AS v", ['Quellin']],
    ['integer counts', "MATCH (n:Person {name: 'Mara Quellin'}) RETURN valueType(n.mentions) AS v", 'INTEGER NOT NULL'],
    ['a point for places', "MATCH (n:Location {name: 'Vellmore'}) RETURN [n.location.latitude, n.location.longitude, n.country] AS v", [12.5, -45.25, 'ZZ']],
    ['article properties', "MATCH (a:Article {id: 'ridge-clash_4e5f6a7b'}) RETURN [a.title, a.date, a.source, a.path] AS v", ['Clash near Kestrel Ridge', '2024-03-04', 'Example Wire', 'news/ridge-clash_4e5f6a7b.txt']],
    ['evidence sentences', 'MATCH ()-[r:ATTACKED]->() RETURN r.evidence AS v', ['Fighters loyal to Ilse Dorrance attacked the Harbor Guard.']],
    ['evidence articles', 'MATCH ()-[r:CAPTURED]->() RETURN [r.weight, r.evidenceArticles] AS v', [2, ['ridge-clash_4e5f6a7b', 'harbor-talks_0a1b2c3d']]],
    ['MENTIONED_IN count', "MATCH (:Person {name: 'Mara Quellin'})-[r:MENTIONED_IN]->(:Article) RETURN r.count AS v", 4],
    ['labels', "MATCH (n {id: 'organization:harbor-guard'}) RETURN labels(n) AS v", ['Entity', 'Organization']],
  ])('stores %s', async (_, query, value) => {
    await loadGraph(fixtureGraph(), base);
    expect((await one(query)).v).toEqual(value);
  });
});

/** A second corpus sharing Mara Quellin, the Northwind Assembly and their HOLDS_POSITION fact with the fixture. */
function secondCorpus(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph();
  g.addNode('article:budget-vote_99aa00bb', { label: 'Budget vote', type: 'Article', aliases: [], mentions: 2, articles: ['budget-vote_99aa00bb'], x: 0, y: 0, title: 'Budget vote', date: '2024-04-01' });
  const mara = addEntity(g, 'Person', 'Mara Quellin', { aliases: ['M. Quellin'], mentions: 2, articles: ['budget-vote_99aa00bb'] });
  const assembly = addEntity(g, 'Organization', 'Northwind Assembly', { mentions: 1, articles: ['budget-vote_99aa00bb'] });
  addFact(g, 'HOLDS_POSITION', mara, assembly, [['budget-vote_99aa00bb', 'Minister Quellin presented the budget.']], { titles: ['Minister'] });
  return g;
}

const HOLDS = "MATCH (:Person {name: 'Mara Quellin'})-[r:HOLDS_POSITION]->() RETURN r.weight AS weight, r.articles AS articles, r.titles AS titles, r.corpora AS corpora";
const MARA = "MATCH (n:Person {id: 'person:mara-quellin'}) RETURN n.mentions AS mentions, n.aliases AS aliases, count(*) AS nodes";

describe('idempotence and corpora', () => {
  it('gives the same database when the same graph is loaded twice', async () => {
    await loadGraph(fixtureGraph(), base);
    const first = { counts: await counts(), holds: await one(HOLDS), mara: await one(MARA) };
    const report = await loadGraph(fixtureGraph(), base);
    expect({ counts: await counts(), holds: await one(HOLDS), mara: await one(MARA) }).toEqual(first);
    expect(report.merged).toBe(0);
  });

  it('merges a second corpus: shared entities stay one node, weights and article lists add up, reload does not', async () => {
    await loadGraph(fixtureGraph(), { ...base, corpus: 'first' });
    await loadGraph(secondCorpus(), { ...base, corpus: 'second' });
    await loadGraph(secondCorpus(), { ...base, corpus: 'second' });
    expect(await one(MARA)).toEqual({ mentions: 6, aliases: ['M. Quellin', 'Quellin'], nodes: 1 });
    expect(await one(HOLDS)).toEqual({
      weight: 2,
      articles: ['budget-vote_99aa00bb', 'harbor-talks_0a1b2c3d'],
      titles: ['Harbor Minister', 'Minister'],
      corpora: ['first', 'second'],
    });
    expect((await counts()).labels).toEqual({ Person: 3, Organization: 2, Location: 2, Article: 3 });
  });

  it('replace removes what an earlier load of the corpus wrote, keeping other corpora', async () => {
    await loadGraph(fixtureGraph(), { ...base, corpus: 'first' });
    await loadGraph(secondCorpus(), { ...base, corpus: 'second' });
    const smaller = fixtureGraph();
    smaller.dropNode('person:ilse-dorrance');
    smaller.dropEdge('HOLDS_POSITION:person:mara-quellin->organization:northwind-assembly');
    const report = await loadGraph(smaller, { ...base, corpus: 'first', replace: true });
    expect(report.removed).toEqual({ nodes: 9, relationships: 16 });
    expect(await one("MATCH (n:Person {name: 'Ilse Dorrance'}) RETURN count(n) AS c")).toEqual({ c: 0 });
    expect(await one(HOLDS)).toEqual({ weight: 1, articles: ['budget-vote_99aa00bb'], titles: ['Minister'], corpora: ['second'] });
    expect(await one(MARA)).toEqual({ mentions: 6, aliases: ['M. Quellin', 'Quellin'], nodes: 1 });
    expect((await counts()).types.ATTACKED).toBeUndefined();
  });
});

/** Every property of the fixture's nodes and relationships, keyed by id, without the corpus bookkeeping. */
async function fixtureProps(): Promise<Record<string, unknown>> {
  const rows = await db.run(`MATCH (a)-[r]->(b) WHERE a.id <> 'person:other-person'
    RETURN a.id + ' ' + type(r) + ' ' + b.id AS key, properties(r) AS props
    UNION ALL MATCH (n) WHERE n.id IS NOT NULL AND NOT n:KgCorpus AND n.id <> 'person:other-person'
    RETURN n.id AS key, properties(n) AS props`);
  const out: Record<string, unknown> = {};
  for (const { key, props } of rows) {
    const { corpora: _c, contributions: _x, ...rest } = props as Record<string, unknown>;
    out[key as string] = rest;
  }
  return out;
}

describe('write paths', () => {
  it('writes the same properties alone in the database (own path) as next to another corpus (shared path)', async () => {
    const own = await loadGraph(fixtureGraph(), { ...base, corpus: 'a' });
    const alone = await fixtureProps();
    await db.run('MATCH (n) DETACH DELETE n');
    const other: KnowledgeGraph = new MultiDirectedGraph();
    addEntity(other, 'Person', 'Other Person');
    await loadGraph(other, { ...base, corpus: 'z' });
    const shared = await loadGraph(fixtureGraph(), { ...base, corpus: 'a', concurrency: 1 });
    expect([own.path, shared.path, shared.merged]).toEqual(['own', 'shared', 0]);
    expect(await fixtureProps()).toEqual(alone);
  });

  it('keeps contributions only on elements two corpora share', async () => {
    await loadGraph(fixtureGraph(), { ...base, corpus: 'first' });
    await loadGraph(secondCorpus(), { ...base, corpus: 'second' });
    const rows = await db.run(
      'MATCH (n) WHERE n.corpora IS NOT NULL RETURN size(n.corpora) AS corpora, n.contributions IS NULL AS bare, count(*) AS c ORDER BY corpora, bare',
    );
    expect(rows.map((r) => [r.corpora, r.bare])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('reads the corpora off the nodes of a database without corpus markers', async () => {
    await loadGraph(fixtureGraph(), { ...base, corpus: 'first' });
    await db.run('MATCH (c:KgCorpus) DELETE c');
    const report = await loadGraph(secondCorpus(), { ...base, corpus: 'second' });
    expect(report.path).toBe('shared');
    expect((await one(HOLDS)).weight).toBe(2);
  });
});

describe('safety and errors', () => {
  it('stores a Cypher-looking name as plain data', async () => {
    const g = fixtureGraph();
    const evil = "'}) MATCH (n) DETACH DELETE n //";
    addEntity(g, 'Person', evil);
    addFact(g, 'CONTACTED', 'person:mara-quellin', [...g.nodes()].find((k) => g.getNodeAttribute(k, 'label') === evil)!, [
      ['harbor-talks_0a1b2c3d', `${evil} was contacted.`],
    ]);
    await loadGraph(g, base);
    expect(await one('MATCH (n:Person {name: $evil}) RETURN n.name AS name', { evil })).toEqual({ name: evil });
    expect((await counts()).labels.Person).toBe(4);
  });

  it('names the URI when no server listens there', async () => {
    const uri = 'bolt://127.0.0.1:1';
    const err = await loadGraph(fixtureGraph(), { uri }).catch((e: unknown) => e);
    expect(isKgError(err, 'NEO4J_UNREACHABLE')).toBe(true);
    expect((err as Error).message).toBe(`cannot reach Neo4j at ${uri}: check the server is running and the --uri/NEO4J_URI`);
  });

  it.skipIf(!server.managed)('reports wrong credentials as NEO4J_AUTH', async () => {
    const err = await loadGraph(fixtureGraph(), { ...base, password: 'not-the-password' }).catch((e: unknown) => e);
    expect(isKgError(err, 'NEO4J_AUTH')).toBe(true);
  });
});

describe('interrupted load', () => {
  it.skipIf(!server.managed)('completes with no duplicates when re-run after the server died mid-load', async () => {
    const managed = server.managed!;
    const g = syntheticGraph(2_000, 8_000, 7);
    const pid = serverStatus({ stateDir: managed.stateDir })?.pid as number;
    expect(pid).toBeGreaterThan(0);
    let killed: Promise<unknown> | undefined;
    let progressAfterKill = 0;
    const first = await loadGraph(g, {
      ...base,
      batchSize: 500,
      maxRetryTimeMs: 500,
      onProgress: (p) => {
        if (killed) progressAfterKill++;
        if (p.phase === 'relationships' && p.done >= 2_000 && !killed) {
          killed = stopServer({ stateDir: managed.stateDir, force: true });
          // The barrier: the loader gets its event loop back only once the server is gone.
          waitUntilGone(pid);
        }
      },
    }).catch((e: unknown) => e);
    await killed;
    expect(killed).toBeDefined();
    expect(isKgError(first, 'NEO4J_UNREACHABLE')).toBe(true);
    // At most the batches already committed when the kill landed (concurrency 2) report progress after it.
    expect(progressAfterKill).toBeLessThanOrEqual(2);
    const { port, data, stateDir, password, javaOpts } = managed;
    await startServer({ port, data, stateDir, password, javaOpts });
    await loadGraph(g, base);
    expect(await counts()).toEqual(expectedCounts(g));
    const weights = g.reduceEdges((sum, _, a) => sum + a.weight, 0);
    expect(await one('MATCH ()-[r]->() RETURN sum(r.weight) AS w')).toEqual({ w: weights });
  }, 120_000);
});

/** Blocks (synchronously) until process `pid` has exited or is a zombie; throws after 30 s. */
function waitUntilGone(pid: number): void {
  const nap = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8') === '') return; // a zombie: dead, not yet reaped
    } catch {
      return;
    }
    Atomics.wait(nap, 0, 0, 20);
  }
  throw new Error(`the Neo4j server (pid ${pid}) did not die within 30 s of SIGKILL`);
}

// The seed export is committed: a missing one fails the suite rather than skipping it.
describe('the seed graph (graph-export/graph.json)', () => {
  it('is committed', () => {
    expect(existsSync(SEED_GRAPH), `${SEED_GRAPH} is missing; rebuild it with npm start`).toBe(true);
  });

  it('loads with matching counts and runs every README query', async () => {
    const g = MultiDirectedGraph.from(JSON.parse(readFileSync(SEED_GRAPH, 'utf8'))) as KnowledgeGraph;
    await loadGraph(g, base);
    expect(await counts()).toEqual(expectedCounts(g));
    // Two people joined by a path of facts, for the shortest-path query.
    const [pair] = await db.run(
      "MATCH (a:Person)-[r]-(b:Person) WHERE type(r) <> 'MENTIONED_IN' AND a.name < b.name RETURN a.name AS from, b.name AS to ORDER BY from, to LIMIT 1",
    );
    const columns: Record<string, string[]> = {
      HOLDS_POSITION_QUERY: ['person', 'titles', 'at', 'mentions'],
      CAPTURED_QUERY: ['captor', 'place', 'dates', 'articles'],
      QUOTED_IN_QUERY: ['person', 'article', 'date', 'quotes'],
      SHORTEST_PATH_QUERY: ['names', 'relations'],
      MOST_CONNECTED_QUERY: ['name', 'labels', 'degree', 'mentions'],
    };
    const byQuery = { HOLDS_POSITION_QUERY, CAPTURED_QUERY, QUOTED_IN_QUERY, SHORTEST_PATH_QUERY, MOST_CONNECTED_QUERY };
    expect(Object.values(byQuery).sort()).toEqual(Object.values(README_QUERIES).sort());
    for (const [name, query] of Object.entries(byQuery)) {
      const rows = await db.run(query, { from: pair?.from ?? '', to: pair?.to ?? '' });
      if (name === 'SHORTEST_PATH_QUERY' && !pair) continue;
      expect(rows.length, `${name} returned no rows on the seed graph`).toBeGreaterThan(0);
      for (const row of rows) expect(Object.keys(row).sort(), name).toEqual([...columns[name]!].sort());
    }
    const [top] = await db.run(MOST_CONNECTED_QUERY);
    expect(top!.degree).toBeGreaterThan(0);
    if (pair) {
      const [path] = await db.run(SHORTEST_PATH_QUERY, pair);
      expect((path!.names as string[]).at(0)).toBe(pair.from);
      expect((path!.names as string[]).at(-1)).toBe(pair.to);
    }
  });
});

describe('kg neo4j --replace identity (issue 13)', () => {
  const STORY = (day: string) => `Anna Ortega, the mayor of Marvel City, met Boris Lind in Freedonia on ${day} to discuss the harbour.\n`;
  const kg = (args: string[], cwd: string) => {
    const env = { ...process.env, NEO4J_URI: server.uri, NEO4J_USER: server.user, NEO4J_PASSWORD: server.password ?? '' };
    const r = spawnSync('node', [fromRoot('dist/kg.js'), ...args], { cwd, encoding: 'utf8', env, timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    return r;
  };

  it('replaces an earlier load of the same input folder after it changed, leaving no contributions behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-replace-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'a.txt'), STORY('Monday'));
    writeFileSync(join(dir, 'news', 'b.txt'), STORY('Tuesday'));
    kg(['build', 'news', '--out', 'out', '--quiet'], dir);
    kg(['neo4j', 'out'], dir);
    writeFileSync(join(dir, 'news', 'c.txt'), STORY('Friday'));
    kg(['build', 'news', '--out', 'out', '--quiet'], dir);
    kg(['neo4j', 'out', '--replace'], dir);
    const g = MultiDirectedGraph.from(JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8'))) as KnowledgeGraph;
    expect(await counts()).toEqual(expectedCounts(g));
    const ortega = g.findNode((_, a) => a.label === 'Anna Ortega');
    expect(ortega).toBeDefined();
    expect(await one('MATCH (n:Person {name: $name}) RETURN n.mentions AS mentions', { name: 'Anna Ortega' })).toEqual({
      mentions: g.getNodeAttribute(ortega!, 'mentions'),
    });
    expect(await one('MATCH (n) WHERE n.contributions IS NOT NULL RETURN count(n) AS c')).toEqual({ c: 0 });
    expect(await one('MATCH ()-[r]->() WHERE r.contributions IS NOT NULL RETURN count(r) AS c')).toEqual({ c: 0 });
  }, 240_000);

  it('asks for --corpus when it cannot tell which corpus a graph.json is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-replace-'));
    writeFileSync(join(dir, 'graph.json'), readFileSync(SEED_GRAPH, 'utf8'));
    const r = spawnSync('node', [fromRoot('dist/kg.js'), 'neo4j', 'graph.json', '--replace', '--uri', server.uri], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pass --corpus ID/);
  });
});
