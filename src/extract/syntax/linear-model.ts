// A trained linear classifier: feature ids → int16 weight rows over C classes; scores are integer sums.
import { type FeatureTable, tableOf } from './feature-table.js';

/** Serialized form of a linear model (see model-file.ts). */
export interface LinearWeights {
  classes: number;
  featureIds: Uint32Array;
  weights: Int16Array;
}

/** Scores of features over classes; all classes share one quantization scale, so argmax is unaffected. */
export interface Scorer {
  readonly classes: number;
  /** Writes the summed weight rows of `feats[0..n)` into `scores` (length ≥ classes). */
  score(feats: Int32Array, n: number, scores: Int32Array): void;
}

/** The model for any number of classes: an id → row table beside the weight rows. */
export class LinearModel implements Scorer {
  readonly classes: number;
  private readonly table: FeatureTable;
  private readonly weights: Int16Array;

  constructor(w: LinearWeights) {
    this.classes = w.classes;
    this.table = tableOf(w.featureIds);
    this.weights = w.weights;
  }

  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const c = this.classes;
    const w = this.weights;
    scores.fill(0, 0, c);
    for (let f = 0; f < n; f++) {
      const row = this.table.get(feats[f]!);
      if (row < 0) continue;
      const base = row * c;
      for (let l = 0; l < c; l++) scores[l]! += w[base + l]!;
    }
  }
}

/** Index of the highest score among classes allowed by `mask` (all when undefined); ties go to the lower index. */
export function argmax(scores: Int32Array | Float64Array, n: number, mask?: Uint8Array): number {
  let best = -1;
  for (let l = 0; l < n; l++) {
    if (mask && mask[l] === 0) continue;
    if (best < 0 || scores[l]! > scores[best]!) best = l;
  }
  return best;
}

/**
 * Quantizes averaged float weights to int16 (one scale) and drops rows whose largest weight rounds below
 * `minWeight` (1 keeps every row that is not all zeros); rows sorted by feature id for deterministic output.
 */
export function quantize(classes: number, featureIds: Uint32Array, weights: Float32Array, minWeight = 1): LinearWeights {
  let max = 0;
  for (let j = 0; j < featureIds.length * classes; j++) max = Math.max(max, Math.abs(weights[j]!));
  const scale = max / 32767 || 1;
  const keep: number[] = [];
  for (let r = 0; r < featureIds.length; r++) {
    for (let l = 0; l < classes; l++) {
      if (Math.abs(Math.round(weights[r * classes + l]! / scale)) >= minWeight) {
        keep.push(r);
        break;
      }
    }
  }
  keep.sort((a, b) => featureIds[a]! - featureIds[b]!);
  const ids = new Uint32Array(keep.length);
  const q = new Int16Array(keep.length * classes);
  keep.forEach((r, i) => {
    ids[i] = featureIds[r]!;
    for (let l = 0; l < classes; l++) q[i * classes + l] = Math.round(weights[r * classes + l]! / scale);
  });
  return { classes, featureIds: ids, weights: q };
}

/** Keeps only rows whose largest absolute weight is at least `minWeight` (pruning a quantized model). */
export function prune(w: LinearWeights, minWeight: number): LinearWeights {
  const c = w.classes;
  const keep: number[] = [];
  for (let r = 0; r < w.featureIds.length; r++) {
    let max = 0;
    for (let l = 0; l < c; l++) max = Math.max(max, Math.abs(w.weights[r * c + l]!));
    if (max >= minWeight) keep.push(r);
  }
  const weights = new Int16Array(keep.length * c);
  keep.forEach((r, i) => {
    weights.set(w.weights.subarray(r * c, r * c + c), i * c);
  });
  return { classes: c, featureIds: Uint32Array.from(keep, (r) => w.featureIds[r]!), weights };
}
