// `replace`: takes one corpus's contributions back out of the database before it is loaded again.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { EntityContribution, RelContribution } from './contributions.js';
import { FORGET_CORPUS, NODE_FIXUP, REL_FIXUP, REMOVE_CORPUS } from './cypher.js';
import type { ResolvedNeo4jOptions } from './options.js';
import { entityParamProps, int, relParamProps, tagged } from './params.js';

type Kind = keyof typeof REMOVE_CORPUS;

/**
 * Removes `corpus` from every relationship, entity and article that lists it, in batches: elements left with
 * no corpus are deleted, the others get their properties added up again from the remaining contributions.
 * NOTE: each batch scans for the corpus (list membership has no index), so this is linear in database size.
 */
export async function removeCorpus(
  session: Session,
  corpus: string,
  opts: ResolvedNeo4jOptions,
): Promise<{ nodes: number; relationships: number }> {
  const fix = (kind: Kind, type: string, corpora: string[], contributions: string[]) =>
    kind === 'relationships'
      ? relParamProps(type, tagged<RelContribution>(corpora, contributions))
      : entityParamProps(tagged<EntityContribution>(corpora, contributions));
  const touched = { nodes: 0, relationships: 0 };
  for (const kind of ['relationships', 'entities', 'articles'] as const) {
    let done = 0;
    for (;;) {
      const n = await session.executeWrite((tx) => removeBatch(tx, kind, corpus, opts.batchSize, fix));
      done += n;
      opts.onProgress?.({ phase: 'replace', done, total: 0 });
      if (n < opts.batchSize) break;
    }
    touched[kind === 'relationships' ? 'relationships' : 'nodes'] += done;
  }
  await session.executeWrite((tx) => tx.run(FORGET_CORPUS, { corpus }));
  return touched;
}

/** One removal batch; returns how many elements it touched (deleted or updated). */
async function removeBatch(
  tx: ManagedTransaction,
  kind: Kind,
  corpus: string,
  limit: number,
  fix: (kind: Kind, type: string, corpora: string[], contributions: string[]) => Record<string, unknown>,
): Promise<number> {
  const result = await tx.run(REMOVE_CORPUS[kind], { corpus, limit: int(limit) });
  const counters = result.summary.counters.updates();
  const deleted = kind === 'relationships' ? counters.relationshipsDeleted : counters.nodesDeleted;
  // Articles carry no contributions: removing the corpus from their list is all there is to do.
  if (kind !== 'articles' && result.records.length > 0) {
    const rows = result.records.map((rec) => ({
      eid: rec.get('eid') as string,
      props: fix(kind, kind === 'relationships' ? (rec.get('type') as string) : '', rec.get('corpora'), rec.get('contributions')),
    }));
    await tx.run(kind === 'relationships' ? REL_FIXUP : NODE_FIXUP, { rows });
  }
  return result.records.length + deleted;
}
