// How a title reads in the graph: capitalised words, without a past prefix ("ex-", "then-") or a word of tenure ("new").
import { PAST_PREFIXES } from '../lexicons/frames.js';
import { TENURE_MODIFIERS } from '../lexicons/titles.js';

const TENURE = new Set(TENURE_MODIFIERS);

/** "defense minister" → "Defense Minister"; "new chief executive" → "Chief Executive". */
export function titleCase(title: string): string {
  const words = title.split(' ');
  while (words.length > 1 && TENURE.has(words[0]!.toLowerCase())) words.shift();
  return words.join(' ').replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The word without a past prefix ("ex-president" → "president"), and whether it had one. */
export function withoutPastPrefix(word: string): { word: string; past: boolean } {
  const lower = word.toLowerCase();
  const prefix = PAST_PREFIXES.find((p) => lower.startsWith(p));
  return prefix ? { word: word.slice(prefix.length), past: true } : { word, past: false };
}
