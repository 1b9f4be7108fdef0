// Path finder and focus rings on small invented graphs (pure, no browser).
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import type { VEdge, ViewerGraph, VNode } from '../../src/export/viewer/client/data.js';
import { focusOn } from '../../src/export/viewer/client/focus.js';
import { mapLayout } from '../../src/export/viewer/client/geo.js';
import { shortestPaths } from '../../src/export/viewer/client/path.js';

/** A viewer graph from `[source, predicate, target]` triples; nodes on a line, `x` = their order. */
function graphOf(triples: [string, string, string][], extra: Record<string, VNode['extra']> = {}): ViewerGraph {
  const g: ViewerGraph = new MultiDirectedGraph<VNode, VEdge>();
  const node = (key: string) =>
    g.mergeNode(key, {
      label: key,
      kind: key.startsWith('art') ? 'Article' : 'Person',
      x: g.order,
      y: 0,
      size: 1,
      color: '',
      idx: g.order,
      mentions: 1,
      aliases: [],
      arts: [0],
      extra: extra[key] ?? 0,
      degree: 0,
      rank: 0,
      community: -1,
    });
  triples.forEach(([s, pred, t], idx) => {
    node(s);
    node(t);
    g.addEdgeWithKey(`e${idx}`, s, t, { pred, weight: 1, size: 1, idx, arts: [], dates: [], ev: [], titles: [], quotes: [], extra: 0 });
  });
  return g;
}

describe('shortestPaths', () => {
  const g = graphOf([
    ['anna', 'CONTACTED', 'bert'],
    ['bert', 'AFFILIATED_WITH', 'acme'],
    ['anna', 'HOLDS_POSITION', 'board'],
    ['board', 'PART_OF', 'acme'],
    ['anna', 'QUOTED_IN', 'art1'],
    ['cora', 'QUOTED_IN', 'art1'],
    ['acme', 'LOCATED_IN', 'freedonia'],
  ]);
  it('finds every shortest path, direction ignored, in a stable order', () => {
    expect(shortestPaths(g, 'anna', 'acme').map((p) => p.nodes)).toEqual([
      ['anna', 'bert', 'acme'],
      ['anna', 'board', 'acme'],
    ]);
    expect(shortestPaths(g, 'freedonia', 'anna')[0]!.hops).toEqual([['e6'], ['e1'], ['e0']]);
  });
  it.each([
    ['through an article (QUOTED_IN is not a fact between entities)', 'anna', 'cora'],
    ['to itself', 'anna', 'anna'],
    ['to an unknown node', 'anna', 'nobody'],
  ])('finds nothing %s', (_, from, to) => {
    expect(shortestPaths(g, from, to)).toEqual([]);
  });
  it('stops at six hops', () => {
    const chain = graphOf([...'abcdefgh'].slice(1).map((c, i) => ['abcdefgh'[i]!, 'CONTACTED', c] as [string, string, string]));
    expect(shortestPaths(chain, 'a', 'g')[0]!.nodes).toHaveLength(7);
    expect(shortestPaths(chain, 'a', 'h')).toEqual([]);
  });
});

describe('focusOn', () => {
  const g = graphOf([
    ['anna', 'CONTACTED', 'bert'],
    ['anna', 'CONTACTED', 'cora'],
    ['bert', 'CONTACTED', 'dan'],
  ]);
  it('puts ring 1 at the radius and ring 2 at twice it, around the selection', () => {
    const f = focusOn(g, 'anna', 2, () => true, 10);
    expect([...f.ring]).toEqual([
      ['anna', 0],
      ['bert', 1],
      ['cora', 1],
      ['dan', 2],
    ]);
    const at = (n: string) => f.positions.get(n)!;
    const dist = (n: string) => Math.hypot(at(n).x - at('anna').x, at(n).y - at('anna').y);
    expect(dist('bert')).toBeCloseTo(10);
    expect(dist('cora')).toBeCloseTo(10);
    expect(dist('dan')).toBeCloseTo(20);
  });
  it('follows only shown edges', () => {
    expect([...focusOn(g, 'anna', 2, (i) => i !== 2, 10).ring.keys()]).toEqual(['anna', 'bert', 'cora']);
  });
});

describe('mapLayout', () => {
  it('places places, their residents next to them, and lists who has no place', () => {
    const g = graphOf(
      [
        ['acme', 'LOCATED_IN', 'freedonia'],
        ['anna', 'CONTACTED', 'bert'],
      ],
      { freedonia: { lat: 10, lon: 20 } },
    );
    g.setNodeAttribute('anna', 'arts', [5]);
    g.setNodeAttribute('bert', 'arts', [5]);
    const { positions, offMap } = mapLayout(g);
    expect(positions.get('freedonia')).toEqual({ x: 20, y: 10 });
    const acme = positions.get('acme')!;
    expect(Math.hypot(acme.x - 20, acme.y - 10)).toBeLessThan(2);
    expect(offMap.sort()).toEqual(['anna', 'bert']);
  });
});
