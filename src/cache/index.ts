// Extraction with a per-article cache: cached articles are read back, only new or changed ones are extracted.
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { type ExtractOptions, type ExtractResult, extractArticles } from '../parallel/index.js';
import type { Article, ArticleExtraction } from '../types.js';
import { type CacheStats, ExtractionCache } from './store.js';

export { CACHE_FOLDER, type CacheStats, ExtractionCache } from './store.js';
export { CACHE_FORMAT, extractorVersion } from './version.js';

/** Extraction results plus what the cache did and the entries it rejected (one line each). */
export interface CachedExtractResult extends ExtractResult {
  cache: CacheStats;
  warnings: string[];
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
}

/**
 * Extracts `articles` using the cache in `outDir/.kg-cache`: hits are read back and checked,
 * misses extracted (in parallel per `options`) and stored, entries of articles no longer in the
 * input removed. Results are in input order and equal to an uncached run.
 */
export async function extractWithCache(
  articles: readonly Article[],
  outDir: string,
  options: CacheOptions = {},
): Promise<CachedExtractResult> {
  if (asideByKilledRun(outDir)) {
    // Creating DIR/.kg-cache now would stop the export writer from putting that folder back: no cache this time.
    const { version: _v, ...extractOptions } = options;
    const plain = await extractArticles(articles, extractOptions);
    return { ...plain, cache: { hits: 0, misses: articles.length, rejected: 0, pruned: 0 }, warnings: [] };
  }
  const cache = ExtractionCache.open(outDir, options.version);
  const found: (ArticleExtraction | undefined)[] = articles.map((a) => cache.lookup(a));
  const missing = articles.filter((_, i) => !found[i]);
  const hits = articles.length - missing.length;
  const onProgress = options.onProgress;
  onProgress?.(hits, articles.length);
  const { version: _version, ...extractOptions } = options;
  const fresh = await extractArticles(missing, { ...extractOptions, onProgress: onProgress && ((done) => onProgress(hits + done, articles.length)) });
  for (const extraction of fresh.extractions) cache.store(extraction);
  cache.prune();
  const byId = new Map(fresh.extractions.map((e) => [e.article.id, e]));
  const extractions: ArticleExtraction[] = [];
  articles.forEach((article, i) => {
    const extraction = found[i] ?? byId.get(article.id);
    if (extraction) extractions.push(extraction);
  });
  return { extractions, skipped: fresh.skipped, cache: cache.stats, warnings: cache.warnings };
}
