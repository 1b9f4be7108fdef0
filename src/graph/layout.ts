// Seeded ForceAtlas2 layout computed at build time, bounded in work, so the viewer paints instantly and outputs are stable.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../random.js';
import type { KnowledgeGraph } from './types.js';

export interface LayoutOptions {
  /**
   * ForceAtlas2 iterations.
   * @default 500 below 1,000 nodes, scaled down with size and bounded by `maxWork` above 2,000 nodes (at least 10)
   */
  iterations?: number;
  /** Seed of the initial positions. @default 1 */
  seed?: number;
  /**
   * Above LARGE nodes: iterations × laid-out nodes stays under this (Barnes–Hut costs about n log n per iteration).
   * @default 200000
   */
  maxWork?: number;
}

/** Above this many nodes: Barnes–Hut, leaves placed around their neighbour, iterations bounded by work. */
const LARGE = 2000;
const DEFAULT_MAX_WORK = 200_000;
const MIN_ITERATIONS = 10;

// MENTIONED_IN edges dominate counts; let facts shape the layout more than mentions.
const edgeWeight = (type: string, weight: number) => (type === 'MENTIONED_IN' ? 0.2 : Math.min(weight, 10));

/**
 * Assigns `x`/`y` to every node: seeded initial circle, then ForceAtlas2, rounded to 1e-3. Graphs
 * above 2,000 nodes lay out only their core (nodes with two or more neighbours) with Barnes–Hut
 * and a bounded number of iterations, then set each leaf on a small circle around its neighbour.
 */
export function layoutGraph(graph: KnowledgeGraph, options: LayoutOptions = {}): void {
  const n = graph.order;
  if (n === 0) return;
  seedCircle(graph, options.seed ?? 1);
  if (n <= LARGE) {
    const settings = { ...forceAtlas2.inferSettings(graph), edgeWeightInfluence: 0.5 };
    const iterations = options.iterations ?? defaultIterations(n);
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: (_key, attrs) => edgeWeight(attrs.type, attrs.weight) });
  } else {
    layoutLarge(graph, options);
  }
  graph.forEachNode((node, attrs) => {
    graph.mergeNodeAttributes(node, { x: round(attrs.x), y: round(attrs.y) });
  });
}

function seedCircle(graph: KnowledgeGraph, seed: number): void {
  const n = graph.order;
  const rand = mulberry32(seed);
  let i = 0;
  graph.forEachNode((node) => {
    const angle = (2 * Math.PI * i++) / n;
    const r = 10 * Math.sqrt(n) * (0.5 + rand());
    graph.mergeNodeAttributes(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  });
}

/** The core gets ForceAtlas2 (its leaves' weight kept as a self-loop, so hubs still push apart), leaves follow. */
function layoutLarge(graph: KnowledgeGraph, options: LayoutOptions): void {
  const { core, leavesOf } = splitLeaves(graph);
  if (core.order > 0) {
    const maxWork = options.maxWork ?? DEFAULT_MAX_WORK;
    const bounded = Math.max(MIN_ITERATIONS, Math.floor(maxWork / core.order));
    const iterations = options.iterations ?? Math.min(defaultIterations(graph.order), bounded);
    const settings = { ...forceAtlas2.inferSettings(core), barnesHutOptimize: core.order > LARGE / 4, edgeWeightInfluence: 0.5 };
    forceAtlas2.assign(core, { iterations, settings, getEdgeWeight: 'w' });
    core.forEachNode((node, attrs) => {
      graph.mergeNodeAttributes(node, { x: attrs.x as number, y: attrs.y as number });
    });
  }
  placeLeaves(graph, leavesOf, typicalEdgeLength(core));
}

/** A weighted copy of the graph without its leaves (nodes with exactly one neighbour), and the leaves of each node. */
function splitLeaves(graph: KnowledgeGraph): { core: Graph; leavesOf: Map<string, string[]> } {
  const core = new Graph({ multi: true, type: 'directed', allowSelfLoops: true });
  const leavesOf = new Map<string, string[]>();
  const leafWeight = new Map<string, number>();
  graph.forEachNode((node, attrs) => {
    const neighbours = graph.neighbors(node);
    if (neighbours.length !== 1 || graph.neighbors(neighbours[0]!).length === 1) {
      core.addNode(node, { x: attrs.x, y: attrs.y });
      return;
    }
    const parent = neighbours[0]!;
    leavesOf.set(parent, [...(leavesOf.get(parent) ?? []), node]);
    let w = 0;
    graph.forEachEdge(node, (_e, a) => {
      w += edgeWeight(a.type, a.weight);
    });
    leafWeight.set(parent, (leafWeight.get(parent) ?? 0) + w);
  });
  graph.forEachEdge((_e, attrs, source, target) => {
    if (core.hasNode(source) && core.hasNode(target)) core.addEdge(source, target, { w: edgeWeight(attrs.type, attrs.weight) });
  });
  // A self-loop adds its weight twice to the node's mass and pulls nothing: mass as if the leaves were there.
  for (const [parent, w] of leafWeight) core.addEdge(parent, parent, { w: w / 2 });
  return { core, leavesOf };
}

/** Leaves of a node on a circle around it, in node order, at a radius growing with their number. */
function placeLeaves(graph: KnowledgeGraph, leavesOf: Map<string, string[]>, unit: number): void {
  for (const [parent, leaves] of leavesOf) {
    const { x, y } = graph.getNodeAttributes(parent);
    const r = unit * (0.5 + 0.1 * Math.sqrt(leaves.length));
    leaves.forEach((leaf, k) => {
      const angle = (2 * Math.PI * k) / leaves.length;
      graph.mergeNodeAttributes(leaf, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    });
  }
}

/** Median length of the core's edges (1 when it has none). */
function typicalEdgeLength(core: Graph): number {
  const lengths: number[] = [];
  core.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (s !== t) lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number)));
  });
  if (lengths.length === 0) return 1;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]! || 1;
}

function defaultIterations(order: number): number {
  if (order <= 1000) return 500;
  return Math.max(60, Math.round(500 * Math.sqrt(1000 / order)));
}

function round(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) || !Number.isFinite(r) ? 0 : r;
}
