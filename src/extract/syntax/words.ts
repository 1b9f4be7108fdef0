// Per-word hashed strings shared by the tagger and the parser features (computed once per sentence).
import { IntBlocks } from '../int-blocks.js';
import { hashString } from '../ner/hash.js';
import { normalizeToken } from '../ner/normalize.js';
import { wordClusters } from '../ner/word-clusters.js';

const DIGITS = /\d/g;

/** Hashes of each word's lowercase form (digits folded to 0), its exact form, affixes and shape. */
export interface WordHashes {
  n: number;
  lower: Int32Array;
  form: Int32Array;
  /** Suffixes of length 1-4 of the lowercase form, 4 per word. */
  suffix: Int32Array;
  /** Prefixes of length 1-3, 3 per word. */
  prefix: Int32Array;
  shape: Int32Array;
  /** Bit flags: 1 capitalized, 2 all caps, 4 has digit, 8 has hyphen, 16 first word, 32 has period, 64 no letter. */
  flags: Int32Array;
  /** Distributional word classes (the NER tagger's, at 64/256/1,024 classes; 0 = unknown), 3 per word. */
  clusters: Int32Array;
  /** Each word's record, shared by every occurrence of the form: its hashes and the per-word caches of the models. */
  records: WordRecord[];
}

/**
 * The per-form hashes of one word and what the models derive from the word alone, each cached for one model at a
 * time (the `…Of` field names it): fields instead of maps keyed by the record, read once per word and sentence.
 */
export interface WordRecord {
  hashes: Int32Array;
  /** The tagger's scores of the word's own features (see tagWithModel). */
  tagScores?: Int32Array;
  tagScoresOf?: object;
  /** Lemma per tagger class (see analyze). */
  lemmas?: string[];
  lemmasOf?: object;
}

/** The word as the models see it: straight quotes and apostrophes, "-" for dashes (as in EWT and CoNLL text). */
export function normalizeWord(word: unknown): string {
  return normalizeToken(typeof word === 'string' ? word : String(word));
}

/** Per-form hashes: lower, form, 4 suffixes, 3 prefixes, shape, flags (without "first word"), 3 clusters. */
const PER_WORD = 14;
/** Cache of per-form hashes; cleared when it reaches MAX_CACHED forms (results never depend on it). */
const cache = new Map<string, WordRecord>();
const MAX_CACHED = 200_000;

function wordEntry(word: unknown): WordRecord {
  const raw = typeof word === 'string' ? word : String(word);
  const cached = cache.get(raw);
  if (cached) return cached;
  const w = normalizeToken(raw);
  const lower = w.toLowerCase().replace(DIGITS, '0');
  const e = new Int32Array(PER_WORD);
  e[0] = hashString(lower);
  e[1] = hashString(w);
  for (let k = 1; k <= 4; k++) e[1 + k] = hashString(lower.length >= k ? lower.slice(-k) : `^${lower}`);
  for (let k = 1; k <= 3; k++) e[5 + k] = hashString(lower.slice(0, k));
  e[9] = hashString(shapeOf(w));
  e[10] = flagsOf(w, 1);
  const c = wordClusters(w);
  for (let k = 0; k < 3; k++) e[11 + k] = c[k] ?? 0;
  if (cache.size >= MAX_CACHED) cache.clear();
  const record: WordRecord = { hashes: e, tagScores: undefined, tagScoresOf: undefined, lemmas: undefined, lemmasOf: undefined };
  cache.set(raw, record);
  return record;
}

/** Empties the cache of per-form hashes (benchmarks use it to time cold passes; results never depend on it). */
export function clearWordHashes(): void {
  cache.clear();
}

/** Storage of the sentences' hashes. */
const blocks = new IntBlocks();

/** Hashes the words of one sentence. */
export function hashWords(words: readonly string[]): WordHashes {
  const n = words.length;
  const h: WordHashes = {
    n,
    lower: blocks.alloc(n),
    form: blocks.alloc(n),
    suffix: blocks.alloc(n * 4),
    prefix: blocks.alloc(n * 3),
    shape: blocks.alloc(n),
    flags: blocks.alloc(n),
    clusters: blocks.alloc(n * 3),
    records: new Array<WordRecord>(n),
  };
  for (let i = 0; i < n; i++) {
    const record = wordEntry(words[i]);
    const e = record.hashes;
    h.lower[i] = e[0]!;
    h.form[i] = e[1]!;
    // Element copies: subarray() views would allocate three objects per word.
    for (let k = 0; k < 4; k++) h.suffix[i * 4 + k] = e[2 + k]!;
    for (let k = 0; k < 3; k++) h.prefix[i * 3 + k] = e[6 + k]!;
    h.shape[i] = e[9]!;
    h.flags[i] = i === 0 ? e[10]! | 16 : e[10]!;
    for (let k = 0; k < 3; k++) h.clusters[i * 3 + k] = e[11 + k]!;
    h.records[i] = record;
  }
  return h;
}

/** "Paris-based" → "Xx-x", "U.S." → "X.X.", "1,200" → "d,d". Long words keep only the run classes. */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w.length > 40 ? w.slice(0, 40) : w) {
    const c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : classOf(ch);
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function classOf(ch: string): string {
  if (/\p{Lu}/u.test(ch)) return 'X';
  if (/\p{L}/u.test(ch)) return 'x';
  if (/\p{N}/u.test(ch)) return 'd';
  return ch;
}

function flagsOf(w: string, i: number): number {
  let f = i === 0 ? 16 : 0;
  const first = w.charAt(0);
  if (first !== first.toLowerCase()) f |= 1;
  if (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase()) f |= 2;
  if (/\d/.test(w)) f |= 4;
  if (w.includes('-')) f |= 8;
  if (w.includes('.')) f |= 32;
  if (!/\p{L}/u.test(w)) f |= 64;
  return f;
}
