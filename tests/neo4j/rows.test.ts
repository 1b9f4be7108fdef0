// Server-free parts of the Neo4j loader: options, adding up corpus contributions, rows, whitelisted Cypher.
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import {
  entityContributionOf,
  entityProps,
  relContributionOf,
  relProps,
} from '../../src/export/neo4j/contributions.js';
import { entityUpsertQuery, relUpsertQuery } from '../../src/export/neo4j/cypher.js';
import { DEFAULT_NEO4J_OPTIONS, neo4jOptionsFromEnv, resolveNeo4jOptions } from '../../src/export/neo4j/options.js';
import { defaultCorpusId, graphRows } from '../../src/export/neo4j/rows.js';
import type { EdgeType, EntityType } from '../../src/types.js';
import { fixtureGraph } from './fixture.js';

describe('options', () => {
  it('fills defaults and treats undefined as absent', () => {
    const o = resolveNeo4jOptions({ uri: undefined, user: undefined, batchSize: undefined });
    expect([o.uri, o.user, o.batchSize, o.replace]).toEqual([
      DEFAULT_NEO4J_OPTIONS.uri,
      DEFAULT_NEO4J_OPTIONS.user,
      10_000,
      false,
    ]);
  });

  it.each([
    [{ uri: 'http://localhost:7474' }],
    [{ uri: 'localhost:7687' }],
    [{ batchSize: 0 }],
    [{ batchSize: 2.5 }],
    [{ concurrency: 0 }],
    [{ concurrency: 17 }],
  ])('rejects %j with a USAGE error', (options) => {
    expect(() => resolveNeo4jOptions(options)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('reads NEO4J_* variables, leaving out empty ones', () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_USER: 'reader', NEO4J_PASSWORD: '', NEO4J_DATABASE: 'news' };
    expect(neo4jOptionsFromEnv(env)).toEqual({ uri: 'bolt://db:7687', user: 'reader', database: 'news' });
  });
});

describe('a single-corpus element read back as a contribution', () => {
  const relRow = graphRows(fixtureGraph()).relationships.find((g) => g.type === 'HOLDS_POSITION')!.rows[0]!;
  const entityRow = graphRows(fixtureGraph()).entities.get('Location')![0]!;

  it('gives an entity the same properties back', () => {
    const props = entityProps([{ corpus: 'a', value: entityRow.contribution }]);
    const stored = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null));
    expect(entityProps([{ corpus: 'a', value: entityContributionOf(stored, 'Location') }])).toEqual(props);
  });

  it('gives a relationship the same properties back', () => {
    const props = relProps('HOLDS_POSITION', [{ corpus: 'a', value: relRow.contribution }]);
    expect(relProps('HOLDS_POSITION', [{ corpus: 'a', value: relContributionOf({ ...props }, 'HOLDS_POSITION') }])).toEqual(props);
  });
});

describe('adding up contributions', () => {
  const a = { name: 'Mara Quellin', type: 'Person' as const, aliases: ['Quellin'], mentions: 4, articles: ['a1'] };
  const b = { name: 'M. Quellin', type: 'Person' as const, aliases: [], mentions: 1, articles: ['a2', 'a1'] };

  it('sums mentions, unites articles and names, keeps the name of the most-mentioned contribution', () => {
    expect(entityProps([{ corpus: 'y', value: b }, { corpus: 'x', value: a }])).toEqual({
      name: 'Mara Quellin',
      aliases: ['M. Quellin', 'Quellin'],
      mentions: 5,
      articles: ['a1', 'a2'],
      lat: null,
      lon: null,
      country: null,
    });
  });

  it('returns a single relationship contribution unchanged, and adds two up', () => {
    const r = { weight: 2, articles: ['a1'], evidence: ['S1', 'S2'], evidenceArticles: ['a1', 'a1'], dates: ['2024-01-02'], titles: ['Envoy'] };
    const s = { weight: 1, articles: ['a2'], evidence: ['S1', 'S3'], evidenceArticles: ['a1', 'a2'], dates: ['2024-01-01'], titles: ['Envoy'] };
    expect(relProps('HOLDS_POSITION', [{ corpus: 'x', value: r }])).toEqual(r);
    expect(relProps('HOLDS_POSITION', [{ corpus: 'x', value: r }, { corpus: 'y', value: s }])).toEqual({
      weight: 3,
      articles: ['a1', 'a2'],
      evidence: ['S1', 'S2', 'S3'],
      evidenceArticles: ['a1', 'a1', 'a2'],
      dates: ['2024-01-01', '2024-01-02'],
      titles: ['Envoy'],
    });
  });
});

describe('rows and queries', () => {
  it('splits the fixture into entity, article and relationship rows with article ids as Article keys', () => {
    const rows = graphRows(fixtureGraph());
    expect([...rows.entities].map(([t, r]) => [t, r.length])).toEqual([
      ['Person', 3],
      ['Organization', 2],
      ['Location', 2],
    ]);
    expect(rows.articles.map((r) => r.id)).toEqual(['harbor-talks_0a1b2c3d', 'ridge-clash_4e5f6a7b']);
    const quoted = rows.relationships.find((g) => g.type === 'QUOTED_IN')!;
    expect([quoted.sourceLabel, quoted.targetLabel, quoted.rows[0]!.target]).toEqual(['Entity', 'Article', 'harbor-talks_0a1b2c3d']);
  });

  it('derives a stable corpus id from the article ids', () => {
    const g = fixtureGraph();
    const id = defaultCorpusId(graphRows(g), g);
    expect(id).toMatch(/^corpus-[0-9a-f]{12}$/);
    expect(defaultCorpusId(graphRows(fixtureGraph()), fixtureGraph())).toBe(id);
  });

  it('refuses a node type outside the whitelist', () => {
    const g = fixtureGraph();
    g.setNodeAttribute('person:mara-quellin', 'type', 'Person`) DETACH DELETE n //' as EntityType);
    const err = (() => {
      try {
        graphRows(g);
      } catch (e) {
        return e;
      }
    })();
    expect(isKgError(err, 'INPUT_INVALID')).toBe(true);
  });

  it.each([
    ['entity', () => entityUpsertQuery('Robot' as EntityType)],
    ['relationship', () => relUpsertQuery('OWNS]->() DETACH DELETE n //' as EdgeType)],
  ])('never writes a non-whitelisted %s name into a query', (_, build) => {
    expect(build).toThrow(/not/);
  });
});
