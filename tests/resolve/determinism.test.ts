// Same articles in any order → same entities, ids and mention links.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.js';
import type { ResolvedCorpus } from '../../src/types.js';
import { type ArticleSpec, FAKE_PLACES, makeExtraction, shuffled } from './fixtures.js';

const ARTICLES: ArticleSpec[] = [
  ['President Anna Ortega met Ivan Volkov in Strelsau. Ortega said Volkov agreed.', [['President Anna Ortega', 'Person'], ['Ivan Volkov', 'Person'], ['Strelsau', 'Location'], ['Ortega', 'Person'], ['Volkov', 'Person']]],
  ['Pyotr Volkov of the Northern Defence Forces (NDF) spoke. Volkov denied it.', [['Pyotr Volkov', 'Person'], ['Northern Defence Forces', 'Organization'], ['NDF', 'Organization'], ['Volkov', 'Person']]],
  ['The NDF and Ruritanian troops entered Ostravik.', [['NDF', 'Organization'], ['Ruritanian', 'Location', { canonical: 'Ruritania' }], ['Ostravik', 'Location']]],
  ['Sergey Volkov flew from Ostravick to STRELSAU.', [['Sergey Volkov', 'Person'], ['Ostravick', 'Location'], ['STRELSAU', 'Organization']]],
  ['Sergei Volkov and Ortega & Sons and Ortega Sons.', [['Sergei Volkov', 'Person'], ['Ortega & Sons', 'Organization'], ['Ortega Sons', 'Organization']]],
  ['Volkov was not reached. Zenda was hit.', [['Volkov', 'Person'], ['Zenda', 'Organization']]],
  ['Zenda and Zenda again.', [['Zenda', 'Location'], ['Zenda', 'Location']]],
];

/** Entity ids per article id and mention index, independent of article order. */
function byArticle(corpus: ResolvedCorpus): Record<string, (string | null)[]> {
  const out: Record<string, (string | null)[]> = {};
  corpus.extractions.forEach((ex, i) => {
    out[ex.article.id] = corpus.mentionEntity[i]!;
  });
  return out;
}

describe('determinism', () => {
  const extractions = ARTICLES.map(([text, specs], i) => makeExtraction(`a${i}`, text, specs));
  const reference = resolveCorpus(extractions, { places: FAKE_PLACES });

  it.each([1, 2, 3, 4, 5])('shuffle seed %i gives the same entities and links', (seed) => {
    const corpus = resolveCorpus(shuffled(extractions, seed), { places: FAKE_PLACES });
    expect(JSON.stringify(corpus.entities)).toBe(JSON.stringify(reference.entities));
    expect(byArticle(corpus)).toEqual(byArticle(reference));
  });

  it('keeps the input extractions and aligns mentionEntity with them', () => {
    expect(reference.extractions.map((e) => e.article.id)).toEqual(extractions.map((e) => e.article.id));
    expect(reference.mentionEntity.map((row) => row.length)).toEqual(extractions.map((e) => e.mentions.length));
  });
});
