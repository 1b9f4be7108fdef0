// The per-article extraction cache: hits, misses, version change, untrusted entries, removed articles.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey } from '../../src/cache/codec.js';
import { CACHE_FOLDER, extractorVersion, extractWithCache } from '../../src/cache/index.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Article } from '../../src/types.js';
import { inventedArticles } from '../parallel/articles.js';

const ARTICLES = inventedArticles(8);
const V1 = 'a'.repeat(64);
const V2 = 'b'.repeat(64);
const fresh = (articles: Article[]) => JSON.stringify(articles.map((a) => extractArticle(a)));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function entryPath(article: Article, version = V1): string {
  const key = contentKey(article);
  return join(dir, CACHE_FOLDER, version.slice(0, 16), key.slice(0, 2), `${key}.json`);
}

const run = (articles: Article[], version = V1) => extractWithCache(articles, dir, { workers: 1, version });

describe('extractWithCache', () => {
  it('misses on a first build, hits on the next, with results equal to an uncached extraction', async () => {
    const first = await run(ARTICLES);
    expect(first.cache).toEqual({ hits: 0, misses: 8, rejected: 0, pruned: 0 });
    expect(first.skipped).toEqual([]);
    const second = await run(ARTICLES);
    expect(second.cache).toEqual({ hits: 8, misses: 0, rejected: 0, pruned: 0 });
    expect(JSON.stringify(second.extractions)).toBe(fresh(ARTICLES));
    expect(second.warnings).toEqual([]);
  });

  it('extracts only new and changed articles and drops the entries of removed ones', async () => {
    await run(ARTICLES.slice(0, 6));
    const changed = { ...ARTICLES[2]!, text: `${ARTICLES[2]!.text} Acme denied it.` };
    const next = [ARTICLES[0]!, ARTICLES[1]!, changed, ...ARTICLES.slice(3)];
    const result = await run(next);
    expect(result.cache).toEqual({ hits: 5, misses: 3, rejected: 0, pruned: 1 });
    expect(JSON.stringify(result.extractions)).toBe(fresh(next));
    expect(readFileSync(entryPath(changed), 'utf8')).toContain(V1);
    expect(() => readFileSync(entryPath(ARTICLES[2]!))).toThrow();
  });

  it('extracts the misses on a pool while the hits are read, with results equal to an uncached extraction', async () => {
    await run(ARTICLES.slice(0, 5));
    const progress: number[] = [];
    const result = await extractWithCache(ARTICLES, dir, { workers: 2, version: V1, onProgress: (done) => progress.push(done) });
    expect(result.cache).toEqual({ hits: 5, misses: 3, rejected: 0, pruned: 0 });
    expect(JSON.stringify(result.extractions)).toBe(fresh(ARTICLES));
    expect(progress.at(-1)).toBe(ARTICLES.length);
  });

  it('starts over when the extractor version changes and removes the old version', async () => {
    await run(ARTICLES);
    const result = await run(ARTICLES, V2);
    expect(result.cache).toEqual({ hits: 0, misses: 8, rejected: 0, pruned: 1 });
    expect(readdirSync(join(dir, CACHE_FOLDER))).toEqual([V2.slice(0, 16)]);
  });

  it.each([
    ['truncated', (json: string) => json.slice(0, json.length >> 1), /not valid JSON/],
    ['another format', (json: string) => json.replace('news-kg/extraction-cache/1', 'other/1'), /expected format news-kg\/extraction-cache\/1, instead found "other\/1"/],
    ['another version', (json: string) => json.replace(V1, V2), /written by another extractor version/],
    ['offsets outside the article', (json: string) => json.replace('"start":0,', '"start":-5,'), /offsets outside the article/],
    ['a relation to a missing mention', (json: string) => json.replace(/"subject":\d+/, '"subject":999'), /relations pointing at missing mentions/],
  ])('reports an entry that is %s, re-extracts and rewrites it', async (_name, damage, reason) => {
    await run(ARTICLES);
    const target = ARTICLES[3]!;
    writeFileSync(entryPath(target), damage(readFileSync(entryPath(target), 'utf8')));
    const result = await run(ARTICLES);
    expect(result.cache).toEqual({ hits: 7, misses: 0, rejected: 1, pruned: 0 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(reason);
    expect(result.warnings[0]).toContain(`for ${target.path} is not trusted`);
    expect(JSON.stringify(result.extractions)).toBe(fresh(ARTICLES));
    expect((await run(ARTICLES)).cache.hits).toBe(8);
  });

  it('rejects an entry copied from another article', async () => {
    await run(ARTICLES);
    writeFileSync(entryPath(ARTICLES[1]!), readFileSync(entryPath(ARTICLES[0]!)));
    const result = await run(ARTICLES);
    expect(result.warnings).toEqual([expect.stringMatching(/for in\/invented-001\.txt is not trusted: written for another article/)]);
    expect(JSON.stringify(result.extractions)).toBe(fresh(ARTICLES));
  });
});

describe('extractorVersion', () => {
  it('changes when a model, lexicon or code file under the extractor folder changes, is added or renamed', () => {
    const root = join(dir, 'extract');
    mkdirSync(join(root, 'model'), { recursive: true });
    writeFileSync(join(root, 'model', 'weights.bin'), 'v1');
    writeFileSync(join(root, 'rules.ts'), 'export const X = 1;');
    const versions = [extractorVersion(root)];
    writeFileSync(join(root, 'model', 'weights.bin'), 'v2');
    versions.push(extractorVersion(root));
    writeFileSync(join(root, 'words.json'), '[]');
    versions.push(extractorVersion(root));
    renameSync(join(root, 'words.json'), join(root, 'names.json'));
    versions.push(extractorVersion(root));
    expect(new Set(versions).size).toBe(4);
    expect(extractorVersion(root)).toBe(versions[3]);
    expect(versions[0]).toMatch(/^[0-9a-f]{64}$/);
  });
});
