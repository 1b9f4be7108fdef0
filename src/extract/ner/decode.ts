// Greedy left-to-right decoding of a document with previous-tag and document-history features.
import type { SentenceContext } from './context.js';
import { MAX_STATIC_FEATURES, staticFeatures } from './features.js';
import { dynamicFeatures, type History, MAX_DYNAMIC_FEATURES, recordLabel, wordDynamicFeatures } from './history.js';
import { allowedAfter, NUM_LABELS } from './labels.js';
import { NerModel, ROW } from './model.js';

/** Anything that turns feature ids into label scores. */
export interface Scorer {
  /** Adds the weights of features `feats[0..n)` to `scores` (length NUM_LABELS, zeroed by the caller). */
  score(feats: Int32Array, n: number, scores: Float64Array): void;
  /** Adds the weights of the static features of token `i` of `s`; `buf` is scratch space. */
  scoreStatic(s: SentenceContext, i: number, scores: Float64Array, buf: Int32Array): void;
}

/** scoreStatic() for scorers without a faster way: extract the features, then score them. */
export function scoreStaticFeatures(scorer: Scorer, s: SentenceContext, i: number, scores: Float64Array, buf: Int32Array): void {
  scorer.score(buf, staticFeatures(s, i, buf), scores);
}

/** Best label column allowed after `prev` (-1 at sentence start, where any B- or O is allowed). */
export function bestLabel(scores: Float64Array | Int32Array, prev: number): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let l = 0; l < NUM_LABELS; l++) {
    if (!allowedAfter(prev, l)) continue;
    if (scores[l]! > bestScore) {
      bestScore = scores[l]!;
      best = l;
    }
  }
  return best;
}

/** Tags every sentence of a prepared document; returns label columns per sentence. */
export function decodeDocument(sents: SentenceContext[], scorer: Scorer): Uint8Array[] {
  if (scorer instanceof NerModel) return decodeRows(sents, scorer);
  const history: History = new Map();
  const feats = new Int32Array(MAX_STATIC_FEATURES + MAX_DYNAMIC_FEATURES);
  const scores = new Float64Array(NUM_LABELS);
  return sents.map((s) => {
    const n = s.infos.length;
    const labels = new Uint8Array(n);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      scorer.scoreStatic(s, i, scores, feats);
      const k = dynamicFeatures(s.infos[i]!, p1, p2, s.stage1 ? undefined : history, feats, 0);
      scorer.score(feats, k, scores);
      const label = bestLabel(scores, p1);
      labels[i] = label;
      recordLabel(history, s.infos[i]!, label);
      p2 = p1;
      p1 = label;
    }
    return labels;
  });
}

/**
 * decodeDocument() over a loaded model, faster and with the same labels: each sentence's static scores come in one
 * batch (sentenceScores) and those of the two previous labels once per pair (addPairScores), so only the features
 * of the previous label with the word and the history are looked up token by token.
 */
function decodeRows(sents: SentenceContext[], model: NerModel): Uint8Array[] {
  const history: History = new Map();
  const feats = new Int32Array(MAX_STATIC_FEATURES + MAX_DYNAMIC_FEATURES);
  const scores = new Int32Array(ROW);
  return sents.map((s) => {
    const n = s.infos.length;
    const labels = new Uint8Array(n);
    const rows = model.sentenceScores(s, feats);
    let p1 = -1;
    let p2 = -1;
    for (let i = 0; i < n; i++) {
      for (let l = 0; l < ROW; l++) scores[l] = rows[i * ROW + l]!;
      model.addPairScores(p1, p2, scores, feats);
      model.addRows(feats, 0, wordDynamicFeatures(s.infos[i]!, p1, s.stage1 ? undefined : history, feats, 0), scores, 0);
      const label = bestLabel(scores, p1);
      labels[i] = label;
      recordLabel(history, s.infos[i]!, label);
      p2 = p1;
      p1 = label;
    }
    return labels;
  });
}
