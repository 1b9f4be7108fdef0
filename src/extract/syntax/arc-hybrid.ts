// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root token at the end of the buffer.

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const NUM_ACTIONS = 3;

/**
 * A parser configuration over n words; index n is the artificial root. The buffer is always n..b (front b).
 * LEFT makes b the head of the stack top s0; RIGHT makes s1 the head of s0; the root takes only the last word.
 */
export class ArcHybridState {
  n = 0;
  stack: Int32Array;
  sp = 0;
  b = 0;
  heads: Int32Array;
  labels: Int32Array;
  /** Nearest and second-nearest left/right children (-1 when none) and child counts, per token incl. the root. */
  lc1: Int32Array;
  lc2: Int32Array;
  rc1: Int32Array;
  rc2: Int32Array;
  nl: Int32Array;
  nr: Int32Array;
  /** Bit sets (label id mod 31) of the labels of left and right children. */
  lset: Int32Array;
  rset: Int32Array;

  constructor(capacity = 64) {
    this.stack = new Int32Array(capacity + 1);
    this.heads = new Int32Array(capacity + 1);
    this.labels = new Int32Array(capacity + 1);
    this.lc1 = new Int32Array(capacity + 1);
    this.lc2 = new Int32Array(capacity + 1);
    this.rc1 = new Int32Array(capacity + 1);
    this.rc2 = new Int32Array(capacity + 1);
    this.nl = new Int32Array(capacity + 1);
    this.nr = new Int32Array(capacity + 1);
    this.lset = new Int32Array(capacity + 1);
    this.rset = new Int32Array(capacity + 1);
  }

  /** Starts a sentence of n words (reuses the buffers when they are large enough). */
  reset(n: number): void {
    if (this.stack.length < n + 1) Object.assign(this, new ArcHybridState(n * 2));
    this.n = n;
    this.sp = 0;
    this.b = 0;
    for (const a of [this.lc1, this.lc2, this.rc1, this.rc2, this.heads]) a.fill(-1, 0, n + 1);
    for (const a of [this.nl, this.nr, this.lset, this.rset, this.labels]) a.fill(0, 0, n + 1);
  }

  get terminal(): boolean {
    return this.sp === 0 && this.b === this.n;
  }

  /** Whether `action` is allowed now. */
  legal(action: number): boolean {
    if (action === SHIFT) return this.b < this.n;
    if (action === LEFT) return this.sp >= 1 && (this.b < this.n || this.sp === 1);
    return this.sp >= 2;
  }

  /** The head the action would give the stack top (b for LEFT, s1 for RIGHT). */
  headFor(action: number): number {
    return action === LEFT ? this.b : this.stack[this.sp - 2]!;
  }

  apply(action: number, label: number): void {
    if (action === SHIFT) {
      this.stack[this.sp++] = this.b++;
      return;
    }
    const d = this.stack[--this.sp]!;
    const h = action === LEFT ? this.b : this.stack[this.sp - 1]!;
    this.heads[d] = h;
    this.labels[d] = label;
    const bit = 1 << (label % 31);
    if (d < h) {
      this.lc2[h] = this.lc1[h]!;
      this.lc1[h] = d;
      this.nl[h]!++;
      this.lset[h]! |= bit;
    } else {
      this.rc2[h] = this.rc1[h]!;
      this.rc1[h] = d;
      this.nr[h]!++;
      this.rset[h]! |= bit;
    }
  }
}
