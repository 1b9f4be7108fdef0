// Names the tagger missed that the relation rules need: country adjectives, unit names, actors before event verbs, bodies after titles.
import type { Mention, Sentence, Token } from '../../types.js';
import { MONTHS, WEEKDAYS } from '../lexicons/dates.js';
import { countryOfDemonym, countryOfNationalityCompound } from '../gazetteer/index.js';
import { isHeadline } from '../ner/headlines.js';
import { isPronounWord, LEX, pluralPhrase } from './lexicon.js';
import { normalizeWord } from './units.js';

/** Longest capitalised unit name looked for ("Main Operational Directorate"), in tokens. */
const MAX_NAME = 5;
/** Capitalised words that never start such a name. */
const NOT_FIRST = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/**
 * Adds Location mentions for capitalised country adjectives no mention covers ("the Ruritanian
 * army"), and Organization mentions for capitalised names the relation rules read as bodies (see
 * missedOrgEnd).
 * Returns a new sorted list, or the input when nothing was added.
 */
export function addMissedNames(sentences: readonly Sentence[], tokens: readonly Token[][], mentions: readonly Mention[]): readonly Mention[] {
  const added: Mention[] = [];
  const midCaps = capitalizedInside(tokens);
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const toks = tokens[s]!;
    // A heading in capitals or Title Case makes every word look like a name ("EASTERN DIVISION").
    if (isHeadline(toks)) continue;
    const covered = toks.map((tok) => {
      while (m < mentions.length && mentions[m]!.end <= tok.start) m++;
      const hit = mentions[m];
      return hit !== undefined && hit.start < tok.end;
    });
    for (let i = 0; i < toks.length; i++) {
      if (covered[i] || !isCapitalized(toks[i]!.text)) continue;
      const name = Math.max(missedOrgEnd(toks, covered, i), partyNameEnd(toks, covered, i, midCaps));
      if (name >= i) {
        added.push(mentionOf(sentences[s]!, toks, i, name, s, 'Organization'));
        i = name;
        continue;
      }
      const country = countryOfDemonym(toks[i]!.text) ?? countryOfNationalityCompound(toks[i]!.text);
      if (country && !namesPerson(toks, i)) added.push({ ...mentionOf(sentences[s]!, toks, i, i, s, 'Location'), canonical: country });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Last token of an organization name starting at i, or -1: an actor before a capture or attack verb,
 * a body after "the <title> of the", a group driven "out of" a place, or "Cap … UnitWord".
 */
function missedOrgEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  if (isPronounWord(toks[i]!.text)) return -1;
  const actor = actorNameEnd(toks, covered, i);
  if (actor >= i) return actor;
  const body = titledBodyEnd(toks, covered, i);
  if (body >= i) return body;
  const expelled = expelledNameEnd(toks, covered, i);
  return expelled >= i ? expelled : unitNameEnd(toks, covered, i);
}

/** Index of the last token of "Cap Cap … UnitWord" starting at i, or -1. */
function unitNameEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  if (NOT_FIRST.has(toks[i]!.text.toLowerCase())) return -1;
  for (let k = i + 1; k < toks.length && k < i + MAX_NAME; k++) {
    if (covered[k] || !isCapitalized(toks[k]!.text)) return -1;
    if (LEX.unitHeads.has(normalizeWord(toks[k]!.text))) return k;
  }
  return -1;
}

/**
 * "X, the director of the Harbour Trust, said": capitalised words after "the <title> of the" that the
 * tagger left out name the body the title belongs to. Index of the last name token, or -1.
 */
function titledBodyEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  const at = (k: number) => toks[k]?.text.toLowerCase() ?? '';
  if (at(i - 1) !== 'the' || at(i - 2) !== 'of' || !LEX.titleHeads.has(at(i - 3)) || NOT_FIRST.has(at(i))) return -1;
  let end = -1;
  for (let k = i; k < toks.length && k < i + MAX_NAME && !covered[k] && isCapitalized(toks[k]!.text); k++) end = k;
  const after = at(end + 1);
  // A name run into by more words ("leader of the Commons Jane Doe said") is left alone.
  const closed = after === ',' || after === 'and' || (after === '.' && end + 2 >= toks.length);
  return end >= 0 && closed ? end : -1;
}

/** Longest actor name looked for before a capture or attack verb, in tokens. */
const MAX_ACTOR = 3;

/**
 * "after Red Banner recaptured Y": capitalised words the tagger left out, right before a capture or
 * attack verb in a finite form, name the actor. Not at the start of a sentence (any word is capitalised
 * there) and not with a title or a date word among them. Index of the last name token, or -1.
 */
function actorNameEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  const prev = toks[i - 1]?.text ?? '';
  if (i === 0 || (isCapitalized(prev) && !isDateWord(prev.toLowerCase())) || NOT_FIRST.has(toks[i]!.text.toLowerCase())) return -1;
  for (let k = i; k < toks.length && k < i + MAX_ACTOR; k++) {
    const w = toks[k]!.text.toLowerCase();
    if (covered[k] || !isCapitalized(toks[k]!.text) || LEX.titleHeads.has(w) || LEX.titleMods.has(w) || isDateWord(w)) return -1;
    const next = toks[k + 1]?.text.toLowerCase() ?? '';
    if (isFiniteEventVerb(next)) return k;
  }
  return -1;
}

/** A capture or attack verb in a finite form that is no noun ("retook", "seized", "overran"). */
function isFiniteEventVerb(w: string): boolean {
  const entry = LEX.verbForms.get(w);
  if (!entry || (entry.predicate !== 'CAPTURED' && entry.predicate !== 'ATTACKED') || entry.frame === 'fall') return false;
  return !LEX.nounLike.has(w) && !w.endsWith('ing') && w !== entry.forms.split(' ')[0];
}

function isDateWord(w: string): boolean {
  return w in WEEKDAYS || w in MONTHS;
}

/**
 * "drove Red Banner out of Y", "pushed the Black Hand from Y": capitalised words between an expelling
 * verb and "out of" / "from" name the group driven out. Index of the last name token, or -1.
 */
function expelledNameEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  let v = i - 1;
  if (toks[v]?.text.toLowerCase() === 'the') v--;
  const verb = LEX.verbForms.get(toks[v]?.text.toLowerCase() ?? '');
  if (verb?.frame !== 'expel' || NOT_FIRST.has(toks[i]!.text.toLowerCase())) return -1;
  for (let k = i; k < toks.length && k < i + MAX_NAME; k++) {
    if (covered[k] || !isCapitalized(toks[k]!.text)) {
      const w = toks[k]!.text.toLowerCase();
      const out = w === 'from' || (w === 'out' && toks[k + 1]?.text.toLowerCase() === 'of');
      return out && k > i ? k - 1 : -1;
    }
  }
  return -1;
}

/**
 * Words the article only ever writes capitalised, and writes so somewhere other than at a sentence start
 * (after a lower-case word, a determiner, or a function word opening the sentence: "As Blue leader …"):
 * names ("Blue"), not sentence openers ("But") or common words ("Home affairs spokesman").
 */
function capitalizedInside(tokens: readonly Token[][]): Set<string> {
  const inside = new Set<string>();
  const lower = new Set<string>();
  for (const toks of tokens) {
    if (isHeadline(toks)) continue;
    for (let i = 0; i < toks.length; i++) {
      const text = toks[i]!.text;
      if (!isCapitalized(text)) {
        lower.add(text);
        continue;
      }
      const prev = toks[i - 1]?.text;
      // After a capitalised word only when that word is a function word opening the sentence ("As Blue leader …").
      const opener = i === 1 && prev !== undefined && (LEX.prepositions.has(prev.toLowerCase()) || LEX.clauseWords.has(prev.toLowerCase()));
      if (prev !== undefined && (!isCapitalized(prev) || NOT_FIRST.has(prev.toLowerCase()) || opener)) inside.add(text);
    }
  }
  for (const w of inside) if (lower.has(w.toLowerCase())) inside.delete(w);
  return inside;
}

/** Lower-case words allowed between a party's name and its title ("home affairs", "shadow"). */
const MAX_FIELD_WORDS = 3;

/**
 * "Blue leader X", "Blue Dem home affairs spokesman X", "two Blue senators — X of Y and …": one or two
 * capitalised words the tagger left out, right before a political title and the person holding it, name
 * the party or body. A word at a sentence start counts only when the article capitalises it or its plural
 * elsewhere too ("Blues" for "Blue"); titles, dates, countries and their adjectives never do. Index of the last name token, or -1.
 */
function partyNameEnd(toks: readonly Token[], covered: readonly boolean[], i: number, midCaps: ReadonlySet<string>): number {
  const plain = (k: number) => !covered[k] && isCapitalized(toks[k]?.text ?? '') && !isTitleOrDate(toks[k]!.text.toLowerCase()) && !countryOfDemonym(toks[k]!.text);
  const word = toks[i]!.text;
  if (!plain(i) || NOT_FIRST.has(word.toLowerCase()) || (!midCaps.has(word) && !midCaps.has(pluralPhrase(word)) && !isAcronym(word))) return -1;
  const end = plain(i + 1) ? i + 1 : i;
  const title = politicalTitleEnd(toks, end + 1);
  if (title < 0) return -1;
  const next = toks[title + 1]?.text ?? '';
  // The holder right after the title, after a dash or colon, or after an honorific ("Blue peer Lord X").
  const holder = covered[title + 1] || ((['—', '–', '-', ':'].includes(next) || LEX.honorifics.has(next.toLowerCase().replace(/\.$/, ''))) && covered[title + 2]);
  return holder ? end : -1;
}

/** Last token of "field words? political title" starting at k ("home affairs spokesman", "shadow home secretary"), or -1. */
function politicalTitleEnd(toks: readonly Token[], k: number): number {
  let shadow = false;
  for (let n = 0; n <= MAX_FIELD_WORDS && k + n < toks.length; n++) {
    const w = toks[k + n]!.text.toLowerCase();
    const two = `${w} ${toks[k + n + 1]?.text.toLowerCase() ?? ''}`;
    if (LEX.politicalTitles.has(two) || (shadow && LEX.titleHeads.has(two))) return k + n + 1;
    if (LEX.politicalTitles.has(w) || (shadow && LEX.titleHeads.has(w))) return k + n;
    if (!/^[a-z][a-z-]*$/.test(toks[k + n]!.text)) return -1;
    shadow ||= w === 'shadow';
  }
  return -1;
}

function isTitleOrDate(w: string): boolean {
  return LEX.titleHeads.has(w) || LEX.politicalTitles.has(w) || LEX.titleMods.has(w) || LEX.honorifics.has(w) || isDateWord(w);
}

function isAcronym(text: string): boolean {
  return /^[A-Z]{2,5}$/.test(text);
}

/** "The Chilean will meet …": an adjective used as a noun for a person, not the country. */
function namesPerson(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.text.toLowerCase();
  const next = toks[i + 1]?.text.toLowerCase() ?? '';
  return (prev === 'the' || prev === 'a' || prev === 'an') && (LEX.verbContext.has(next) || LEX.passiveAux.has(next) || LEX.speechVerbs.has(next));
}

function mentionOf(sentence: Sentence, toks: readonly Token[], i: number, j: number, s: number, type: Mention['type']): Mention {
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), type, sentence: s };
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0]!.toLowerCase());
}
