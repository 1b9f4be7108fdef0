// Which roles a place's name before them ties to that place.
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { normalizeWord } from './units.js';

/**
 * A role with a place before it ("Ruritanian teacher X", "Westville striker X"): a country's people have
 * any role; a town's name only names its club or team for a player's role ("a Westville teacher" lives there).
 */
export function rolesTown(role: string, place: MentionKind): boolean {
  if (place.type !== 'Location' || place.country) return true;
  return LEX.playerRoles.has(normalizeWord(role).split(' ').at(-1)!);
}
