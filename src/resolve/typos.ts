// Spelling variants of place names ("Ostravik", "Ostravick"), merged only with strong guards.
import type { EntityType } from '../types.js';
import { type ContextIndex, unionInContext } from './context.js';
import { displayForm, type Group } from './groups.js';
import { boundedDistance, foldWord } from './phonetic.js';
import type { PlaceIndex } from './places.js';
import type { UnionFind } from './union-find.js';

const MIN_WORD_LENGTH = 6;
/** From this length (after folding) a word may also differ in one consonant. */
const TWO_EDITS_FROM = 9;
/** Names that fold to the same letters match from this raw length ("Shaqqor"/"Shakkor"). */
const MIN_SAME_FOLD_LENGTH = 5;

interface Candidate {
  key: string;
  words: string[];
  /** Letters of the folded name, to stop comparing once lengths drift apart. */
  length: number;
}

/**
 * Joins Location groups whose names fold to the same letters ("Shaqqor"/"Shakkor"), or differ in one
 * word of six letters or more by up to two edits in vowels, y and h ("Taleimim"/"Talimime"), or
 * from nine letters also one consonant — same folded first letter — when neither is a known
 * country, they are not two distinct known places, and they share context (see ContextIndex).
 */
export function linkPlaceTypos(
  keys: readonly string[],
  groups: ReadonlyMap<string, Group>,
  types: ReadonlyMap<string, EntityType>,
  places: PlaceIndex,
  ctx: ContextIndex,
  uf: UnionFind,
): void {
  const buckets = new Map<string, Candidate[]>();
  for (const k of keys) {
    if (types.get(k) !== 'Location' || /\d|@/.test(k) || isCountry(groups.get(k)!, places)) continue;
    const words = k.split(' ').map(foldWord);
    if (k.length < MIN_SAME_FOLD_LENGTH) continue;
    const bucket = `${words.length}:${words[0]![0]}`;
    const list = buckets.get(bucket) ?? [];
    list.push({ key: k, words, length: words.join(' ').length });
    buckets.set(bucket, list);
  }
  const pairs: [Group, Group][] = [];
  for (const list of buckets.values()) {
    list.sort((a, b) => a.length - b.length || (a.key < b.key ? -1 : 1));
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (b.length - a.length > 2) break;
        if (!variantWords(a.words, b.words)) continue;
        const [ga, gb] = [groups.get(a.key)!, groups.get(b.key)!];
        if (!distinctKnownPlaces(ga, gb, places)) pairs.push([ga, gb]);
      }
    }
  }
  unionInContext(pairs, ctx, uf);
}

/** Same words but one, and that one a long word spelled slightly differently. */
function variantWords(a: readonly string[], b: readonly string[]): boolean {
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff < 0) return true;
  const [x, y] = [a[diff]!, b[diff]!];
  const shorter = Math.min(x.length, y.length);
  if (shorter < MIN_WORD_LENGTH || x[0] !== y[0] || boundedDistance(x, y, 2) > 2) return false;
  const [sx, sy] = [skeleton(x), skeleton(y)];
  if (sx === sy) return true;
  return shorter >= TWO_EDITS_FROM && boundedDistance(sx, sy, 1) <= 1;
}

/**
 * Consonant skeleton of a folded word: vowels, y and h dropped, doubles single. Shorter words
 * may differ in vowels only ("Nairobi"/"Narobi"), not in consonants ("Bolton"/"Boldon").
 */
function skeleton(word: string): string {
  return word.replace(/[aeiouyh]/g, '').replace(/(.)\1+/g, '$1');
}

function isCountry(g: Group, places: PlaceIndex): boolean {
  return places.lookupPlace(displayForm(g) ?? g.key)?.kind === 'country';
}

function distinctKnownPlaces(a: Group, b: Group, places: PlaceIndex): boolean {
  const pa = places.lookupPlace(displayForm(a) ?? a.key);
  const pb = places.lookupPlace(displayForm(b) ?? b.key);
  return pa !== undefined && pb !== undefined && pa.canonical !== pb.canonical;
}
