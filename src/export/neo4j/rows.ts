// Turns a KnowledgeGraph into loader rows: entity and article nodes, relationships grouped by type and end labels.
import { createHash } from 'node:crypto';
import { KgError } from '../../errors.js';
import type { KnowledgeGraph } from '../../graph/types.js';
import { predicateSpec } from '../../predicates.js';
import {
  type EdgeAttrs,
  type EdgeType,
  ENTITY_TYPES,
  type EntityType,
  MENTIONED_IN,
  type NodeAttrs,
  PREDICATES,
} from '../../types.js';
import { type EntityContribution, mergeRelContributions, type RelContribution } from './contributions.js';

/** The two node labels every node is merged on (both have a uniqueness constraint on `id`). */
export type NodeLabel = 'Entity' | 'Article';

export interface EntityRow {
  id: string;
  contribution: EntityContribution;
}

export interface ArticleRow {
  id: string;
  props: { key: string; title: string; date: string | null; source: string | null; path: string | null; mentions: number };
}

export interface RelRow {
  source: string;
  target: string;
  contribution: RelContribution;
}

/** Relationships of one type between one pair of labels: the unit a single Cypher statement loads. */
export interface RelGroup {
  type: EdgeType;
  sourceLabel: NodeLabel;
  targetLabel: NodeLabel;
  rows: RelRow[];
}

export interface GraphRows {
  /** Entity rows by type, in ENTITY_TYPES order. */
  entities: Map<EntityType, EntityRow[]>;
  articles: ArticleRow[];
  relationships: RelGroup[];
  /** Article ids of the graph, sorted: the default corpus id hashes them. */
  articleIds: string[];
}

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const EDGE_TYPES: readonly EdgeType[] = [...PREDICATES, MENTIONED_IN];
const EDGE_TYPE_SET: ReadonlySet<string> = new Set(EDGE_TYPES);

/** The stored `id` of a node: the graphology key for entities, the article id for articles. */
export function nodeId(key: string, attrs: NodeAttrs): string {
  return attrs.type === 'Article' && attrs.articles.length === 1 ? attrs.articles[0]! : key;
}

/** The label a node is stored under; throws KgError('INPUT_INVALID') on a type outside the whitelist. */
export function nodeLabel(key: string, attrs: NodeAttrs): NodeLabel {
  if (attrs.type === 'Article') return 'Article';
  if (ENTITY_TYPE_SET.has(attrs.type)) return 'Entity';
  throw new KgError(
    'INPUT_INVALID',
    `node "${key}" has type "${String(attrs.type)}"; expected one of ${[...ENTITY_TYPES, 'Article'].join(', ')}`,
  );
}

/** Throws KgError('INPUT_INVALID') on an edge type outside the whitelist. */
export function checkEdgeType(key: string, attrs: EdgeAttrs): void {
  if (!EDGE_TYPE_SET.has(attrs.type)) {
    throw new KgError('INPUT_INVALID', `edge "${key}" has type "${String(attrs.type)}"; expected one of ${EDGE_TYPES.join(', ')}`);
  }
}

/** Splits the graph into rows; throws KgError('INPUT_INVALID') on a node or edge type outside the whitelist. */
export function graphRows(graph: KnowledgeGraph): GraphRows {
  const entities = new Map<EntityType, EntityRow[]>(ENTITY_TYPES.map((t) => [t, []]));
  const articles: ArticleRow[] = [];
  const ends = new Map<string, { id: string; label: NodeLabel }>();
  graph.forEachNode((key, attrs) => {
    const id = nodeId(key, attrs);
    const label = nodeLabel(key, attrs);
    ends.set(key, { id, label });
    if (label === 'Article') articles.push({ id, props: articleProps(key, attrs) });
    else entities.get(attrs.type as EntityType)!.push({ id, contribution: entityContribution(attrs) });
  });
  const articleIds = articles.map((a) => a.id).sort();
  return { entities, articles, relationships: relationshipGroups(graph, ends), articleIds };
}

function relationshipGroups(graph: KnowledgeGraph, ends: Map<string, { id: string; label: NodeLabel }>): RelGroup[] {
  const groups = new Map<string, RelGroup>();
  const byPair = new Map<string, RelRow>();
  graph.forEachEdge((key, attrs, source, target) => {
    checkEdgeType(key, attrs);
    const s = ends.get(source)!;
    const t = ends.get(target)!;
    const groupKey = `${attrs.type}|${s.label}|${t.label}`;
    const pairKey = `${groupKey}|${s.id}\u0000${t.id}`;
    const contribution = relContribution(attrs);
    const existing = byPair.get(pairKey);
    // Neo4j keeps one relationship per (source, type, target): parallel graphology edges add up.
    if (existing) {
      existing.contribution = mergeRelContributions(existing.contribution, contribution);
      return;
    }
    let group = groups.get(groupKey);
    if (!group) {
      group = { type: attrs.type, sourceLabel: s.label, targetLabel: t.label, rows: [] };
      groups.set(groupKey, group);
    }
    const row = { source: s.id, target: t.id, contribution };
    byPair.set(pairKey, row);
    group.rows.push(row);
  });
  return [...groups.values()];
}

export function entityContribution(attrs: NodeAttrs): EntityContribution {
  const c: EntityContribution = {
    name: attrs.label,
    type: attrs.type as EntityType,
    aliases: attrs.aliases ?? [],
    mentions: attrs.mentions ?? 0,
    articles: attrs.articles ?? [],
  };
  if (typeof attrs.lat === 'number' && typeof attrs.lon === 'number') {
    c.lat = attrs.lat;
    c.lon = attrs.lon;
  }
  if (attrs.country) c.country = attrs.country;
  return c;
}

export function articleProps(key: string, attrs: NodeAttrs): ArticleRow['props'] {
  return {
    key,
    title: attrs.title || attrs.label || '',
    date: attrs.date ?? null,
    source: attrs.source ?? null,
    path: attrs.path ?? null,
    mentions: attrs.mentions ?? 0,
  };
}

export function relContribution(attrs: EdgeAttrs): RelContribution {
  const evidence = attrs.evidence ?? [];
  const c: RelContribution = {
    weight: attrs.weight ?? 1,
    articles: attrs.articles ?? [],
    evidence: evidence.map((e) => e.sentence),
    evidenceArticles: evidence.map((e) => e.article),
    dates: attrs.dates ?? [],
  };
  if (attrs.type === MENTIONED_IN) return c;
  for (const extra of predicateSpec(attrs.type).extras) c[extra] = attrs[extra] ?? [];
  if (attrs.confidence !== undefined) c.confidence = attrs.confidence;
  if (attrs.status) c.status = attrs.status;
  return c;
}

/** The default corpus id: a stable hash of the graph's sorted article ids (of its node keys when it has none). */
export function defaultCorpusId(rows: GraphRows, graph: KnowledgeGraph): string {
  return corpusIdOf(rows.articleIds, graph);
}

/** The default corpus id of a graph whose sorted article ids are `articleIds`. */
export function corpusIdOf(articleIds: readonly string[], graph: KnowledgeGraph): string {
  const ids = articleIds.length ? articleIds : graph.nodes().sort();
  const hash = createHash('sha256');
  for (const id of ids) hash.update(id).update('\u0000');
  return `corpus-${hash.digest('hex').slice(0, 12)}`;
}
