// Hand-made knowledge graphs (invented names) for the Neo4j loader tests, plus a small Cypher helper.
import { MultiDirectedGraph } from 'graphology';
import neo4j from 'neo4j-driver';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import type { EdgeAttrs, EdgeType, EntityType, Evidence, NodeAttrs } from '../../src/types.js';

/** Adds an entity node keyed like the graph stage does (`person:mara-quellin`). */
export function addEntity(
  g: KnowledgeGraph,
  type: EntityType,
  name: string,
  extra: Partial<NodeAttrs> = {},
): string {
  const key = `${type.toLowerCase()}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  g.addNode(key, { label: name, type, aliases: [], mentions: 1, articles: [], x: 0, y: 0, ...extra });
  return key;
}

/** Adds an article node keyed `article:<id>`. */
export function addArticle(g: KnowledgeGraph, id: string, title: string, date: string): string {
  const key = `article:${id}`;
  g.addNode(key, {
    label: title,
    type: 'Article',
    aliases: [],
    mentions: 3,
    articles: [id],
    x: 0,
    y: 0,
    title,
    date,
    source: 'Example Wire',
    path: `news/${id}.txt`,
  });
  return key;
}

/** Adds a fact edge backed by evidence sentences ([article id, sentence] pairs). */
export function addFact(
  g: KnowledgeGraph,
  type: EdgeType,
  source: string,
  target: string,
  evidence: [string, string][],
  extra: Partial<EdgeAttrs> = {},
): void {
  const ev: Evidence[] = evidence.map(([article, sentence]) => ({ article, sentence, start: 0, end: sentence.length }));
  const articles = [...new Set(evidence.map(([a]) => a))].sort();
  const attrs: EdgeAttrs = { type, weight: evidence.length, articles, dates: ['2024-03-02'], evidence: ev, ...extra };
  g.addEdgeWithKey(`${type}:${source}->${target}`, source, target, attrs);
}

/** The main fixture: three people, two organizations, two places, two articles, all nine predicates. */
export function fixtureGraph(): KnowledgeGraph {
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, { name: string; articles: number }>();
  g.replaceAttributes({ name: 'fixture', articles: 2 });
  const a1 = addArticle(g, 'harbor-talks_0a1b2c3d', 'Harbor talks resume in Vellmore', '2024-03-02');
  const a2 = addArticle(g, 'ridge-clash_4e5f6a7b', 'Clash near Kestrel Ridge', '2024-03-04');
  const mara = addEntity(g, 'Person', 'Mara Quellin', { aliases: ['Quellin'], mentions: 4, articles: ['harbor-talks_0a1b2c3d'] });
  const tobias = addEntity(g, 'Person', 'Tobias Venn', { mentions: 2, articles: ['harbor-talks_0a1b2c3d'] });
  const ilse = addEntity(g, 'Person', 'Ilse Dorrance', { mentions: 2, articles: ['ridge-clash_4e5f6a7b'] });
  const assembly = addEntity(g, 'Organization', 'Northwind Assembly', { mentions: 3, articles: ['harbor-talks_0a1b2c3d'] });
  const guard = addEntity(g, 'Organization', 'Harbor Guard', { mentions: 2, articles: ['ridge-clash_4e5f6a7b'] });
  const vellmore = addEntity(g, 'Location', 'Vellmore', { lat: 12.5, lon: -45.25, country: 'ZZ', mentions: 3 });
  const ridge = addEntity(g, 'Location', 'Kestrel Ridge', { lat: 13, lon: -44, country: 'ZZ', mentions: 2 });
  const [h, r] = ['harbor-talks_0a1b2c3d', 'ridge-clash_4e5f6a7b'];
  addFact(g, 'HOLDS_POSITION', mara, assembly, [[h, 'Harbor Minister Mara Quellin of the Northwind Assembly spoke.']], {
    titles: ['Harbor Minister'],
  });
  addFact(g, 'AFFILIATED_WITH', tobias, assembly, [[h, 'Tobias Venn, a Northwind Assembly delegate, agreed.']]);
  addFact(g, 'PART_OF', guard, assembly, [[r, 'The Harbor Guard is part of the Northwind Assembly.']]);
  addFact(g, 'LOCATED_IN', ridge, vellmore, [[r, 'Kestrel Ridge lies north of Vellmore.']]);
  addFact(g, 'CAPTURED', guard, ridge, [
    [r, 'The Harbor Guard captured Kestrel Ridge on Monday.'],
    [h, 'Kestrel Ridge fell to the Harbor Guard.'],
  ]);
  addFact(g, 'ATTACKED', ilse, guard, [[r, 'Fighters loyal to Ilse Dorrance attacked the Harbor Guard.']]);
  addFact(g, 'SUPPORTED', assembly, guard, [[r, 'The Northwind Assembly backed the Harbor Guard.']]);
  addFact(g, 'CONTACTED', mara, tobias, [[h, 'Mara Quellin met Tobias Venn in Vellmore.']]);
  addFact(g, 'QUOTED_IN', mara, a1, [[h, '"We will reopen the port," Quellin said.']], {
    quotes: ['We will reopen the port'],
  });
  for (const [entity, article, count] of [
    [mara, a1, 4],
    [tobias, a1, 2],
    [assembly, a1, 3],
    [vellmore, a1, 3],
    [ilse, a2, 2],
    [guard, a2, 2],
    [ridge, a2, 2],
  ] as const) {
    g.addEdgeWithKey(`MENTIONED_IN:${entity}->${article}`, entity, article, {
      type: 'MENTIONED_IN',
      weight: count,
      articles: [g.getNodeAttribute(article, 'articles')[0]!],
      dates: [g.getNodeAttribute(article, 'date')!],
      evidence: [],
    });
  }
  return g;
}

/** Node and relationship counts a graph should produce in Neo4j, by label and by type. */
export function expectedCounts(g: KnowledgeGraph): { labels: Record<string, number>; types: Record<string, number> } {
  const labels: Record<string, number> = {};
  const types: Record<string, number> = {};
  g.forEachNode((_, a) => {
    labels[a.type] = (labels[a.type] ?? 0) + 1;
  });
  g.forEachEdge((_, a) => {
    types[a.type] = (types[a.type] ?? 0) + 1;
  });
  return { labels, types };
}

/** Opens a driver to the test server and runs Cypher, returning plain objects. */
export function cypherClient(uri: string, user: string, password: string | undefined) {
  const driver = neo4j.driver(uri, password === undefined ? undefined : neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
  });
  return {
    driver,
    async run(query: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
      const result = await driver.executeQuery(query, params);
      return result.records.map((r) => r.toObject());
    },
    close: () => driver.close(),
  };
}
