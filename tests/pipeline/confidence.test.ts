// Every relation edge carries a confidence, exported everywhere, and --min-confidence trims the graph.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFromInputs } from '../../src/pipeline.js';
import { ENTITY_PREDICATES, PREDICATES } from '../../src/predicates.js';
import type { KnowledgeGraph } from '../../src/graph/types.js';

const relationEdges = (g: KnowledgeGraph) => g.filterEdges((_, a) => (PREDICATES as readonly string[]).includes(a.type));

describe('edge confidence on the seed articles', () => {
  let all: KnowledgeGraph;
  let trimmed: KnowledgeGraph;

  beforeAll(async () => {
    all = (await buildFromInputs(['seeds'], { layout: false })).graph;
    trimmed = (await buildFromInputs(['seeds'], { layout: false, minConfidence: 0.9 })).graph;
  });

  it('gives every relation edge a confidence in (0, 1]', () => {
    const edges = relationEdges(all);
    expect(edges.length).toBeGreaterThan(20);
    for (const e of edges) {
      const c = all.getEdgeAttribute(e, 'confidence');
      expect(c).toBeGreaterThan(0);
      expect(c).toBeLessThanOrEqual(1);
    }
  });

  it('leaves out relations under --min-confidence and keeps the rest unchanged', () => {
    const kept = relationEdges(trimmed);
    expect(kept.length).toBeLessThan(relationEdges(all).length);
    for (const e of kept) {
      expect(trimmed.getEdgeAttribute(e, 'confidence')).toBeGreaterThanOrEqual(0.9);
      expect(trimmed.getEdgeAttributes(e)).toEqual(all.getEdgeAttributes(e));
    }
    expect(trimmed.order).toBe(all.order);
  });

  it('keeps entity-to-entity and quote edges apart', () => {
    const types = new Set(relationEdges(all).map((e) => all.getEdgeAttribute(e, 'type')));
    expect([...types].some((t) => (ENTITY_PREDICATES as readonly string[]).includes(t))).toBe(true);
    expect(types.has('QUOTED_IN')).toBe(true);
  });
});
