// Seeded random knowledge graphs of a given size, for the mid-load test and scripts/bench-neo4j.ts.
import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/graph/types.js';
import { type EdgeAttrs, ENTITY_TYPES, type GraphAttrs, type NodeAttrs, PREDICATES } from '../../src/types.js';
import { mulberry32 as random } from '../../src/random.js';


/**
 * A graph of `entities` entities (types round-robin), one article per 100 entities, and `relationships`
 * distinct relationships: predicates between entities (QUOTED_IN to articles) and MENTIONED_IN, each with
 * one evidence sentence. Same arguments, same graph.
 */
export function syntheticGraph(entities: number, relationships: number, seed = 42): KnowledgeGraph {
  const rand = random(seed);
  const g: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  const articleCount = Math.max(1, Math.ceil(entities / 100));
  const articleIds = Array.from({ length: articleCount }, (_, i) => `synthetic-${i}_${(i * 2654435761) >>> 0}`);
  for (const id of articleIds) {
    g.addNode(`article:${id}`, {
      label: id,
      type: 'Article',
      aliases: [],
      mentions: 0,
      articles: [id],
      x: 0,
      y: 0,
      title: `Synthetic article ${id}`,
      date: '2024-01-01',
      path: `synthetic/${id}.txt`,
    });
  }
  for (let i = 0; i < entities; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const attrs: NodeAttrs = { label: `Entity ${i}`, type, aliases: [`E${i}`], mentions: 1 + (i % 7), articles: [articleIds[i % articleCount]!], x: 0, y: 0 };
    if (type === 'Location') Object.assign(attrs, { lat: rand() * 180 - 90, lon: rand() * 360 - 180, country: 'ZZ' });
    g.addNode(`e:${i}`, attrs);
  }
  const types = [...PREDICATES, 'MENTIONED_IN'] as const;
  while (g.size < relationships) {
    const type = types[Math.floor(rand() * types.length)]!;
    const source = `e:${Math.floor(rand() * entities)}`;
    const article = articleIds[Math.floor(rand() * articleCount)]!;
    const toArticle = type === 'QUOTED_IN' || type === 'MENTIONED_IN';
    const target = toArticle ? `article:${article}` : `e:${Math.floor(rand() * entities)}`;
    const key = `${type}:${source}->${target}`;
    if (source === target || g.hasEdge(key)) continue;
    const sentence = `Sentence ${g.size} says ${source} ${type.toLowerCase()} ${target}.`;
    const attrs: EdgeAttrs = {
      type,
      weight: 1 + Math.floor(rand() * 3),
      articles: [article],
      dates: ['2024-01-01'],
      evidence: type === 'MENTIONED_IN' ? [] : [{ article, sentence, start: 0, end: sentence.length }],
    };
    if (type === 'HOLDS_POSITION') attrs.titles = ['Director'];
    if (type === 'QUOTED_IN') attrs.quotes = ['a quoted clause'];
    g.addEdgeWithKey(key, source, target, attrs);
  }
  return g;
}
