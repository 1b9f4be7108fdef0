// Sparse linear models for many classes (tagger, labels): most features weigh on a few classes only.
import type { LinearWeights, Scorer } from './linear-model.js';

/** Rows as lists of entries, each packing class << 16 | int16 weight; `counts[r]` entries per row, in order. */
export interface SparseWeights {
  classes: number;
  featureIds: Uint32Array;
  counts: Uint16Array;
  entries: Int32Array;
}

/** Converts dense rows, dropping weights with |w| < `minWeight` and rows left empty. */
export function toSparse(w: LinearWeights, minWeight = 1): SparseWeights {
  const c = w.classes;
  const ids: number[] = [];
  const counts: number[] = [];
  const entries: number[] = [];
  for (let r = 0; r < w.featureIds.length; r++) {
    const before = entries.length;
    for (let l = 0; l < c; l++) {
      const v = w.weights[r * c + l]!;
      if (Math.abs(v) >= minWeight) entries.push((l << 16) | (v & 0xffff));
    }
    if (entries.length === before) continue;
    ids.push(w.featureIds[r]!);
    counts.push(entries.length - before);
  }
  return { classes: c, featureIds: Uint32Array.from(ids), counts: Uint16Array.from(counts), entries: Int32Array.from(entries) };
}

/**
 * Four ints per hash slot: [id, e0, e1, e2]. Most rows have two or three entries (a perceptron update touches the
 * gold and the predicted class), so they live in the slot itself and a lookup touches one cache line; a longer row
 * stores -(offset + 1) of its entries at e0 and their count at e1. An entry is never 0 (its weight is not), so
 * e0 = 0 marks an empty slot and e1 or e2 = 0 a shorter row.
 */
export class SparseModel implements Scorer {
  readonly classes: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly overflow: Int32Array;
  /** Scratch: the id in each feature's home slot, then its slot. */
  private found = new Int32Array(256);
  /** A sum of the overflow entries score() reads ahead, kept so that the reads are not optimized away. */
  touched = 0;

  constructor(w: SparseWeights) {
    this.classes = w.classes;
    let cap = 16;
    while (cap < w.featureIds.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const t = new Int32Array(cap * 4);
    const overflow = new Int32Array(w.entries.length);
    let used = 0;
    let from = 0;
    for (let r = 0; r < w.featureIds.length; r++) {
      const start = from;
      from += w.counts[r]!;
      // Zero weights add nothing and would read as the end of a row.
      let n = 0;
      for (let k = start; k < from; k++) if ((w.entries[k]! & 0xffff) !== 0) n++;
      if (n === 0) continue;
      let p = w.featureIds[r]! & this.mask;
      while (t[4 * p + 1] !== 0) p = (p + 1) & this.mask;
      t[4 * p] = w.featureIds[r]! | 0;
      let at = 4 * p + 1;
      let into = t;
      if (n > 3) {
        t[4 * p + 1] = -(used + 1);
        t[4 * p + 2] = n;
        at = used;
        into = overflow;
        used += n;
      }
      for (let k = start; k < from; k++) if ((w.entries[k]! & 0xffff) !== 0) into[at++] = w.entries[k]!;
    }
    this.slots = t;
    this.overflow = overflow.slice(0, used);
  }

  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const t = this.slots;
    const e = this.overflow;
    const m = this.mask;
    if (this.found.length < n) this.found = new Int32Array(n);
    const found = this.found;
    scores.fill(0, 0, this.classes);
    // Pass 1 reads every feature's home slot without branching on it: independent loads the CPU overlaps (the
    // table is larger than the caches). Pass 2 probes from there in cached lines, keeps each feature's slot (-1 when
    // the model lacks it) and reads the first and last entry of each long row, again independent loads. Pass 3 adds
    // the entries, all in cached lines by then.
    for (let f = 0; f < n; f++) found[f] = t[4 * (feats[f]! & m)]!;
    let touched = 0;
    for (let f = 0; f < n; f++) {
      const id = feats[f]!;
      let p = id & m;
      if (found[f] !== id || t[4 * p + 1] === 0) {
        while (t[4 * p + 1] !== 0 && t[4 * p] !== id) p = (p + 1) & m;
        if (t[4 * p + 1] === 0) {
          found[f] = -1;
          continue;
        }
      }
      found[f] = p;
      const e0 = t[4 * p + 1]!;
      if (e0 < 0) touched += e[-e0 - 1]! + e[-e0 - 2 + t[4 * p + 2]!]!;
    }
    this.touched = touched;
    for (let f = 0; f < n; f++) {
      const p = found[f]!;
      if (p < 0) continue;
      const e0 = t[4 * p + 1]!;
      if (e0 > 0) {
        // A missing e1 or e2 is 0: class 0 gets 0 added, which is cheaper than a branch.
        const e1 = t[4 * p + 2]!;
        const e2 = t[4 * p + 3]!;
        scores[e0 >>> 16]! += (e0 << 16) >> 16;
        scores[e1 >>> 16]! += (e1 << 16) >> 16;
        scores[e2 >>> 16]! += (e2 << 16) >> 16;
      } else {
        this.addOverflow(-e0 - 1, t[4 * p + 2]!, scores);
      }
    }
  }

  private addOverflow(from: number, count: number, scores: Int32Array): void {
    const e = this.overflow;
    for (let k = from; k < from + count; k++) {
      const x = e[k]!;
      scores[x >>> 16]! += (x << 16) >> 16;
    }
  }
}
