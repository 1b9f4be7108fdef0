// Storage shared by the averaged perceptrons (NER tagger, POS tagger, parser) while they train.

/**
 * The current weights `w` and the running sums `u` for averaging, copied into arrays twice as large
 * (at least 65,536 entries): a trainer calls it when a new feature row no longer fits.
 */
export function grownWeights(w: Float32Array, u: Float64Array): { w: Float32Array<ArrayBuffer>; u: Float64Array<ArrayBuffer> } {
  const size = Math.max(1 << 16, w.length * 2);
  const nextW = new Float32Array(size);
  nextW.set(w);
  const nextU = new Float64Array(size);
  nextU.set(u);
  return { w: nextW, u: nextU };
}
