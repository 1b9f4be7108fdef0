// The viewer's node budget: the kept subgraph equals a copy of the graph with the other nodes dropped.
import { describe, expect, it } from 'vitest';
import { withinBudget } from '../../src/export/viewer/budget.js';
import { byImportance, relationRanks } from '../../src/export/viewer/rank.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

/** What withinBudget did before it built the subgraph: copy everything, drop the nodes past the budget. */
function copyAndDrop(graph: KnowledgeGraph, order: readonly string[], maxNodes: number): KnowledgeGraph {
  const kept = graph.copy();
  for (const node of order.slice(maxNodes)) kept.dropNode(node);
  return kept;
}

describe('withinBudget', () => {
  const graph = syntheticGraph(400, 1500);
  const order = byImportance(graph, relationRanks(graph));

  it.each([50, 200, 404])('keeps the top %i nodes, their edges and attributes in the original order', (maxNodes) => {
    const { graph: shown, omitted } = withinBudget(graph, order, maxNodes);
    const expected = copyAndDrop(graph, order, maxNodes);
    expect(JSON.stringify(shown.export())).toBe(JSON.stringify(expected.export()));
    expect(omitted).toEqual({ nodes: graph.order - expected.order, edges: graph.size - expected.size });
  });

  it('returns the graph itself within the budget, and a copy that leaves the graph untouched above it', () => {
    expect(withinBudget(graph, order, graph.order).graph).toBe(graph);
    const before = JSON.stringify(graph.export());
    const { graph: shown } = withinBudget(graph, order, 10);
    shown.setNodeAttribute(shown.nodes()[0]!, 'x', 12345);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
