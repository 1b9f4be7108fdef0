// The per-article half of resolution: each mention cleaned and keyed, then typed from its own article.
import type { ArticleExtraction } from '../types.js';
import { applyCompassForms, applyContextTypes, applySurnameTypes } from './context-type.js';
import { dropHeadingBodies } from './headings.js';
import { type MentionInfo, type MentionMemo, prepareMentionMemo } from './mentions.js';
import type { PlaceIndex } from './places.js';

/**
 * One article's mentions as resolution first sees them (null for a junk span or a dropped heading
 * body): cleaned forms and keys, then types from the article around them. It reads nothing but the
 * article and the place index, so its result can be kept beside the article's extraction (see
 * src/cache/prepared.ts); the corpus-wide steps run after it.
 */
export function prepareArticle(ex: ArticleExtraction, places: PlaceIndex, memo: MentionMemo): (MentionInfo | null)[] {
  const infos = ex.mentions.map((m, j) => prepareMentionMemo(m, j, places, memo));
  dropHeadingBodies(ex, infos, places);
  applyContextTypes(infos, ex.article.text, places);
  applySurnameTypes(infos, places);
  applyCompassForms(infos, places);
  return infos;
}
