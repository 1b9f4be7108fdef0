// Importance of each node: PageRank over relation edges only (MENTIONED_IN left out), as a simple weighted graph.
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { compareCodeUnits as cmp } from '../../compare.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { MENTIONED_IN } from '../../types.js';

/** The relation edges as an undirected simple graph (parallel edges summed), nodes inserted in sorted order. */
export function relationGraph(graph: KnowledgeGraph, keep: (node: string) => boolean = () => true): Graph {
  const g = new Graph({ type: 'undirected' });
  // The default sort orders strings by UTF-16 code units, as cmp does, without a call per comparison.
  for (const node of graph.nodes().sort()) if (keep(node)) g.addNode(node);
  // One pass with each edge's ends at hand, not a lookup per end and attribute.
  const rows: (readonly [string, string, number])[] = [];
  graph.forEachEdge((_, a, s, t) => {
    if (a.type !== MENTIONED_IN && s !== t && g.hasNode(s) && g.hasNode(t)) rows.push([s, t, a.weight]);
  });
  rows.sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]) || x[2] - y[2]);
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
  // Each node's rank and mentions read once, not at every comparison.
  const rows = graph.mapNodes((key, a) => ({ key, score: ranks.get(key) ?? 0, mentions: a.mentions }));
  rows.sort((a, b) => b.score - a.score || b.mentions - a.mentions || cmp(a.key, b.key));
  return rows.map((r) => r.key);
}
