// The extraction pool: same output for any number of workers; an article over the budget is skipped.
import { describe, expect, it } from 'vitest';
import { isKgError } from '../../src/errors.js';
import { extractArticle } from '../../src/extract/index.js';
import { extractArticles } from '../../src/parallel/index.js';
import { hugeArticle, inventedArticles } from './articles.js';

const ARTICLES = inventedArticles(23);

describe('extractArticles', () => {
  const reference = JSON.stringify(ARTICLES.map((a) => extractArticle(a)));

  it.each([1, 2, 3])('gives byte-identical extractions in input order with %i worker(s)', async (workers) => {
    const progress: number[] = [];
    const { extractions, skipped } = await extractArticles(ARTICLES, { workers, onProgress: (done) => progress.push(done) });
    expect(skipped).toEqual([]);
    expect(JSON.stringify(extractions)).toBe(reference);
    expect(extractions.some((e) => e.relations.length > 0)).toBe(true);
    expect(progress).toEqual(ARTICLES.map((_, i) => i + 1));
  });

  it('skips an article over the budget, replaces its worker and builds the others', async () => {
    const articles = [...ARTICLES.slice(0, 5), hugeArticle(), ...ARTICLES.slice(5, 10)];
    const { extractions, skipped } = await extractArticles(articles, { workers: 2, budgetMs: 1000 });
    expect(skipped).toEqual([{ path: 'in/huge.txt', reason: 'too complex (extraction took over 1 s)' }]);
    expect(extractions.map((e) => e.article.id)).toEqual(ARTICLES.slice(0, 10).map((a) => a.id));
    expect(JSON.stringify(extractions)).toBe(JSON.stringify(ARTICLES.slice(0, 10).map((a) => extractArticle(a))));
  });

  it.each([
    [{ workers: 0 }, 'workers: expected a positive integer, instead found 0'],
    [{ workers: 1.5 }, 'workers: expected a positive integer, instead found 1.5'],
    [{ budgetMs: -1 }, 'budget: expected a positive number of milliseconds, instead found -1'],
  ])('rejects %j with a usage error', async (options, message) => {
    const err = await extractArticles(ARTICLES, options).catch((e: unknown) => e);
    expect(isKgError(err, 'USAGE')).toBe(true);
    expect((err as Error).message).toBe(message);
  });
});
