// Path finder (pure): shortest paths between two entities over fact edges, as README Cypher query 4 asks.
import { ENTITY_PREDICATES } from '../../../predicates.js';
import type { ViewerGraph } from './data.js';

/** The entity-to-entity predicates a path may use (the registry's; not QUOTED_IN, not MENTIONED_IN). */
export const PATH_PREDICATES: ReadonlySet<string> = new Set(ENTITY_PREDICATES);

/** At most this many hops, as in the Cypher query. */
export const MAX_HOPS = 6;

/** One path: its nodes, and for each hop the edges (keys) between the two nodes. */
export interface FoundPath {
  nodes: string[];
  hops: string[][];
}

/** Breadth-first distances from `from` (direction ignored), stopping at `to` or at MAX_HOPS. */
function levels(g: ViewerGraph, from: string, to: string): Map<string, string[]> {
  const parents = new Map<string, string[]>([[from, []]]);
  let frontier = [from];
  for (let d = 0; d < MAX_HOPS && frontier.length && !parents.has(to); d++) {
    const next = new Map<string, string[]>();
    for (const n of frontier) {
      g.forEachEdge(n, (_, a, s, t) => {
        const other = s === n ? t : s;
        if (!PATH_PREDICATES.has(a.pred) || parents.has(other)) return;
        const list = next.get(other) ?? [];
        if (!list.includes(n)) list.push(n);
        next.set(other, list);
      });
    }
    for (const [n, ps] of next) parents.set(n, ps.sort());
    frontier = [...next.keys()].sort();
  }
  return parents;
}

/**
 * Up to `limit` shortest paths from `from` to `to` (fewest hops, at most MAX_HOPS), in a deterministic
 * order; empty when there is none.
 */
export function shortestPaths(g: ViewerGraph, from: string, to: string, limit = 5): FoundPath[] {
  if (!g.hasNode(from) || !g.hasNode(to) || from === to) return [];
  const parents = levels(g, from, to);
  if (!parents.has(to)) return [];
  const out: string[][] = [];
  const walk = (node: string, tail: string[]) => {
    if (out.length >= limit) return;
    if (node === from) {
      out.push([from, ...tail]);
      return;
    }
    for (const p of parents.get(node) ?? []) walk(p, [node, ...tail]);
  };
  walk(to, []);
  return out.map((nodes) => ({
    nodes,
    hops: nodes.slice(1).map((n, i) =>
      g
        .outEdges(nodes[i]!, n)
        .concat(g.outEdges(n, nodes[i]!))
        .filter((e) => PATH_PREDICATES.has(g.getEdgeAttribute(e, 'pred'))),
    ),
  }));
}
