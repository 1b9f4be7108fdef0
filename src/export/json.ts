// graphology's serialized form (graph.export()), loadable with `MultiDirectedGraph.from(json)`, written in chunks.
import type { KnowledgeGraph } from '../graph/types.js';

const isEmpty = (o: object) => {
  for (const _ in o) return false;
  return true;
};

/**
 * The graph as graphology JSON in chunks (one per node or edge), byte for byte
 * `JSON.stringify(graph.export())` plus a newline, without building the exported copy or one big string.
 * The edges' chunks may be made beforehand (they do not depend on positions).
 */
export function* graphJsonChunks(graph: KnowledgeGraph, edges: Iterable<string> = graphJsonEdgeChunks(graph)): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let sep = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    const attrs = isEmpty(attributes) ? '' : `,"attributes":${JSON.stringify(attributes)}`;
    yield `${sep}{"key":${JSON.stringify(node)}${attrs}}`;
    sep = ',';
  }
  yield '],"edges":[';
  yield* edges;
  yield ']}\n';
}

/** The members of the JSON `edges` list, one chunk per edge (the first without a leading comma). */
export function* graphJsonEdgeChunks(graph: KnowledgeGraph): Generator<string> {
  let sep = '';
  // NOTE: graph.export() also writes `undirected: true` on undirected edges of mixed graphs; a KnowledgeGraph is directed.
  for (const { edge, source, target, attributes } of graph.edgeEntries()) {
    const attrs = isEmpty(attributes) ? '' : `,"attributes":${JSON.stringify(attributes)}`;
    yield `${sep}{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}${attrs}}`;
    sep = ',';
  }
}

/** The graph as graphology JSON, one line, newline-terminated; deterministic for a given graph. */
export function toGraphJson(graph: KnowledgeGraph): string {
  return [...graphJsonChunks(graph)].join('');
}
