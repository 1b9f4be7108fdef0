// Batch writers: entities, articles and relationships, one transaction per batch, other corpora added up.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { EntityType } from '../../types.js';
import {
  type EntityContribution,
  entityContributionOf,
  type RelContribution,
  relContributionOf,
  type StoredProps,
  type Tagged,
} from './contributions.js';
import { ARTICLE_UPSERT, entityUpsertQuery, NODE_FIXUP, REL_FIXUP, relUpsertQuery, type WritePath } from './cypher.js';
import { entityParamProps, int, relParamProps, tagged } from './params.js';
import type { ArticleRow, EntityRow, RelGroup } from './rows.js';
import { compareCodeUnits as cmp } from '../../compare.js';

/** What every batch writer needs: where to write, the corpus being loaded, how, and a progress tick. */
export interface WriteContext {
  driver: Driver;
  database: string | undefined;
  corpus: string;
  batchSize: number;
  /** `own`: no other corpus is in the database, so rows are written as plain properties. */
  path: WritePath;
  /** Batches in flight at once, each in its own session. */
  concurrency: number;
  /** Called with the number of rows of each committed batch. */
  done: (rows: number) => void;
}

/** A row sent to Cypher (`i`: its index in the batch) with the contribution it carries, kept client-side. */
type ParamRow<T> = { i: number; own: T } & Record<string, unknown>;

/** Adds up one row's contribution with the other corpora's: the props to write, with the new corpus lists. */
type Fix<T> = (own: T, others: Tagged<T>[]) => Record<string, unknown>;

/** Writes the entities of one type; returns how many met other corpora and were added up. */
export async function writeEntities(ctx: WriteContext, type: EntityType, rows: EntityRow[]): Promise<number> {
  const query = entityUpsertQuery(type, ctx.path);
  const fix: Fix<EntityContribution> = (own, others) => entityParamProps([...others, { corpus: ctx.corpus, value: own }]);
  const derive = (props: StoredProps) => entityContributionOf(props, type);
  const sorted = [...rows].sort((a, b) => cmp(a.id, b.id));
  return runBatches(ctx, sorted, async (tx, batch) => {
    const params = batch.map((r, i) => ({
      i,
      id: r.id,
      props: entityParamProps([{ corpus: ctx.corpus, value: r.contribution }]),
      own: r.contribution,
    }));
    return upsert(tx, ctx, query, params, { fix, derive, fixup: NODE_FIXUP });
  });
}

/** Writes article nodes (their properties are the same in every corpus, so the last load wins). */
export async function writeArticles(ctx: WriteContext, rows: ArticleRow[]): Promise<void> {
  await runBatches(ctx, rows, async (tx, batch) => {
    const params = batch.map((r) => ({ id: r.id, props: { ...r.props, mentions: int(r.props.mentions) } }));
    await tx.run(ARTICLE_UPSERT, { rows: params, corpus: ctx.corpus });
    return 0;
  });
}

/** Writes one relationship group, sorted by source id for locality; returns how many rows were added up. */
export async function writeRelationships(ctx: WriteContext, group: RelGroup): Promise<number> {
  const query = relUpsertQuery(group.type, group.sourceLabel, group.targetLabel, ctx.path);
  const fix: Fix<RelContribution> = (own, others) => relParamProps(group.type, [...others, { corpus: ctx.corpus, value: own }]);
  const derive = (props: StoredProps) => relContributionOf(props, group.type);
  const sorted = [...group.rows].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  return runBatches(ctx, sorted, async (tx, batch) => {
    const params = batch.map((r, i) => ({
      i,
      s: r.source,
      t: r.target,
      props: relParamProps(group.type, [{ corpus: ctx.corpus, value: r.contribution }]),
      own: r.contribution,
    }));
    return upsert(tx, ctx, query, params, { fix, derive, fixup: REL_FIXUP });
  });
}

/**
 * Runs an upsert batch. On the shared path, rows that met other corpora come back with those corpora's
 * contributions (or, for an element one corpus holds, its properties) and get the added-up properties and
 * both corpus lists written in the same transaction. Returns how many rows were added up.
 */
async function upsert<T>(
  tx: ManagedTransaction,
  ctx: WriteContext,
  query: string,
  params: ParamRow<T>[],
  how: { fix: Fix<T>; derive: (props: StoredProps) => T; fixup: string },
): Promise<number> {
  const sent = params.map(({ own: _own, ...row }) => row);
  const result = await tx.run(query, { rows: sent, corpus: ctx.corpus });
  if (result.records.length === 0) return 0;
  const fixups = result.records.map((rec) => {
    const own = params[rec.get('i') as number]!.own;
    const corpora = rec.get('corpora') as string[];
    const stored = rec.get('contributions') as string[] | null;
    const others: Tagged<T>[] =
      stored && stored.length === corpora.length
        ? tagged<T>(corpora, stored).filter((t) => t.corpus !== ctx.corpus)
        : // An element one corpus holds stores no contributions: its properties are that corpus's.
          corpora.filter((c) => c !== ctx.corpus).map((corpus) => ({ corpus, value: how.derive(rec.get('props')) }));
    const props = {
      ...how.fix(own, others),
      corpora: [...others.map((t) => t.corpus), ctx.corpus],
      contributions: [...others.map((t) => JSON.stringify(t.value)), JSON.stringify(own)],
    };
    return { eid: rec.get('eid') as string, props };
  });
  await tx.run(how.fixup, { rows: fixups });
  return fixups.length;
}

/**
 * Writes `rows` in batches of ctx.batchSize, up to ctx.concurrency transactions at once (one session each);
 * returns the sum of what the batches return. After a failure no new batch starts; the first error is thrown.
 */
async function runBatches<R>(
  ctx: WriteContext,
  rows: R[],
  work: (tx: ManagedTransaction, batch: R[]) => Promise<number>,
): Promise<number> {
  let next = 0;
  let failed = false;
  let total = 0;
  const worker = async () => {
    const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      while (!failed && next < rows.length) {
        const batch = rows.slice(next, next + ctx.batchSize);
        next += batch.length;
        total += await session.executeWrite((tx) => work(tx, batch));
        ctx.done(batch.length);
      }
    } catch (err) {
      failed = true;
      throw err;
    } finally {
      await session.close();
    }
  };
  const workers = Math.max(1, Math.min(ctx.concurrency, Math.ceil(rows.length / ctx.batchSize)));
  const results = await Promise.allSettled(Array.from({ length: workers }, worker));
  const rejected = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (rejected) throw rejected.reason;
  return total;
}
