// Counts for summaries: entities by type, relations by predicate.
import { ENTITY_TYPES, MENTIONED_IN, PREDICATES } from '../types.js';
import type { KnowledgeGraph } from './types.js';

export interface GraphStats {
  articles: number;
  entities: number;
  entitiesByType: Record<string, number>;
  relations: number;
  relationsByPredicate: Record<string, number>;
  mentionEdges: number;
}

/** Counts nodes by type and edges by predicate (all types listed, zeros included). */
export function graphStats(graph: KnowledgeGraph): GraphStats {
  const entitiesByType: Record<string, number> = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  const relationsByPredicate: Record<string, number> = Object.fromEntries(PREDICATES.map((p) => [p, 0]));
  let articles = 0;
  let mentionEdges = 0;
  graph.forEachNode((_, a) => {
    if (a.type === 'Article') articles++;
    else entitiesByType[a.type] = (entitiesByType[a.type] ?? 0) + 1;
  });
  graph.forEachEdge((_, a) => {
    if (a.type === MENTIONED_IN) mentionEdges++;
    else relationsByPredicate[a.type] = (relationsByPredicate[a.type] ?? 0) + 1;
  });
  const sum = (r: Record<string, number>) => Object.values(r).reduce((s, n) => s + n, 0);
  return {
    articles,
    entities: sum(entitiesByType),
    entitiesByType,
    relations: sum(relationsByPredicate),
    relationsByPredicate,
    mentionEdges,
  };
}
