// Seeded ForceAtlas2 layout computed at build time, bounded in work, so the viewer paints instantly and outputs are stable.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { mulberry32 } from '../random.js';
import { finishLarge, layoutLarge, packLarge } from './layout-large.js';
import { iterateOnThread } from './layout-thread.js';
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
   * @default 100000
   */
  maxWork?: number;
}

/** Above this many nodes: Barnes–Hut, leaves placed around their neighbour, iterations bounded by work. */
const LARGE = 2000;
const DEFAULT_MAX_WORK = 100_000;
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
    layoutLarge(graph, edgeWeight, largeIterations(n, options));
  }
  roundPositions(graph);
}

/**
 * layoutGraph with a large graph's ForceAtlas2 iterations on a worker thread; resolves once every node has
 * its final position (the same as layoutGraph's). Meanwhile the positions are those of the initial circle.
 */
export async function layoutGraphOnThread(graph: KnowledgeGraph, options: LayoutOptions = {}): Promise<void> {
  const n = graph.order;
  if (n <= LARGE) return layoutGraph(graph, options);
  seedCircle(graph, options.seed ?? 1);
  const { packed, settings, iterations } = packLarge(graph, edgeWeight, largeIterations(n, options));
  const nodes = iterations > 0 ? await iterateOnThread(settings, packed.nodes, packed.edges, iterations) : packed.nodes;
  finishLarge(graph, packed, nodes);
  roundPositions(graph);
}

/** Iterations of a large graph's core of `coreOrder` nodes. */
function largeIterations(n: number, options: LayoutOptions): (coreOrder: number) => number {
  const maxWork = options.maxWork ?? DEFAULT_MAX_WORK;
  const bounded = (coreOrder: number) => Math.max(MIN_ITERATIONS, Math.floor(maxWork / coreOrder));
  return (coreOrder) => options.iterations ?? Math.min(defaultIterations(n), bounded(coreOrder));
}

function roundPositions(graph: KnowledgeGraph): void {
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

function defaultIterations(order: number): number {
  if (order <= 1000) return 500;
  return Math.max(60, Math.round(500 * Math.sqrt(1000 / order)));
}

function round(v: number): number {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) || !Number.isFinite(r) ? 0 : r;
}
