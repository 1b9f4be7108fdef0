// Greedy left-to-right POS tagging with the averaged-perceptron model (joint UPOS|XPOS classes).
import { argmax, type Scorer } from './linear-model.js';
import { DYNAMIC_TAG_FEATURES, dynamicTagFeatures, MAX_TAG_FEATURES, STATIC_TAG_FEATURES, staticTagFeatures } from './tag-features.js';
import type { WordHashes } from './words.js';

/** Scores one token's classes from its features (the trained model, or the perceptron while training). */
export type TagScorer = (feats: Int32Array, n: number) => Int32Array | Float64Array;

const feats = new Int32Array(MAX_TAG_FEATURES);

/**
 * Tags a hashed sentence; returns one class id per word. Words in `dictionary` (form hash → class; frequent,
 * unambiguous words) take their class without scoring.
 */
export function tagHashed(h: WordHashes, score: TagScorer, classes: number, dictionary?: Map<number, number>): Int32Array {
  const out = new Int32Array(h.n);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < h.n; i++) {
    let best = dictionary?.get(h.form[i]!) ?? -1;
    if (best < 0) {
      staticTagFeatures(h, i, feats, 0);
      dynamicTagFeatures(h, i, p1, p2, feats, STATIC_TAG_FEATURES);
      best = argmax(score(feats, STATIC_TAG_FEATURES + DYNAMIC_TAG_FEATURES), classes);
    }
    out[i] = best;
    p2 = p1;
    p1 = best;
  }
  return out;
}

/** A scorer over a trained model, reusing one score buffer. */
export function modelScorer(model: Scorer): TagScorer {
  const scores = new Int32Array(model.classes);
  return (f, n) => {
    model.score(f, n, scores);
    return scores;
  };
}
