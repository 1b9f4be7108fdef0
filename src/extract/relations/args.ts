// Argument finders: nearest subject to the left, object to the right, agents after "by", heads of noun phrases.
import { MONTHS, WEEKDAYS } from '../lexicons/dates.js';
import type { MentionKind } from './kinds.js';
import { LEX } from './lexicon.js';
import { lexLength } from './pattern.js';
import type { Unit } from './units.js';

/** Units of one sentence plus the kinds of all mentions. */
export interface ArgContext {
  units: readonly Unit[];
  kinds: readonly MentionKind[];
}

/** How far (in units) argument searches look. */
const SUBJECT_WINDOW = 12;
const OBJECT_WINDOW = 6;

/** A unit that ends a clause for argument search (";", quotes, "which", "said" unless a noun phrase follows). */
export function isClauseBoundary(units: readonly Unit[], k: number): boolean {
  const u = units[k]!;
  if (u.mention >= 0) return false;
  if (LEX.speechVerbs.has(u.lower)) return !LEX.determiners.has(units[k + 1]?.lower ?? '') || units[k + 1]?.lower === 'that';
  return LEX.clausePunct.has(u.lower) || LEX.clauseWords.has(u.lower) || u.lower === '-';
}

/**
 * From the comma that closes an apposition after a name (", an ancient city in Y," / ", the director
 * of Y," / ", now working for Y,"), the index of the name before the opening comma; -1 when none.
 */
export function skipApposition(units: readonly Unit[], comma: number): number {
  for (let j = comma - 1; j >= 0 && j >= comma - 15; j--) {
    const w = units[j]!.lower;
    if (w === ',') return (units[j - 1]?.mention ?? -1) >= 0 && comma - j > 1 ? j - 1 : -1;
    if (LEX.clausePunct.has(w) || LEX.speechVerbs.has(w) || (LEX.clauseWords.has(w) && w !== 'who')) return -1;
  }
  return -1;
}

/** True when unit k is a mention standing as the head of its noun phrase (not "Ruritanian" in "Ruritanian President X"). */
export function isHead(ctx: ArgContext, k: number): boolean {
  const next = ctx.units[k + 1];
  if (!next) return true;
  if (next.lower === "'s") return LEX.actorNouns.match(ctx.units, k + 2) > 0 && possessedEnds(ctx, k + 2);
  if (next.mention >= 0 || (next.lower.startsWith('-') && next.lower.length > 1)) return false;
  if (lexLength('TITLE', ctx.units, k + 1) > 0 || lexLength('ROLE', ctx.units, k + 1) > 0) {
    return namedAfterTitle(ctx, k + 1) < 0;
  }
  return true;
}

/** "Ruritania's warplanes bombed …": the actor noun at k closes the noun phrase (no mention follows). */
function possessedEnds(ctx: ArgContext, k: number): boolean {
  const after = ctx.units[k + LEX.actorNouns.match(ctx.units, k)];
  return !after || after.mention < 0;
}

/**
 * The unit of the name a title or role phrase at `from` introduces: right after it ("President X"),
 * or after a comma when a title names a person ("his Ruritanian counterpart, X"); -1 when none.
 */
function namedAfterTitle(ctx: ArgContext, from: number): number {
  const title = lexLength('TITLE', ctx.units, from);
  const at = from + Math.max(title, lexLength('ROLE', ctx.units, from));
  const next = ctx.units[at];
  if (next && next.mention >= 0) return at;
  const named = ctx.units[at + 1];
  return title > 0 && next?.lower === ',' && named && named.mention >= 0 && ctx.kinds[named.mention]!.type === 'Person' ? at + 1 : -1;
}

/**
 * True when the mention at k sits inside a prepositional phrase ("by heavy Ruritanian air support").
 * A time phrase closes the prepositional phrase before it ("on Sunday X retook Y"), and a word that is
 * also a conjunction opens a clause when a verb follows the mention ("after X retook Y").
 */
export function inPrepPhrase(ctx: ArgContext, k: number): boolean {
  for (let j = k - 1, n = 0; j >= 0 && n < 4; j--, n++) {
    const u = ctx.units[j]!;
    if (u.mention >= 0 || u.lower === "'s") continue;
    if (isDayWord(u.lower)) return false;
    if (LEX.prepositions.has(u.lower)) return !(LEX.clauseWords.has(u.lower) && verbFollows(ctx.units, k));
    if (LEX.determiners.has(u.lower) || lexLength('TITLE', ctx.units, j) > 0 || /^[a-z][a-z-]*$/.test(u.lower)) {
      if (LEX.verbForms.has(u.lower) || LEX.passiveAux.has(u.lower) || LEX.verbContext.has(u.lower)) return false;
      continue;
    }
    return false;
  }
  return false;
}

/** A weekday or month name ("Sunday", "March"). */
function isDayWord(w: string): boolean {
  return w in WEEKDAYS || w in MONTHS;
}

/** The mention at k is followed by a verb ("X retook", "X has retaken"). */
function verbFollows(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1]?.lower ?? '';
  if (LEX.verbForms.has(next)) return !LEX.nounLike.has(next);
  return (next === 'has' || next === 'have' || next === 'had') && LEX.verbForms.has(units[k + 2]?.lower ?? '');
}

/** Pronouns that are the subject themselves: the search stops there ("it was backed by X"). */
const SUBJECT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you']);

/**
 * The nearest mention left of `i` that can be a subject: same clause, a head, not inside a
 * prepositional phrase, within `window` units, with no subject pronoun in between.
 */
export function nearestSubject(ctx: ArgContext, i: number, window = SUBJECT_WINDOW): number {
  for (let k = i - 1; k >= 0 && i - k <= window; k--) {
    if (SUBJECT_PRONOUNS.has(ctx.units[k]!.lower)) return -1;
    const u = ctx.units[k]!;
    if (u.lower === ',' && !isListComma(ctx.units, k)) {
      const before = skipApposition(ctx.units, k);
      return before >= 0 && isHead(ctx, before) && !inPrepPhrase(ctx, before) ? before : -1;
    }
    if (isClauseBoundary(ctx.units, k)) return -1;
    if (u.mention >= 0 && isHead(ctx, k) && !inPrepPhrase(ctx, k)) return k;
  }
  return -1;
}

/** The first subject-like mention of the clause that ends at `i` (for nouns: "X declared the liberation of Y"). */
export function clauseSubject(ctx: ArgContext, i: number): number {
  let found = -1;
  for (let k = i - 1; k >= 0 && i - k <= SUBJECT_WINDOW; k--) {
    const u = ctx.units[k]!;
    if ((u.lower === ',' && !isListComma(ctx.units, k)) || isClauseBoundary(ctx.units, k)) break;
    if (u.mention >= 0 && isHead(ctx, k) && !inPrepPhrase(ctx, k)) found = k;
  }
  return found;
}

/** A comma inside a list of mentions ("A, B and C"). */
function isListComma(units: readonly Unit[], k: number): boolean {
  return (units[k - 1]?.mention ?? -1) >= 0 && (units[k + 1]?.mention ?? -1) >= 0;
}

/** Which "of" an object search may cross: any ("gunmen of the X"), after a place noun ("the city of X"), none. */
export type OfMode = 'any' | 'place' | 'none';

/** The first head mention right of `from` within the clause, skipping determiners and modifiers; -1 if none. */
export function objectAfter(ctx: ArgContext, from: number, of: OfMode = 'place'): number {
  for (let k = from, n = 0; k < ctx.units.length && n < OBJECT_WINDOW; k++, n++) {
    const u = ctx.units[k]!;
    if (u.mention >= 0) {
      const head = headFrom(ctx, k);
      return isHead(ctx, head) ? head : -1;
    }
    if (u.lower === ',' || isClauseBoundary(ctx.units, k) || LEX.verbForms.has(u.lower) || u.lower === 'and') return -1;
    if (u.lower === 'of' ? !ofAllowed(ctx.units, k, of) : LEX.prepositions.has(u.lower)) return -1;
  }
  return -1;
}

function ofAllowed(units: readonly Unit[], k: number, of: OfMode): boolean {
  if (of === 'any') return true;
  if (of === 'none') return false;
  for (let j = k - 1; j >= 0 && j >= k - 2; j--) if (LEX.placeNouns.match(units, j) === k - j) return true;
  return false;
}

/**
 * True when the mention at k ends its noun phrase: what follows is punctuation, a function word, an
 * adverb or a verb, not a noun it modifies ("took the Westville job" is no capture of Westville).
 */
export function endsNounPhrase(units: readonly Unit[], k: number): boolean {
  const next = units[k + 1];
  if (!next || next.mention >= 0 || !/^[a-z]/.test(next.lower)) return true;
  const w = next.lower;
  return LEX.prepositions.has(w) || LEX.clauseWords.has(w) || LEX.timeWords.has(w) || LEX.verbContext.has(w) ||
    LEX.passiveAux.has(w) || LEX.speechVerbs.has(w) || LEX.verbForms.has(w) || w === 'or' || w === 'and' || w.endsWith('ly');
}

/** Moves from a modifier mention to the head of its noun phrase ("Ruritanian President X" → X, "Acme's CEO X" → X). */
export function headFrom(ctx: ArgContext, k: number): number {
  let cur = k;
  for (let guard = 0; guard < 4 && !isHead(ctx, cur); guard++) {
    const j = namedAfterTitle(ctx, ctx.units[cur + 1]!.lower === "'s" ? cur + 2 : cur + 1);
    if (j < 0) break;
    cur = j;
  }
  return adjectiveHead(ctx, cur);
}

/** "Ruritanian carmaker Acme": from a country adjective over one or two plain nouns to the name they describe. */
function adjectiveHead(ctx: ArgContext, k: number): number {
  if (!ctx.kinds[ctx.units[k]!.mention]!.demonym) return k;
  for (let j = k + 1; j <= k + 3 && j < ctx.units.length; j++) {
    const u = ctx.units[j]!;
    if (u.mention >= 0) return j > k + 1 ? j : k;
    if (!/^[a-z][a-z-]*$/.test(u.lower) || LEX.prepositions.has(u.lower) || LEX.clauseWords.has(u.lower) || u.lower === 'and') return k;
  }
  return k;
}

/** The agent after a preposition at `k` ("by X", "by gunmen of X", "from X"), or -1. */
export function agentAfter(ctx: ArgContext, k: number, preps: readonly string[]): number {
  const u = ctx.units[k];
  if (!u || !preps.includes(u.lower)) return -1;
  return objectAfter(ctx, k + 1, 'any');
}

/** Mentions coordinated with the one at k on its left ("A, B and C" from C) or right (from A), including k. */
export function coordinated(ctx: ArgContext, k: number, dir: -1 | 1): number[] {
  const out = [k];
  let cur = k;
  for (;;) {
    const sep = ctx.units[cur + dir];
    const other = ctx.units[cur + 2 * dir];
    if (!sep || !other || other.mention < 0 || (sep.lower !== ',' && sep.lower !== 'and')) break;
    cur += 2 * dir;
    // Rightwards, "X and Ruritanian President Y" lists Y, not its modifier.
    if (dir > 0) cur = headFrom(ctx, cur);
    else if (!isHead(ctx, cur)) break;
    out.push(cur);
  }
  return dir < 0 ? out.reverse() : out;
}
