// Training-data augmentation: headline-style Title Case copies of sentences, which CoNLL lacks.
import type { ConllDocument, ConllSentence } from './conll.js';

/** Short function words left in lowercase by headline capitalization. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as']);

/** Share of documents that get a Title Case copy of one sentence as their first line. */
const TITLE_SHARE = 0.3;

/** The sentence as a Title Case headline ("Rebels take the town" → "Rebels Take the Town"). */
export function titleCase(s: ConllSentence): ConllSentence {
  const tokens = s.tokens.map((t, i) => (i > 0 && SMALL_WORDS.has(t) ? t : t.charAt(0).toUpperCase() + t.slice(1)));
  return { tokens, tags: s.tags };
}

/** Adds a Title Case copy of a random mixed-case sentence to the start of some documents (seeded). */
export function augmentTitleCase(docs: ConllDocument[], rand: () => number): ConllDocument[] {
  return docs.map((doc) => {
    if (rand() >= TITLE_SHARE) return doc;
    const candidates = doc.filter((s) => s.tokens.length >= 5 && s.tokens.length <= 25 && s.tokens.some((t) => /^[a-z]{4,}$/.test(t)));
    if (candidates.length === 0) return doc;
    const pick = candidates[Math.floor(rand() * candidates.length)]!;
    return [titleCase(pick), ...doc];
  });
}
