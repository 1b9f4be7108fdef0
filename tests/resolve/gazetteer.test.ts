// Resolution with the project gazetteer (no injected places): demonyms, case, capitals, geo.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { entityOf, makeExtraction } from './fixtures.js';

describe('resolveCorpus with the project gazetteer', () => {
  const corpus = resolveCorpus([
    makeExtraction('g0', 'Peruvian police said LIMA was calm. Peru voted.', [
      ['Peruvian', 'Location', { canonical: 'Peru' }],
      ['LIMA', 'Location'],
      ['Peru', 'Organization'],
    ]),
    makeExtraction('g1', 'Rain fell in Lima and across Norway.', [
      ['Lima', 'Location'],
      ['Norway', 'Location'],
    ]),
  ]);

  it.each([
    ['g0:Peruvian', 'location:peru'],
    ['g0:Peru', 'location:peru'],
    ['g0:LIMA', 'location:lima'],
    ['g1:Lima', 'location:lima'],
    ['g1:Norway', 'location:norway'],
  ])('%s → %s', (ref, id) => {
    const [article, surface] = ref.split(':');
    const doc = corpus.extractions.findIndex((e) => e.article.id === article);
    expect(entityOf(corpus, `${doc}:${surface}`)?.id).toBe(id);
  });

  it('names places by the gazetteer and gives them positions', () => {
    const lima = corpus.entities.find((e) => e.id === 'location:lima');
    expect(lima).toMatchObject({ name: 'Lima', type: 'Location', aliases: ['LIMA'] });
    expect(lima?.geo?.country).toBe('PE');
    expect(corpus.entities.find((e) => e.id === 'location:peru')?.aliases).toEqual([]);
  });
});

describe('other names of cities', () => {
  const corpus = resolveCorpus([
    extractArticle({ id: 'c0', path: 'c0', title: '', text: 'Traders in Bombay sold shares on Monday. Banks in Bombay were closed.' }),
    extractArticle({ id: 'c1', path: 'c1', title: '', text: 'Traders in Mumbai bought shares on Tuesday.' }),
    extractArticle({ id: 'c2', path: 'c2', title: '', text: 'Monks marched in Rangoon on Friday.' }),
  ]);
  const place = (name: string) => corpus.entities.find((e) => e.type === 'Location' && (e.name === name || e.aliases.includes(name)));

  it('merges a city with its other name and names it as the articles write it', () => {
    expect(place('Bombay')).toBe(place('Mumbai'));
    expect(place('Mumbai')).toMatchObject({ name: 'Mumbai', aliases: ['Bombay'] });
    // Only the other name is written: it stays the label.
    expect(place('Rangoon')?.name).toBe('Rangoon');
  });
});
