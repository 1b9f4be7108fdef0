// Resolution with the project gazetteer (no injected places): demonyms, case, capitals, geo.
import { describe, expect, it } from 'vitest';
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
