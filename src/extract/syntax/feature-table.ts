// Open-addressing table from 32-bit feature ids to dense row numbers (the hot lookup of tagger and parser).

/** Maps feature ids to rows 0..size-1; grows when two thirds full. */
export class FeatureTable {
  /** Slot p holds the id at 2p and its row + 1 at 2p + 1 (0 = empty). */
  private slots: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    let cap = 16;
    while (cap < capacity * 1.5) cap <<= 1;
    this.mask = cap - 1;
    this.slots = new Int32Array(cap * 2);
  }

  /** Row of `id`, or -1 when absent. */
  get(id: number): number {
    const t = this.slots;
    const m = this.mask;
    let p = id & m;
    for (let s = t[2 * p + 1]!; s !== 0; s = t[2 * p + 1]!) {
      if (t[2 * p] === id) return s - 1;
      p = (p + 1) & m;
    }
    return -1;
  }

  /** Row of `id`, adding it as the next row when absent. */
  add(id: number): number {
    const found = this.get(id);
    if (found >= 0) return found;
    if ((this.size + 1) * 3 > (this.mask + 1) * 2) this.grow();
    this.put(id, this.size);
    return this.size++;
  }

  private put(id: number, row: number): void {
    const t = this.slots;
    let p = id & this.mask;
    while (t[2 * p + 1] !== 0) p = (p + 1) & this.mask;
    t[2 * p] = id;
    t[2 * p + 1] = row + 1;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 2);
    for (let p = 0; p < old.length; p += 2) if (old[p + 1] !== 0) this.put(old[p]!, old[p + 1]! - 1);
  }
}

/** A table holding `ids` as rows 0..n-1 in order. */
export function tableOf(ids: Uint32Array | Int32Array): FeatureTable {
  const t = new FeatureTable(ids.length);
  for (let r = 0; r < ids.length; r++) t.add(ids[r]! | 0);
  return t;
}
