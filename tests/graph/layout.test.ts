// The bounded layout: deterministic, finite, leaves beside their neighbour, work bounded on large graphs.
import { describe, expect, it } from 'vitest';
import { layoutGraph, layoutGraphOnThread } from '../../src/graph/layout.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

/** A synthetic graph plus `leaves` entities mentioned by one article only (leaves). */
function graphWithLeaves(entities: number, relationships: number, leaves: number): KnowledgeGraph {
  const g = syntheticGraph(entities, relationships);
  const article = g.findNode((_n, a) => a.type === 'Article')!;
  for (let i = 0; i < leaves; i++) {
    g.addNode(`leaf:${i}`, { label: `Leaf ${i}`, type: 'Person', aliases: [], mentions: 1, articles: [], x: 0, y: 0 });
    g.addEdge(`leaf:${i}`, article, { type: 'MENTIONED_IN', weight: 1, articles: [], dates: [], evidence: [] });
  }
  return g;
}

const positions = (g: KnowledgeGraph) => g.mapNodes((n, a) => `${n}:${a.x},${a.y}`).join(';');

describe('layoutGraph', () => {
  it.each([
    ['small (plain ForceAtlas2)', 300, 900, 20],
    ['large (Barnes–Hut core, leaves placed)', 2500, 6000, 800],
  ])('is deterministic on a %s graph', (_name, entities, relationships, leaves) => {
    const a = graphWithLeaves(entities, relationships, leaves);
    const b = graphWithLeaves(entities, relationships, leaves);
    layoutGraph(a, { iterations: 20 });
    layoutGraph(b, { iterations: 20 });
    expect(positions(a)).toBe(positions(b));
    a.forEachNode((_n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
    });
    const c = graphWithLeaves(entities, relationships, leaves);
    layoutGraph(c, { iterations: 20, seed: 2 });
    expect(positions(c)).not.toBe(positions(a));
  });

  it('puts the leaves of a large graph on a circle around their one neighbour, closer than the graph spread', () => {
    const g = graphWithLeaves(2500, 6000, 800);
    layoutGraph(g, { maxWork: 20_000 });
    const article = g.findNode((_n, a) => a.type === 'Article')!;
    const { x, y } = g.getNodeAttributes(article);
    const distances = Array.from({ length: 800 }, (_, i) => {
      const leaf = g.getNodeAttributes(`leaf:${i}`);
      return Math.hypot(leaf.x - x, leaf.y - y);
    });
    const spread = Math.max(...g.mapNodes((_n, a) => Math.hypot(a.x, a.y)));
    expect(Math.max(...distances) - Math.min(...distances)).toBeLessThan(0.01);
    expect(Math.max(...distances)).toBeLessThan(spread);
  });

  it('gives the same positions when a large graph iterates on a worker thread', async () => {
    const a = graphWithLeaves(2500, 6000, 800);
    const b = graphWithLeaves(2500, 6000, 800);
    layoutGraph(a, { iterations: 15 });
    await layoutGraphOnThread(b, { iterations: 15 });
    expect(positions(b)).toBe(positions(a));
  });
});
