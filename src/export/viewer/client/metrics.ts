// Node sizes (degree or PageRank) and colors (kind or Louvain community), written as node attributes.
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { COMMUNITY_PALETTE, KIND_COLORS, OTHER_COLOR } from './colors.js';
import type { ViewerGraph } from './data.js';
import type { ColorMode, SizeMode } from './state.js';
import { mulberry32 as seededRandom } from '../../../random.js';

/** One legend row. */
export interface LegendItem {
  color: string;
  label: string;
  count: number;
}


/** Sets `size` from degree or PageRank (computed on first use): square-root scale between bounds. */
export function applySizes(graph: ViewerGraph, mode: SizeMode): void {
  if (mode === 'pagerank' && graph.order > 0 && graph.getNodeAttribute(graph.nodes()[0]!, 'pagerank') === undefined) {
    const ranks = pagerank(graph, { getEdgeWeight: 'weight' });
    graph.updateEachNodeAttributes((node, a) => ({
      ...a,
      pagerank: ranks[node] ?? 0,
    }));
  }
  const value = (a: { degree: number; pagerank?: number }) => (mode === 'pagerank' ? (a.pagerank ?? 0) : a.degree);
  let max = 0;
  graph.forEachNode((_, a) => {
    max = Math.max(max, value(a));
  });
  const [lo, hi] = graph.order > 5000 ? [1, 7] : [4, 16];
  graph.updateEachNodeAttributes(
    (_, a) => ({
      ...a,
      size: lo + (hi - lo) * Math.sqrt(max > 0 ? value(a) / max : 0),
    }),
    { attributes: ['size'] },
  );
}

function kindLegend(graph: ViewerGraph, kinds: readonly string[]): LegendItem[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return kinds
    .filter((k) => counts.has(k))
    .map((k) => ({
      color: KIND_COLORS[k] ?? OTHER_COLOR,
      label: k,
      count: counts.get(k)!,
    }));
}

/** Runs Louvain once (seeded) and ranks communities by size; returns the legend of the largest ones. */
function communityLegend(graph: ViewerGraph): LegendItem[] {
  if (graph.order > 0 && graph.getNodeAttribute(graph.nodes()[0]!, 'community') === undefined) {
    const parts = graph.size > 0 ? louvain(graph, { getEdgeWeight: 'weight', rng: seededRandom(42) }) : {};
    graph.updateEachNodeAttributes((node, a) => ({
      ...a,
      community: parts[node] ?? -1,
    }));
  }
  const members = new Map<number, string[]>();
  graph.forEachNode((node, a) => {
    const c = a.community ?? -1;
    const list = members.get(c) ?? [];
    list.push(node);
    members.set(c, list);
  });
  const ranked = [...members.entries()].sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  return ranked.slice(0, COMMUNITY_PALETTE.length).map(([c, nodes], i) => {
    const hub = nodes.reduce((best, n) =>
      graph.getNodeAttribute(n, 'degree') > graph.getNodeAttribute(best, 'degree') ? n : best,
    );
    return {
      color: COMMUNITY_PALETTE[i]!,
      label: `${graph.getNodeAttribute(hub, 'label')} group`,
      count: nodes.length,
      id: c,
    };
  });
}

/** Sets `color` by kind or community and returns the legend to show. */
export function applyColors(graph: ViewerGraph, mode: ColorMode, kinds: readonly string[]): LegendItem[] {
  if (mode === 'type') {
    graph.updateEachNodeAttributes((_, a) => ({ ...a, color: KIND_COLORS[a.kind] ?? OTHER_COLOR }), {
      attributes: ['color'],
    });
    return kindLegend(graph, kinds);
  }
  const legend = communityLegend(graph) as (LegendItem & { id: number })[];
  const colorOf = new Map(legend.map((l) => [l.id, l.color]));
  graph.updateEachNodeAttributes((_, a) => ({ ...a, color: colorOf.get(a.community ?? -1) ?? OTHER_COLOR }), {
    attributes: ['color'],
  });
  return legend.map(({ color, label, count }) => ({ color, label, count }));
}
