// graph.json written in chunks: byte for byte what JSON.stringify(graph.export()) gives, on graphs with odd keys and values.
import { MultiDirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphJsonChunks, toGraphJson } from '../../src/export/json.js';
import { buildGraph, layoutGraph } from '../../src/graph/index.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import type { EdgeAttrs, GraphAttrs, NodeAttrs } from '../../src/types.js';
import { fixtureCorpus } from '../fixtures/corpus.js';
import { syntheticGraph } from '../neo4j/synthetic.js';

function oddGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  g.replaceAttributes({ name: 'odd "name"\u2028', articles: 0 });
  g.addNode('person:"quoted"\\slash', { label: 'Zoë \u0001 </script>', type: 'Person', aliases: [], mentions: 1, articles: [], x: -0.5, y: 1e21 });
  g.addNode('empty', {} as NodeAttrs);
  g.addEdgeWithKey('e\u0000', 'empty', 'person:"quoted"\\slash', {} as EdgeAttrs);
  g.addEdgeWithKey('e2', 'empty', 'empty', { type: 'MENTIONED_IN', weight: 2, articles: ['a'], dates: [], evidence: [] });
  return g;
}

describe('graphJsonChunks', () => {
  const fixture = buildGraph(fixtureCorpus());
  layoutGraph(fixture);
  it.each([
    ['the fixture graph', fixture],
    ['a synthetic graph', syntheticGraph(300, 900)],
    ['a graph with odd keys, empty attributes and a self-loop', oddGraph()],
    ['an empty graph', new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>() as KnowledgeGraph],
  ])('writes %s as JSON.stringify(graph.export()) does', (_name, graph) => {
    const expected = `${JSON.stringify(graph.export())}\n`;
    expect([...graphJsonChunks(graph)].join('')).toBe(expected);
    expect(toGraphJson(graph)).toBe(expected);
  });
});
