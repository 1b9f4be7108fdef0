// Arguments written as references: "the city" / "it" for a place named before, names the tagger misread as people.
import type { Predicate } from '../../types.js';
import type { ArgContext } from './args.js';
import { LEX } from './lexicon.js';
import { lexLength } from './pattern.js';

/** Nouns that take up a place named earlier in the sentence ("… retook Westville, which had held the town"). */
const PLACE_ANAPHORS = new Set(['city', 'town', 'village', 'capital', 'port', 'stronghold']);

/**
 * A place the object refers back to: "it" (captures only) or "the city", when the sentence named
 * exactly one place below country level before it. Returns its unit, or -1.
 */
export function anaphorObject(ctx: ArgContext, from: number, p: Predicate): number {
  const { units } = ctx;
  const w = units[from]?.lower;
  let end = from + 1;
  if (w === 'the' && PLACE_ANAPHORS.has(units[from + 1]?.lower ?? '')) end = from + 2;
  else if (w !== 'it' || p !== 'CAPTURED') return -1;
  // "the city council", "the city of Y", "took it seriously": not a reference to a place.
  const after = units[end];
  if (after && (after.mention >= 0 || after.lower === 'of' || isPlainWord(after.lower))) return -1;
  let found = -1;
  for (let k = from - 1; k >= 0; k--) {
    const m = units[k]!.mention;
    if (m < 0 || ctx.kinds[m]!.type !== 'Location' || ctx.kinds[m]!.country) continue;
    if (found >= 0 && units[found]!.lower !== units[k]!.lower) return -1;
    found = k;
  }
  return found;
}

/** A lowercase word that is neither a preposition nor a time word ("seriously", "council"). */
function isPlainWord(w: string): boolean {
  return /^[a-z]+$/.test(w) && !LEX.prepositions.has(w) && !LEX.timeWords.has(w);
}

/**
 * A one-word name the tagger read as a person or an organization that may be a place: no title before
 * it, no organization word ("Parliament") in it, not known to the gazetteer as something else.
 */
export function misreadPlace(ctx: ArgContext, k: number): boolean {
  const u = ctx.units[k]!;
  const kind = ctx.kinds[u.mention]!;
  if (kind.type === 'Location' || kind.place !== undefined || u.text.includes(' ')) return false;
  if (LEX.orgHeads.has(u.lower) || LEX.unitHeads.has(u.lower) || LEX.namedOrgHeads.has(u.lower)) return false;
  return !titled(ctx, k);
}

/** A title right before the name ("retook General X"): a person after all. */
function titled(ctx: ArgContext, k: number): boolean {
  for (let j = Math.max(0, k - 4); j < k; j++) if (lexLength('TITLE', ctx.units, j) === k - j) return true;
  return false;
}
