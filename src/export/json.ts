// graphology's serialized form (graph.export()), loadable with `MultiDirectedGraph.from(json)`.
import type { KnowledgeGraph } from '../graph/types.js';

/** The graph as graphology JSON, one line, newline-terminated; deterministic for a given graph. */
export function toGraphJson(graph: KnowledgeGraph): string {
  return `${JSON.stringify(graph.export())}\n`;
}
