// The loader's Cypher: fixed texts, with labels and relationship types taken only from the whitelists in types.ts.
import { type EdgeType, ENTITY_TYPES, type EntityType, MENTIONED_IN, PREDICATES } from '../../types.js';
import type { NodeLabel } from './rows.js';

/** Uniqueness constraints, created before any write (Community edition supports these). */
export const CONSTRAINTS = [
  'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE',
  'CREATE CONSTRAINT kg_corpus_id IF NOT EXISTS FOR (c:KgCorpus) REQUIRE c.id IS UNIQUE',
] as const;

/** The corpora recorded by `(:KgCorpus {id})` marker nodes, one per corpus loaded. */
export const KNOWN_CORPORA = 'MATCH (c:KgCorpus) RETURN c.id AS id ORDER BY id';

/** Corpora named on nodes (a database written before marker nodes existed): scanned once, when no marker exists. */
export const CORPORA_ON_NODES = `MATCH (n) WHERE n.corpora IS NOT NULL
UNWIND n.corpora AS c
RETURN DISTINCT c AS id ORDER BY id`;

/** Records corpora as loaded (before their rows are written, so an interrupted load is still known). */
export const REGISTER_CORPORA = 'UNWIND $ids AS id MERGE (:KgCorpus {id: id})';

/** Forgets a corpus once `replace` has taken its rows out. */
export const FORGET_CORPUS = 'MATCH (c:KgCorpus {id: $corpus}) DELETE c';

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

/** Sets an element `x` that only this corpus holds: its properties are the corpus's own contribution. */
const OWN = (x: string) => `${x} += row.props, ${x}.corpora = [$corpus], ${x}.contributions = null`;

/**
 * Shared path: writes an element `x` as OWN when no other corpus holds it; otherwise leaves it alone and
 * returns it (old `corpora`, `contributions` when shared by 2+ corpora, and properties) for the caller to
 * add up and write with NODE_FIXUP / REL_FIXUP.
 */
const OWN_OR_RETURN = (x: string, extra: string) => `
WITH ${x}, row, coalesce(${x}.corpora, []) AS cs
WITH ${x}, row, cs, [c IN cs WHERE c <> $corpus] AS others
FOREACH (_ IN CASE WHEN size(others) = 0 THEN [1] ELSE [] END | SET ${OWN(x)}${extra})
WITH ${x}, row, cs, others WHERE size(others) > 0
RETURN row.i AS i, elementId(${x}) AS eid, cs AS corpora, ${x}.contributions AS contributions, properties(${x}) AS props`;

/**
 * Which writer a load uses: `own` when no other corpus is in the database (plain properties), `shared`
 * otherwise (contributions added up). NOTE: CREATE instead of MERGE on an empty database was measured and
 * saved no server CPU, so there is no third path.
 */
export type WritePath = 'own' | 'shared';

function entityUpsert(type: EntityType, path: WritePath): string {
  const label = checked(ENTITY_TYPES, type);
  const location = `, n.location = ${LOCATION}`;
  const head = `UNWIND $rows AS row\nMERGE (n:Entity {id: row.id})\nSET n:${label}`;
  return path === 'own' ? `${head}, ${OWN('n')}${location}` : `${head}${OWN_OR_RETURN('n', location)}`;
}

const ENTITY_UPSERT = new Map(
  (['own', 'shared'] as const).flatMap((path) => ENTITY_TYPES.map((t) => [`${path}|${t}`, entityUpsert(t, path)])),
);

/** MERGE a batch of entities of one type on the constrained :Entity label, then add the type's label. */
export function entityUpsertQuery(type: EntityType, path: WritePath = 'shared'): string {
  const query = ENTITY_UPSERT.get(`${path}|${type}`);
  if (!query) throw new Error(`not an entity type: ${type}`);
  return query;
}

/** MERGE a batch of articles; their `corpora` list records which corpora hold them. */
export const ARTICLE_UPSERT = `UNWIND $rows AS row
MERGE (n:Article {id: row.id})
SET n += row.props, n.corpora = [c IN coalesce(n.corpora, []) WHERE c <> $corpus] + $corpus`;

/** MERGE a batch of relationships of one type between two labels (ends matched through their constraints). */
export function relUpsertQuery(type: EdgeType, source: NodeLabel, target: NodeLabel, path: WritePath = 'shared'): string {
  const ends = `UNWIND $rows AS row
MATCH (a:${checked(NODE_LABELS, source)} {id: row.s})
MATCH (b:${checked(NODE_LABELS, target)} {id: row.t})`;
  const rel = `(a)-[r:${checked(EDGE_TYPES, type)}]->(b)`;
  return path === 'own' ? `${ends}\nMERGE ${rel}\nSET ${OWN('r')}` : `${ends}\nMERGE ${rel}${OWN_OR_RETURN('r', '')}`;
}

/** Writes added-up properties onto nodes found by element id (after an upsert met other corpora). */
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
