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
  const kept = graph.copy();
  for (const node of order.slice(maxNodes)) kept.dropNode(node);
  return { graph: kept, omitted: { nodes: graph.order - kept.order, edges: graph.size - kept.size } };
}
