// Reads the embedded payload and builds the graphology graph the page draws.
import { MultiDirectedGraph } from 'graphology';
import type { PayloadEdgeExtra, PayloadEvidence, PayloadNodeExtra, ViewerPayload } from '../payload.js';
import { PAYLOAD_VERSION } from '../payload.js';

/** Node attributes in the page. The entity type lives in `kind`: sigma reads `type` as a program name. */
export interface VNode {
  label: string;
  kind: string;
  x: number;
  y: number;
  size: number;
  color: string;
  idx: number;
  mentions: number;
  aliases: string[];
  arts: number[];
  extra: PayloadNodeExtra | 0;
  /** Number of distinct neighbours over relation edges (MENTIONED_IN left out). */
  degree: number;
  /** PageRank over relation edges, largest 1 (computed at export). */
  rank: number;
  /** Community index into the payload's `communities`, -1 for none. */
  community: number;
}

/** Edge attributes in the page; the predicate lives in `pred` (sigma reads `type` as a program name). */
export interface VEdge {
  pred: string;
  weight: number;
  size: number;
  idx: number;
  arts: number[];
  dates: string[];
  ev: PayloadEvidence[];
  titles: string[];
  quotes: string[];
  extra: PayloadEdgeExtra | 0;
}

export type ViewerGraph = MultiDirectedGraph<VNode, VEdge>;

/** Parses the `<script id="kg-data">` element. */
export function readPayload(doc: Document): ViewerPayload {
  const el = doc.getElementById('kg-data');
  if (!el?.textContent) throw new Error('viewer: no #kg-data element; the page was not written by renderViewerHtml');
  const payload = JSON.parse(el.textContent) as ViewerPayload;
  if (payload.v !== PAYLOAD_VERSION) {
    throw new Error(
      `viewer: expected data version ${PAYLOAD_VERSION}, instead found ${payload.v}; re-export the graph`,
    );
  }
  return payload;
}

/** Edge thickness (screen pixels) for a weight: grows with the log of the weight. */
export function edgeSize(weight: number): number {
  return Math.min(6, 1.5 + Math.log2(Math.max(1, weight)));
}

/**
 * Number of distinct neighbours of each node over the edges `keep` accepts (parallel edges count once).
 * @default keep every edge
 */
export function distinctDegrees(
  p: Pick<ViewerPayload, 'nodes' | 'edges'>,
  keep: (edgeIndex: number) => boolean = () => true,
): Uint32Array {
  const n = p.nodes.length;
  const degree = new Uint32Array(n);
  const seen = new Set<number>();
  for (let i = 0; i < p.edges.length; i++) {
    const [s, t] = p.edges[i]!;
    if (s === t || !keep(i)) continue;
    const pair = s < t ? s * n + t : t * n + s;
    if (seen.has(pair)) continue;
    seen.add(pair);
    degree[s]!++;
    degree[t]!++;
  }
  return degree;
}

/** Builds the graph: node keys as exported, edge keys `e<index>`. */
export function buildGraph(p: ViewerPayload): ViewerGraph {
  const graph: ViewerGraph = new MultiDirectedGraph<VNode, VEdge>();
  p.nodes.forEach(([key, label, kind, x, y, mentions, aliases, arts, extra], idx) => {
    graph.addNode(key, {
      label,
      kind: p.kinds[kind] ?? 'Other',
      x,
      y,
      size: 3,
      color: '#999',
      idx,
      mentions,
      aliases,
      arts,
      extra,
      degree: 0,
      rank: p.rank[idx] ?? 0,
      community: p.community[idx] ?? -1,
    });
  });
  p.edges.forEach(([s, t, type, weight, arts, dates, ev, titles, quotes, extra], idx) => {
    const source = p.nodes[s]![0];
    const target = p.nodes[t]![0];
    const pred = p.types[type]!;
    graph.addEdgeWithKey(`e${idx}`, source, target, {
      pred,
      weight,
      size: edgeSize(weight),
      idx,
      arts,
      dates,
      ev,
      titles,
      quotes,
      extra: extra ?? 0,
    });
  });
  const mentioned = p.types.indexOf('MENTIONED_IN');
  const degree = distinctDegrees(p, (i) => p.edges[i]![2] !== mentioned);
  graph.updateEachNodeAttributes((_, a) => {
    a.degree = degree[a.idx]!;
    return a;
  });
  return graph;
}
