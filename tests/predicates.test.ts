import { describe, expect, it } from 'vitest';
import { combineConfidence } from '../src/graph/confidence.js';
import { ENTITY_PREDICATES, objectIsArticle, PREDICATE_SPECS, PREDICATES, predicateSpec, predicatesWith, typesFit } from '../src/predicates.js';

describe('predicate registry', () => {
  it('lists the nine predicates once, in registry order', () => {
    expect(PREDICATES).toEqual(PREDICATE_SPECS.map((p) => p.name));
    expect(new Set(PREDICATES).size).toBe(9);
  });

  it('describes symmetry, article objects and extra attributes', () => {
    expect(PREDICATES.filter((p) => predicateSpec(p).symmetric)).toEqual(['CONTACTED']);
    expect(PREDICATES.filter(objectIsArticle)).toEqual(['QUOTED_IN']);
    expect(ENTITY_PREDICATES).not.toContain('QUOTED_IN');
    expect(predicatesWith('titles')).toEqual(['HOLDS_POSITION']);
    expect(predicatesWith('quotes')).toEqual(['QUOTED_IN']);
  });

  it.each([
    ['QUOTED_IN', 'Person', undefined, true],
    ['QUOTED_IN', 'Organization', undefined, false],
    ['HOLDS_POSITION', 'Person', 'Organization', true],
    ['HOLDS_POSITION', 'Organization', 'Organization', false],
    ['CAPTURED', 'Organization', 'Location', true],
    ['CAPTURED', 'Organization', 'Person', false],
    ['LOCATED_IN', 'Person', 'Location', false],
  ] as const)('%s %s → %s fits: %s', (p, s, o, fits) => {
    expect(typesFit(p, s, o)).toBe(fits);
  });

  it('throws a clear error for a name outside the registry', () => {
    expect(() => predicateSpec('OWNS' as never)).toThrow(/unknown predicate OWNS; expected one of HOLDS_POSITION/);
  });
});

describe('edge confidence', () => {
  it.each([
    [[0.6], 0.6],
    [[0.6, 0.6], 0.84],
    [[0.6, 0.6, 0.6], 0.94],
    [[0.9, 0.9, 0.9, 0.9], 0.99],
    [[1, 0.5], 1],
    [[], 0],
  ])('%j → %s', (cs, expected) => {
    expect(combineConfidence(cs)).toBe(expected);
  });

  it('combines more mentions than a function call takes arguments (an edge of a large corpus)', () => {
    expect(combineConfidence(new Array<number>(500_000).fill(0.3))).toBe(0.99);
  });
});
