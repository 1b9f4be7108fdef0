// Ingest on the project's real inputs: the seed articles, the dev articles and the BBC corpus.
// Assertions are about structure and clutter (UI phrases), never about the names in these texts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isLexiconClutter } from '../../src/ingest/clutter-rules.js';
import { ingest, readInputFile } from '../../src/ingest/index.js';
import { normalizeChars } from '../../src/ingest/normalize.js';
import { requiredInCi } from '../eval/helpers/ci.js';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const DEV = join(import.meta.dirname, '..', '..', '..', 'shared', 'eval', 'dev', 'articles');
const BBC = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'bbc');

// Every line of the raw file that is clearly a sentence (12+ words, sentence-final punctuation)
// and not boilerplate from the UI lexicon.
function sentenceLines(file: string): string[] {
  return normalizeChars(readFileSync(file, 'utf8'))
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.split(' ').length >= 12 && /[.!?"”’]$/.test(line) && !isLexiconClutter(line));
}

describe('seed articles', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();

  it.each(files)('%s: one article, id keeps the NNN_ stem, every sentence line survives', async (name) => {
    const { articles, skipped, warnings } = await readInputFile(join(SEEDS, name));
    expect({ skipped, warnings }).toEqual({ skipped: [], warnings: [] });
    const [article] = articles;
    expect(article!.id).toMatch(new RegExp(`^${name.replace('.txt', '')}-[0-9a-f]{8}$`));
    expect(article!.path).toBe(`seeds/${name}`);
    for (const line of sentenceLines(join(SEEDS, name))) {
      expect(article!.text).toContain(line.replace(/^date \d{4}-\d{2}-\d{2} /, ''));
    }
    expect(article!.text).not.toMatch(/\n{3}|[^\n]\n[^\n]|^\s|\s$/);
  });

  it.each([
    'Currency converter',
    'All news',
    'Use filter',
    'You can filter your feed',
    '1 pages in this article',
    '©',
    'UTC+3',
    'Show more',
    'In other media',
    'Partner News',
    'Get the latest news from',
    'Go to the mediabank',
    'Subscribe',
    'Newsfeed',
    'To participate in the discussion',
    'log in or register',
    'loader',
    'Chats',
    ' date 20',
  ])('no seed keeps the clutter "%s"', async (clutter) => {
    const { articles } = await ingest([SEEDS]);
    expect(articles).toHaveLength(files.length);
    for (const article of articles) expect(article.text).not.toContain(clutter);
  });

  it('no seed keeps a line in a non-Latin script', async () => {
    const { articles } = await ingest([SEEDS]);
    for (const article of articles) expect(article.text).not.toMatch(/\p{Script=Cyrillic}{3}/u);
  });

  it('reads the leading date of seed 000 and the time stamp of seed 001', async () => {
    const { articles } = await ingest([SEEDS]);
    expect(articles.map((a) => a.date)).toEqual(['2017-05-22', '2016-03-28', undefined, undefined, undefined]);
  });
});

describe.skipIf(!requiredInCi(existsSync(DEV), DEV))('dev articles', () => {
  it('reads header metadata and unwraps the hard-wrapped one', async () => {
    const { articles, skipped } = await ingest([DEV]);
    expect(skipped).toEqual([]);
    for (const article of articles) {
      expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(article.url).toMatch(/^https?:\/\//);
      expect(article.source).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
      expect(article.text).not.toMatch(/^source:|^date:|[^\n]\n[^\n]|\(Image credit|©/m);
    }
  });
});

describe.skipIf(!requiredInCi(existsSync(BBC), BBC))('BBC corpus', () => {
  it('reads a file with a stray Latin-1 byte with a warning', async () => {
    const { articles, warnings } = await readInputFile(join(BBC, 'sport', '199.txt'));
    expect(articles[0]!.text).toContain('£15.8m');
    expect(warnings).toEqual([expect.stringMatching(/sport\/199\.txt: not valid UTF-8 \(first bad byte at offset \d+\)/)]);
  });

  it('takes the first line as the title', async () => {
    const { articles } = await readInputFile(join(BBC, 'business', '001.txt'));
    const firstLine = readFileSync(join(BBC, 'business', '001.txt'), 'utf8').split('\n')[0];
    expect(articles[0]!.title).toBe(firstLine);
    expect(articles[0]!.text.startsWith(`${firstLine}\n\n`)).toBe(true);
  });
});
