// Feature templates of the POS tagger: the word, its affixes and shape, a ±2 window and the two previous tags.
import { feat1, feat2, feat3 } from '../ner/hash.js';
import type { WordHashes } from './words.js';

/** Number of static (word-based) features per token; always filled. */
export const STATIC_TAG_FEATURES = 30;
/** Number of dynamic (previous-tag) features per token. */
export const DYNAMIC_TAG_FEATURES = 6;
export const MAX_TAG_FEATURES = STATIC_TAG_FEATURES + DYNAMIC_TAG_FEATURES;

const PAD = 0x5eed;

// Values at a position, or a per-offset padding value outside the sentence (module-level: no closures per call).
const low = (h: WordHashes, j: number) => (j >= 0 && j < h.n ? h.lower[j]! : PAD - j);
const suf = (h: WordHashes, j: number, k: number) => (j >= 0 && j < h.n ? h.suffix[j * 4 + k - 1]! : PAD - j);
const shape = (h: WordHashes, j: number) => (j >= 0 && j < h.n ? h.shape[j]! : PAD - j);
const cl = (h: WordHashes, j: number, k: number) => (j >= 0 && j < h.n ? h.clusters[j * 3 + k]! : -1 - j);

/** Number of the static features that read word i alone (no neighbour, no position); a tagger may cache their scores per word. */
export const WORD_TAG_FEATURES = 15;

/** Writes token i's static features at `out[at..at + STATIC_TAG_FEATURES)`: its word features, then its context features. */
export function staticTagFeatures(h: WordHashes, i: number, out: Int32Array, at: number): void {
  wordTagFeatures(h, i, out, at);
  contextTagFeatures(h, i, out, at + WORD_TAG_FEATURES);
}

/** Writes the WORD_TAG_FEATURES features of word i's form, affixes, shape and classes at `out[at..)`. */
export function wordTagFeatures(h: WordHashes, i: number, out: Int32Array, at: number): void {
  let t = at;
  out[t++] = feat1(0, 1);
  out[t++] = feat1(1, h.form[i]!);
  out[t++] = feat1(2, low(h, i));
  for (let k = 1; k <= 4; k++) out[t++] = feat1(2 + k, suf(h, i, k));
  for (let k = 1; k <= 3; k++) out[t++] = feat1(6 + k, h.prefix[i * 3 + k - 1]!);
  out[t++] = feat1(10, shape(h, i));
  out[t++] = feat1(24, cl(h, i, 0));
  out[t++] = feat1(25, cl(h, i, 1));
  out[t++] = feat1(26, cl(h, i, 2));
  out[t++] = feat2(29, cl(h, i, 2), suf(h, i, 3));
}

/** Writes token i's other static features (the ±2 window, flags) at `out[at..at + STATIC_TAG_FEATURES - WORD_TAG_FEATURES)`. */
export function contextTagFeatures(h: WordHashes, i: number, out: Int32Array, at: number): void {
  let t = at;
  out[t++] = feat1(11, low(h, i - 1));
  out[t++] = feat1(12, low(h, i - 2));
  out[t++] = feat1(13, low(h, i + 1));
  out[t++] = feat1(14, low(h, i + 2));
  out[t++] = feat1(15, suf(h, i - 1, 3));
  out[t++] = feat1(16, suf(h, i + 1, 3));
  out[t++] = feat2(17, low(h, i - 1), low(h, i));
  out[t++] = feat2(18, low(h, i), low(h, i + 1));
  out[t++] = feat2(19, shape(h, i - 1), shape(h, i));
  out[t++] = feat2(20, shape(h, i), shape(h, i + 1));
  out[t++] = feat1(21, h.flags[i]!);
  out[t++] = feat2(22, h.flags[i]!, suf(h, i, 3));
  out[t++] = feat2(23, suf(h, i, 2), suf(h, i + 1, 2));
  out[t++] = feat1(27, cl(h, i - 1, 1));
  out[t++] = feat1(28, cl(h, i + 1, 1));
}

/** Number of the dynamic features that read the two previous tags alone (the first ones): a tagger may cache their scores per pair. */
export const TAG_PAIR_FEATURES = 3;

/** Writes token i's previous-tag features (tags as class ids, -1 before the sentence) at `out[at..)`. */
export function dynamicTagFeatures(h: WordHashes, i: number, p1: number, p2: number, out: Int32Array, at: number): void {
  tagPairFeatures(p1, p2, out, at);
  prevTagWordFeatures(h, i, p1, out, at + TAG_PAIR_FEATURES);
}

/** Writes the TAG_PAIR_FEATURES features of the two previous tags at `out[at..)`. */
export function tagPairFeatures(p1: number, p2: number, out: Int32Array, at: number): void {
  out[at] = feat1(30, p1);
  out[at + 1] = feat1(31, p2);
  out[at + 2] = feat2(32, p1, p2);
}

/** Writes the other dynamic features (the previous tag with word i and its neighbour) at `out[at..)`. */
export function prevTagWordFeatures(h: WordHashes, i: number, p1: number, out: Int32Array, at: number): void {
  const low = h.lower[i]!;
  const next = i + 1 < h.n ? h.lower[i + 1]! : PAD;
  out[at] = feat2(33, p1, low);
  out[at + 1] = feat2(34, p1, h.suffix[i * 4 + 2]!);
  out[at + 2] = feat3(35, p1, low, next);
}
