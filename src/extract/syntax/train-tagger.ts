// Trains the POS tagger: averaged perceptron over joint UPOS|XPOS classes, seeded shuffles (scripts/train-ud.ts).
import { mulberry32 } from '../../random.js';
import type { UdSentence } from './conllu.js';
import { type LinearWeights, LinearModel, quantize } from './linear-model.js';
import { Perceptron } from './perceptron.js';
import { MAX_TAG_FEATURES, STATIC_TAG_FEATURES, dynamicTagFeatures, staticTagFeatures } from './tag-features.js';
import { modelScorer, tagHashed } from './tagger.js';
import { hashWords, normalizeWord, type WordHashes } from './words.js';

/** Joint classes seen fewer times fall back to their UPOS's most frequent class. */
const MIN_CLASS_COUNT = 10;

/** The tagger's class list: "UPOS|XPOS" pairs seen at least MIN_CLASS_COUNT times, sorted. */
export function tagClasses(sents: UdSentence[]): string[] {
  const counts = new Map<string, number>();
  for (const s of sents) {
    s.upos.forEach((u, i) => {
      counts.set(`${u}|${s.xpos[i]}`, (counts.get(`${u}|${s.xpos[i]}`) ?? 0) + 1);
    });
  }
  const kept = [...counts].filter(([, n]) => n >= MIN_CLASS_COUNT).map(([k]) => k);
  for (const [k] of counts) if (!kept.some((c) => c.startsWith(`${k.split('|')[0]}|`))) kept.push(k);
  return kept.sort();
}

/** Gold class ids of a sentence under `classes` (rare pairs mapped to their UPOS's most frequent class). */
export function goldClasses(s: UdSentence, classes: string[], index: Map<string, number>): Int32Array {
  return Int32Array.from(s.upos, (u, i) => index.get(`${u}|${s.xpos[i]}`) ?? index.get(fallback(u, classes))!);
}

const fallbacks = new Map<string, string>();
function fallback(upos: string, classes: string[]): string {
  let f = fallbacks.get(upos);
  if (!f) {
    f = classes.find((c) => c.startsWith(`${upos}|`)) ?? classes[0]!;
    fallbacks.set(upos, f);
  }
  return f;
}

/** Words seen at least this often with one class in at least DICTIONARY_SHARE of cases are tagged by lookup. */
const DICTIONARY_MIN_COUNT = 20;
const DICTIONARY_SHARE = 0.995;

/** Frequent unambiguous words (normalized form → class id), sorted by form. */
export function tagDictionary(sents: UdSentence[], classes: string[]): Record<string, number> {
  const index = new Map(classes.map((c, i) => [c, i]));
  const counts = new Map<string, Int32Array>();
  for (const s of sents) {
    const gold = goldClasses(s, classes, index);
    s.words.forEach((w, i) => {
      const key = normalizeWord(w);
      const c = counts.get(key) ?? new Int32Array(classes.length);
      counts.set(key, c);
      c[gold[i]!]!++;
    });
  }
  const out: Record<string, number> = {};
  for (const key of [...counts.keys()].sort()) {
    const c = counts.get(key)!;
    const total = c.reduce((a, b) => a + b, 0);
    const best = c.indexOf(Math.max(...c));
    if (total >= DICTIONARY_MIN_COUNT && c[best]! >= total * DICTIONARY_SHARE) out[key] = best;
  }
  return out;
}

/** Training options of the tagger. */
export interface TagTrainOptions {
  /** @default 8 */
  epochs: number;
  /** @default 1 */
  seed: number;
  /** Called after each epoch with the dev accuracy (when dev sentences are given). */
  onEpoch?: (epoch: number, devAccuracy: number, ms: number) => void;
}

/** Trains on `train`; returns the averaged weights after the last epoch. */
export function trainTagger(train: UdSentence[], classes: string[], dev: UdSentence[], options: Partial<TagTrainOptions> = {}): LinearWeights {
  const opts = { epochs: 8, seed: 1, ...options };
  const index = new Map(classes.map((c, i) => [c, i]));
  const data = train.map((s) => ({ h: hashWords(s.words), gold: goldClasses(s, classes, index) }));
  const p = new Perceptron(classes.length);
  const rand = mulberry32(opts.seed);
  const order = data.map((_, i) => i);
  const feats = new Int32Array(MAX_TAG_FEATURES);
  const scores = new Float64Array(classes.length);
  let weights: LinearWeights | undefined;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const started = performance.now();
    shuffle(order, rand);
    for (const k of order) trainSentence(p, data[k]!.h, data[k]!.gold, feats, scores);
    weights = undefined;
    if (dev.length > 0 && opts.onEpoch) {
      weights = averagedWeights(p);
      opts.onEpoch(epoch, tagAccuracy(dev, new LinearModel(weights), classes), performance.now() - started);
    }
  }
  return weights ?? averagedWeights(p);
}

function trainSentence(p: Perceptron, h: WordHashes, gold: Int32Array, feats: Int32Array, scores: Float64Array): void {
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i < h.n; i++) {
    staticTagFeatures(h, i, feats, 0);
    dynamicTagFeatures(h, i, p1, p2, feats, STATIC_TAG_FEATURES);
    p.score(feats, MAX_TAG_FEATURES, scores);
    let best = 0;
    for (let l = 1; l < p.classes; l++) if (scores[l]! > scores[best]!) best = l;
    p.update(feats, MAX_TAG_FEATURES, gold[i]!, best);
    p.c++;
    p2 = p1;
    p1 = best;
  }
}

function averagedWeights(p: Perceptron): LinearWeights {
  const avg = p.averaged();
  return quantize(p.classes, avg.featureIds, avg.weights);
}

/** UPOS accuracy of a trained tagger on gold sentences. */
export function tagAccuracy(sents: UdSentence[], model: LinearModel, classes: string[]): number {
  const upos = classes.map((c) => c.split('|')[0]!);
  const score = modelScorer(model);
  let right = 0;
  let total = 0;
  for (const s of sents) {
    const tags = tagHashed(hashWords(s.words), score, classes.length);
    s.upos.forEach((u, i) => {
      total++;
      if (upos[tags[i]!] === u) right++;
    });
  }
  return total === 0 ? 0 : right / total;
}

/** Fisher-Yates shuffle with the given PRNG. */
export function shuffle<T>(a: T[], rand: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}
