// Written forms of one organization name: singular and plural ("Velto Progressive(s)"), clipped words ("Vel Pro" = "Velto Progressive").
import type { EntityType } from '../types.js';
import { addTo } from './multimap.js';
import type { UnionFind } from './union-find.js';
import { isDictionaryWord } from './words.js';

/** Clipped words must keep this many letters ("Pro" of "Progressive"), so "D" or "De" never stand for a word. */
const MIN_CLIP = 3;
/** Clipped words this short may be English words too ("Man" City); up to MAX_CLIP letters they must not be. */
const MAX_PLAIN_CLIP = 3;
const MAX_CLIP = 4;
/** A final "s" is a plural only on words this long ("Dems", not "Us"). */
const MIN_PLURAL = 4;

function singular(word: string): string {
  return word.length >= MIN_PLURAL && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The letters of a key, with "&" read as "and", "the" left out and a plural last word made singular for names
 * of two words or more: "velto progressives" = "velto progressive" ("times" stays), "x box" = "xbox",
 * "standard & poor" = "standard and poor", "federation of the velto industry" = "federation of velto industry".
 */
export function shapeOf(key: string): string {
  const words = key.replace(/&/g, ' and ').split(' ').filter((w) => w !== '' && w !== 'the');
  if (words.length > 1) words.push(singular(words.pop()!));
  return words.join('');
}

/** A clipped word is short and no word of its own ("dem", "fed"; not "news" of "newcastle"). */
function isClip(word: string): boolean {
  return word.length <= MAX_PLAIN_CLIP || (word.length <= MAX_CLIP && !isDictionaryWord(word));
}

/** True when every word of `short` is `long`'s word (up to a plural "s") or a clipped start of it, one at least clipped. */
function clips(short: readonly string[], long: readonly string[]): boolean {
  if (short.length !== long.length) return false;
  let clipped = false;
  for (let i = 0; i < short.length; i++) {
    const s = short[i]!;
    const l = long[i]!;
    if (singular(s) === singular(l)) continue;
    if (s.length < MIN_CLIP || !l.startsWith(s) || !isClip(s)) return false;
    clipped = true;
  }
  return clipped;
}

/**
 * Joins organization keys that spell one name: the same letters up to a plural "s" on the last word of two
 * or more, "&" for "and", a "the" or a hyphen ("velto progressives" = "velto progressive", "x-box" = "xbox";
 * one-word names such as "times" and "time" are left alone), or each word clipped to its start ("vel pro" =
 * "velto progressive").
 */
export function linkOrgForms(keys: readonly string[], types: ReadonlyMap<string, EntityType>, uf: UnionFind): void {
  const orgs = keys.filter((k) => types.get(k) === 'Organization');
  const byShape = new Map<string, Set<string>>();
  const byInitials = new Map<string, Set<string>>();
  for (const k of orgs) {
    addTo(byShape, shapeOf(k), k);
    if (k.includes(' ')) addTo(byInitials, k.split(' ').map((w) => w[0]).join(''), k);
  }
  for (const same of byShape.values()) {
    const [first, ...rest] = [...same].sort();
    for (const k of rest) uf.union(first!, k);
  }
  for (const group of byInitials.values()) unionClipped([...group].sort(), uf);
}

/**
 * Unions every ordered pair (a, b) of `list` with clips(a, b), in the order of a scan of all pairs.
 * Only pairs whose first words open with the same MIN_CLIP letters are tried: a word clips or
 * pluralizes another only then (a clip keeps MIN_CLIP letters; a singular keeps three), so the
 * unions are the scan's, without its quadratic cost on a corpus with many names of the same initials.
 */
function unionClipped(list: readonly string[], uf: UnionFind): void {
  const words = list.map((k) => k.split(' '));
  const opening = words.map((w) => w[0]!.slice(0, MIN_CLIP));
  const byOpening = new Map<string, number[]>();
  opening.forEach((o, i) => {
    const slot = byOpening.get(o);
    if (slot) slot.push(i);
    else byOpening.set(o, [i]);
  });
  for (let i = 0; i < list.length; i++) {
    for (const j of byOpening.get(opening[i]!)!) if (i !== j && clips(words[i]!, words[j]!)) uf.union(list[i]!, list[j]!);
  }
}
