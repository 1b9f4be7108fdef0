// The loader's Cypher: fixed texts, with labels and relationship types taken only from the whitelists in types.ts.
import { predicateSpec } from '../../predicates.js';
import { type EdgeType, ENTITY_TYPES, type EntityType, MENTIONED_IN, PREDICATES } from '../../types.js';

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

const EDGE_TYPES: readonly EdgeType[] = [...PREDICATES, MENTIONED_IN];

/** A whitelisted name: the only way a label or type reaches a query text. */
function checked<T extends string>(allowed: readonly T[], name: T): T {
  if (!allowed.includes(name) || !/^[A-Za-z_]+$/.test(name)) throw new Error(`not a whitelisted name: ${name}`);
  return name;
}

/**
 * Batches go over as columns, not as a list of row maps: `$id` (or `$s`/`$t` for relationships) and one list
 * `$p_<key>` per property, all indexed by the row number `i`. Both the driver and the server handle a few long
 * lists faster than thousands of small maps. Property keys come from these fixed lists only.
 */
export const ENTITY_KEYS = ['name', 'aliases', 'mentions', 'articles', 'lat', 'lon', 'country'] as const;
export const ARTICLE_KEYS = ['key', 'title', 'date', 'source', 'path', 'mentions'] as const;
const REL_KEYS = ['weight', 'articles', 'evidence', 'evidenceArticles', 'dates'] as const;

/** The relationship properties a type carries: the common ones plus `count`, `titles` or `quotes`. */
export function relKeys(type: EdgeType): readonly string[] {
  if (type === MENTIONED_IN) return [...REL_KEYS, 'count'];
  return [...REL_KEYS, ...predicateSpec(type).extras, 'confidence', 'status'];
}

/** The parameter holding the column of property `key`. */
export const column = (key: string) => `p_${key}`;

const sets = (x: string, keys: readonly string[]) => keys.map((k) => `${x}.${k} = $${column(k)}[i]`).join(', ');

/** The `location` point from latitude and longitude expressions, null unless both are known. */
const location = (lat: string, lon: string) =>
  `CASE WHEN ${lat} IS NULL OR ${lon} IS NULL THEN null ELSE point({latitude: ${lat}, longitude: ${lon}}) END`;

/** Sets an element `x` that only this corpus holds: its properties are the corpus's own contribution. */
const OWN = (x: string, keys: readonly string[]) =>
  `${sets(x, keys)}, ${x}.corpora = [$corpus], ${x}.contributions = null`;

/**
 * Shared path: writes an element `x` as OWN when no other corpus holds it; otherwise leaves it alone. Returns
 * every row with the element id, and for an element other corpora hold also its old `corpora`, its
 * `contributions` (when shared by 2+ corpora) and its properties, for the caller to add up and write with
 * NODE_FIXUP / REL_FIXUP.
 */
const OWN_OR_RETURN = (x: string, own: string) => `
WITH ${x}, i, coalesce(${x}.corpora, []) AS cs
WITH ${x}, i, cs, size([c IN cs WHERE c <> $corpus]) > 0 AS shared
FOREACH (_ IN CASE WHEN shared THEN [] ELSE [1] END | SET ${own})
RETURN i, elementId(${x}) AS eid, CASE WHEN shared THEN cs END AS corpora,
       CASE WHEN shared THEN ${x}.contributions END AS contributions, CASE WHEN shared THEN properties(${x}) END AS props`;

/**
 * Which writer a load uses: `own` when no other corpus is in the database (plain properties), `shared`
 * otherwise (contributions added up). NOTE: CREATE instead of MERGE on an empty database was measured and
 * saved no server CPU, so there is no third path.
 */
export type WritePath = 'own' | 'shared';

function entityUpsert(type: EntityType, path: WritePath): string {
  const label = checked(ENTITY_TYPES, type);
  const own = `${OWN('n', ENTITY_KEYS)}, n.location = ${location('$p_lat[i]', '$p_lon[i]')}`;
  const head = `UNWIND range(0, size($id) - 1) AS i\nMERGE (n:Entity {id: $id[i]})\nSET n:${label}`;
  return path === 'own' ? `${head}, ${own}\nRETURN i, elementId(n) AS eid` : `${head}${OWN_OR_RETURN('n', own)}`;
}

const ENTITY_UPSERT = new Map(
  (['own', 'shared'] as const).flatMap((path) => ENTITY_TYPES.map((t) => [`${path}|${t}`, entityUpsert(t, path)])),
);

/**
 * MERGE a batch of entities of one type on the constrained :Entity label, then add the type's label. Every row
 * comes back with its element id, which the relationship batches then match their ends by.
 */
export function entityUpsertQuery(type: EntityType, path: WritePath = 'shared'): string {
  const query = ENTITY_UPSERT.get(`${path}|${type}`);
  if (!query) throw new Error(`not an entity type: ${type}`);
  return query;
}

/** MERGE a batch of articles; their `corpora` list records which corpora hold them. Returns element ids. */
export const ARTICLE_UPSERT = `UNWIND range(0, size($id) - 1) AS i
MERGE (n:Article {id: $id[i]})
SET ${sets('n', ARTICLE_KEYS)}, n.corpora = [c IN coalesce(n.corpora, []) WHERE c <> $corpus] + $corpus
RETURN i, elementId(n) AS eid`;

/**
 * MERGE a batch of relationships of one type, their ends matched by the element ids the node batches of the
 * same load returned (a seek by id costs a fraction of a seek through the `id` constraint). The own path
 * returns how many rows found both ends; the shared path returns every row that did.
 */
export function relUpsertQuery(type: EdgeType, path: WritePath = 'shared'): string {
  const keys = relKeys(checked(EDGE_TYPES, type));
  const head = `UNWIND range(0, size($s) - 1) AS i
MATCH (a) WHERE elementId(a) = $s[i]
MATCH (b) WHERE elementId(b) = $t[i]
MERGE (a)-[r:${checked(EDGE_TYPES, type)}]->(b)`;
  return path === 'own' ? `${head}\nSET ${OWN('r', keys)}\nRETURN count(*) AS matched` : `${head}${OWN_OR_RETURN('r', OWN('r', keys))}`;
}

/** Writes added-up properties onto nodes found by element id (after an upsert met other corpora). */
export const NODE_FIXUP = `UNWIND $rows AS row
MATCH (n) WHERE elementId(n) = row.eid
SET n += row.props, n.location = ${location('row.props.lat', 'row.props.lon')}`;

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
