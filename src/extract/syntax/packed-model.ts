// The parser's action model: three classes, each row stored inside its hash slot.
import type { LinearWeights, Scorer } from './linear-model.js';

/** A packed row's `r` field (bits 30-31) marking a row kept whole in the wide table. */
const WIDE = -2;
const fits15 = (w: number) => w >= -0x4000 && w < 0x4000;

/**
 * The model for three classes (parser actions), 8 bytes per slot: [id, w0 | w1 << 15 | r << 30] with w0 and w1 in
 * 15 bits and r = w0 + w1 + w2. The perceptron's updates add up to zero over the classes, so r is -1, 0 or 1 after
 * rounding and w2 = r - w0 - w1: the table is two thirds of the size of one holding w2 (lookups miss the caches less
 * often) and no slot straddles a cache line. The few rows that do not pack so have r = WIDE and their three weights
 * in `wide` at the index in the low 30 bits. Id 0 marks an empty slot, so a feature whose id is 0 (one in 2^32) is
 * never scored.
 */
export class PackedModel3 implements Scorer {
  readonly classes = 3;
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly wide: Int32Array;
  private first = new Int32Array(256);

  constructor(w: LinearWeights) {
    let cap = 16;
    while (cap < w.featureIds.length * 1.5) cap <<= 1;
    this.mask = cap - 1;
    const t = new Int32Array(cap * 2);
    const wide: number[] = [];
    for (let r = 0; r < w.featureIds.length; r++) {
      const id = w.featureIds[r]! | 0;
      if (id === 0) continue;
      let p = id & this.mask;
      while (t[2 * p] !== 0) p = (p + 1) & this.mask;
      t[2 * p] = id;
      const w0 = w.weights[3 * r]!;
      const w1 = w.weights[3 * r + 1]!;
      const w2 = w.weights[3 * r + 2]!;
      const sum = w0 + w1 + w2;
      if (fits15(w0) && fits15(w1) && sum >= -1 && sum <= 1) {
        t[2 * p + 1] = (w0 & 0x7fff) | ((w1 & 0x7fff) << 15) | (sum << 30);
      } else {
        t[2 * p + 1] = (WIDE << 30) | (wide.length / 3);
        wide.push(w0, w1, w2);
      }
    }
    this.slots = t;
    this.wide = Int32Array.from(wide);
  }

  score(feats: Int32Array, n: number, scores: Int32Array): void {
    const t = this.slots;
    const m = this.mask;
    if (this.first.length < n) this.first = new Int32Array(n);
    const first = this.first;
    // Pass 1 reads every feature's home slot: independent loads that the CPU overlaps (the table is larger
    // than the caches); pass 2 then finds each feature in cached lines, probing on only where needed.
    for (let f = 0; f < n; f++) first[f] = t[2 * (feats[f]! & m)]!;
    let a = 0;
    let b = 0;
    let r = 0;
    for (let f = 0; f < n; f++) {
      let k = first[f]!;
      if (k === 0) continue;
      const id = feats[f]!;
      let p = id & m;
      while (k !== id) {
        p = (p + 1) & m;
        k = t[2 * p]!;
        if (k === 0) break;
      }
      if (k === 0) continue;
      const x = t[2 * p + 1]!;
      if (x >> 30 === WIDE) {
        const i = 3 * (x & 0x3fffffff);
        a += this.wide[i]!;
        b += this.wide[i + 1]!;
        r += this.wide[i]! + this.wide[i + 1]! + this.wide[i + 2]!;
        continue;
      }
      a += (x << 17) >> 17;
      b += (x << 2) >> 17;
      r += x >> 30;
    }
    scores[0] = a;
    scores[1] = b;
    scores[2] = r - a - b;
  }
}
