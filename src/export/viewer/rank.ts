// Importance of each node: PageRank over relation edges only (MENTIONED_IN left out), as a simple weighted graph.
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { compareCodeUnits as cmp } from '../../compare.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { MENTIONED_IN } from '../../types.js';

/** The relation edges as an undirected simple graph (parallel edges summed), nodes inserted in sorted order. */
export function relationGraph(graph: KnowledgeGraph, keep: (node: string) => boolean = () => true): Graph {
  const g = new Graph({ type: 'undirected' });
  for (const node of graph.nodes().sort(cmp)) if (keep(node)) g.addNode(node);
  const rows = graph
    .filterEdges((_, a) => a.type !== MENTIONED_IN)
    .map((e) => [graph.source(e), graph.target(e), graph.getEdgeAttribute(e, 'weight')] as const)
    .filter(([s, t]) => s !== t && g.hasNode(s) && g.hasNode(t))
    .sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]) || x[2] - y[2]);
  for (const [s, t, w] of rows) {
    g.updateEdge(s, t, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + w }));
  }
  return g;
}

/** PageRank of every node over relation edges, scaled so the largest is 1 and rounded to 4 significant digits. */
export function relationRanks(graph: KnowledgeGraph): Map<string, number> {
  const g = relationGraph(graph);
  const ranks = g.size > 0 ? pagerank(g, { getEdgeWeight: 'weight' }) : {};
  let max = 0;
  for (const v of Object.values(ranks)) max = Math.max(max, v);
  const out = new Map<string, number>();
  g.forEachNode((node) => {
    const v = max > 0 ? (ranks[node] ?? 0) / max : 0;
    out.set(node, Number(v.toPrecision(4)));
  });
  return out;
}

/** Node keys by importance: rank, then mentions, then key (a total, deterministic order). */
export function byImportance(graph: KnowledgeGraph, ranks: Map<string, number>): string[] {
  const score = (n: string) => ranks.get(n) ?? 0;
  return graph
    .nodes()
    .sort(
      (a, b) =>
        score(b) - score(a) ||
        graph.getNodeAttribute(b, 'mentions') - graph.getNodeAttribute(a, 'mentions') ||
        cmp(a, b),
    );
}
