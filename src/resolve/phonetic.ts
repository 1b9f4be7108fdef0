// Transliteration folding keys and a bounded edit distance, for spelling variants of names.
import { TRANSLIT_FOLDS } from '../extract/lexicons/names.js';

const foldMemo = new Map<string, string>();
const MEMO_LIMIT = 200_000;

/** Folds one lower-case word so transliteration variants agree ("arkadiy", "arkady" → "arkadi"); initials stay. */
export function foldWord(word: string): string {
  if (word.length < 2) return word;
  const seen = foldMemo.get(word);
  if (seen !== undefined) return seen;
  let w = word;
  for (const [re, to] of TRANSLIT_FOLDS) w = w.replace(re, to);
  if (foldMemo.size >= MEMO_LIMIT) foldMemo.clear();
  foldMemo.set(word, w);
  return w;
}

/** Folds every word of a space-separated key. */
export function foldWords(words: readonly string[]): string {
  return words.map(foldWord).join(' ');
}

/**
 * Levenshtein distance between `a` and `b` when it is at most `max`, else `max + 1`.
 * Names are short, so a full table (two reused rows) with an early exit on the row minimum is enough.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 2);
    rowB = new Int32Array(b.length * 2 + 2);
  }
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);
