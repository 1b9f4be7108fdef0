// The large-graph layout packs its core for ForceAtlas2 itself: the same positions as ForceAtlas2 on a graphology copy of the core.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { describe, expect, it } from 'vitest';
import { layoutLarge } from '../../src/graph/layout-large.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { mulberry32 } from '../../src/random.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

const weight = (type: string, w: number) => (type === 'MENTIONED_IN' ? 0.2 : Math.min(w, 10));

/** A synthetic graph with leaves (one neighbour), a leaf pair (two leaves of each other) and seeded positions. */
function graphWithLeaves(seed: number): KnowledgeGraph {
  const g = syntheticGraph(600, 1500, seed);
  const articles = g.filterNodes((_n, a) => a.type === 'Article');
  for (let i = 0; i < 300; i++) {
    g.addNode(`leaf:${i}`, { label: `Leaf ${i}`, type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
    g.addEdge(`leaf:${i}`, articles[i % articles.length]!, { type: 'MENTIONED_IN', weight: 1 + (i % 3), articles: [], dates: [], evidence: [] });
  }
  g.addNode('pair:a', { label: 'A', type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
  g.addNode('pair:b', { label: 'B', type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
  g.addEdge('pair:a', 'pair:b', { type: 'CONTACTED', weight: 3, articles: [], dates: [], evidence: [] });
  const rand = mulberry32(seed);
  g.forEachNode((n) => g.mergeNodeAttributes(n, { x: 1000 * (rand() - 0.5), y: 1000 * (rand() - 0.5) }));
  return g;
}

/** The layout as it was written before the core was packed directly: a graphology copy of the core, forceAtlas2.assign. */
function referenceLayout(graph: KnowledgeGraph, iterations: number): void {
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
      w += weight(a.type, a.weight);
    });
    leafWeight.set(parent, (leafWeight.get(parent) ?? 0) + w);
  });
  graph.forEachEdge((_e, a, s, t) => {
    if (core.hasNode(s) && core.hasNode(t)) core.addEdge(s, t, { w: weight(a.type, a.weight) });
  });
  for (const [parent, w] of leafWeight) core.addEdge(parent, parent, { w: w / 2 });
  const settings = {
    ...forceAtlas2.inferSettings(core),
    barnesHutOptimize: core.order > 500,
    barnesHutTheta: 1.2,
    edgeWeightInfluence: 0.5,
  };
  forceAtlas2.assign(core, { iterations, settings, getEdgeWeight: 'w' });
  core.forEachNode((node, a) => graph.mergeNodeAttributes(node, { x: a.x as number, y: a.y as number }));
  const lengths: number[] = [];
  core.forEachEdge((_e, _a, s, t, sa, ta) => {
    if (s !== t) lengths.push(Math.hypot((sa.x as number) - (ta.x as number), (sa.y as number) - (ta.y as number)));
  });
  lengths.sort((a, b) => a - b);
  const unit = lengths.length ? lengths[lengths.length >> 1]! || 1 : 1;
  for (const [parent, leaves] of leavesOf) {
    const { x, y } = graph.getNodeAttributes(parent);
    const r = unit * (0.5 + 0.1 * Math.sqrt(leaves.length));
    leaves.forEach((leaf, k) => {
      const angle = (2 * Math.PI * k) / leaves.length;
      graph.mergeNodeAttributes(leaf, { x: x + r * Math.cos(angle), y: y + r * Math.sin(angle) });
    });
  }
}

const positions = (g: KnowledgeGraph) => g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join(';');

describe('layoutLarge', () => {
  it.each([
    [1, 12],
    [7, 3],
  ])('gives the positions of ForceAtlas2 on a copy of the core (seed %i, %i iterations)', (seed, iterations) => {
    const packed = graphWithLeaves(seed);
    const reference = graphWithLeaves(seed);
    let coreOrder = 0;
    layoutLarge(packed, weight, (order) => {
      coreOrder = order;
      return iterations;
    });
    referenceLayout(reference, iterations);
    // The 300 added leaves and the leaf pair are left out of the core (and the synthetic graph's own leaves).
    expect(coreOrder).toBeGreaterThan(0);
    expect(coreOrder).toBeLessThanOrEqual(packed.order - 302);
    expect(positions(packed)).toBe(positions(reference));
  });
});
