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

/** One stage of a loaded model: open-addressing table from feature id to weight row. */
export class NerModel implements Scorer {
  /** Index of this stage; selects its slot in the per-word vector caches. */
  readonly slot: number;
  /** Open addressing: slot p holds the feature id at 2p and its row + 1 at 2p + 1 (0 = empty). */
  private readonly table: Int32Array;
  private readonly mask: number;
  private readonly weights: Int16Array;

  constructor(featureIds: Uint32Array, weights: Int16Array, slot = 0) {
    this.slot = slot;
    this.weights = weights;
    let cap = 1;
    while (cap < featureIds.length * 1.5) cap <<= 1; // load factor ≤ 2/3: small table, short probes
    this.mask = cap - 1;
    this.table = new Int32Array(cap * 2);
    for (let r = 0; r < featureIds.length; r++) {
      const key = featureIds[r]! | 0;
      let p = key & this.mask;
      while (this.table[2 * p + 1] !== 0) p = (p + 1) & this.mask;
      this.table[2 * p] = key;
      this.table[2 * p + 1] = r + 1;
    }
  }

  /** Row of a feature id, or -1 when the model does not know it. */
  rowOf(id: number): number {
    const key = id | 0;
    const t = this.table;
    let p = key & this.mask;
    for (let s = t[2 * p + 1]!; s !== 0; s = t[2 * p + 1]!) {
      if (t[2 * p] === key) return s - 1;
      p = (p + 1) & this.mask;
    }
    return -1;
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
    const vectors = new Float32Array(NUM_LABELS * (NEIGHBOURS.length + 1));
    const tmp = new Float64Array(NUM_LABELS);
    [0, ...NEIGHBOURS].forEach((rel, r) => {
      tmp.fill(0);
      this.score(buf, wordFeatures(w, rel, buf, 0), tmp);
      vectors.set(tmp, r * NUM_LABELS);
    });
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
    const w = this.weights;
    for (let f = from; f < to; f++) {
      const row = this.rowOf(feats[f]!);
      if (row < 0) continue;
      const base = row * NUM_LABELS;
      for (let l = 0; l < NUM_LABELS; l++) scores[l]! += w[base + l]!;
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
