// Per-word feature values (hashes of the word, its lowercase form, shapes and affixes), cached.
import { placeKey } from '../gazetteer/normalize.js';
import { hashString } from './hash.js';
import { normalizeToken } from './normalize.js';
import { wordShapes } from './shape.js';
import { wordClasses } from './word-classes.js';
import { wordClusters } from './word-clusters.js';

/** Hashed properties of one word type. */
export interface WordInfo {
  /** The token as the model sees it (normalizeToken). */
  norm: string;
  /** Gazetteer key of the normalized token (placeKey). */
  gazKey: string;
  /** Lowercased word with digits folded to 0: the key for document-level features. */
  lower: string;
  w: number;
  lw: number;
  /** Hash of the lowercased word without a final period ("gen." → "gen"), for lexicon lookups. */
  bare: number;
  longShape: number;
  shortShape: number;
  /** Hashes of the lowercased prefixes and suffixes of length 1..4 (0 when the word is shorter). */
  affixes: Int32Array;
  /** First character is an uppercase letter. */
  cap: boolean;
  /** Has letters and no lowercase letter. */
  allCaps: boolean;
  /** Has at least one letter. */
  alpha: boolean;
  /** WC_* bit set of the lowercased word (known name, English word), see wordClasses(). */
  classes: number;
  /** Distributional class of the word at each granularity of CLUSTER_SIZES (0 = unknown), see wordClusters(). */
  clusters: readonly number[];
  /** Runtime cache, per model slot: weight sums of this word's features at each relative position. */
  vectors: Int32Array[] | undefined;
  /** The model each `vectors` slot was computed for. */
  vectorsOf: object[] | undefined;
}

const DIGIT_RE = /\d/g;
const CACHE_LIMIT = 300_000;
let cache = new Map<string, WordInfo>();

/** The WordInfo of a raw token (cached; the cache is reset when it grows past a limit). */
export function wordInfo(word: string): WordInfo {
  let info = cache.get(word);
  if (info) return info;
  info = computeInfo(word);
  if (cache.size >= CACHE_LIMIT) cache = new Map();
  cache.set(word, info);
  return info;
}

function computeInfo(raw: string): WordInfo {
  const word = normalizeToken(raw);
  const lower = word.toLowerCase().replace(DIGIT_RE, '0');
  const [long, short] = wordShapes(word);
  const affixes = new Int32Array(8);
  for (let k = 1; k <= 4 && k <= lower.length; k++) {
    affixes[k - 1] = hashString(lower.slice(0, k));
    affixes[k + 3] = hashString(lower.slice(lower.length - k));
  }
  const upper = word.toUpperCase();
  const hasLetters = upper !== lower || /\p{L}/u.test(word);
  const first = word[0]!;
  return {
    norm: word,
    gazKey: placeKey(word),
    lower,
    w: hashString(word),
    lw: hashString(lower),
    bare: lower.length > 1 && lower.endsWith('.') ? hashString(lower.slice(0, -1)) : hashString(lower),
    longShape: hashString(long),
    shortShape: hashString(short),
    affixes,
    cap: first !== first.toLowerCase(),
    allCaps: hasLetters && word === upper && word !== word.toLowerCase(),
    alpha: hasLetters,
    classes: wordClasses(word.toLowerCase()),
    clusters: wordClusters(word),
    vectors: undefined,
    vectorsOf: undefined,
  };
}

/** Empties the word cache (benchmarks use it to time cold passes). */
export function clearWordCache(): void {
  cache = new Map();
}
