// The extraction stage over many articles: in this thread, or on a pool of worker threads.
import { extractArticle } from '../extract/index.js';
import type { Article } from '../types.js';
import { type ExtractOptions, resolveExtractOptions } from './options.js';
import { type ExtractResult, extractInPool } from './pool.js';

export { DEFAULT_EXTRACT_OPTIONS, type ExtractOptions, resolveExtractOptions } from './options.js';
export { type ExtractResult, extractInPool } from './pool.js';

/**
 * Extracts every article; the result is the same for any number of workers (input order kept).
 * With `workers: 1` it runs here, without a budget; otherwise on min(workers, articles) threads.
 * @example const { extractions, skipped } = await extractArticles(articles, { workers: 2 })
 */
export async function extractArticles(articles: readonly Article[], options: ExtractOptions = {}): Promise<ExtractResult> {
  const resolved = resolveExtractOptions(options);
  if (resolved.workers === 1 || articles.length <= 1) return extractHere(articles, resolved.onProgress);
  return extractInPool(articles, resolved);
}

async function extractHere(articles: readonly Article[], onProgress?: (done: number, total: number) => void): Promise<ExtractResult> {
  const out: ExtractResult = { extractions: [], skipped: [] };
  for (let i = 0; i < articles.length; i++) {
    const article = articles[i]!;
    try {
      out.extractions.push(extractArticle(article));
    } catch (err) {
      out.skipped.push({ path: article.path, reason: `extraction failed: ${(err as Error).message}` });
    }
    onProgress?.(i + 1, articles.length);
    // Let timers (a progress bar) run now and then.
    if (i % 64 === 63) await new Promise((done) => setImmediate(done));
  }
  return out;
}
