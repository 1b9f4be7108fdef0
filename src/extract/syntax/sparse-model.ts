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
 * The hash slot holds the id and the offset of its row's entries (after a count); a lookup touches the slot and
 * the entries, and adds only the non-zero weights.
 */
export class SparseModel implements Scorer {
  readonly classes: number;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly entries: Int32Array;
  private found = new Int32Array(256);

  constructor(w: SparseWeights) {
    this.classes = w.classes;
    let cap = 16;
    while (cap < w.featureIds.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
    this.entries = new Int32Array(w.entries.length + w.featureIds.length);
    let from = 0;
    let at = 0;
    for (let r = 0; r < w.featureIds.length; r++) {
      const n = w.counts[r]!;
      this.entries[at] = n;
      this.entries.set(w.entries.subarray(from, from + n), at + 1);
      let p = w.featureIds[r]! & this.mask;
      while (this.slots[2 * p + 1] !== 0) p = (p + 1) & this.mask;
      this.slots[2 * p] = w.featureIds[r]! | 0;
      this.slots[2 * p + 1] = at + 1;
      from += n;
      at += n + 1;
    }
  }

  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const t = this.slots;
    const m = this.mask;
    const e = this.entries;
    if (this.found.length < n) this.found = new Int32Array(n);
    const found = this.found;
    scores.fill(0, 0, this.classes);
    // Pass 1 only resolves slots (independent loads the CPU overlaps); pass 2 adds the entries.
    let hits = 0;
    for (let f = 0; f < n; f++) {
      const id = feats[f]!;
      let p = id & m;
      for (let s = t[2 * p + 1]!; s !== 0; s = t[2 * p + 1]!) {
        if (t[2 * p] === id) {
          found[hits++] = s;
          break;
        }
        p = (p + 1) & m;
      }
    }
    for (let h = 0; h < hits; h++) {
      const s = found[h]!;
      const end = s + e[s - 1]!;
      for (let k = s; k < end; k++) {
        const x = e[k]!;
        scores[x >>> 16]! += (x << 16) >> 16;
      }
    }
  }
}
