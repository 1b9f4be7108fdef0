// src/extract/limits.ts: long sentences split, sentences with absurd tokens skipped, mentions capped.
import { describe, expect, it } from 'vitest';
import { boundSentences, capMentions, MAX_MENTIONS_PER_SENTENCE, MAX_SENTENCE_TOKENS } from '../../src/extract/limits.js';
import { extractArticle } from '../../src/extract/index.js';
import { splitSentences, tokenize } from '../../src/extract/text/index.js';
import type { Mention } from '../../src/types.js';
import { conjunctionSentence, oneToken } from './shapes.js';

function bound(text: string) {
  const sentences = splitSentences(text);
  return boundSentences(text, sentences, sentences.map((s) => tokenize(s.text, s.start)));
}

describe('boundSentences', () => {
  it('splits a run-on sentence into pieces of at most MAX_SENTENCE_TOKENS tokens, offsets intact', () => {
    const text = conjunctionSentence(20_000);
    const { sentences, tokens } = bound(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const [i, s] of sentences.entries()) {
      expect(tokens[i]!.length).toBeLessThanOrEqual(MAX_SENTENCE_TOKENS);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    const whole = splitSentences(text).flatMap((s) => tokenize(s.text, s.start));
    expect(tokens.flat()).toEqual(whole);
  });

  it('skips a sentence holding a megabyte token, keeps the others', () => {
    const text = `Anna Ortega met Boris Lind in Freedonia. Z${oneToken(1_000_000).trim()}. Clara Venn left.`;
    const { sentences, tokens } = bound(text);
    expect(tokens.map((t) => t.length > 0)).toEqual([true, false, true]);
    expect(sentences[1]!.text).toBe('');
  });

  it('leaves ordinary text as it is (the same arrays)', () => {
    const text = 'Anna Ortega met Boris Lind in Freedonia. They spoke for an hour.';
    const sentences = splitSentences(text);
    const tokens = sentences.map((s) => tokenize(s.text, s.start));
    const out = boundSentences(text, sentences, tokens);
    expect(out.sentences).toBe(sentences);
    expect(out.tokens).toBe(tokens);
  });
});

describe('capMentions', () => {
  it('keeps the first MAX_MENTIONS_PER_SENTENCE mentions of each sentence', () => {
    const mention = (sentence: number, start: number): Mention => ({ start, end: start + 1, text: 'x', type: 'Person', sentence });
    const many = [...Array(MAX_MENTIONS_PER_SENTENCE + 10).keys()].map((i) => mention(0, i));
    const kept = capMentions([...many, mention(1, 1000)]);
    expect(kept.filter((m) => m.sentence === 0)).toHaveLength(MAX_MENTIONS_PER_SENTENCE);
    expect(kept.at(-1)).toEqual(mention(1, 1000));
  });
});

describe('extractArticle on hostile shapes', () => {
  it.each([
    ['a 3 MB single token', oneToken(3_000_000)],
    ['a 100 KB run-on conjunction', conjunctionSentence(100_000)],
  ])('extracts %s within seconds', (_, text) => {
    const started = performance.now();
    const ex = extractArticle({ id: 'x-00000000', path: 'x.txt', title: '', text });
    expect(performance.now() - started).toBeLessThan(20_000);
    const perSentence = new Map<number, number>();
    for (const m of ex.mentions) perSentence.set(m.sentence, (perSentence.get(m.sentence) ?? 0) + 1);
    expect(Math.max(0, ...perSentence.values())).toBeLessThanOrEqual(MAX_MENTIONS_PER_SENTENCE);
  }, 60_000);
});
