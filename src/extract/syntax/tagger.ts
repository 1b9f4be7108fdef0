// Greedy left-to-right POS tagging with the averaged-perceptron model (joint UPOS|XPOS classes).
import { argmax, type Scorer } from './linear-model.js';
import {
  contextTagFeatures,
  DYNAMIC_TAG_FEATURES,
  dynamicTagFeatures,
  MAX_TAG_FEATURES,
  prevTagWordFeatures,
  STATIC_TAG_FEATURES,
  staticTagFeatures,
  TAG_PAIR_FEATURES,
  tagPairFeatures,
  WORD_TAG_FEATURES,
  wordTagFeatures,
} from './tag-features.js';
import type { WordHashes } from './words.js';

/** Scores one token's classes from its features (the trained model, or the perceptron while training). */
export type TagScorer = (feats: Int32Array, n: number) => Int32Array | Float64Array;

const feats = new Int32Array(MAX_TAG_FEATURES);

/**
 * Tags a hashed sentence; returns one class id per word. Words in `dictionary` (form hash → class; frequent,
 * unambiguous words) take their class without scoring.
 */
export function tagHashed(h: WordHashes, score: TagScorer, classes: number, dictionary?: Map<number, number>): Int32Array {
  return decodeGreedy(h, classes, dictionary, (i, p1, p2) => {
    staticTagFeatures(h, i, feats, 0);
    dynamicTagFeatures(h, i, p1, p2, feats, STATIC_TAG_FEATURES);
    return score(feats, STATIC_TAG_FEATURES + DYNAMIC_TAG_FEATURES);
  });
}

/**
 * The left-to-right loop both taggers share: a dictionary word takes its class, any other the best of the
 * scores `scoreAt` gives it from the two classes before it.
 */
function decodeGreedy(
  h: WordHashes,
  classes: number,
  dictionary: Map<number, number> | undefined,
  scoreAt: (i: number, p1: number, p2: number) => Int32Array | Float64Array,
  fixed?: Int32Array,
): Int32Array {
  const out = new Int32Array(h.n);
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < h.n; i++) {
    let best = fixed && fixed[i]! >= 0 ? fixed[i]! : (dictionary?.get(h.form[i]!) ?? -1);
    if (best < 0) best = argmax(scoreAt(i, p1, p2), classes);
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

/** Scores of the TAG_PAIR_FEATURES per model and pair of previous tags, at (p1 + 1) * (classes + 1) + p2 + 1. */
const pairScores = new WeakMap<Scorer, (Int32Array | undefined)[]>();
const CONTEXT_FEATURES = STATIC_TAG_FEATURES - WORD_TAG_FEATURES + DYNAMIC_TAG_FEATURES - TAG_PAIR_FEATURES;
let tagScores = new Int32Array(0);

/**
 * tagHashed() over a trained model, faster: the scores of a word's own features (form, affixes, shape, classes)
 * are computed once per word and model, those of the two previous tags once per pair and model, and added to those
 * of its context features (integer sums: the same classes as tagHashed()). `fixed` holds a class per word that the
 * caller already knows (-1 elsewhere); the words after it see it as context.
 */
export function tagWithModel(h: WordHashes, model: Scorer, classes: number, dictionary?: Map<number, number>, fixed?: Int32Array): Int32Array {
  let pairs = pairScores.get(model);
  if (!pairs) {
    pairs = [];
    pairScores.set(model, pairs);
  }
  if (tagScores.length < model.classes) tagScores = new Int32Array(model.classes);
  const scores = tagScores;
  const c = model.classes;
  return decodeGreedy(h, classes, dictionary, (i, p1, p2) => {
    const own = wordVector(model, h, i);
    const pair = pairVector(pairs, model, p1, p2);
    contextTagFeatures(h, i, feats, 0);
    prevTagWordFeatures(h, i, p1, feats, STATIC_TAG_FEATURES - WORD_TAG_FEATURES);
    model.score(feats, CONTEXT_FEATURES, scores);
    for (let l = 0; l < c; l++) scores[l]! += own[l]! + pair[l]!;
    return scores;
  }, fixed);
}

/** The scores of word i's WORD_TAG_FEATURES, cached on the word's record (for one model at a time). */
function wordVector(model: Scorer, h: WordHashes, i: number): Int32Array {
  const record = h.records[i]!;
  if (record.tagScoresOf === model) return record.tagScores!;
  const v = new Int32Array(model.classes);
  wordTagFeatures(h, i, feats, 0);
  model.score(feats, WORD_TAG_FEATURES, v);
  record.tagScores = v;
  record.tagScoresOf = model;
  return v;
}

function pairVector(pairs: (Int32Array | undefined)[], model: Scorer, p1: number, p2: number): Int32Array {
  const at = (p1 + 1) * (model.classes + 1) + p2 + 1;
  let v = pairs[at];
  if (!v) {
    v = new Int32Array(model.classes);
    tagPairFeatures(p1, p2, feats, 0);
    model.score(feats, TAG_PAIR_FEATURES, v);
    pairs[at] = v;
  }
  return v;
}
