// Team sheets: "Ruritania - A (captain), B, C and D": every person listed after a team and a dash or
// colon belongs to that team. Sports pages print line-ups this way in every outlet.
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

function isTeam(k: MentionKind): boolean {
  return k.type === 'Organization' || (k.type === 'Location' && !k.demonym);
}

/** The persons of a list starting at unit `from`, or undefined when anything but a list of persons follows. */
function listedPersons(units: readonly Unit[], from: number, kinds: readonly MentionKind[]): number[] | undefined {
  const out: number[] = [];
  let i = from;
  while (i < units.length) {
    const m = units[i]!.mention;
    if (m < 0 || kinds[m]!.type !== 'Person') return undefined;
    if (!out.includes(m)) out.push(m);
    i = afterName(units, i + 1);
    if (i < 0) return undefined;
    if (i >= units.length || units[i]!.lower === '.') return out;
    if (!SEPARATORS.has(units[i]!.lower)) return undefined;
    i++;
    if (units[i]?.lower === 'and') i++;
  }
  return out;
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
