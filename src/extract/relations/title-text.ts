// How a title reads in the graph: capitalised words, without a past prefix ("ex-", "then-").
import { PAST_PREFIXES } from '../lexicons/frames.js';

/** "defense minister" → "Defense Minister". */
export function titleCase(title: string): string {
  return title.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The word without a past prefix ("ex-president" → "president"), and whether it had one. */
export function withoutPastPrefix(word: string): { word: string; past: boolean } {
  const lower = word.toLowerCase();
  const prefix = PAST_PREFIXES.find((p) => lower.startsWith(p));
  return prefix ? { word: word.slice(prefix.length), past: true } : { word, past: false };
}
