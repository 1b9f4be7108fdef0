// Node sizes (shown relations or PageRank) and colors (kind or community, both computed at export).
import type { ViewerPayload } from '../payload.js';
import { COMMUNITY_PALETTE, KIND_COLORS, OTHER_COLOR } from './colors.js';
import type { ViewerGraph } from './data.js';
import type { ColorMode } from './state.js';

/** One legend row. */
export interface LegendItem {
  color: string;
  label: string;
  count: number;
}

/** Screen sizes from values (degree or rank): square-root scale between bounds, smaller bounds for big graphs. */
export function sizesFrom(values: ArrayLike<number>, large: boolean): Float32Array {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const [lo, hi] = large ? [1, 7] : [4, 16];
  const out = new Float32Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = lo + (hi - lo) * Math.sqrt(max > 0 ? values[i]! / max : 0);
  return out;
}

function kindLegend(graph: ViewerGraph, kinds: readonly string[]): LegendItem[] {
  const counts = new Map<string, number>();
  graph.forEachNode((_, a) => counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1));
  return kinds
    .filter((k) => counts.has(k))
    .map((k) => ({ color: KIND_COLORS[k] ?? OTHER_COLOR, label: k, count: counts.get(k)! }));
}

/** The colored communities (the largest ones, one palette color each), named after their top entity. */
function communityLegend(graph: ViewerGraph, p: ViewerPayload): LegendItem[] {
  const counts = new Array<number>(p.communities.length).fill(0);
  graph.forEachNode((_, a) => {
    if (a.community >= 0) counts[a.community]!++;
  });
  const shown = p.communities.slice(0, COMMUNITY_PALETTE.length).map((name, i) => ({
    color: COMMUNITY_PALETTE[i]!,
    label: name,
    count: counts[i]!,
  }));
  const rest = counts.slice(COMMUNITY_PALETTE.length).reduce((n, c) => n + c, 0);
  const loose = graph.filterNodes((_, a) => a.community < 0).length;
  if (rest + loose) shown.push({ color: OTHER_COLOR, label: 'other', count: rest + loose });
  return shown;
}

/** Sets `color` by kind or community and returns the legend to show. */
export function applyColors(graph: ViewerGraph, mode: ColorMode, p: ViewerPayload): LegendItem[] {
  const colorOf = (a: { kind: string; community: number }) =>
    mode === 'type'
      ? (KIND_COLORS[a.kind] ?? OTHER_COLOR)
      : (COMMUNITY_PALETTE[a.community] ?? (a.kind === 'Article' ? KIND_COLORS.Article! : OTHER_COLOR));
  graph.updateEachNodeAttributes((_, a) => ({ ...a, color: colorOf(a) }), { attributes: ['color'] });
  return mode === 'type' ? kindLegend(graph, p.kinds) : communityLegend(graph, p);
}
