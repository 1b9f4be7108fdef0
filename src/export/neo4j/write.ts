// Batch writers: entities, articles and relationships, one transaction per batch, other corpora added up.
import type { ManagedTransaction, Session } from 'neo4j-driver';
import type { EntityType } from '../../types.js';
import type { EntityContribution, RelContribution, Tagged } from './contributions.js';
import { ARTICLE_UPSERT, entityUpsertQuery, NODE_FIXUP, REL_FIXUP, relUpsertQuery } from './cypher.js';
import { entityParamProps, int, relParamProps, tagged } from './params.js';
import type { ArticleRow, EntityRow, RelGroup } from './rows.js';

/** What every batch writer needs: the session, the corpus being loaded, the batch size, a progress tick. */
export interface WriteContext {
  session: Session;
  corpus: string;
  batchSize: number;
  /** Called with the number of rows of each committed batch. */
  done: (rows: number) => void;
}

/** A row sent to Cypher (`i`: its index in the batch) with the contribution it carries, kept client-side. */
type ParamRow<T> = { i: number; own: T } & Record<string, unknown>;

/** Writes the entities of one type; returns how many met other corpora and were added up. */
export async function writeEntities(ctx: WriteContext, type: EntityType, rows: EntityRow[]): Promise<number> {
  const query = entityUpsertQuery(type);
  const fix = (own: EntityContribution, others: Tagged<EntityContribution>[]) =>
    entityParamProps([...others, { corpus: ctx.corpus, value: own }]);
  let merged = 0;
  for (const batch of chunks(rows, ctx.batchSize)) {
    const params = batch.map((r, i) => ({
      i,
      id: r.id,
      props: entityParamProps([{ corpus: ctx.corpus, value: r.contribution }]),
      contribution: JSON.stringify(r.contribution),
      own: r.contribution,
    }));
    merged += await ctx.session.executeWrite((tx) => upsert(tx, ctx.corpus, query, params, fix, NODE_FIXUP));
    ctx.done(batch.length);
  }
  return merged;
}

/** Writes article nodes (their properties are the same in every corpus, so the last load wins). */
export async function writeArticles(ctx: WriteContext, rows: ArticleRow[]): Promise<void> {
  for (const batch of chunks(rows, ctx.batchSize)) {
    const params = batch.map((r) => ({ id: r.id, props: { ...r.props, mentions: int(r.props.mentions) } }));
    await ctx.session.executeWrite((tx) => tx.run(ARTICLE_UPSERT, { rows: params, corpus: ctx.corpus }));
    ctx.done(batch.length);
  }
}

/** Writes one relationship group; returns how many rows met other corpora and were added up. */
export async function writeRelationships(ctx: WriteContext, group: RelGroup): Promise<number> {
  const query = relUpsertQuery(group.type, group.sourceLabel, group.targetLabel);
  const fix = (own: RelContribution, others: Tagged<RelContribution>[]) =>
    relParamProps(group.type, [...others, { corpus: ctx.corpus, value: own }]);
  let merged = 0;
  for (const batch of chunks(group.rows, ctx.batchSize)) {
    const params = batch.map((r, i) => ({
      i,
      s: r.source,
      t: r.target,
      props: relParamProps(group.type, [{ corpus: ctx.corpus, value: r.contribution }]),
      contribution: JSON.stringify(r.contribution),
      own: r.contribution,
    }));
    merged += await ctx.session.executeWrite((tx) => upsert(tx, ctx.corpus, query, params, fix, REL_FIXUP));
    ctx.done(batch.length);
  }
  return merged;
}

/**
 * Runs an upsert batch. Rows that met other corpora come back with those corpora's contributions and get
 * the added-up properties written in the same transaction. Returns how many rows were added up.
 */
async function upsert<T>(
  tx: ManagedTransaction,
  corpus: string,
  query: string,
  params: ParamRow<T>[],
  fix: (own: T, others: Tagged<T>[]) => Record<string, unknown>,
  fixupQuery: string,
): Promise<number> {
  const sent = params.map(({ own: _own, ...row }) => row);
  const result = await tx.run(query, { rows: sent, corpus });
  if (result.records.length === 0) return 0;
  const fixups = result.records.map((rec) => {
    const own = params[rec.get('i') as number]!.own;
    return { eid: rec.get('eid') as string, props: fix(own, tagged<T>(rec.get('corpora'), rec.get('contributions'))) };
  });
  await tx.run(fixupQuery, { rows: fixups });
  return fixups.length;
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
