// Team sheets: "Ruritania - A (captain), B, C and D", "Ruritania: 19 - A, 2 - B (14 - C 75)": every
// person listed after a team and a dash or colon belongs to that team. Sports pages print line-ups this way in every outlet, and results with
// their scorers the same way: "Westville 2 (A 12, B 55 pen) Eastham 1 (C 80)"; squads name each player's club in
// brackets: "A (Westville), B (Eastham, capt)".
import type { MentionRelation } from '../../types.js';
import { CONFIDENCE } from './confidence.js';
import type { MentionKind } from './kinds.js';
import type { SentenceView, Unit } from './units.js';

/** Fewer names than this after a dash is an ordinary sentence, not a line-up. */
const MIN_PLAYERS = 3;
const LEADS = new Set(['-', '–', '—', ':']);
const SEPARATORS = new Set([',', 'and', ';']);
/** Plain words a line-up may put after a name ("12th man", "capt"). */
const MAX_TRAILING_WORDS = 2;
const MAX_BRACKETED = 4;

/** AFFILIATED_WITH from every listed player to the team the sentence opens with; none unless the whole sentence is a line-up. */
export function teamSheetRelations(view: SentenceView, kinds: readonly MentionKind[]): MentionRelation[] {
  const units = view.units;
  const team = units[0]?.mention ?? -1;
  if (team < 0 || !LEADS.has(units[1]?.lower ?? '') || !isTeam(kinds[team]!)) return [];
  const players = listedPersons(units, 2, kinds);
  if (!players || players.length < MIN_PLAYERS) return [];
  return players.map((p) => ({ predicate: 'AFFILIATED_WITH', subject: p, object: team, sentence: view.index, confidence: CONFIDENCE.construction - 0.1 }));
}

/**
 * True when the club's bracket ends at unit `k`, or after a note: "(Westville, capt)", "(Westville, Ruritania)",
 * "(Westville/RUR)". A comma and a capitalized word ("(Westville, Eastham and District)") continue the club's name.
 */
function closesClub(units: readonly Unit[], k: number, kinds: readonly MentionKind[]): boolean {
  const mark = units[k]?.lower;
  if (mark === ')') return true;
  if (mark !== ',' && mark !== '/') return false;
  const note = units[k + 1];
  if (!note || units[k + 2]?.lower !== ')') return false;
  if (mark === '/') return true;
  return note.mention >= 0 ? kinds[note.mention]!.country : note.text === note.lower;
}

/**
 * AFFILIATED_WITH from each player of a squad list to the club in the bracket after the name: "A (Westville), B
 * (Eastham, capt), C (Westville)". Only a sentence listing at least MIN_PLAYERS names so is a squad; one name with
 * a bracket may give a hometown or a film ("X (Westville) said").
 */
export function squadListRelations(view: SentenceView, kinds: readonly MentionKind[]): MentionRelation[] {
  const units = view.units;
  const found: MentionRelation[] = [];
  for (let i = 0; i + 3 < units.length; i++) {
    const player = units[i]!.mention;
    const club = units[i + 2]!.mention;
    if (player < 0 || club < 0 || units[i + 1]!.lower !== '(' || kinds[player]!.type !== 'Person' || !isTeam(kinds[club]!)) continue;
    if (!closesClub(units, i + 3, kinds)) continue;
    found.push({ predicate: 'AFFILIATED_WITH', subject: player, object: club, sentence: view.index, confidence: CONFIDENCE.construction - 0.1 });
  }
  return found.length >= MIN_PLAYERS ? found : [];
}

/** Words a scorer list may put after a name besides minutes ("pen", "2nd and 27th"). */
const SCORE_NOTES = new Set(['pen', 'penalty', 'pens', 'and', "'", 'min', 'mins']);
/** An own goal counts for the other side: its scorer plays for the team it was not credited to. */
const OWN_GOAL = new Set(['og', 'o.g.', 'own']);

/**
 * AFFILIATED_WITH from each scorer to the team whose result the bracket follows: "TEAM 2 (A 12, B 55)".
 * A bracket holding anything but names, minutes and scoring notes gives nothing; own goals are skipped.
 */
export function scoreLineRelations(view: SentenceView, kinds: readonly MentionKind[]): MentionRelation[] {
  const units = view.units;
  const out: MentionRelation[] = [];
  for (let i = 0; i + 3 < units.length; i++) {
    const team = units[i]!.mention;
    if (team < 0 || !isTeam(kinds[team]!) || !/^\d+$/.test(units[i + 1]!.lower) || units[i + 2]!.lower !== '(') continue;
    for (const scorer of bracketScorers(units, i + 3, kinds)) {
      out.push({ predicate: 'AFFILIATED_WITH', subject: scorer, object: team, sentence: view.index, confidence: CONFIDENCE.construction - 0.1 });
    }
  }
  return out;
}

/** The scorers listed from unit `from` to the closing bracket (or the sentence end); none unless every name has a minute. */
function bracketScorers(units: readonly Unit[], from: number, kinds: readonly MentionKind[]): number[] {
  const out: number[] = [];
  let i = from;
  while (i < units.length && units[i]!.lower !== ')') {
    const m = units[i]!.mention;
    if (m < 0 || kinds[m]!.type !== 'Person') return [];
    let minutes = 0;
    let own = false;
    for (i++; i < units.length && units[i]!.mention < 0 && units[i]!.lower !== ',' && units[i]!.lower !== ')'; i++) {
      const w = units[i]!.lower;
      if (/^\d+(?:st|nd|rd|th)?$/.test(w)) minutes++;
      else if (OWN_GOAL.has(w)) own = true;
      else if (!SCORE_NOTES.has(w) && !(own && w === 'goal')) return [];
    }
    if (minutes === 0) return [];
    if (!own && !out.includes(m)) out.push(m);
    if (units[i]?.lower === ',') i++;
  }
  return out;
}

function isTeam(k: MentionKind): boolean {
  return k.type === 'Organization' || (k.type === 'Location' && !k.demonym);
}

/** The persons of a list starting at unit `from`, or undefined when anything but a list of persons follows. */
function listedPersons(units: readonly Unit[], from: number, kinds: readonly MentionKind[]): number[] | undefined {
  const out: number[] = [];
  let i = from;
  while (i < units.length) {
    i = afterShirtNumber(units, i);
    const m = units[i]!.mention;
    if (m < 0 || kinds[m]!.type !== 'Person') return undefined;
    if (!out.includes(m)) out.push(m);
    i = substitute(units, i + 1, kinds, out);
    i = afterName(units, i);
    if (i < 0) return undefined;
    if (i >= units.length || units[i]!.lower === '.') return out;
    if (!SEPARATORS.has(units[i]!.lower)) return undefined;
    i++;
    if (units[i]?.lower === 'and') i++;
  }
  return out;
}

/**
 * "Mills (Wright 83)": the player who came on for the one before the bracket, and the minute. Adds the
 * substitute to `out` and returns the unit after the bracket; returns `i` when no such bracket follows.
 */
function substitute(units: readonly Unit[], i: number, kinds: readonly MentionKind[], out: number[]): number {
  if (units[i]?.lower !== '(') return i;
  const at = afterShirtNumber(units, i + 1);
  const sub = units[at]?.mention ?? -1;
  if (sub < 0) return i;
  let k = at + 1;
  while (k < units.length && /^\d+$/.test(units[k]!.lower)) k++;
  if (k === at + 1 || units[k]?.lower !== ')') return i;
  // A substitute the tagger did not take for a person is skipped, not a reason to drop the sheet.
  if (kinds[sub]!.type === 'Person' && !out.includes(sub)) out.push(sub);
  return k + 1;
}

/** "19 - Ivo Sand": the shirt number some line-ups print before each name; returns the unit of the name. */
function afterShirtNumber(units: readonly Unit[], i: number): number {
  return /^\d+$/.test(units[i]?.lower ?? '') && units[i + 1]?.lower === '-' && (units[i + 2]?.mention ?? -1) >= 0 ? i + 2 : i;
}

/** Skips a bracketed note and a few plain words after a name ("(captain)", "12th man"); -1 when they run on. */
function afterName(units: readonly Unit[], i: number): number {
  if (units[i]?.lower === '(') {
    let k = i + 1;
    while (k < units.length && units[k]!.lower !== ')' && k - i <= MAX_BRACKETED) {
      if (units[k]!.mention >= 0) return -1;
      k++;
    }
    if (units[k]?.lower !== ')') return -1;
    i = k + 1;
  }
  for (let n = 0; n < MAX_TRAILING_WORDS && i < units.length; n++) {
    const u = units[i]!;
    if (u.mention >= 0 || SEPARATORS.has(u.lower) || u.lower === '.') break;
    if (!/^[\p{L}\d][\p{L}\d.-]*$/u.test(u.text)) return -1;
    i++;
  }
  return i;
}
