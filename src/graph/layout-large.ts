// The layout of a large graph: its core through ForceAtlas2's own iteration on flat arrays, each leaf beside its neighbour.
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2_DEFAULTS from 'graphology-layout-forceatlas2/defaults.js';
import iterate from 'graphology-layout-forceatlas2/iterate.js';
import type { KnowledgeGraph } from './types.js';

// ForceAtlas2's packing (graphology-layout-forceatlas2/helpers.js): PPN numbers per node, PPE per edge.
const PPN = 10;
const PPE = 3;
const NODE_X = 0;
const NODE_Y = 1;
const NODE_MASS = 6;
const NODE_CONVERGENCE = 7;
const NODE_SIZE = 8;

// Barnes–Hut θ of the core: Gephi's default. On the BBC core (8,216 nodes) it takes 0.4 of the time of the
// package's 0.5 per iteration, and edge lengths, community spread and overlaps match 0.5's at 12 to 120 iterations.
const BARNES_HUT_THETA = 1.2;

/** The core of a graph packed for ForceAtlas2, and the leaves (nodes with one neighbour) of each core node. */
export interface Packed {
  /** Offset in `nodes` of each core node, in graph order. */
  offset: Map<string, number>;
  nodes: Float32Array;
  edges: Float32Array;
  leavesOf: Map<string, string[]>;
}

/** A large graph's layout cut in three: packing and finishing read or write the graph, the iterations touch only `packed`. */
export interface LargeLayout {
  packed: Packed;
  /** ForceAtlas2 settings of the core. */
  settings: Record<string, unknown>;
  /** Iterations to run (0 when the core is empty). */
  iterations: number;
}

/**
 * Lays out the core (nodes with two or more neighbours, or whose neighbour is a leaf too) with
 * ForceAtlas2 for `iterations(coreOrder)` iterations, its leaves' weight kept as a self-loop (so hubs
 * still push apart), then sets each leaf on a small circle around its neighbour. The arrays are
 * filled as `forceAtlas2.assign` fills them for a graph of the core, so positions are the same as
 * running it on such a copy, without building one.
 */
export function layoutLarge(
  graph: KnowledgeGraph,
  edgeWeight: (type: string, weight: number) => number,
  iterations: (coreOrder: number) => number,
): void {
  const layout = packLarge(graph, edgeWeight, iterations);
  for (let i = layout.iterations; i > 0; i--) iterate(layout.settings, layout.packed.nodes, layout.packed.edges);
  finishLarge(graph, layout.packed);
}

/** The core packed for ForceAtlas2 from the nodes' current positions, with its settings and iteration count. */
export function packLarge(
  graph: KnowledgeGraph,
  edgeWeight: (type: string, weight: number) => number,
  iterations: (coreOrder: number) => number,
): LargeLayout {
  const packed = pack(graph, edgeWeight);
  const order = packed.offset.size;
  const settings = {
    ...FA2_DEFAULTS,
    ...forceAtlas2.inferSettings(order),
    barnesHutOptimize: order > 500,
    barnesHutTheta: BARNES_HUT_THETA,
    edgeWeightInfluence: 0.5,
  };
  return { packed, settings, iterations: order > 0 ? iterations(order) : 0 };
}

/** Writes the iterated core positions (`nodes`, packed as `packed.nodes`) into the graph, then places the leaves. */
export function finishLarge(graph: KnowledgeGraph, packed: Packed, nodes: Float32Array = packed.nodes): void {
  for (const [node, j] of packed.offset) graph.mergeNodeAttributes(node, { x: nodes[j + NODE_X]!, y: nodes[j + NODE_Y]! });
  placeLeaves(graph, packed.leavesOf, typicalEdgeLength({ ...packed, nodes }));
}

function pack(graph: KnowledgeGraph, edgeWeight: (type: string, weight: number) => number): Packed {
  // A node's single neighbour once per node: asking a hub again for each of its leaves would be quadratic.
  const only = new Map<string, string | undefined>();
  graph.forEachNode((node) => {
    only.set(node, onlyNeighbour(graph, node));
  });
  const offset = new Map<string, number>();
  const leavesOf = new Map<string, string[]>();
  const leafWeight = new Map<string, number>();
  graph.forEachNode((node) => {
    const parent = only.get(node);
    if (parent === undefined || only.get(parent) !== undefined) {
      offset.set(node, offset.size * PPN);
      return;
    }
    const leaves = leavesOf.get(parent);
    if (leaves) leaves.push(node);
    else leavesOf.set(parent, [node]);
    let w = 0;
    graph.forEachEdge(node, (_e, a) => {
      w += edgeWeight(a.type, a.weight);
    });
    leafWeight.set(parent, (leafWeight.get(parent) ?? 0) + w);
  });
  const nodes = new Float32Array(offset.size * PPN);
  for (const [node, j] of offset) {
    nodes[j + NODE_X] = graph.getNodeAttribute(node, 'x');
    nodes[j + NODE_Y] = graph.getNodeAttribute(node, 'y');
    nodes[j + NODE_MASS] = 1;
    nodes[j + NODE_CONVERGENCE] = 1;
    nodes[j + NODE_SIZE] = 1;
  }
  const edgeList: number[] = [];
  graph.forEachEdge((_e, attrs, source, target) => {
    const s = offset.get(source);
    const t = offset.get(target);
    if (s !== undefined && t !== undefined) edgeList.push(s, t, edgeWeight(attrs.type, attrs.weight));
  });
  // A self-loop adds its weight twice to the node's mass and pulls nothing: mass as if the leaves were there.
  for (const [parent, w] of leafWeight) edgeList.push(offset.get(parent)!, offset.get(parent)!, w / 2);
  const edges = Float32Array.from(edgeList);
  // Mass is 1 plus the weighted degree, summed in edge order from the unrounded weights, as ForceAtlas2 does.
  for (let e = 0; e < edgeList.length; e += PPE) {
    nodes[edgeList[e]! + NODE_MASS]! += edgeList[e + 2]!;
    nodes[edgeList[e + 1]! + NODE_MASS]! += edgeList[e + 2]!;
  }
  return { offset, nodes, edges, leavesOf };
}

/** The node's single neighbour, or undefined when it has none or several (stops at the second; no array per node). */
function onlyNeighbour(graph: KnowledgeGraph, node: string): string | undefined {
  let only: string | undefined;
  const several = graph.someNeighbor(node, (neighbour) => {
    if (only === undefined) only = neighbour;
    return neighbour !== only;
  });
  return several ? undefined : only;
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

/** Median length of the core's edges, self-loops aside (1 when there are none). */
function typicalEdgeLength({ nodes, edges }: Packed): number {
  const lengths: number[] = [];
  for (let e = 0; e < edges.length; e += PPE) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s !== t) lengths.push(Math.hypot(nodes[s + NODE_X]! - nodes[t + NODE_X]!, nodes[s + NODE_Y]! - nodes[t + NODE_Y]!));
  }
  if (lengths.length === 0) return 1;
  lengths.sort((a, b) => a - b);
  return lengths[lengths.length >> 1]! || 1;
}
