// Disjoint sets over string keys, with path halving.

/** Union-find over string keys; `find` of an unknown key is the key itself. */
export class UnionFind {
  private readonly parent = new Map<string, string>();

  /** The representative of `key`'s set. */
  find(key: string): string {
    let k = key;
    let p = this.parent.get(k);
    while (p !== undefined && p !== k) {
      const gp = this.parent.get(p);
      if (gp !== undefined && gp !== p) this.parent.set(k, gp);
      k = p;
      p = this.parent.get(k);
    }
    return k;
  }

  /** Joins the sets of `a` and `b`; the smaller key becomes the root, so the result is order-free. */
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}
