// The loader's Cypher: fixed texts, with labels and relationship types taken only from the whitelists in types.ts.
import { type EdgeType, ENTITY_TYPES, type EntityType, MENTIONED_IN, PREDICATES } from '../../types.js';
import type { NodeLabel } from './rows.js';

/** Uniqueness constraints, created before any write (Community edition supports these). */
export const CONSTRAINTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
] as const;

/** Waits until the constraints' backing indexes are online. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

const NODE_LABELS: readonly NodeLabel[] = ['Entity', 'Article'];
const EDGE_TYPES: readonly EdgeType[] = [...PREDICATES, MENTIONED_IN];

/** A whitelisted name: the only way a label or type reaches a query text. */
function checked<T extends string>(allowed: readonly T[], name: T): T {
  if (!allowed.includes(name) || !/^[A-Za-z_]+$/.test(name)) throw new Error(`not a whitelisted name: ${name}`);
  return name;
}

const LOCATION =
  'CASE WHEN row.props.lat IS NULL OR row.props.lon IS NULL THEN null ' +
  'ELSE point({latitude: row.props.lat, longitude: row.props.lon}) END';

/**
 * Replaces this corpus's contribution on an element `x` and returns the other corpora's contributions,
 * so the caller can add them up. `cs`/`xs` are the old parallel lists `corpora`/`contributions`.
 */
const SWAP_CONTRIBUTION = (x: string) => `
WITH ${x}, row, coalesce(${x}.corpora, []) AS cs, coalesce(${x}.contributions, []) AS xs
WITH ${x}, row, cs, xs, [i IN range(0, size(cs) - 1) WHERE cs[i] <> $corpus] AS keep
SET ${x}.corpora = [i IN keep | cs[i]] + $corpus, ${x}.contributions = [i IN keep | xs[i]] + row.contribution
WITH ${x}, row, cs, xs, keep WHERE size(keep) > 0
RETURN row.i AS i, elementId(${x}) AS eid, [i IN keep | cs[i]] AS corpora, [i IN keep | xs[i]] AS contributions`;

function entityUpsert(type: EntityType): string {
  return `UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${checked(ENTITY_TYPES, type)}
SET n += row.props, n.location = ${LOCATION}${SWAP_CONTRIBUTION('n')}`;
}

const ENTITY_UPSERT = new Map(ENTITY_TYPES.map((t) => [t, entityUpsert(t)]));

/** MERGE a batch of entities of one type on the constrained :Entity label, then add the type's label. */
export function entityUpsertQuery(type: EntityType): string {
  const query = ENTITY_UPSERT.get(type);
  if (!query) throw new Error(`not an entity type: ${type}`);
  return query;
}

/** MERGE a batch of articles; their `corpora` list records which corpora hold them. */
export const ARTICLE_UPSERT = `UNWIND $rows AS row
MERGE (n:Article {id: row.id})
SET n += row.props, n.corpora = [c IN coalesce(n.corpora, []) WHERE c <> $corpus] + $corpus`;

/** MERGE a batch of relationships of one type between two labels (ends matched through their constraints). */
export function relUpsertQuery(type: EdgeType, source: NodeLabel, target: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${checked(NODE_LABELS, source)} {id: row.s})
MATCH (b:${checked(NODE_LABELS, target)} {id: row.t})
MERGE (a)-[r:${checked(EDGE_TYPES, type)}]->(b)
SET r += row.props${SWAP_CONTRIBUTION('r')}`;
}

/** Writes added-up properties onto nodes found by element id (after SWAP_CONTRIBUTION met other corpora). */
export const NODE_FIXUP = `UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid
SET n += row.props, n.location = ${LOCATION}`;

/** Writes added-up properties onto relationships found by element id. */
export const REL_FIXUP = `UNWIND $rows AS row
MATCH ()-[r]->() WHERE elementId(r) = row.eid
SET r += row.props`;

/**
 * Removes a corpus from up to $limit elements matched by `pattern` (binding `x`); deletes those left with
 * no corpus and returns the others' remaining contributions to add up again (relationships: with their type).
 */
function removal(pattern: string, deleteClause: string, isRel: boolean): string {
  const type = isRel ? 'type(x) AS type, ' : '';
  const keepType = isRel ? 'type, ' : '';
  return `MATCH ${pattern} WHERE $corpus IN x.corpora
WITH x LIMIT $limit
WITH x, ${type}elementId(x) AS eid, coalesce(x.corpora, []) AS cs, coalesce(x.contributions, []) AS xs
WITH x, ${keepType}eid, xs, [i IN range(0, size(cs) - 1) WHERE cs[i] <> $corpus | cs[i]] AS corpora,
     [i IN range(0, size(cs) - 1) WHERE cs[i] <> $corpus | xs[i]] AS contributions
SET x.corpora = corpora, x.contributions = CASE WHEN size(xs) = 0 THEN null ELSE contributions END
FOREACH (_ IN CASE WHEN size(corpora) = 0 THEN [1] ELSE [] END | ${deleteClause})
WITH ${keepType}eid, corpora, contributions WHERE size(corpora) > 0
RETURN ${keepType}eid, corpora, contributions`;
}

/** Corpus removal, in the order it must run: relationships, then entities, then articles. */
export const REMOVE_CORPUS = {
  relationships: removal('()-[x]->()', 'DELETE x', true),
  entities: removal('(x:Entity)', 'DETACH DELETE x', false),
  articles: removal('(x:Article)', 'DETACH DELETE x', false),
} as const;
