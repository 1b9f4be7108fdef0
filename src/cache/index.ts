// Extraction with a per-article cache: cached articles are read back, only new or changed ones are extracted.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import {
  type ExtractOptions,
  type ExtractResult,
  extractArticles,
  extractInPool,
  resolveExtractOptions,
} from '../parallel/index.js';
import type { MentionInfo } from '../resolve/index.js';
import type { Article, ArticleExtraction } from '../types.js';
import { encodePrepared } from './prepared.js';
import { type CacheStats, ExtractionCache } from './store.js';

export { CACHE_FOLDER, type CacheStats, ExtractionCache } from './store.js';
export { encodePrepared, type PreparedCode } from './prepared.js';
export { CACHE_FORMAT, extractorVersion, resolverVersion } from './version.js';

/** Extraction results plus what the cache did and the entries it rejected (one line each). */
export interface CachedExtractResult extends ExtractResult {
  cache: CacheStats;
  warnings: string[];
  /**
   * Per extraction (same order), its prepared mentions read from the cache (see resolveCorpus's
   * `prepared`), or undefined when the entry had none from this resolver version, or was extracted now.
   */
  prepared: ((MentionInfo | null)[] | undefined)[];
  /**
   * Writes the prepared mentions resolution made for an extraction (as its `onPrepared` gives them, before
   * they change) into its entry; returns the warnings of a failed write.
   */
  storePrepared(extraction: ArticleExtraction, infos: readonly (MentionInfo | null)[]): string[];
}

/**
 * True when DIR is missing and a killed export writer left it moved aside (`.DIR.old-<pid>-<hex>`,
 * the naming of src/export/write.ts), which the next export puts back.
 */
function asideByKilledRun(outDir: string): boolean {
  const abs = resolve(outDir);
  if (existsSync(abs) || !existsSync(dirname(abs))) return false;
  const prefix = `.${basename(abs)}.old-`;
  return readdirSync(dirname(abs)).some((name) => name.startsWith(prefix));
}

/** Extraction options plus the cache's version. */
export interface CacheOptions extends ExtractOptions {
  /** Extractor version the entries must carry. @default extractorVersion() (a hash of src/extract) */
  version?: string;
  /** Resolver version prepared mentions must carry to be read back. @default resolverVersion() (a hash of src/resolve) */
  resolver?: string;
}

/**
 * Articles a second extraction worker must have to pay for its start (module load, models, warm-up:
 * about the time of 50–100 articles). An incremental build has few misses: one worker extracts 50
 * articles in 1.9–3.0 s wall against 3.9–4.9 s for two (5k synthetic corpus, load 4.5–5).
 */
export const ARTICLES_PER_WORKER = 64;

/** Hits are read this many at a time between turns of the event loop, so the pool's workers get their next article. */
const READ_SLICE = 64;

/**
 * Extracts `articles` using the cache in `outDir/.kg-cache`: hits are read back and checked,
 * misses extracted (in parallel per `options`, at most one worker per ARTICLES_PER_WORKER misses)
 * and stored, entries of articles no longer in the input removed. The misses are known from the
 * entries present, so their workers start while the hits are read. Results are in input order and
 * equal to an uncached run.
 */
export async function extractWithCache(
  articles: readonly Article[],
  outDir: string,
  options: CacheOptions = {},
): Promise<CachedExtractResult> {
  const { version, resolver, onProgress, ...extractOptions } = options;
  if (asideByKilledRun(outDir)) {
    // Creating DIR/.kg-cache now would stop the export writer from putting that folder back: no cache this time.
    const plain = await extractArticles(articles, { ...extractOptions, onProgress });
    const cache = { hits: 0, misses: articles.length, rejected: 0, pruned: 0 };
    return { ...plain, cache, warnings: [], prepared: plain.extractions.map(() => undefined), storePrepared: () => [] };
  }
  const cache = ExtractionCache.open(outDir, version, resolver);
  const present = articles.map((a) => cache.contains(a));
  let done = 0;
  const advance = () => onProgress?.(++done, articles.length);
  const resolved = resolveExtractOptions({ ...extractOptions, onProgress: onProgress && advance });
  // A pool, however small, keeps the per-article budget; one worker asked for means extraction in this thread.
  const extract = (batch: Article[]) =>
    resolved.workers === 1
      ? extractArticles(batch, resolved)
      : extractInPool(batch, { ...resolved, workers: Math.min(resolved.workers, Math.ceil(batch.length / ARTICLES_PER_WORKER)) });
  const extracting = extract(articles.filter((_, i) => !present[i]));
  // Awaited below; a worker failing to start while the hits are read must not count as an unhandled rejection meanwhile.
  extracting.catch(() => undefined);
  const found = await readHits(cache, articles, present);
  if (onProgress) for (const hit of found) if (hit) done++;
  onProgress?.(done, articles.length);
  // Entries found but not trusted (reported by the cache) are extracted now, after the first batch.
  const fresh = await extracting;
  const again = await extract(articles.filter((_, i) => present[i] && !found[i]));
  for (const extraction of [...fresh.extractions, ...again.extractions]) cache.store(extraction);
  cache.prune();
  const byId = new Map([...fresh.extractions, ...again.extractions].map((e) => [e.article.id, e]));
  const extractions: ArticleExtraction[] = [];
  articles.forEach((article, i) => {
    const extraction = found[i] ?? byId.get(article.id);
    if (extraction) extractions.push(extraction);
  });
  const storePrepared = (extraction: ArticleExtraction, infos: readonly (MentionInfo | null)[]) => {
    const before = cache.warnings.length;
    cache.store(extraction, encodePrepared(extraction.mentions, infos));
    return cache.warnings.slice(before);
  };
  const prepared = extractions.map((e) => cache.preparedOf(e));
  // NOTE: skips of re-extracted (untrusted) entries come after the others, not in input order.
  return { extractions, skipped: [...fresh.skipped, ...again.skipped], cache: cache.stats, warnings: cache.warnings, prepared, storePrepared };
}

/** The cached extraction of each article with an entry (undefined for the others and for rejected entries). */
async function readHits(cache: ExtractionCache, articles: readonly Article[], present: readonly boolean[]): Promise<(ArticleExtraction | undefined)[]> {
  const found: (ArticleExtraction | undefined)[] = new Array(articles.length);
  for (let i = 0; i < articles.length; i++) {
    if (!present[i]) continue;
    found[i] = cache.lookup(articles[i]!);
    if (i % READ_SLICE === READ_SLICE - 1) await new Promise((next) => setImmediate(next));
  }
  return found;
}
