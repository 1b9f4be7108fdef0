// Short-lived Int32Arrays carved from shared blocks: a typed array longer than 64 bytes gets its own off-heap
// buffer, which costs about a microsecond to make and to free; a view of a block costs a fifth of that.

/** Ints per block; a request for more gets a block of its own size. */
const BLOCK = 1 << 16;

/**
 * Hands out zeroed Int32Array views, each of its own part of a block (never shared, never reused). A view keeps its
 * whole block alive, so use it for arrays that live about as long as one document, not for long-lived caches.
 */
export class IntBlocks {
  private block = new Int32Array(0);
  private used = 0;

  /** A new zeroed array of n ints. */
  alloc(n: number): Int32Array {
    if (this.used + n > this.block.length) {
      this.block = new Int32Array(Math.max(BLOCK, n));
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
}
