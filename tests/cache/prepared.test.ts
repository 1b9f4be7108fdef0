// Prepared mentions kept in the cache: the compact form round-trips, resolution from them equals resolution without,
// and they are read back only when written by the same resolver and well formed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey } from '../../src/cache/codec.js';
import { CACHE_FOLDER, type CachedExtractResult, extractWithCache } from '../../src/cache/index.js';
import { decodePrepared, encodePrepared } from '../../src/cache/prepared.js';
import { extractArticle } from '../../src/extract/index.js';
import { type MentionInfo, prepareArticle, resolveCorpus } from '../../src/resolve/index.js';
import { GAZETTEER, memoPlaces } from '../../src/resolve/places.js';
import type { Article, Mention } from '../../src/types.js';
import { inventedArticles } from '../parallel/articles.js';

const ARTICLES = inventedArticles(6);
const V1 = 'a'.repeat(64);
const R1 = 'c'.repeat(64);
const R2 = 'd'.repeat(64);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'kg-prepared-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (resolver = R1) => extractWithCache(ARTICLES, dir, { workers: 1, version: V1, resolver });
const entryPath = (article: Article) => {
  const key = contentKey(article);
  return join(dir, CACHE_FOLDER, V1.slice(0, 16), key.slice(0, 2), `${key}.json`);
};
/** Resolves as the pipeline does with a cache: prepared mentions from it, the new ones written into it. */
const resolveWith = (result: CachedExtractResult) =>
  resolveCorpus(result.extractions, {
    prepared: result.prepared,
    onPrepared: (i, infos) => result.storePrepared(result.extractions[i]!, infos),
  });
const sameResolution = (a: ReturnType<typeof resolveCorpus>, b: ReturnType<typeof resolveCorpus>) =>
  expect(JSON.stringify([a.entities, a.mentionEntity])).toBe(JSON.stringify([b.entities, b.mentionEntity]));

const GEO = { lat: 1, lon: 2, country: 'FR' };
const mention = (text: string, extra: Partial<Mention> = {}): Mention => ({ start: 0, end: text.length, text, type: 'Organization', sentence: 0, ...extra });
const info = (m: Mention, extra: Partial<MentionInfo>): MentionInfo => ({
  index: 0,
  start: m.start,
  end: m.end,
  form: m.text,
  ownKey: m.text.toLowerCase(),
  key: m.text.toLowerCase(),
  type: m.type,
  demonym: false,
  generic: false,
  ...extra,
});

describe('encodePrepared / decodePrepared', () => {
  it.each([
    ['a plain name', mention('Acme'), {}],
    ['another form and key', mention('the Acme'), { form: 'Acme', ownKey: 'acme', key: 'acme corp' }],
    ['a demonym with its canonical', mention('French', { type: 'Location', canonical: 'France' }), { type: 'Location' as const, canonical: 'France', key: 'france', demonym: true }],
    ['a place with its position', mention('Karsk', { type: 'Location', geo: GEO }), { type: 'Location' as const, geo: GEO }],
    ['a place whose position was dropped', mention('East', { type: 'Location', geo: GEO }), { type: 'Location' as const, key: 'east velto' }],
    ['a titled person', mention('President Ortega', { type: 'Person' }), { type: 'Person' as const, form: 'Ortega', ownKey: 'ortega', key: 'ortega', titled: true }],
    ['a generic head', mention('army'), { generic: true }],
    ['a leader-named body', mention('Ortega regime'), { ledBy: 'ortega' }],
    ['a body a title is held at', mention('Bluehouse'), { titleOrg: true }],
    ['a leader-named body with a canonical', mention('Velto regime', { canonical: 'Velto' }), { canonical: 'Velto', ledBy: 'velto' }],
  ])('round-trips %s, fields in the same order', (_name, m, extra) => {
    const infos = [info(m, extra), null];
    const mentions = [m, mention('x')];
    const back = decodePrepared(mentions, JSON.parse(JSON.stringify(encodePrepared(mentions, infos))));
    expect(JSON.stringify(back)).toBe(JSON.stringify(infos));
    expect(back).toEqual(infos);
  });

  it('round-trips the prepared mentions of real articles', () => {
    const places = memoPlaces(GAZETTEER);
    for (const article of ARTICLES) {
      const ex = extractArticle(article);
      const infos = prepareArticle(ex, places, new Map());
      expect(infos.some((i) => i !== null)).toBe(true);
      expect(JSON.stringify(decodePrepared(ex.mentions, encodePrepared(ex.mentions, infos)))).toBe(JSON.stringify(infos));
    }
  });

  it('refuses a field it has no code for', () => {
    const m = mention('Acme');
    const odd = { ...info(m, {}), extra: 1 } as MentionInfo;
    expect(() => encodePrepared([m], [odd])).toThrow(/field extra has no code/);
  });

  it.each([
    ['not a list', {}, /not matching the mentions/],
    ['another length', [0, 0], /not matching the mentions/],
    ['a bad type', [[0, 'acme', 0, 7, 0]], /prepared mention 0 malformed/],
    ['a key that is no string', [[0, 3, 0, 1, 0]], /prepared mention 0 malformed/],
    ['unknown flags', [[0, 'acme', 0, 1, 64]], /prepared mention 0 malformed/],
  ])('rejects codes that are %s', (_name, codes, reason) => {
    expect(decodePrepared([mention('Acme')], codes)).toMatch(reason);
  });
});

describe('prepared mentions in the extraction cache', () => {
  it('are written after the first resolution, read back by the next, and resolve the same', async () => {
    const first = await run();
    expect(first.prepared.every((p) => p === undefined)).toBe(true);
    const fresh = resolveWith(first);
    expect(readFileSync(entryPath(ARTICLES[0]!), 'utf8')).toContain(`"prepared":{"version":"${R1}"`);
    const second = await run();
    expect(second.cache).toEqual({ hits: 6, misses: 0, rejected: 0, pruned: 0 });
    expect(second.prepared.every((p) => p !== undefined)).toBe(true);
    sameResolution(resolveWith(second), fresh);
    sameResolution(resolveCorpus(second.extractions), fresh);
  });

  it('are not used when the resolver changed, but the extractions still are, and are written again', async () => {
    resolveWith(await run());
    const next = await run(R2);
    expect(next.cache.hits).toBe(6);
    expect(next.prepared.every((p) => p === undefined)).toBe(true);
    resolveWith(next);
    expect((await run(R2)).prepared.every((p) => p !== undefined)).toBe(true);
  });

  it('reports a damaged section, prepares that article again and keeps its extraction', async () => {
    const fresh = resolveWith(await run());
    const target = entryPath(ARTICLES[2]!);
    writeFileSync(target, readFileSync(target, 'utf8').replace(/"mentions":\[\[/g, '"mentions":[[9,'));
    const next = await run();
    expect(next.cache).toEqual({ hits: 6, misses: 0, rejected: 0, pruned: 0 });
    expect(next.warnings).toEqual([expect.stringMatching(new RegExp(`for ${ARTICLES[2]!.path}: prepared mention 0 malformed; prepared again`))]);
    expect(next.prepared.map((p) => p === undefined)).toEqual([false, false, true, false, false, false]);
    sameResolution(resolveWith(next), fresh);
    expect((await run()).warnings).toEqual([]);
  });
});
