// Which roles a name before them ties to what it names: a town's club for players, a body for performers.
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

/**
 * A performer's role with an organization's name before it ("Velto Theatre Company actor X"): only a name
 * that reads as a body (an acronym, or a company, theatre, studio… head) employs them; any other is a show
 * or a film ("a Nighty Velt actress" plays in it).
 */
export function performsFor(role: string, object: MentionKind, name: string): boolean {
  if (object.type !== 'Organization' || !LEX.performerRoles.has(normalizeWord(role).split(' ').at(-1)!)) return true;
  if (/^[\p{Lu}&.]{2,}$/u.test(name.split(' ')[0]!)) return true;
  return LEX.performingBodies.has(normalizeWord(name).split(' ').at(-1)!);
}

