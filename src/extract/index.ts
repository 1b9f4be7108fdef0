// Per-article extraction: sentences, entity mentions, and the relations between them.
import type { Article, ArticleExtraction } from '../types.js';
import { boundSentences, capMentions } from './limits.js';
import { findMentions } from './ner/index.js';
import { extractRelations } from './relations/index.js';
import { splitSentences, tokenize } from './text/index.js';

/**
 * Extracts one article: splits sentences, finds mentions with the tagger, adjusts them and finds
 * the relations stated between them. Pure and deterministic.
 * @example extractArticle(article).relations.filter((r) => r.predicate === 'QUOTED_IN')
 */
export function extractArticle(article: Article): ArticleExtraction {
  const split = splitSentences(article.text);
  const { sentences, tokens } = boundSentences(article.text, split, split.map((s) => tokenize(s.text, s.start)));
  const found = capMentions(findMentions(article.text, sentences, tokens));
  const { mentions, relations } = extractRelations({ text: article.text, sentences, tokens, mentions: found, articleDate: article.date });
  return { article, sentences, mentions, relations };
}
