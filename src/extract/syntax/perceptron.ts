// Averaged perceptron training over hashed features (Collins 2002; the w − u/c averaging trick).
import { grownWeights } from '../averaged-weights.js';
import { FeatureTable } from './feature-table.js';

/** Trainable weights over `classes` classes; rows are added for features as they are first updated. */
export class Perceptron {
  readonly classes: number;
  readonly table = new FeatureTable();
  ids: number[] = [];
  private w = new Float32Array(0);
  private u = new Float64Array(0);
  /** Number of examples seen (the averaging clock). */
  c = 1;

  constructor(classes: number) {
    this.classes = classes;
  }

  /** Current (unaveraged) scores of features `feats[0..n)` into `scores`. */
  score(feats: Int32Array, n: number, scores: Float64Array): void {
    const k = this.classes;
    scores.fill(0, 0, k);
    for (let f = 0; f < n; f++) {
      const row = this.table.get(feats[f]!);
      if (row < 0) continue;
      const base = row * k;
      for (let l = 0; l < k; l++) scores[l]! += this.w[base + l]!;
    }
  }

  /** Moves the weights of `feats[0..n)` towards class `good` and away from `bad`. */
  update(feats: Int32Array, n: number, good: number, bad: number): void {
    if (good === bad) return;
    const k = this.classes;
    for (let f = 0; f < n; f++) {
      const row = this.rowFor(feats[f]!);
      this.w[row * k + good]! += 1;
      this.u[row * k + good]! += this.c;
      this.w[row * k + bad]! -= 1;
      this.u[row * k + bad]! -= this.c;
    }
  }

  private rowFor(id: number): number {
    const row = this.table.add(id);
    if (row === this.ids.length) {
      this.ids.push(id);
      if ((row + 1) * this.classes > this.w.length) this.grow();
    }
    return row;
  }

  private grow(): void {
    ({ w: this.w, u: this.u } = grownWeights(this.w, this.u));
  }

  /** The averaged weights, row r for feature ids[r]. */
  averaged(): { featureIds: Uint32Array; weights: Float32Array } {
    const n = this.ids.length * this.classes;
    const avg = new Float32Array(n);
    for (let j = 0; j < n; j++) avg[j] = this.w[j]! - this.u[j]! / this.c;
    return { featureIds: Uint32Array.from(this.ids, (id) => id >>> 0), weights: avg };
  }
}
