// The trained tagger model: feature-id table and quantized weights, stored gzipped.
import { gzipSync } from 'node:zlib';
import { KgError } from '../../errors.js';
import type { Scorer } from './decode.js';
import type { SentenceContext } from './context.js';
import { cacheContextFeatures, NEIGHBOURS, stageFeatures, wordFeatures } from './features.js';
import { labelPairFeatures } from './history.js';
import type { WordInfo } from './word-info.js';
import { readGzipped } from './gzip-file.js';
import { LABELS, NUM_LABELS } from './labels.js';
import { IntBlocks } from '../int-blocks.js';

/** Model file header. */
export interface ModelHeader {
  version: 1;
  labels: string[];
  /** Rows of each stage (stage 2 reads stage 1's labels); weight = int16 value × scale. */
  stages: { rows: number; scale: number }[];
  /** Free-form training notes (data, epochs, valid F1). */
  trainedOn?: string;
}

/** Ints per hash slot: the id, an occupied flag, the weights packed two int16 per int, padding to 32 bytes. */
const SLOT = 8;
const PACKED = Math.ceil(NUM_LABELS / 2);
if (2 + PACKED > SLOT) throw new Error(`expected at most ${2 * (SLOT - 2)} labels, instead found ${NUM_LABELS}`);
/** Ints per score row: every packed half, so adding a slot's weights needs no test for an odd last label. */
export const ROW = 2 * PACKED;
/** Positions whose word vectors are cached: the token, then NEIGHBOURS. */
const RELS = [0, ...NEIGHBOURS] as const;
const tmp = new Int32Array(ROW);
/** Pairs of previous labels, each -1 (sentence start) or a label column. */
const PAIRS = (NUM_LABELS + 1) * (NUM_LABELS + 1);
/** Scratch: the slot found for each feature of a batch. */
let found = new Int32Array(4096);
/** Storage of the sentences' static scores. */
const blocks = new IntBlocks();

/**
 * One stage of a loaded model: an open-addressing table from feature id to its weights, held in the slot itself
 * (one cache line per lookup, no row table beside it). Weights are int16, so every score is an exact integer and
 * the order of additions does not matter: the runtime decoder sums the static features of a whole sentence first.
 */
export class NerModel implements Scorer {
  /** Index of this stage; selects its slot in the per-word vector caches. */
  readonly slot: number;
  /** Slot p holds the id at SLOT*p, 1 at SLOT*p + 1 when occupied (0 = empty), the packed weights after. */
  private readonly table: Int32Array;
  private readonly mask: number;
  /** Weight sums of the previous-label pair features, ROW ints per pair of labels (-1..NUM_LABELS - 1); filled on first use. */
  private readonly pairs = new Int32Array(PAIRS * ROW);
  private readonly pairFilled = new Uint8Array(PAIRS);

  constructor(featureIds: Uint32Array, weights: Int16Array, slot = 0) {
    this.slot = slot;
    let cap = 1;
    while (cap * 0.7 < featureIds.length) cap <<= 1; // load factor ≤ 0.7: a small table, short probes
    this.mask = cap - 1;
    const t = new Int32Array(cap * SLOT);
    for (let r = 0; r < featureIds.length; r++) {
      const key = featureIds[r]! | 0;
      let p = key & this.mask;
      while (t[SLOT * p + 1] !== 0) p = (p + 1) & this.mask;
      t[SLOT * p] = key;
      t[SLOT * p + 1] = 1;
      for (let l = 0; l < NUM_LABELS; l++) {
        const w = weights[r * NUM_LABELS + l]!;
        t[SLOT * p + 2 + (l >> 1)]! |= (l & 1) === 0 ? w & 0xffff : w << 16;
      }
    }
    this.table = t;
  }

  /** Static scores: cached per-word vectors of the token and its neighbours, plus its context features. */
  scoreStatic(s: SentenceContext, i: number, scores: Float64Array, buf: Int32Array): void {
    const v = this.sentenceScores(s, buf);
    for (let l = 0; l < NUM_LABELS; l++) scores[l]! += v[i * ROW + l]!;
  }

  /**
   * The static scores of every token of `s`, ROW ints per token (cached on the sentence per stage): word vectors of
   * the token and its neighbours, its context features and, in the second stage, the first stage's labels.
   */
  sentenceScores(s: SentenceContext, buf: Int32Array): Int32Array {
    if (s.staticOf === this) return s.staticScores!;
    const n = s.infos.length;
    const out = blocks.alloc(n * ROW);
    // Each word's vectors are fetched once and added to the rows of the tokens that see it (itself and NEIGHBOURS).
    for (let j = 0; j < n; j++) {
      const v = this.wordVectors(s.infos[j]!, buf);
      addVector(out, j * ROW, v, 0);
      for (let r = 0; r < NEIGHBOURS.length; r++) {
        const i = j - NEIGHBOURS[r]!;
        if (i >= 0 && i < n) addVector(out, i * ROW, v, r + 1);
      }
    }
    cacheContextFeatures(s);
    this.addBatch(s.contextIds!, s.contextOffsets!, n, out);
    if (s.stage1) for (let i = 0; i < n; i++) this.addRows(buf, 0, stageFeatures(s, i, buf, 0), out, i * ROW);
    s.staticScores = out;
    s.staticOf = this;
    return out;
  }

  /** The word's feature weight sums at relative positions 0, -2, -1, +1, +2 (cached on the WordInfo). */
  private wordVectors(w: WordInfo, buf: Int32Array): Int32Array {
    const slot = this.slot;
    if (w.vectorsOf?.[slot] === this) return w.vectors![slot]!;
    const vectors = new Int32Array(ROW * RELS.length);
    for (let r = 0; r < RELS.length; r++) this.addRows(buf, 0, wordFeatures(w, RELS[r]!, buf, 0), vectors, r * ROW);
    w.vectors ??= [];
    w.vectorsOf ??= [];
    w.vectors[slot] = vectors;
    w.vectorsOf[slot] = this;
    return vectors;
  }

  /** Adds the weights of labelPairFeatures(prev1, prev2) to `scores[0..ROW)`: nine labels and the sentence start make only 100 pairs. */
  addPairScores(prev1: number, prev2: number, scores: Int32Array, buf: Int32Array): void {
    const pair = (prev1 + 1) * (NUM_LABELS + 1) + prev2 + 1;
    const at = pair * ROW;
    if (this.pairFilled[pair] === 0) {
      this.addRows(buf, 0, labelPairFeatures(prev1, prev2, buf, 0), this.pairs, at);
      this.pairFilled[pair] = 1;
    }
    for (let l = 0; l < ROW; l++) scores[l]! += this.pairs[at + l]!;
  }

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    tmp.fill(0);
    this.addRows(feats, 0, n, tmp, 0);
    for (let l = 0; l < NUM_LABELS; l++) scores[l]! += tmp[l]!;
  }

  /** Slot of feature `key`, or -1 when the model does not have it. */
  private find(key: number): number {
    const t = this.table;
    const m = this.mask;
    let p = key & m;
    while (t[SLOT * p + 1] !== 0 && t[SLOT * p] !== key) p = (p + 1) & m;
    return t[SLOT * p + 1] === 0 ? -1 : p;
  }

  /** Adds the weights of features `feats[from..to)` to `scores[at..at + ROW)`. */
  addRows(feats: Int32Array, from: number, to: number, scores: Int32Array, at: number): void {
    const t = this.table;
    for (let f = from; f < to; f++) {
      const p = this.find(feats[f]! | 0);
      if (p >= 0) addSlot(t, SLOT * p + 2, scores, at);
    }
  }

  /**
   * Adds the weights of a sentence's features, token i's at `feats[offsets[i]..offsets[i + 1])`, to its row of
   * `scores`. All slots are found first: independent lookups that the CPU overlaps (the table is larger than the caches).
   */
  private addBatch(feats: Int32Array, offsets: Int32Array, n: number, scores: Int32Array): void {
    const total = offsets[n]!;
    if (found.length < total) found = new Int32Array(total * 2);
    const t = this.table;
    for (let f = 0; f < total; f++) found[f] = this.find(feats[f]! | 0);
    for (let i = 0; i < n; i++) {
      for (let f = offsets[i]!; f < offsets[i + 1]!; f++) if (found[f]! >= 0) addSlot(t, SLOT * found[f]! + 2, scores, i * ROW);
    }
  }
}

/** Adds the packed int16 weights at `t[q..q + PACKED)` to `scores[at..at + ROW)`. */
function addSlot(t: Int32Array, q: number, scores: Int32Array, at: number): void {
  for (let j = 0; j < PACKED; j++) {
    const x = t[q + j]!;
    scores[at + 2 * j]! += (x << 16) >> 16;
    scores[at + 2 * j + 1]! += x >> 16;
  }
}

function addVector(scores: Int32Array, at: number, vectors: Int32Array, slot: number): void {
  const base = slot * ROW;
  for (let l = 0; l < ROW; l++) scores[at + l]! += vectors[base + l]!;
}

/** One stage's table: feature ids and their int16 weight rows. */
export interface StageWeights {
  featureIds: Uint32Array;
  weights: Int16Array;
}

/** Serializes a model: header JSON, then per stage its feature ids and int16 weights; gzipped. */
export function encodeModel(header: ModelHeader, stages: StageWeights[]): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length, 0);
  const parts: Buffer[] = [len, json, Buffer.alloc((4 - ((4 + json.length) % 4)) % 4)];
  for (const s of stages) {
    parts.push(Buffer.from(s.featureIds.buffer, s.featureIds.byteOffset, s.featureIds.byteLength));
    const ws = Buffer.from(s.weights.buffer, s.weights.byteOffset, s.weights.byteLength);
    parts.push(ws, Buffer.alloc(ws.length % 4));
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** A model file's header and its stages, in order. */
export interface LoadedModel {
  header: ModelHeader;
  stages: NerModel[];
}

/** Reads a model file written by encodeModel(). */
export function readModel(path: string): LoadedModel {
  const raw = readGzipped(path, {
    name: 'NER model',
    expected: 'a gzipped model file',
    rebuild: 'Run `npm run train:ner` to build it.',
  });
  const jsonLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + jsonLen).toString('utf8')) as ModelHeader;
  if (header.version !== 1 || header.labels.join() !== LABELS.join()) {
    throw new KgError('INPUT_INVALID', `The NER model ${path} has version ${header.version} and labels ${header.labels.join(' ')}; expected version 1 with labels ${LABELS.join(' ')}. Retrain it with \`npm run train:ner\`.`);
  }
  let off = 4 + jsonLen;
  off += (4 - (off % 4)) % 4;
  const body = new Uint8Array(raw.byteLength - off);
  body.set(raw.subarray(off));
  let at = 0;
  const stages = header.stages.map(({ rows }, slot) => {
    const ids = new Uint32Array(body.buffer, at, rows);
    at += rows * 4;
    const weights = new Int16Array(body.buffer, at, rows * NUM_LABELS);
    at += rows * NUM_LABELS * 2;
    at += at % 4;
    return new NerModel(ids, weights, slot);
  });
  return { header, stages };
}

/**
 * Quantizes float weights to int16 (one scale for the model) and drops rows whose weights all round to 0.
 * Rows are sorted by feature id so the output is deterministic.
 */
export function quantize(featureIds: Uint32Array, weights: Float32Array): { featureIds: Uint32Array; weights: Int16Array; scale: number } {
  let max = 0;
  for (let j = 0; j < featureIds.length * NUM_LABELS; j++) max = Math.max(max, Math.abs(weights[j]!));
  const scale = max / 32767 || 1;
  const keep: number[] = [];
  for (let r = 0; r < featureIds.length; r++) {
    for (let l = 0; l < NUM_LABELS; l++) {
      if (Math.round(weights[r * NUM_LABELS + l]! / scale) !== 0) {
        keep.push(r);
        break;
      }
    }
  }
  keep.sort((a, b) => featureIds[a]! - featureIds[b]!);
  const ids = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * NUM_LABELS);
  keep.forEach((r, i) => {
    ids[i] = featureIds[r]!;
    for (let l = 0; l < NUM_LABELS; l++) q[i * NUM_LABELS + l] = Math.round(weights[r * NUM_LABELS + l]! / scale);
  });
  return { featureIds: ids, weights: q, scale };
}
