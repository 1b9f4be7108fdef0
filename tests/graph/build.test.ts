import { describe, expect, it } from 'vitest';
import { articleKey, buildGraph, edgeKey, graphStats, layoutGraph } from '../../src/graph/index.js';
import { fixtureCorpus } from '../fixtures/corpus.js';

describe('buildGraph', () => {
  const graph = buildGraph(fixtureCorpus());

  it('has one node per entity and per article', () => {
    expect(graph.order).toBe(9);
    expect(graph.getNodeAttribute(articleKey('001_alpha-1a2b3c4d'), 'type')).toBe('Article');
    expect(graph.getNodeAttributes('person:anna-ortega')).toMatchObject({
      label: 'Anna Ortega',
      type: 'Person',
      aliases: ['Ortega'],
      mentions: 2,
      articles: ['001_alpha-1a2b3c4d'],
    });
  });

  it('merges the same fact from two articles into one weighted edge with both articles', () => {
    const key = edgeKey('CAPTURED', 'organization:northern-defence-forces', 'location:marvel-city');
    const e = graph.getEdgeAttributes(key);
    expect(e.weight).toBe(2);
    expect(e.articles).toEqual(['001_alpha-1a2b3c4d', '002_beta-5e6f7a8b']);
    expect(e.dates).toEqual(['2020-01-01', '2020-02-03']);
    expect(e.evidence.map((x) => x.sentence)).toEqual([
      'The Northern Defence Forces (NDF) recaptured Marvel City.',
      'Rufus Firefly said the NDF, backed by Freedonia, recaptured Marvel City on Monday.',
    ]);
  });

  it('keeps titles and quotes, points QUOTED_IN at the article, orients CONTACTED once', () => {
    expect(graph.getEdgeAttribute(edgeKey('HOLDS_POSITION', 'person:anna-ortega', 'location:freedonia'), 'titles')).toEqual([
      'President',
    ]);
    const quoted = edgeKey('QUOTED_IN', 'person:anna-ortega', articleKey('001_alpha-1a2b3c4d'));
    expect(graph.getEdgeAttribute(quoted, 'quotes')).toEqual(['We will rebuild the bridge,']);
    expect(graph.hasEdge(edgeKey('CONTACTED', 'person:anna-ortega', 'person:rufus-firefly'))).toBe(true);
    expect(graph.hasEdge(edgeKey('CONTACTED', 'person:rufus-firefly', 'person:anna-ortega'))).toBe(false);
  });

  it('drops self-loops and counts mentions per article', () => {
    graph.forEachEdge((_e, _a, s, t) => expect(s).not.toBe(t));
    const mentioned = edgeKey('MENTIONED_IN', 'person:anna-ortega', articleKey('001_alpha-1a2b3c4d'));
    expect(graph.getEdgeAttribute(mentioned, 'weight')).toBe(2);
  });

  it('counts by type and predicate', () => {
    const stats = graphStats(graph);
    expect(stats.entitiesByType).toEqual({ Person: 2, Organization: 2, Location: 3 });
    expect(stats.relationsByPredicate).toMatchObject({ CAPTURED: 1, HOLDS_POSITION: 1, SUPPORTED: 1, QUOTED_IN: 1, CONTACTED: 1 });
    expect(stats.articles).toBe(2);
  });

  it('marks a fact of a temporal predicate former when every mention states it as past', () => {
    const corpus = fixtureCorpus();
    // "the Northern Defence Forces, a former unit of the Freedonian army": PART_OF, over.
    corpus.extractions[0]!.relations.push({ predicate: 'PART_OF', subject: 5, object: 0, sentence: 2, status: 'former' });
    const g = buildGraph(corpus);
    expect(g.getEdgeAttribute(edgeKey('PART_OF', 'organization:northern-defence-forces', 'location:freedonia'), 'status')).toBe('former');
    expect(g.getEdgeAttribute(edgeKey('CAPTURED', 'organization:northern-defence-forces', 'location:marvel-city'), 'status')).toBeUndefined();
  });

  it('is deterministic, layout included', () => {
    const a = buildGraph(fixtureCorpus());
    const b = buildGraph(fixtureCorpus());
    layoutGraph(a);
    layoutGraph(b);
    expect(JSON.stringify(a.export())).toBe(JSON.stringify(b.export()));
    a.forEachNode((_n, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
    });
  });
});
