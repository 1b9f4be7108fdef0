// Disjoint sets over string keys, with path halving and optional "never together" tags.

/** Union-find over string keys; `find` of an unknown key is the key itself. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  /** Root → tags of its set; a set tagged t never joins one tagged -t (see `separate`). */
  private readonly tags = new Map<string, Set<number>>();

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

  /**
   * Keeps the sets of `a` and `b` apart for good: tags them `id` and `-id` (id > 0, one per pair), and
   * every later union that would put both tags in one set is refused.
   */
  separate(a: string, b: string, id: number): void {
    this.tag(this.find(a), id);
    this.tag(this.find(b), -id);
  }

  /** Joins the sets of `a` and `b` (the smaller key becomes the root, so the result is order-free); false when refused. */
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ta = this.tags.get(ra);
    const tb = this.tags.get(rb);
    if (ta && tb) for (const t of ta) if (tb.has(-t)) return false;
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const moved = this.tags.get(child);
    if (moved) for (const t of moved) this.tag(root, t);
    return true;
  }

  private tag(root: string, t: number): void {
    const set = this.tags.get(root) ?? new Set<number>();
    set.add(t);
    this.tags.set(root, set);
  }
}
