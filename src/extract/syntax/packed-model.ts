// The parser's action model: three classes, each row stored inside its hash slot.
import type { LinearWeights, Scorer } from './linear-model.js';

/**
 * The model for three classes (parser actions), 8 bytes per slot: a 16-bit fingerprint (the id's high half)
 * beside the row, so a lookup touches one cache line and the table is a quarter of id + row tables. The slot
 * index comes from the id's low bits, so with ≥ 2^16 slots a feature at its home slot is matched exactly;
 * a displaced one may, very rarely, match another feature (deterministically). Fingerprint 0 marks an empty slot.
 */
export class PackedModel3 implements Scorer {
  readonly classes = 3;
  private readonly slots: Int16Array;
  private readonly mask: number;
  private first = new Int32Array(256);

  constructor(w: LinearWeights) {
    let cap = 1 << 16;
    while (cap < w.featureIds.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const t = new Int16Array(cap * 4);
    for (let r = 0; r < w.featureIds.length; r++) {
      const id = w.featureIds[r]! | 0;
      let p = id & this.mask;
      while (t[4 * p] !== 0) p = (p + 1) & this.mask;
      t[4 * p] = fingerprint(id);
      t[4 * p + 1] = w.weights[3 * r]!;
      t[4 * p + 2] = w.weights[3 * r + 1]!;
      t[4 * p + 3] = w.weights[3 * r + 2]!;
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
    for (let f = 0; f < n; f++) first[f] = t[4 * (feats[f]! & m)]!;
    let a = 0;
    let b = 0;
    let c = 0;
    for (let f = 0; f < n; f++) {
      let k = first[f]!;
      if (k === 0) continue;
      const id = feats[f]!;
      const fp = fingerprint(id);
      let p = id & m;
      while (k !== fp) {
        p = (p + 1) & m;
        k = t[4 * p]!;
        if (k === 0) break;
      }
      if (k === 0) continue;
      a += t[4 * p + 1]!;
      b += t[4 * p + 2]!;
      c += t[4 * p + 3]!;
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = c;
  }
}

/** The id's high 16 bits as a non-zero int16. */
function fingerprint(id: number): number {
  const fp = id >> 16;
  return fp === 0 ? 1 : fp;
}
