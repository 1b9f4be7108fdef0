// Louvain communities of the entities over relation edges (seeded), ranked by size and named after their top entity.
import louvain from 'graphology-communities-louvain';
import { compareCodeUnits as cmp } from '../../compare.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { mulberry32 } from '../../random.js';
import { relationGraph } from './rank.js';

/** Community of each entity (0 = largest; -1 = no relation edge, or an Article), and each community's name. */
export interface Communities {
  of: Map<string, number>;
  names: string[];
}

/**
 * Runs Louvain on the entity–entity relation graph and renumbers communities by size (then by their
 * first member's key). A community is named after its member with the highest `importance`.
 */
export function findCommunities(graph: KnowledgeGraph, importance: Map<string, number>): Communities {
  const g = relationGraph(graph, (n) => graph.getNodeAttribute(n, 'type') !== 'Article');
  const parts: Record<string, number> = g.size > 0 ? louvain(g, { getEdgeWeight: 'weight', rng: mulberry32(42) }) : {};
  const members = new Map<number, string[]>();
  g.forEachNode((node) => {
    if (g.degree(node) === 0) return;
    const c = parts[node] ?? -1;
    const list = members.get(c) ?? [];
    list.push(node);
    members.set(c, list);
  });
  const groups = [...members.values()].map((list) => list.sort(cmp));
  groups.sort((a, b) => b.length - a.length || cmp(a[0]!, b[0]!));
  const of = new Map<string, number>();
  const score = (n: string) => importance.get(n) ?? 0;
  const names = groups.map((list, i) => {
    for (const n of list) of.set(n, i);
    const top = list.reduce((best, n) => (score(n) > score(best) ? n : best));
    return graph.getNodeAttribute(top, 'label');
  });
  return { of, names };
}
