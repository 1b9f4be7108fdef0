// The delta loader's Cypher: the corpus marker's snapshot digest, and deletions of rows gone from the graph.

/** The corpora in the database and the digest recorded on this corpus's marker. */
export const READ_MARKER = `OPTIONAL MATCH (c:KgCorpus)
WITH collect(c.id) AS corpora
OPTIONAL MATCH (m:KgCorpus {id: $corpus})
RETURN corpora, m.kgSnapshot AS snapshot`;

/** Records the digest of what the database now holds for the corpus. */
export const WRITE_MARKER = 'MERGE (m:KgCorpus {id: $corpus}) SET m.kgSnapshot = $digest';

const LABELS = ['Entity', 'Article'] as const;

function checked<T extends string>(allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(name)) throw new Error(`not a whitelisted name: ${name}`);
  return name as T;
}

/** Deletes relationships between two labels, given as `$rows` of `{type, s, t}` (a type is a parameter, never query text). */
export function deleteRelsQuery(sourceLabel: string, targetLabel: string): string {
  return `UNWIND $rows AS r
MATCH (a:${checked(LABELS, sourceLabel)} {id: r.s})-[x]->(b:${checked(LABELS, targetLabel)} {id: r.t})
WHERE type(x) = r.type
DELETE x
RETURN count(x) AS deleted`;
}

/** Deletes nodes of one label (with any relationship left on them), given as `$ids`. */
export function deleteNodesQuery(label: string): string {
  return `UNWIND $ids AS id
MATCH (n:${checked(LABELS, label)} {id: id})
DETACH DELETE n
RETURN count(n) AS deleted`;
}
