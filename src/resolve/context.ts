// Shared context between name groups: an article in common, or a rarely mentioned entity in common.
import { displayForm, type Group } from './groups.js';
import type { PlaceIndex } from './places.js';
import { UnionFind } from './union-find.js';

/** Entities in more articles than this share of the corpus are too common to tie two names. */
const RARE_SHARE = 0.01;
const MIN_RARE_LIMIT = 5;

/** Which articles mention which groups, to tell whether two spellings live in the same story. */
export class ContextIndex {
  private readonly byArticle = new Map<number, string[]>();

  constructor(groups: ReadonlyMap<string, Group>, places: PlaceIndex) {
    const docs = new Set<number>();
    for (const g of groups.values()) for (const doc of g.articles) docs.add(doc);
    const limit = Math.max(MIN_RARE_LIMIT, Math.ceil(docs.size * RARE_SHARE));
    for (const g of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
      if (g.articles.size > limit || places.lookupPlace(displayForm(g) ?? g.key)?.kind === 'country') continue;
      for (const doc of g.articles) {
        const list = this.byArticle.get(doc) ?? [];
        list.push(g.key);
        this.byArticle.set(doc, list);
      }
    }
  }

  /** True when `a` and `b` share an article, or co-occur with one rare entity (by `rootOf`). */
  shares(a: Group, b: Group, rootOf: (key: string) => string): boolean {
    for (const doc of a.articles) if (b.articles.has(doc)) return true;
    const self = rootOf(a.key);
    const around = new Set<string>();
    for (const doc of a.articles) for (const k of this.byArticle.get(doc) ?? []) around.add(rootOf(k));
    around.delete(self);
    for (const doc of b.articles) for (const k of this.byArticle.get(doc) ?? []) if (around.has(rootOf(k))) return true;
    return false;
  }
}

/**
 * Unions the candidate pairs that share context. Context is judged as if every candidate pair
 * were merged, so two variant pairs seen together support each other ("Shaqqor … Taleimim",
 * "Shakkor … Talimime").
 */
export function unionInContext(pairs: readonly (readonly [Group, Group])[], ctx: ContextIndex, uf: UnionFind): void {
  if (pairs.length === 0) return;
  const provisional = new UnionFind();
  for (const [a, b] of pairs) provisional.union(uf.find(a.key), uf.find(b.key));
  const rootOf = (key: string) => provisional.find(uf.find(key));
  const accepted = pairs.filter(([a, b]) => ctx.shares(a, b, rootOf));
  for (const [a, b] of accepted) uf.union(a.key, b.key);
}
