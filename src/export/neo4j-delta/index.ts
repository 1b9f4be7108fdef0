// Delta loads: a second `kg neo4j` writes only the nodes and relationships that changed since the last load.
import { MultiDirectedGraph } from 'graphology';
import type { Driver } from 'neo4j-driver';
import type { KnowledgeGraph } from '../../graph/types.js';
import { openDriver, toKgError } from '../neo4j/connection.js';
import { type LoadReport, loadGraph, type Neo4jOptions, resolveNeo4jOptions } from '../neo4j/index.js';
import { type GraphRows, graphRows } from '../neo4j/rows.js';
import { deleteNodesQuery, deleteRelsQuery, READ_MARKER, WRITE_MARKER } from './cypher.js';
import { diff, fingerprints, nodeKey, relKey } from './fingerprint.js';
import { encodeState, readState, statePath, writeState } from './state.js';

/** What a delta load did. */
export interface DeltaReport {
  /** `delta` when only changes were written; `full` when the whole graph was (first load, or no usable state). */
  mode: 'delta' | 'full';
  /** Why a full load was needed ('' for a delta). */
  reason: string;
  /** The load of the written rows (null when nothing changed). */
  load: LoadReport | null;
  /** Rows written (nodes + relationships) and rows deleted. */
  written: number;
  deleted: number;
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Loads `graph` as corpus `options.corpus`, writing only what changed since the load recorded in
 * `stateDir/.kg-neo4j/`. The state is trusted only when the database's `:KgCorpus` marker carries
 * its digest and no other corpus is in the database; otherwise the whole graph is loaded (as
 * `loadGraph`, honouring `replace`). Rows gone from the graph are deleted; changed rows are merged.
 */
export async function loadGraphDelta(graph: KnowledgeGraph, options: Neo4jOptions & { corpus: string }, stateDir: string): Promise<DeltaReport> {
  const opts = resolveNeo4jOptions(options);
  const t0 = performance.now();
  const rows = graphRows(graph);
  const next = fingerprints(rows);
  const state = encodeState(next);
  const path = statePath(stateDir, { uri: opts.uri, database: opts.database, corpus: options.corpus });
  const saved = readState(path);
  const driver = await openDriver(opts);
  let started = false;
  try {
    await driver.verifyAuthentication({ database: opts.database }).catch(async (err) => {
      // As loadGraph: verifyAuthentication reports an unreachable server too; verifyConnectivity names it precisely.
      await driver.verifyConnectivity({ database: opts.database });
      throw err;
    });
    started = true;
    const marker = await run(driver, opts.database, READ_MARKER, { corpus: options.corpus });
    const corpora = (marker[0]?.corpora as string[] | undefined) ?? [];
    const reason = !saved
      ? 'no earlier load recorded'
      : marker[0]?.snapshot !== saved.digest
        ? 'the database no longer holds what the earlier load wrote'
        : corpora.length !== 1
          ? 'other corpora share the database'
          : '';
    let load: LoadReport | null;
    let deleted = 0;
    if (reason) {
      load = await loadGraph(graph, options);
    } else {
      const { changed, removed } = diff(saved!.prints, next);
      deleted = await deleteRemoved(driver, opts.database, removed);
      const sub = subgraph(graph, rows, changed);
      load = sub.order > 0 ? await loadGraph(sub, { ...options, replace: false }) : null;
    }
    await run(driver, opts.database, WRITE_MARKER, { corpus: options.corpus, digest: state.digest });
    writeState(path, state);
    const seconds = (performance.now() - t0) / 1000;
    const written = load ? load.nodeRows + load.relationshipRows : 0;
    return { mode: reason ? 'full' : 'delta', reason, load, written, deleted, seconds, rowsPerSecond: Math.round((written + deleted) / seconds) };
  } catch (err) {
    throw toKgError(err, opts, started);
  } finally {
    await driver.close();
  }
}

async function run(driver: Driver, database: string | undefined, query: string, params: Record<string, unknown>) {
  const result = await driver.executeQuery(query, params, { database });
  return result.records.map((r) => r.toObject() as Record<string, unknown>);
}

/** Deletes removed relationships (grouped by end labels), then removed nodes; returns how many rows. */
async function deleteRemoved(driver: Driver, database: string | undefined, removed: string[]): Promise<number> {
  const rels = new Map<string, { type: string; s: string; t: string }[]>();
  const nodes = new Map<string, string[]>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const key of removed) {
    const parts = key.split('|');
    if (parts[0] === 'n') push(nodes, parts[1]!, parts.slice(2).join('|'));
    else {
      const [s, t] = parts.slice(4).join('|').split('\u0000') as [string, string];
      push(rels, `${parts[2]}|${parts[3]}`, { type: parts[1]!, s, t });
    }
  }
  let deleted = 0;
  for (const [ends, rows] of rels) {
    const [sl, tl] = ends.split('|') as [string, string];
    deleted += (await run(driver, database, deleteRelsQuery(sl, tl), { rows }))[0]?.deleted as number;
  }
  for (const [label, ids] of nodes) deleted += (await run(driver, database, deleteNodesQuery(label), { ids }))[0]?.deleted as number;
  return deleted;
}

/** The graph restricted to changed rows: changed nodes, changed relationships (all their parallel edges) and their ends. */
function subgraph(graph: KnowledgeGraph, rows: GraphRows, changed: Set<string>): KnowledgeGraph {
  const end = new Map<string, { label: 'Entity' | 'Article'; id: string }>();
  for (const list of rows.entities.values()) for (const e of list) end.set(e.id, { label: 'Entity', id: e.id });
  for (const a of rows.articles) end.set(a.props.key, { label: 'Article', id: a.id });
  const sub: KnowledgeGraph = new MultiDirectedGraph();
  const addNode = (key: string) => {
    if (!sub.hasNode(key)) sub.addNode(key, { ...graph.getNodeAttributes(key) });
  };
  graph.forEachNode((key) => {
    const e = end.get(key);
    if (e && changed.has(nodeKey(e.label, e.id))) addNode(key);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const s = end.get(source);
    const t = end.get(target);
    if (!s || !t || !changed.has(relKey(attrs.type, s.label, t.label, s.id, t.id))) return;
    addNode(source);
    addNode(target);
    sub.addEdgeWithKey(key, source, target, { ...attrs });
  });
  return sub;
}
