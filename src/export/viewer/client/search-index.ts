// Name and alias lookup for the search box (pure): prefix matches first, then word starts, then substrings.

/** One searchable name of a node. */
export interface SearchEntry {
  node: string;
  /** The node's label. */
  label: string;
  /** The name that matched: the label or an alias. */
  name: string;
  /** Lower-cased, accent-stripped `name`. */
  norm: string;
  /** Tie-breaker: bigger is better (e.g. mentions). */
  weight: number;
}

/** One suggestion: the node and the alias it was found by (null when the label matched). */
export interface SearchHit {
  node: string;
  label: string;
  alias: string | null;
}

/** Lower-case and strip diacritics so "Zoe" finds "Zoë". */
export function normalize(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Builds entries for a node's label and aliases. */
export function entriesFor(node: string, label: string, aliases: readonly string[], weight: number): SearchEntry[] {
  const names = [label, ...aliases.filter((a) => a !== label)];
  return names.map((name) => ({
    node,
    label,
    name,
    norm: normalize(name),
    weight,
  }));
}

const WORD = /[\p{L}\p{N}]/u;

/** 0 exact, 1 whole-word prefix, 2 prefix, 3 word start inside, 4 anywhere inside; -1 no match. */
function rank(norm: string, q: string): number {
  if (norm === q) return 0;
  const i = norm.indexOf(q);
  if (i < 0) return -1;
  const wholeWord = !WORD.test(norm[i + q.length] ?? ' ');
  if (i === 0) return wholeWord ? 1 : 2;
  return WORD.test(norm[i - 1]!) ? 4 : 3;
}

/** Best `limit` nodes for `query`, one hit per node, ranked by match quality then weight then label. */
export function search(entries: readonly SearchEntry[], query: string, limit = 10): SearchHit[] {
  const q = normalize(query);
  if (!q) return [];
  const best = new Map<string, { e: SearchEntry; r: number }>();
  for (const e of entries) {
    const r = rank(e.norm, q);
    if (r < 0) continue;
    const prev = best.get(e.node);
    if (!prev || r < prev.r || (r === prev.r && e.name === e.label)) best.set(e.node, { e, r });
  }
  const hits = [...best.values()].sort(
    (a, b) => a.r - b.r || b.e.weight - a.e.weight || (a.e.label < b.e.label ? -1 : a.e.label > b.e.label ? 1 : 0),
  );
  return hits.slice(0, limit).map(({ e }) => ({
    node: e.node,
    label: e.label,
    alias: e.name === e.label ? null : e.name,
  }));
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max` (rows stop early). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Names close to a query that matched nothing: within an edit distance of a third of its length (at least
 * 1, at most 3) of a whole name or of one of its words; nearest first, then by weight; one per node.
 */
export function closeNames(entries: readonly SearchEntry[], query: string, limit = 5): SearchHit[] {
  const q = normalize(query);
  if (q.length < 3) return [];
  const max = Math.min(3, Math.max(1, Math.floor(q.length / 3)));
  const best = new Map<string, { e: SearchEntry; d: number }>();
  for (const e of entries) {
    const words = q.includes(' ') ? [e.norm] : [e.norm, ...e.norm.split(/\s+/)];
    const d = Math.min(...words.map((w) => editDistance(q, w, max)));
    if (d > max) continue;
    const prev = best.get(e.node);
    if (!prev || d < prev.d) best.set(e.node, { e, d });
  }
  return [...best.values()]
    .sort((a, b) => a.d - b.d || b.e.weight - a.e.weight || (a.e.label < b.e.label ? -1 : 1))
    .slice(0, limit)
    .map(({ e }) => ({ node: e.node, label: e.label, alias: e.name === e.label ? null : e.name }));
}
