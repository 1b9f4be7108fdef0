// Phrase sets: lexicon phrases (one or more words) matched over plain-token units, longest first.
import type { Unit } from './units.js';

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** A set of lowercase phrases matched against unit sequences. */
export class PhraseSet {
  private readonly root: TrieNode = { next: new Map(), end: false };
  private readonly whole = new Set<string>();

  constructor(phrases: Iterable<string>) {
    for (const phrase of phrases) {
      this.add(phrase);
      this.whole.add(phrase.toLowerCase().trim().split(/\s+/).join(' '));
    }
  }

  private add(phrase: string): void {
    let node = this.root;
    for (const word of phrase.toLowerCase().split(/\s+/)) {
      if (word === '') continue;
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(word, child);
      }
      node = child;
    }
    node.end = true;
  }

  /** True when some phrase of the set starts with `word`. */
  startsWith(word: string): boolean {
    return this.root.next.has(word);
  }

  /** Number of units of the longest phrase starting at `i` (0 when none); mentions never match. */
  match(units: readonly Unit[], i: number): number {
    let node: TrieNode | undefined = this.root;
    let best = 0;
    for (let k = i; k < units.length && node; k++) {
      const u = units[k]!;
      if (u.mention >= 0) break;
      node = node.next.get(u.lower);
      if (node?.end) best = k - i + 1;
    }
    return best;
  }

  /** True when the whole string (lowercase, single spaces) is one phrase of the set. */
  has(text: string): boolean {
    return this.whole.has(text);
  }
}

/** Matches `mods* head` where mods and heads are phrase sets; returns the unit count or 0. */
export function matchModified(units: readonly Unit[], i: number, mods: PhraseSet, heads: PhraseSet, maxMods = 3): number {
  let best = heads.match(units, i);
  let k = i;
  for (let n = 0; n < maxMods; n++) {
    const m = mods.match(units, k);
    if (m === 0) break;
    k += m;
    const h = heads.match(units, k);
    if (h > 0) best = k + h - i;
  }
  return best;
}
