// The trained tagger model: feature-id table and quantized weights, stored gzipped.
import { gzipSync } from 'node:zlib';
import { KgError } from '../../errors.js';
import type { Scorer } from './decode.js';
import type { SentenceContext } from './context.js';
import { cacheContextFeatures, NEIGHBOURS, stageFeatures, wordFeatures } from './features.js';
import type { WordInfo } from './word-info.js';
import { readGzipped } from './gzip-file.js';
import { LABELS, NUM_LABELS } from './labels.js';

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
/** Positions whose word vectors are cached: the token, then NEIGHBOURS. */
const RELS = [0, ...NEIGHBOURS] as const;
const tmp = new Float64Array(NUM_LABELS);

/**
 * One stage of a loaded model: an open-addressing table from feature id to its weights, held in the slot itself
 * (one cache line per lookup, no row table beside it).
 */
export class NerModel implements Scorer {
  /** Index of this stage; selects its slot in the per-word vector caches. */
  readonly slot: number;
  /** Slot p holds the id at SLOT*p, 1 at SLOT*p + 1 when occupied (0 = empty), the packed weights after. */
  private readonly table: Int32Array;
  private readonly mask: number;

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
    addVector(scores, this.wordVectors(s.infos[i]!, buf), 0);
    for (let r = 0; r < NEIGHBOURS.length; r++) {
      const j = i + NEIGHBOURS[r]!;
      if (j >= 0 && j < s.infos.length) addVector(scores, this.wordVectors(s.infos[j]!, buf), r + 1);
    }
    cacheContextFeatures(s);
    this.scoreRange(s.contextIds!, s.contextOffsets![i]!, s.contextOffsets![i + 1]!, scores);
    if (s.stage1) this.score(buf, stageFeatures(s, i, buf, 0), scores);
  }

  /** The word's feature weight sums at relative positions 0, -2, -1, +1, +2 (cached on the WordInfo). */
  private wordVectors(w: WordInfo, buf: Int32Array): Float32Array {
    const slot = this.slot;
    if (w.vectorsOf?.[slot] === this) return w.vectors![slot]!;
    const vectors = new Float32Array(NUM_LABELS * RELS.length);
    for (let r = 0; r < RELS.length; r++) {
      tmp.fill(0);
      this.score(buf, wordFeatures(w, RELS[r]!, buf, 0), tmp);
      vectors.set(tmp, r * NUM_LABELS);
    }
    w.vectors ??= [];
    w.vectorsOf ??= [];
    w.vectors[slot] = vectors;
    w.vectorsOf[slot] = this;
    return vectors;
  }

  score(feats: Int32Array, n: number, scores: Float64Array): void {
    this.scoreRange(feats, 0, n, scores);
  }

  /** Adds the weights of features `feats[from..to)`. */
  scoreRange(feats: Int32Array, from: number, to: number, scores: Float64Array): void {
    const t = this.table;
    const m = this.mask;
    for (let f = from; f < to; f++) {
      const key = feats[f]! | 0;
      let p = key & m;
      while (t[SLOT * p + 1] !== 0 && t[SLOT * p] !== key) p = (p + 1) & m;
      if (t[SLOT * p + 1] === 0) continue;
      const at = SLOT * p + 2;
      for (let l = 0; l < NUM_LABELS; l++) {
        const x = t[at + (l >> 1)]!;
        scores[l]! += (l & 1) === 0 ? (x << 16) >> 16 : x >> 16;
      }
    }
  }
}

function addVector(scores: Float64Array, vectors: Float32Array, slot: number): void {
  const base = slot * NUM_LABELS;
  for (let l = 0; l < NUM_LABELS; l++) scores[l]! += vectors[base + l]!;
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
