// Document-level "extended prediction history": how earlier mentions of a word were tagged.
import { feat1, feat2 } from './hash.js';
import { T } from './features.js';
import { typeOfLabel } from './labels.js';
import type { WordInfo } from './word-info.js';

/** Type counts (O, PER, ORG, LOC, MISC) of the labels given to each capitalized word so far in a document. */
export type History = Map<string, Int32Array>;

/** Records that capitalized word `w` got label column `label`. */
export function recordLabel(history: History, w: WordInfo, label: number): void {
  if (!w.cap || !w.alpha) return;
  let counts = history.get(w.lower);
  if (!counts) {
    counts = new Int32Array(5);
    history.set(w.lower, counts);
  }
  counts[typeOfLabel(label)]!++;
}

/**
 * Writes dynamic feature ids (previous tags, history) of a token into `out` at `k`; returns the new count.
 * `prev1`/`prev2` are label columns, -1 before the sentence start. The second stage passes no
 * history: it reads the first stage's labels of the whole document instead.
 */
export function dynamicFeatures(w: WordInfo, prev1: number, prev2: number, history: History | undefined, out: Int32Array, k: number): number {
  return wordDynamicFeatures(w, prev1, history, out, labelPairFeatures(prev1, prev2, out, k));
}

/** Writes the features of the two previous labels alone (the first of dynamicFeatures()): a decoder may score them once per pair. */
export function labelPairFeatures(prev1: number, prev2: number, out: Int32Array, k: number): number {
  out[k++] = feat1(T.T1, prev1 + 1);
  out[k++] = feat2(T.T2, prev2 + 1, prev1 + 1);
  return k;
}

/** Writes the other dynamic features: the previous label with the word, and the word's history. */
export function wordDynamicFeatures(w: WordInfo, prev1: number, history: History | undefined, out: Int32Array, k: number): number {
  out[k++] = feat2(T.T1_LW, prev1 + 1, w.lw);
  out[k++] = feat2(T.T1_SS, prev1 + 1, w.shortShape);
  if (!history || !w.cap || !w.alpha) return k;
  const counts = history.get(w.lower);
  if (!counts) return k;
  let best = 0;
  let total = 0;
  for (let t = 0; t < 5; t++) {
    total += counts[t]!;
    if (counts[t]! > counts[best]!) best = t;
  }
  const unanimous = counts[best] === total ? 1 : 0;
  out[k++] = feat2(T.EPH, best, unanimous);
  out[k++] = feat2(T.EPH_SS, best, w.shortShape);
  return k;
}

/** Upper bound on the number of dynamic features. */
export const MAX_DYNAMIC_FEATURES = 6;
