// Bounds on the work one article can ask for: long sentences split, absurd tokens skipped, mentions capped.
import type { Mention, Sentence, Token } from '../types.js';

/**
 * Sentences with more tokens than this are split into pieces of this many tokens (a run-on list
 * "A and B and A and B …" or a table flattened into one line), so per-sentence steps stay small.
 * @default 150
 */
export const MAX_SENTENCE_TOKENS = 150;

/**
 * A sentence holding a token longer than this many characters is skipped (no mentions, no relations):
 * no word is that long, and the tagger's patterns are not made for megabyte tokens.
 * @default 200
 */
export const MAX_TOKEN_CHARS = 200;

/**
 * At most this many mentions per sentence are kept (the first ones), before relation extraction.
 * @default 50
 */
export const MAX_MENTIONS_PER_SENTENCE = 50;

/** Sentences and their tokens after the bounds above; offsets still point into the same article text. */
export interface BoundedSentences {
  sentences: Sentence[];
  tokens: Token[][];
}

/**
 * Splits sentences over MAX_SENTENCE_TOKENS tokens and empties those holding a token over
 * MAX_TOKEN_CHARS characters (their span becomes empty at their start). Pure; returns the input
 * arrays unchanged when nothing is over a bound.
 */
export function boundSentences(text: string, sentences: Sentence[], tokens: Token[][]): BoundedSentences {
  const over = (ts: Token[]) => ts.length > MAX_SENTENCE_TOKENS || ts.some((t) => t.end - t.start > MAX_TOKEN_CHARS);
  if (!tokens.some(over)) return { sentences, tokens };
  const out: BoundedSentences = { sentences: [], tokens: [] };
  sentences.forEach((sentence, i) => {
    const ts = tokens[i]!;
    if (ts.some((t) => t.end - t.start > MAX_TOKEN_CHARS)) {
      out.sentences.push({ start: sentence.start, end: sentence.start, text: '' });
      out.tokens.push([]);
      return;
    }
    if (ts.length <= MAX_SENTENCE_TOKENS) {
      out.sentences.push(sentence);
      out.tokens.push(ts);
      return;
    }
    for (let from = 0; from < ts.length; from += MAX_SENTENCE_TOKENS) {
      const piece = ts.slice(from, from + MAX_SENTENCE_TOKENS);
      const start = piece[0]!.start;
      const end = piece.at(-1)!.end;
      out.sentences.push({ start, end, text: text.slice(start, end) });
      out.tokens.push(piece);
    }
  });
  return out;
}

/** Keeps the first MAX_MENTIONS_PER_SENTENCE mentions of each sentence (mentions sorted by offset). */
export function capMentions(mentions: Mention[]): Mention[] {
  const seen = new Map<number, number>();
  return mentions.filter((m) => {
    const n = (seen.get(m.sentence) ?? 0) + 1;
    seen.set(m.sentence, n);
    return n <= MAX_MENTIONS_PER_SENTENCE;
  });
}
