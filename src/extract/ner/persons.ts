// Persons the tagger read as something else (a name after a noun of nationality or residence, a pair of given names), and words it read as a person.
import { placeOfResident } from '../gazetteer/index.js';
import type { Token } from '../../types.js';
import type { Span } from './joins.js';
import { isOrgWord, isTitleWord } from './lexicon.js';
import { WC_COMMON_FIRST, WC_COMMON_LAST, WC_DICT, WC_NAME, wordClasses } from './word-classes.js';

const CAPITAL_RE = /^\p{Lu}\p{L}*$/u;
/** Most words of a person's name after the nationality noun. */
const MAX_NAME_WORDS = 3;

/** A capitalized word that can be part of a person's name: no organization word or title. */
function nameWord(token: Token | undefined): boolean {
  return token !== undefined && CAPITAL_RE.test(token.text) && !isOrgWord(token.text) && !isTitleWord(token.text);
}

/** A given name or surname somebody has that is no English word ("Oskar", not "Democratic"). */
function givenOrSurname(token: string): boolean {
  const classes = wordClasses(token.toLowerCase());
  return (classes & (WC_NAME | WC_COMMON_FIRST)) !== 0 && (classes & WC_DICT) === 0;
}

/**
 * A body, place or MISC span that opens with a noun of nationality or residence ("Zendan", "Veltolander")
 * followed by a name is that person, described ("fellow Veltolander Oskar Brandt", "and Zendan Oskar Brandt"):
 * the noun is dropped (a MISC span) and the person runs on over the untagged capitalized words after the
 * span ("Veltolander Oskar" + "Brandt"). Spans with an organization word or a title are left alone.
 */
export function splitResidentPerson(ts: readonly Token[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  found.forEach(([type, from, to], k) => {
    const rest = ts.slice(from + 1, to);
    if (type === 'PER' || rest.length === 0 || rest.length > MAX_NAME_WORDS || !rest.every(nameWord) || !givenOrSurname(rest[0]!.text) || !placeOfResident(ts[from]!.text)) {
      out.push([type, from, to]);
      return;
    }
    let end = to;
    const next = found[k + 1]?.[1] ?? ts.length;
    while (end < next && end - from - 1 < MAX_NAME_WORDS && nameWord(ts[end])) end++;
    out.push(['MISC', from, from + 1], ['PER', from + 1, end]);
  });
  return out;
}

/** A common first name ("Lena", "Oskar"). */
function firstName(token: string | undefined): boolean {
  return token !== undefined && CAPITAL_RE.test(token) && (wordClasses(token.toLowerCase()) & WC_COMMON_FIRST) !== 0;
}

/**
 * A one-word span of a common first name right after an untagged common first name (not opening the
 * sentence) is the end of a person's name ("Father Oskar Lena", with "Lena" taken for a place): a person
 * over both.
 */
export function joinGivenNames(ts: readonly Token[], found: readonly Span[]): Span[] {
  return found.map(([type, from, to], k) => {
    const before = from - 1;
    const free = before > 0 && (k === 0 || found[k - 1]![2] <= before);
    return type !== 'PER' && to - from === 1 && free && firstName(ts[from]!.text) && firstName(ts[before]!.text) ? ['PER', before, to] : [type, from, to];
  });
}

/** An English word that is no common given name or surname ("Cargo", not "Rose"). */
function ordinaryWord(token: string): boolean {
  const classes = wordClasses(token.toLowerCase());
  return (classes & WC_DICT) !== 0 && (classes & (WC_COMMON_FIRST | WC_COMMON_LAST)) === 0;
}

/**
 * Drops person spans of two English words or more that the tagger cut out of a longer run of capitalized
 * words ("Northern [Barley Cargo Reports]"): the word before is capitalized, untagged, no title and not the
 * sentence's first, so the span is a piece of a title-cased phrase, not a person's name.
 */
export function dropPhrasePieces(ts: readonly Token[], found: readonly Span[]): Span[] {
  return found.filter(([type, from, to], k) => {
    const before = from - 1;
    if (type !== 'PER' || to - from < 2 || before < 1 || (k > 0 && found[k - 1]![2] > before)) return true;
    if (!CAPITAL_RE.test(ts[before]!.text) || isTitleWord(ts[before]!.text)) return true;
    return !ts.slice(from, to).every((t) => ordinaryWord(t.text));
  });
}
