// Event relations from verbs, nouns and hyphen compounds: CAPTURED, ATTACKED, SUPPORTED, CONTACTED.
import type { Predicate } from '../../types.js';
import { COMPOUND_EVENTS, type VerbEntry } from '../lexicons/verbs.js';
import { type ArgContext, agentAfter, coordinated, endsNounPhrase, isClauseBoundary, isHead, nearestSubject, objectAfter } from './args.js';
import { isFixture, isParticiple, LEX } from './lexicon.js';
import { nounRelations } from './nouns.js';
import { anaphorObject, misreadPlace } from './refs.js';
import type { Unit } from './units.js';

/** A relation between two units of one sentence (resolved to mentions by the caller). */
export interface UnitRelation {
  p: Predicate;
  s: number;
  o: number;
  /** The object is a one-word name the tagger read as a person, which the verb shows to be a place. */
  placeObject?: true;
  /** Unit index of the word that states the event, and whether it was read as a verb. */
  at?: number;
  verb?: boolean;
}

/** All event relations stated in one sentence. */
export function eventRelations(ctx: ArgContext): UnitRelation[] {
  const out: UnitRelation[] = [];
  const { units } = ctx;
  let contest: boolean | undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.mention >= 0) continue;
    const before = out.length;
    const entry = LEX.verbForms.get(u.lower);
    const verb = entry !== undefined && readsAsVerb(units, i);
    if (verb) verbRelations(ctx, i, entry, out);
    else nounRelations(ctx, i, out);
    for (let n = before; n < out.length; n++) out[n] = { ...out[n]!, at: i, verb };
    if (u.lower.startsWith('-')) compoundRelations(ctx, i, out);
    // "Top seed X now meets titleholder Y 15-7": a fixture, not a meeting.
    if (out.length > before && verb && entry.predicate === 'CONTACTED' && entry.forms.startsWith('meet ') && isFixture(units.map((w) => w.lower))) out.length = before;
    if (out.length > before && LEX.contestForms.has(u.lower)) {
      contest ??= isContest(units);
      for (let n = out.length - 1; n >= before; n--) if (contest || involvesPerson(ctx, out[n]!)) out.splice(n, 1);
    }
  }
  return out;
}

/** A sentence about sport, awards, votes or business rivalry: a contest word or a score ("3-1"). */
function isContest(units: readonly Unit[]): boolean {
  for (const u of units) {
    if (u.mention < 0 && (LEX.contestWords.has(u.lower) || /^\d+-\d+$/.test(u.lower))) return true;
  }
  return false;
}

/** "X beat Y" between people is a contest, not an attack. */
function involvesPerson(ctx: ArgContext, r: UnitRelation): boolean {
  return r.p === 'ATTACKED' && (isPerson(ctx, r.s) || isPerson(ctx, r.o));
}

/** Noun-like forms ("support", "attacks") count as verbs only after a subject, pronoun or auxiliary. */
function readsAsVerb(units: readonly Unit[], i: number): boolean {
  const u = units[i]!;
  if (!LEX.nounLike.has(u.lower)) return true;
  const prev = units[i - 1];
  if (!prev) return false;
  if (u.lower.endsWith('ing') && LEX.passiveAux.has(prev.lower)) return true;
  return prev.mention >= 0 || LEX.verbContext.has(prev.lower);
}

function verbRelations(ctx: ArgContext, i: number, entry: VerbEntry, out: UnitRelation[]): void {
  const form = ctx.units[i]!.lower;
  if (isParticiple(form, entry) && isPassive(ctx.units, i)) {
    passiveRelations(ctx, i, entry, out);
    return;
  }
  let subjects = subjectsOf(ctx, i);
  const frame = entry.frame ?? 'direct';
  const objStart = afterParticles(ctx.units, i + 1, entry);
  if (frame === 'expel') {
    expelRelations(ctx, subjects, i + 1, out);
    return;
  }
  let obj = objStart < 0 ? -1 : objectAfter(ctx, objStart);
  if (obj < 0 && objStart >= 0 && frame === 'direct') obj = anaphorObject(ctx, objStart, entry.predicate);
  if (obj < 0) {
    if (LEX.groupContact.has(form) && subjects.length > 0 && i - subjects.at(-1)! <= 3 && joinedByAnd(ctx, subjects) && (!LEX.groupOutcome.has(form) || jointOutcomeAfter(ctx, i))) groupContact(subjects, out);
    return;
  }
  if (entry.personObject && !isPerson(ctx, obj)) return;
  const asPlace = entry.placeObject === true && misreadPlace(ctx, obj);
  if (entry.nearObject && obj - objStart > 2) return;
  if (entry.predicate !== 'ATTACKED' && !endsPhrase(ctx, obj)) return;
  subjects = subjects.filter((s) => endsPhrase(ctx, s));
  if (entry.personObject) subjects = subjects.filter((s) => isPerson(ctx, s));
  const objects = coordinated(ctx, obj, 1);
  const loser = entry.predicate === 'CAPTURED' && frame === 'direct' ? takenFrom(ctx, objects.at(-1)!) : -1;
  for (const s of subjects) {
    for (const o of objects) {
      if (frame === 'fall') out.push({ p: entry.predicate, s: o, o: s });
      else if (asPlace && o === obj) out.push({ p: entry.predicate, s, o, placeObject: true });
      else out.push({ p: entry.predicate, s, o });
    }
    if (loser >= 0) out.push({ p: 'ATTACKED', s, o: loser });
  }
}

/** "retook Y from X": the X a place was taken from (the capturer fought it), or -1. */
function takenFrom(ctx: ArgContext, obj: number): number {
  for (let k = obj + 1; k < ctx.units.length && k <= obj + 4; k++) {
    const w = ctx.units[k]!.lower;
    if (w === 'from') return objectAfter(ctx, k + 1, 'none');
    if (w === ',' || ctx.units[k]!.mention >= 0 || isClauseBoundary(ctx.units, k)) return -1;
  }
  return -1;
}

/**
 * A name that is not the modifier of a plain noun ("Acme plans"); country adjectives and names before
 * an armed body may be ("Ruritanian jets", "Red Brigade fighters").
 */
function endsPhrase(ctx: ArgContext, k: number): boolean {
  if (ctx.kinds[ctx.units[k]!.mention]!.demonym || endsNounPhrase(ctx.units, k)) return true;
  return LEX.actorNouns.match(ctx.units, k + 1) > 0;
}

function isPerson(ctx: ArgContext, k: number): boolean {
  return ctx.kinds[ctx.units[k]!.mention]!.type === 'Person';
}

/**
 * Subjects of the verb at i: the nearest subject and any mentions listed with it. A gerund after a
 * preposition takes the mention right before the preposition ("congratulated X on retaking Y").
 */
function subjectsOf(ctx: ArgContext, i: number): number[] {
  const prev = ctx.units[i - 1];
  if (ctx.units[i]!.lower.endsWith('ing') && prev && LEX.prepositions.has(prev.lower)) {
    const before = ctx.units[i - 2];
    return before && before.mention >= 0 && isHead(ctx, i - 2) ? [i - 2] : [];
  }
  // An infinitive ("… to help X") keeps its subject close: "Ruritania will continue to support X".
  const s = nearestSubject(ctx, i, ctx.units[i - 1]?.lower === 'to' ? INFINITIVE_WINDOW : undefined);
  if (s >= 0) return coordinated(ctx, s, -1);
  const relative = relativeSubject(ctx, i);
  if (relative >= 0) return [relative];
  const reported = reportingSubject(ctx, i);
  return reported >= 0 ? [reported] : [];
}

/** "Red Brigade, which had held Westville": the name a relative pronoun right before the verb stands for. */
function relativeSubject(ctx: ArgContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && AUX.has(ctx.units[k]!.lower)) k--;
  const w = ctx.units[k]?.lower;
  if (w !== 'which' && w !== 'who') return -1;
  const before = ctx.units[k - 1]?.lower === ',' ? k - 2 : k - 1;
  return (ctx.units[before]?.mention ?? -1) >= 0 && isHead(ctx, before) ? before : -1;
}

/** How far before an infinitive its subject may stand. */
const INFINITIVE_WINDOW = 5;

/** Words between "it" and its verb ("it has now retaken"). */
const AUX = new Set(['has', 'have', 'had', 'will', 'would', 'had', 'also', 'now', 'finally', 'successfully', 'fully', 'been', 'was', 'is']);

/**
 * "Acme said on Monday that it had bought Y": a pronoun subject right after a reporting verb stands
 * for the organization or country that reports (people are left out: "he" needs the quote pass).
 */
function reportingSubject(ctx: ArgContext, i: number): number {
  let k = i - 1;
  while (k >= 0 && AUX.has(ctx.units[k]!.lower)) k--;
  const pronoun = ctx.units[k]?.lower;
  if (pronoun !== 'it' && pronoun !== 'they') return -1;
  for (let j = k - 1; j >= 0 && j >= k - 6; j--) {
    const w = ctx.units[j]!.lower;
    if (!LEX.speechVerbs.has(w)) continue;
    const speaker = nearestSubject(ctx, j);
    const kind = speaker >= 0 ? ctx.kinds[ctx.units[speaker]!.mention]! : undefined;
    return kind && (kind.type === 'Organization' || kind.country) ? speaker : -1;
  }
  return -1;
}

/** Start of the object after the verb's particles ("took control of X"), or -1 when a required particle is missing. */
function afterParticles(units: readonly Unit[], j: number, entry: VerbEntry): number {
  if (!entry.particles) return j;
  for (let k = j; k < j + 4 && k < units.length; k++) {
    for (const particle of entry.particles) {
      const words = particle.split(' ');
      if (words.every((w, n) => units[k + n]?.lower === w)) return k + words.length;
    }
    if (!entry.particleRequired) return j;
    if (units[k]!.mention >= 0 || units[k]!.lower === ',') break;
  }
  return entry.particleRequired ? -1 : j;
}

/** "was liberated", "forces backed by": a participle after a form of "be", or right before "by". */
function isPassive(units: readonly Unit[], i: number): boolean {
  if (units[i + 1]?.lower === 'by') return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = units[k]!.lower;
    if (LEX.passiveAux.has(w)) return true;
    if (units[k]!.mention >= 0 || !/^[a-z]+$/.test(w) || LEX.verbContext.has(w)) {
      if (w !== 'not' && w !== 'also' && w !== 'reportedly') return false;
    }
  }
  return false;
}

/** "Y was liberated by X", "Y, which was recaptured by X", "forces backed by X". */
function passiveRelations(ctx: ArgContext, i: number, entry: VerbEntry, out: UnitRelation[]): void {
  let by = i + 1;
  while (by < ctx.units.length && by < i + 4 && ctx.units[by]!.lower !== 'by') by++;
  const agent = agentAfter(ctx, by, ['by']);
  if (agent < 0) return;
  const patient = passivePatient(ctx, i);
  if (patient < 0) return;
  if (entry.frame === 'expel' || entry.frame === 'fall') return;
  out.push({ p: entry.predicate, s: agent, o: patient });
}

/** How far before a passive participle its subject may stand ("Y has reportedly been retaken"). */
const PASSIVE_WINDOW = 5;

/** The subject of a passive verb, crossing ", which was" / ", who were" back to the noun they follow. */
function passivePatient(ctx: ArgContext, i: number): number {
  for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
    const w = ctx.units[k]!.lower;
    if ((w === 'which' || w === 'who' || w === 'that') && ctx.units[k - 1]) {
      const before = ctx.units[k - 1]!.lower === ',' ? k - 2 : k - 1;
      return (ctx.units[before]?.mention ?? -1) >= 0 ? before : -1;
    }
  }
  return nearestSubject(ctx, i, PASSIVE_WINDOW);
}

/** "drove X out of Y": subject ATTACKED X and CAPTURED Y. */
function expelRelations(ctx: ArgContext, subjects: number[], from: number, out: UnitRelation[]): void {
  const x = objectAfter(ctx, from, 'none');
  if (x < 0 || subjects.length === 0) return;
  let k = x + 1;
  if (ctx.units[k]?.lower === 'out' && ctx.units[k + 1]?.lower === 'of') k += 2;
  else if (ctx.units[k]?.lower === 'from') k += 1;
  else return;
  const y = objectAfter(ctx, k);
  for (const s of subjects) {
    out.push({ p: 'ATTACKED', s, o: x });
    if (y >= 0) out.push({ p: 'CAPTURED', s, o: y });
  }
}

/** Most coordinated subjects paired by a group contact; a longer list is a roll call, not a meeting. */
const MAX_GROUP = 6;

/** "A, B and C": a real coordination has "and" (or "&") before its last member; "according to A, B spoke" has not. */
function joinedByAnd(ctx: ArgContext, subjects: readonly number[]): boolean {
  const first = Math.min(...subjects);
  const last = Math.max(...subjects);
  for (let k = first + 1; k < last; k++) if (ctx.units[k]!.lower === 'and' || ctx.units[k]!.lower === '&') return true;
  return false;
}

/** A noun of what parties make together within the next few words ("reached a new trade deal"). */
function jointOutcomeAfter(ctx: ArgContext, i: number): boolean {
  for (let k = i + 1; k <= i + 4 && k < ctx.units.length; k++) {
    const u = ctx.units[k]!;
    if (u.mention >= 0 || LEX.clausePunct.has(u.lower) || u.lower === ',') return false;
    if (LEX.jointOutcomes.has(u.lower)) return true;
  }
  return false;
}

/** "A, B and C signed a memorandum": every pair of the coordinated subjects (none past MAX_GROUP). */
function groupContact(subjects: number[], out: UnitRelation[]): void {
  if (subjects.length > MAX_GROUP) return;
  for (let a = 0; a < subjects.length; a++) {
    for (let b = a + 1; b < subjects.length; b++) out.push({ p: 'CONTACTED', s: subjects[a]!, o: subjects[b]! });
  }
}

/** "Freedonia-backed X" (SUPPORTED), "the Velto Front-held town of X" (CAPTURED): see COMPOUND_EVENTS. */
function compoundRelations(ctx: ArgContext, i: number, out: UnitRelation[]): void {
  const p = COMPOUND_EVENTS[ctx.units[i]!.lower.slice(1)];
  if (!p) return;
  const prefix = i - 1;
  if ((ctx.units[prefix]?.mention ?? -1) < 0 || ctx.units[prefix]!.end !== ctx.units[i]!.start) return;
  const obj = objectAfter(ctx, i + 1, p === 'CAPTURED' ? 'place' : 'none');
  if (obj < 0 || !isHead(ctx, obj)) return;
  out.push({ p, s: prefix, o: obj });
}
