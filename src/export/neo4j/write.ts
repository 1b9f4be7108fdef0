// Batch writers: entities, articles and relationships, one transaction per batch, other corpora added up.
import type { Driver, ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import type { EntityType } from '../../types.js';
import {
  type EntityContribution,
  entityContributionOf,
  type RelContribution,
  relContributionOf,
  type StoredProps,
  type Tagged,
} from './contributions.js';
import {
  ARTICLE_KEYS,
  ARTICLE_UPSERT,
  column,
  ENTITY_KEYS,
  entityUpsertQuery,
  NODE_FIXUP,
  REL_FIXUP,
  relKeys,
  relUpsertQuery,
  type WritePath,
} from './cypher.js';
import { entityParamProps, int, relParamProps, tagged } from './params.js';
import type { ArticleRow, EntityRow, NodeLabel, RelGroup } from './rows.js';
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
  /** Element ids of the nodes written so far, by label and `id`: relationship batches match their ends by them. */
  ids: Record<NodeLabel, Map<string, string>>;
  /** Called with the number of rows of each committed batch. */
  done: (rows: number) => void;
}

/** Adds up one row's contribution with the other corpora's: the props to write, with the new corpus lists. */
type Fix<T> = (own: T, others: Tagged<T>[]) => Record<string, unknown>;

/** A batch as sent: its key columns (`id`, or `s` and `t`), each row's properties, and the contributions they came from. */
interface Batch<T> {
  keys: Record<string, string[]>;
  props: Record<string, unknown>[];
  own: T[];
}

/** Writes the entities of one type and records their element ids; returns how many met other corpora. */
export async function writeEntities(ctx: WriteContext, type: EntityType, rows: EntityRow[]): Promise<number> {
  const query = entityUpsertQuery(type, ctx.path);
  const fix: Fix<EntityContribution> = (own, others) => entityParamProps([...others, { corpus: ctx.corpus, value: own }]);
  const derive = (props: StoredProps) => entityContributionOf(props, type);
  const sorted = [...rows].sort((a, b) => cmp(a.id, b.id));
  return runBatches(ctx, sorted, async (tx, batch) => {
    const sent: Batch<EntityContribution> = {
      keys: { id: batch.map((r) => r.id) },
      props: batch.map((r) => entityParamProps([{ corpus: ctx.corpus, value: r.contribution }])),
      own: batch.map((r) => r.contribution),
    };
    const result = await upsert(tx, ctx, query, ENTITY_KEYS, sent, { fix, derive, fixup: NODE_FIXUP });
    rememberIds(ctx.ids.Entity, batch, result.records);
    return result.merged;
  });
}

/** Writes article nodes (their properties are the same in every corpus, so the last load wins). */
export async function writeArticles(ctx: WriteContext, rows: ArticleRow[]): Promise<void> {
  await runBatches(ctx, rows, async (tx, batch) => {
    const props = batch.map((r) => ({ ...r.props, mentions: int(r.props.mentions) }));
    const result = await tx.run(ARTICLE_UPSERT, { id: batch.map((r) => r.id), ...columns(props, ARTICLE_KEYS), corpus: ctx.corpus });
    rememberIds(ctx.ids.Article, batch, result.records);
    return 0;
  });
}

/** Writes one relationship group, sorted by source id for locality; returns how many rows were added up. */
export async function writeRelationships(ctx: WriteContext, group: RelGroup): Promise<number> {
  const query = relUpsertQuery(group.type, ctx.path);
  const keys = relKeys(group.type);
  const fix: Fix<RelContribution> = (own, others) => relParamProps(group.type, [...others, { corpus: ctx.corpus, value: own }]);
  const derive = (props: StoredProps) => relContributionOf(props, group.type);
  const sorted = [...group.rows].sort((a, b) => cmp(a.source, b.source) || cmp(a.target, b.target));
  const sources = ctx.ids[group.sourceLabel];
  const targets = ctx.ids[group.targetLabel];
  const eid = (ids: Map<string, string>, id: string) => {
    const found = ids.get(id);
    if (found === undefined) throw new Error(`${group.type} row refers to node "${id}", which this load did not write`);
    return found;
  };
  return runBatches(ctx, sorted, async (tx, batch) => {
    const sent: Batch<RelContribution> = {
      keys: { s: batch.map((r) => eid(sources, r.source)), t: batch.map((r) => eid(targets, r.target)) },
      props: batch.map((r) => relParamProps(group.type, [{ corpus: ctx.corpus, value: r.contribution }])),
      own: batch.map((r) => r.contribution),
    };
    const result = await upsert(tx, ctx, query, keys, sent, { fix, derive, fixup: REL_FIXUP });
    const matched = ctx.path === 'own' ? Number(result.records[0]?.get('matched') ?? 0) : result.records.length;
    if (matched !== batch.length) {
      throw new Error(
        `${batch.length - matched} of ${batch.length} ${group.type} relationships found no end node: ` +
          'nodes were deleted while the load ran; run it again',
      );
    }
    return result.merged;
  });
}

/** Records the element id each returned record (`i`, `eid`) gives the node of batch row `i`. */
function rememberIds(ids: Map<string, string>, batch: readonly { id: string }[], records: readonly Neo4jRecord[]): void {
  for (const rec of records) ids.set(batch[rec.get('i') as number]!.id, rec.get('eid') as string);
}

/** Properties as columns: one `p_<key>` list per property key (null where absent). */
function columns(props: Record<string, unknown>[], keys: readonly string[]): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const key of keys) out[column(key)] = props.map((p) => p[key] ?? null);
  return out;
}

/**
 * Runs an upsert batch. On the shared path, rows that met other corpora come back with those corpora's
 * contributions (or, for an element one corpus holds, its properties) and get the added-up properties and
 * both corpus lists written in the same transaction. Returns the records and how many rows were added up.
 */
async function upsert<T>(
  tx: ManagedTransaction,
  ctx: WriteContext,
  query: string,
  keys: readonly string[],
  sent: Batch<T>,
  how: { fix: Fix<T>; derive: (props: StoredProps) => T; fixup: string },
): Promise<{ records: Neo4jRecord[]; merged: number }> {
  const result = await tx.run(query, { ...sent.keys, ...columns(sent.props, keys), corpus: ctx.corpus });
  const fixups = result.records
    .filter((rec) => ctx.path === 'shared' && rec.get('corpora') !== null)
    .map((rec) => {
      const own = sent.own[rec.get('i') as number]!;
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
  if (fixups.length > 0) await tx.run(how.fixup, { rows: fixups });
  return { records: result.records, merged: fixups.length };
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
    const session = ctx.driver.session({ database: ctx.database, defaultAccessMode: 'WRITE' });
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
