// loadGraph: writes a KnowledgeGraph into Neo4j in batched, idempotent, corpus-aware transactions.
import type { Driver, Session } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/types.js';
import { type EdgeType, ENTITY_TYPES, type EntityType } from '../../types.js';
import { openDriver, toKgError, verifyServer } from './connection.js';
import {
  AWAIT_INDEXES,
  CONSTRAINTS,
  CORPORA_ON_NODES,
  KNOWN_CORPORA,
  REGISTER_CORPORA,
  type WritePath,
} from './cypher.js';
import { type Neo4jOptions, type ResolvedNeo4jOptions, resolveNeo4jOptions } from './options.js';
import { removeCorpus } from './remove.js';
import { defaultCorpusId, type GraphRows, graphRows } from './rows.js';
import { type WriteContext, writeArticles, writeEntities, writeRelationships } from './write.js';

/** What a load wrote, for the CLI summary. */
export interface LoadReport {
  uri: string;
  database: string | null;
  corpus: string;
  /** Rows written per node label. */
  nodes: Record<EntityType | 'Article', number>;
  /** Rows written per relationship type. */
  relationships: Partial<Record<EdgeType, number>>;
  nodeRows: number;
  relationshipRows: number;
  /** Rows that met contributions of other corpora and were added up with them. */
  merged: number;
  /** `own` when no other corpus was in the database (plain writes), `shared` when rows were added up. */
  path: WritePath;
  /** What `replace` removed first (elements deleted or left to other corpora), or null. */
  removed: { nodes: number; relationships: number } | null;
  seconds: number;
  nodeRowsPerSecond: number;
  relationshipRowsPerSecond: number;
}

/**
 * Loads `graph` into Neo4j: constraints first, then nodes, then relationships, one transaction per batch.
 * Re-running it gives the same database; another corpus adds up (see README "Neo4j").
 * Throws KgError NEO4J_UNREACHABLE, NEO4J_AUTH, NEO4J_FAILED or USAGE.
 */
export async function loadGraph(graph: KnowledgeGraph, options: Neo4jOptions = {}): Promise<LoadReport> {
  const opts = resolveNeo4jOptions(options);
  const rows = graphRows(graph);
  const corpus = opts.corpus ?? defaultCorpusId(rows, graph);
  const driver = await openDriver(opts);
  let started = false;
  try {
    await verifyServer(driver, opts);
    started = true;
    const session = driver.session({ database: opts.database, defaultAccessMode: 'WRITE' });
    try {
      for (const q of CONSTRAINTS) await session.executeWrite((tx) => tx.run(q));
      await session.executeWrite((tx) => tx.run(AWAIT_INDEXES));
      const removed = opts.replace ? await removeCorpus(session, corpus, opts) : null;
      const path = await registerCorpus(session, corpus);
      const written = await writeRows(driver, rows, { corpus, path, opts });
      return { ...written, uri: opts.uri, database: opts.database ?? null, corpus, path, removed };
    } finally {
      await session.close();
    }
  } catch (err) {
    throw toKgError(err, opts, started);
  } finally {
    await driver.close();
  }
}

/**
 * Records `corpus` with a marker node and returns the write path: `own` when no other corpus is known, else
 * `shared`. A database without markers (written by an older
 * loader) has its corpora read off its nodes once.
 */
async function registerCorpus(session: Session, corpus: string): Promise<WritePath> {
  const ids = async (query: string) => (await session.executeRead((tx) => tx.run(query))).records.map((r) => r.get('id') as string);
  let known = await ids(KNOWN_CORPORA);
  if (known.length === 0) known = await ids(CORPORA_ON_NODES);
  const all = [...new Set([...known, corpus])];
  await session.executeWrite((tx) => tx.run(REGISTER_CORPORA, { ids: all }));
  return all.length > 1 ? 'shared' : 'own';
}

type Written = Omit<LoadReport, 'uri' | 'database' | 'corpus' | 'path' | 'removed'>;

/** Nodes first (entities by type, then articles), then relationships group by group; times both phases. */
async function writeRows(
  driver: Driver,
  rows: GraphRows,
  how: { corpus: string; path: WritePath; opts: ResolvedNeo4jOptions },
): Promise<Written> {
  const { corpus, path, opts } = how;
  const nodes = { Person: 0, Organization: 0, Location: 0, Article: rows.articles.length };
  const relationships: Partial<Record<EdgeType, number>> = {};
  const nodeRows = rows.articles.length + [...rows.entities.values()].reduce((s, r) => s + r.length, 0);
  const relationshipRows = rows.relationships.reduce((s, g) => s + g.rows.length, 0);
  const ids = { Entity: new Map<string, string>(), Article: new Map<string, string>() };
  const context = (phase: 'nodes' | 'relationships', total: number): WriteContext => {
    let done = 0;
    const tick = (n: number) => {
      done += n;
      opts.onProgress?.({ phase, done, total });
    };
    const { batchSize, concurrency, database } = opts;
    return { driver, database, corpus, batchSize, path, concurrency, ids, done: tick };
  };
  let merged = 0;
  const t0 = performance.now();
  const nodeContext = context('nodes', nodeRows);
  for (const type of ENTITY_TYPES) {
    const entityRows = rows.entities.get(type) ?? [];
    merged += await writeEntities(nodeContext, type, entityRows);
    nodes[type] = entityRows.length;
  }
  await writeArticles(nodeContext, rows.articles);
  const t1 = performance.now();
  const relContext = context('relationships', relationshipRows);
  for (const group of rows.relationships) {
    merged += await writeRelationships(relContext, group);
    relationships[group.type] = (relationships[group.type] ?? 0) + group.rows.length;
  }
  const t2 = performance.now();
  const perSecond = (n: number, ms: number) => Math.round(n / Math.max(ms / 1000, 1e-3));
  return {
    nodes,
    relationships,
    nodeRows,
    relationshipRows,
    merged,
    seconds: Math.round(t2 - t0) / 1000,
    nodeRowsPerSecond: perSecond(nodeRows, t1 - t0),
    relationshipRowsPerSecond: perSecond(relationshipRows, t2 - t1),
  };
}
