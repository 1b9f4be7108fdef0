// The parser's action model: three classes, each row stored inside its hash slot.
import type { LinearWeights, Scorer } from './linear-model.js';

/**
 * The model for three classes (parser actions), 12 bytes per slot: [id, w0 | w1 << 16, w2], so a lookup touches
 * one cache line (rarely two) where an id table beside a row table touches two. Id 0 marks an empty slot, so a
 * feature whose id is 0 (one in 2^32) is never scored.
 */
export class PackedModel3 implements Scorer {
  readonly classes = 3;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private first = new Int32Array(256);

  constructor(w: LinearWeights) {
    let cap = 16;
    while (cap < w.featureIds.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const t = new Int32Array(cap * 3);
    for (let r = 0; r < w.featureIds.length; r++) {
      const id = w.featureIds[r]! | 0;
      if (id === 0) continue;
      let p = id & this.mask;
      while (t[3 * p] !== 0) p = (p + 1) & this.mask;
      t[3 * p] = id;
      t[3 * p + 1] = (w.weights[3 * r]! & 0xffff) | (w.weights[3 * r + 1]! << 16);
      t[3 * p + 2] = w.weights[3 * r + 2]!;
    }
    this.slots = t;
  }

  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const t = this.slots;
    const m = this.mask;
    if (this.first.length < n) this.first = new Int32Array(n);
    const first = this.first;
    // Pass 1 reads every feature's home slot: independent loads that the CPU overlaps (the table is larger
    // than the caches); pass 2 then finds each feature in cached lines, probing on only where needed.
    for (let f = 0; f < n; f++) first[f] = t[3 * (feats[f]! & m)]!;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < n; f++) {
      let k = first[f]!;
      if (k === 0) continue;
      const id = feats[f]!;
      let p = id & m;
      while (k !== id) {
        p = (p + 1) & m;
        k = t[3 * p]!;
        if (k === 0) break;
      }
      if (k === 0) continue;
      const ab = t[3 * p + 1]!;
      a += (ab << 16) >> 16;
      b += ab >> 16;
      c += t[3 * p + 2]!;
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
  }
}
