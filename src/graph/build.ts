// Builds the knowledge graph from a resolved corpus: one node per entity and article, one edge per fact.
import { MultiDirectedGraph } from 'graphology';
import type {
  Article,
  EdgeAttrs,
  EdgeType,
  Evidence,
  GraphAttrs,
  MentionRelation,
  NodeAttrs,
  ResolvedCorpus,
  ResolvedEntity,
} from '../types.js';
import { MENTIONED_IN } from '../types.js';
import { compareCodeUnits as cmp } from '../compare.js';
import { type FactStatus, objectIsArticle, predicateSpec, typesFit } from '../predicates.js';
import { combineConfidence } from './confidence.js';
import type { KnowledgeGraph } from './types.js';

/**
 * Most evidence sentences and quotes kept on one edge (the first by article and position); `weight`
 * counts all. Each quote arrives already bounded by extraction (see relations/quote-spans.ts).
 */
export const MAX_EVIDENCE_PER_EDGE = 100;

/** What buildGraph can leave out. */
export interface GraphOptions {
  /** Relations whose confidence is below this are left out (MENTIONED_IN edges are always kept). @default 0 */
  minConfidence?: number;
  /** Graph name. @default 'news-kg' */
  name?: string;
}

/** Node key of an article. */
export function articleKey(articleId: string): string {
  return `article:${articleId}`;
}

/** Deterministic edge key: one edge per (type, source, target). */
export function edgeKey(type: EdgeType, source: string, target: string): string {
  return `${type}:${source}->${target}`;
}

/**
 * An edge being gathered. Most are MENTIONED_IN edges: the parts only facts have are made with the first fact.
 * Articles and dates are lists with repeats, made unique when the edge is written, not two Sets per edge held
 * until the graph is built: most edges have one article, and a Set is several times a one-element list's size.
 */
interface PendingEdge {
  type: EdgeType;
  source: string;
  target: string;
  weight: number;
  articles: string[];
  dates: string[];
  facts?: FactParts;
}

interface FactParts {
  evidence: Map<string, Evidence>;
  titles: Set<string>;
  quotes: Set<string>;
  confidences: number[];
  statuses: Set<FactStatus | 'current'>;
}

/**
 * Builds the graph. Nodes and edges are inserted in sorted key order and every list attribute is
 * sorted, so the same corpus always gives the same graph (positions are set later by the layout).
 */
export function buildGraph(corpus: ResolvedCorpus, options: GraphOptions = {}): KnowledgeGraph {
  const minConfidence = options.minConfidence ?? 0;
  const graph: KnowledgeGraph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs, GraphAttrs>();
  graph.replaceAttributes({ name: options.name ?? 'news-kg', articles: corpus.extractions.length });
  const entityStats = countEntityMentions(corpus);
  const edges = collectEdges(corpus);

  const entities = [...corpus.entities].sort((a, b) => cmp(a.id, b.id));
  for (const entity of entities) {
    const stats = entityStats.get(entity.id);
    if (!stats) continue; // every mention was dropped
    graph.addNode(entity.id, entityAttrs(entity, stats));
  }
  const order = corpus.extractions.map((_, i) => i);
  order.sort((a, b) => cmp(corpus.extractions[a]!.article.id, corpus.extractions[b]!.article.id));
  for (const i of order) {
    const mentions = (corpus.mentionEntity[i] ?? []).filter((id) => id !== null).length;
    const article = corpus.extractions[i]!.article;
    graph.mergeNode(articleKey(article.id), articleAttrs(article, mentions));
  }
  // The default sort orders strings by UTF-16 code units, as cmp does, without a call per comparison.
  for (const key of [...edges.keys()].sort()) {
    const e = edges.get(key)!;
    if (!graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (e.type !== MENTIONED_IN && !typesFit(e.type, graph.getNodeAttribute(e.source, 'type'), graph.getNodeAttribute(e.target, 'type'))) continue;
    const attrs = edgeAttrs(e);
    if ((attrs.confidence ?? 1) < minConfidence) continue;
    graph.addEdgeWithKey(key, e.source, e.target, attrs);
  }
  return graph;
}

interface EntityStats {
  mentions: number;
  articles: Set<string>;
}

function countEntityMentions(corpus: ResolvedCorpus): Map<string, EntityStats> {
  const stats = new Map<string, EntityStats>();
  corpus.extractions.forEach((x, i) => {
    for (const id of corpus.mentionEntity[i] ?? []) {
      if (id === null) continue;
      const s = stats.get(id) ?? { mentions: 0, articles: new Set<string>() };
      stats.set(id, s);
      s.mentions++;
      s.articles.add(x.article.id);
    }
  });
  return stats;
}

function entityAttrs(entity: ResolvedEntity, stats: EntityStats): NodeAttrs {
  const attrs: NodeAttrs = {
    label: entity.name,
    type: entity.type,
    aliases: [...entity.aliases].sort(),
    mentions: stats.mentions,
    articles: [...stats.articles].sort(),
    x: 0,
    y: 0,
  };
  if (entity.geo) {
    attrs.lat = entity.geo.lat;
    attrs.lon = entity.geo.lon;
    attrs.country = entity.geo.country;
  }
  return attrs;
}

function articleAttrs(article: Article, mentions: number): NodeAttrs {
  const attrs: NodeAttrs = {
    label: article.title || article.id,
    type: 'Article',
    aliases: [],
    mentions,
    articles: [article.id],
    x: 0,
    y: 0,
    title: article.title,
    path: article.path,
  };
  if (article.date) attrs.date = article.date;
  if (article.source) attrs.source = article.source;
  return attrs;
}

function collectEdges(corpus: ResolvedCorpus): Map<string, PendingEdge> {
  const edges = new Map<string, PendingEdge>();
  const perArticle = new Map<string, number>();
  corpus.extractions.forEach((x, i) => {
    const ids = corpus.mentionEntity[i] ?? [];
    const article = x.article;
    const articleNode = articleKey(article.id);
    // One MENTIONED_IN update per entity and article, weighted by its mentions there.
    perArticle.clear();
    for (const id of ids) if (id !== null) perArticle.set(id, (perArticle.get(id) ?? 0) + 1);
    for (const [id, count] of perArticle) {
      const e = pending(edges, MENTIONED_IN, id, articleNode);
      e.weight += count;
      e.articles.push(article.id);
      if (article.date) e.dates.push(article.date);
    }
    for (const rel of x.relations) {
      const ends = relationEnds(rel, ids, article.id);
      if (!ends) continue;
      const e = pending(edges, rel.predicate, ends[0], ends[1]);
      e.weight++;
      addEvidence(e, rel, x.sentences[rel.sentence], article);
    }
  });
  return edges;
}

/** Source and target node keys of a relation, or null when an end was dropped or it loops. */
function relationEnds(rel: MentionRelation, ids: (string | null)[], articleId: string): [string, string] | null {
  const s = ids[rel.subject] ?? null;
  const o = objectIsArticle(rel.predicate) ? articleKey(articleId) : (ids[rel.object] ?? null);
  if (s === null || o === null || s === o) return null;
  // A symmetric predicate has one edge per unordered pair.
  if (predicateSpec(rel.predicate).symmetric && o < s) return [o, s];
  return [s, o];
}

function pending(edges: Map<string, PendingEdge>, type: EdgeType, source: string, target: string): PendingEdge {
  const key = edgeKey(type, source, target);
  let e = edges.get(key);
  if (!e) {
    e = { type, source, target, weight: 0, articles: [], dates: [] };
    edges.set(key, e);
  }
  return e;
}

function addEvidence(
  e: PendingEdge,
  rel: MentionRelation,
  sentence: { start: number; end: number; text: string } | undefined,
  article: Article,
): void {
  e.articles.push(article.id);
  const date = rel.date ?? article.date;
  if (date) e.dates.push(date);
  if (!e.facts) e.facts = { evidence: new Map(), titles: new Set(), quotes: new Set(), confidences: [], statuses: new Set() };
  const f = e.facts;
  const quote = rel.quote;
  if (rel.title) f.titles.add(rel.title);
  if (quote && f.quotes.size < MAX_EVIDENCE_PER_EDGE) f.quotes.add(quote);
  f.confidences.push(rel.confidence ?? 1);
  f.statuses.add(rel.status ?? 'current');
  if (!sentence) return;
  const key = `${article.id}\u0000${String(sentence.start).padStart(10, '0')}`;
  if (f.evidence.has(key) || f.evidence.size >= MAX_EVIDENCE_PER_EDGE) return;
  const ev: Evidence = { article: article.id, sentence: sentence.text, start: sentence.start, end: sentence.end };
  if (date) ev.date = date;
  if (rel.title) ev.title = rel.title;
  if (quote) ev.quote = quote;
  if (rel.confidence !== undefined) ev.confidence = rel.confidence;
  if (rel.status) ev.status = rel.status;
  f.evidence.set(key, ev);
}

// String lists: the default sort is cmp's order (UTF-16 code units) without a call per comparison.
const sorted = (values: Iterable<string> | undefined): string[] => (values ? [...values].sort() : []);

/** The distinct strings of a list, sorted as `sorted` sorts them (the list is sorted in place). */
function uniqueSorted(list: string[]): string[] {
  if (list.length < 2) return list;
  list.sort();
  return list.filter((v, i) => i === 0 || v !== list[i - 1]);
}

function edgeAttrs(e: PendingEdge): EdgeAttrs {
  const f = e.facts;
  const attrs: EdgeAttrs = {
    type: e.type,
    weight: e.weight,
    articles: uniqueSorted(e.articles),
    dates: uniqueSorted(e.dates),
    evidence: f ? [...f.evidence.keys()].sort().map((k) => f.evidence.get(k)!) : [],
  };
  if (e.type === MENTIONED_IN) return attrs;
  const spec = predicateSpec(e.type);
  if (spec.extras.includes('titles')) attrs.titles = sorted(f?.titles);
  if (spec.extras.includes('quotes')) attrs.quotes = sorted(f?.quotes);
  attrs.confidence = combineConfidence(f?.confidences ?? []);
  if (spec.temporal && f?.statuses.size === 1 && f.statuses.has('former')) attrs.status = 'former';
  return attrs;
}
