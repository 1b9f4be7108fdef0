// The node budget: above `maxNodes`, the page keeps the most important nodes and says what it left out.
import type { KnowledgeGraph } from '../../graph/types.js';

/** What the page left out of the graph. */
export interface Omitted {
  nodes: number;
  edges: number;
}

/**
 * The graph itself when it has at most `maxNodes` nodes, else a copy holding the first `maxNodes` of
 * `order` (most important first) and the edges between them.
 */
export function withinBudget(
  graph: KnowledgeGraph,
  order: readonly string[],
  maxNodes: number,
): { graph: KnowledgeGraph; omitted: Omitted } {
  if (graph.order <= maxNodes) return { graph, omitted: { nodes: 0, edges: 0 } };
  // The subgraph is built, not copied and pruned: dropping most nodes of a copy costs more than adding the rest.
  const keep = new Set(order.slice(0, maxNodes));
  const kept: KnowledgeGraph = graph.nullCopy();
  // Same node and edge order as a copy with the others dropped, attributes copied one level deep as copy() does.
  graph.forEachNode((node, attrs) => {
    if (keep.has(node)) kept.addNode(node, { ...attrs });
  });
  graph.forEachEdge((edge, attrs, source, target) => {
    if (keep.has(source) && keep.has(target)) kept.addEdgeWithKey(edge, source, target, { ...attrs });
  });
  return { graph: kept, omitted: { nodes: graph.order - kept.order, edges: graph.size - kept.size } };
}
