// Names the tagger misread as persons or organizations that a capture verb shows to be places.
import type { Mention, MentionRelation } from '../../types.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import type { SentenceView, Unit } from './units.js';

/** A relation found, possibly reading a person or organization name as a place (checked article-wide). */
export type PendingRelation = MentionRelation & { asPlace?: true };

/**
 * Narrows `names` to those the article shows to be places elsewhere, and drops the relations that
 * read any other name as a place. Clears the `asPlace` marks.
 */
export function keepProvenPlaces(found: PendingRelation[], views: readonly SentenceView[], kinds: readonly MentionKind[], names: Set<string>): void {
  keepNamedPlaces(names, views, kinds);
  dropUnproven(found, views, names);
}

/**
 * Keeps the names the article elsewhere shows to be places: tagged as a place, or written "the city of
 * Westville" / "Westville, an old town".
 */
function keepNamedPlaces(names: Set<string>, views: readonly SentenceView[], kinds: readonly MentionKind[]): void {
  const proven = new Set<string>();
  for (const { units } of views) {
    for (let k = 0; k < units.length; k++) {
      const u = units[k]!;
      if (u.mention < 0 || !names.has(u.text)) continue;
      if (kinds[u.mention]!.type === 'Location' || placeNounBefore(units, k) || placeNounAfter(units, k)) proven.add(u.text);
    }
  }
  for (const name of [...names]) if (!proven.has(name)) names.delete(name);
}

/** "the city of X", "the ancient town of X". */
function placeNounBefore(units: readonly Unit[], k: number): boolean {
  if (units[k - 1]?.lower !== 'of') return false;
  for (let j = k - 2; j >= 0 && j >= k - 3; j--) if (LEX.placeNouns.match(units, j) === k - 1 - j) return true;
  return false;
}

/** "X, an ancient desert city". */
function placeNounAfter(units: readonly Unit[], k: number): boolean {
  if (units[k + 1]?.lower !== ',' || !LEX.determiners.has(units[k + 2]?.lower ?? '')) return false;
  for (let j = k + 3; j < units.length && j <= k + 6; j++) if (LEX.placeNouns.match(units, j) > 0) return true;
  return false;
}

/** Drops the relations that read an unproven person or organization name as a place. */
function dropUnproven(found: PendingRelation[], views: readonly SentenceView[], places: ReadonlySet<string>): void {
  for (let n = found.length - 1; n >= 0; n--) {
    const r = found[n]!;
    if (!r.asPlace) continue;
    delete r.asPlace;
    const name = views[r.sentence]!.units.find((u) => u.mention === r.object)?.text;
    if (!name || !places.has(name)) found.splice(n, 1);
  }
}

/** "X retook Westville" with Westville tagged as a person or organization: every mention of that name becomes a place. */
export function retypeAsPlaces(mentions: readonly Mention[], names: ReadonlySet<string>): Mention[] {
  return mentions.map((m) => (m.type !== 'Location' && names.has(m.text) ? { ...m, type: 'Location' } : m));
}
