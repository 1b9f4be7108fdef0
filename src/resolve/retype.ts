// Corpus-wide person evidence applied to mentions before linking: glued "<title|org> <full name>"
// spans, person names the tagger typed as orgs or places, org spans ending in a stray first name,
// and capitalized title modifiers standing alone ("Supreme" of "Supreme Commander").
import { KEY_PARTICLES } from '../extract/lexicons/names.js';
import { ORG_TRAILING_ROLES, TITLE_STRIP_WORDS } from '../extract/lexicons/titles.js';
import { memoString } from './memo.js';
import type { MentionInfo } from './mentions.js';
import { isAcronym, nameKey, personKey, personWords } from './normalize.js';
import { foldWords } from './phonetic.js';
import type { PlaceIndex } from './places.js';
import { isCommonFirstName, isDictionaryWord } from './words.js';

const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 4;
/** A name left after trimming a stray given name must be seen alone this often, and be this long. */
const MIN_KNOWN_HEAD = 2;
const MIN_HEAD_LETTERS = 3;
/** How far back a parenthetical description may open. */
const MAX_DESCRIPTION = 80;
const CLOSE_RE = /^\s*\)/;
const LOWER_WORD_RE = /(?:^|\s)\p{Ll}+\s/u;
const NEXT_WORD_RE = /^[ \t]+(\p{Lu}[\p{L}-]*)/u;
const CAPITAL_RE = /^\p{Lu}/u;
const ROLES: ReadonlySet<string> = new Set(ORG_TRAILING_ROLES);

/** How the corpus types one full person name (folded), over whole-span mentions. */
interface NameVotes {
  person: number;
  other: number;
  /** Some Person mention came with a title ("President ..."). */
  titled: boolean;
  /** Some mention opens with a common given name ("Anna Ortega"). */
  given: boolean;
}

/**
 * Rewrites mentions (in place) with what the whole corpus says about people: a span typed
 * Organization or Location that spells a full person name joins the Person when the corpus types
 * that name (after transliteration folding) as a Person more often, as often when it opens with a
 * common given name, or once with a title;
 * a span ending in such a name after capitalized words ("Army Anna Ortega" of "General of the Army
 * Anna Ortega", "Ruritania Anna Ortega"; not a work's title "Life of Anna Ortega"), or a Person span
 * after a title, becomes that person. Org spans ending in a lone given name after a name
 * known on its own ending a bracket ("(head of the Velto James)") lose the given name; lone capitalized words that only ever stand
 * before a title ("Supreme" Commander) are dropped.
 */
export function applyCorpusPersons(perArticle: readonly (MentionInfo | null)[][], texts: readonly string[], places: PlaceIndex): void {
  trimStrayFirstNames(perArticle, texts, places);
  const live = perArticle.flatMap((infos) => infos.filter((i): i is MentionInfo => i !== null && !i.canonical));
  const persons = personNames(live);
  for (const info of live) adoptPerson(info, persons);
  dropTitleModifiers(perArticle, texts, places);
}

/** The folded key of a form shaped like a full person name (2–4 capitalized words), else undefined. */
export const personNameFold: (form: string) => string | undefined = memoString(computePersonNameFold);

function computePersonNameFold(form: string): string | undefined {
  const raw = form.split(' ');
  if (!raw.every((w) => CAPITAL_RE.test(w) || KEY_PARTICLES.has(w.toLowerCase().replace(/-.*$/, '')))) return undefined;
  const words = personWords(personKey(form));
  if (words.length < MIN_NAME_WORDS || words.length > MAX_NAME_WORDS) return undefined;
  return foldWords(words);
}

/** Folded full names the corpus holds to be people. */
function personNames(live: readonly MentionInfo[]): Set<string> {
  const votes = new Map<string, NameVotes>();
  for (const info of live) {
    const fold = info.generic ? undefined : personNameFold(info.form);
    if (!fold) continue;
    const v = votes.get(fold) ?? { person: 0, other: 0, titled: false, given: false };
    v.given ||= isCommonFirstName(info.form.slice(0, info.form.indexOf(' ')));
    if (info.type === 'Person') {
      v.person++;
      v.titled ||= info.titled === true;
    } else v.other++;
    votes.set(fold, v);
  }
  const out = new Set<string>();
  for (const [fold, v] of votes) {
    const tie = v.person === v.other && v.given;
    if (v.person > 0 && (v.person > v.other || tie || v.titled)) out.add(fold);
  }
  return out;
}

/** Makes a mention the person it names or ends with (longest such tail first). */
function adoptPerson(info: MentionInfo, persons: ReadonlySet<string>): void {
  if (info.type !== 'Person') {
    const fold = info.generic ? undefined : personNameFold(info.form);
    if (fold && persons.has(fold) && startsLikeName(info.form)) {
      setPerson(info, info.form);
      return;
    }
  }
  const words = info.form.split(' ');
  for (let k = words.length - 1; k >= MIN_NAME_WORDS; k--) {
    const tail = words.slice(words.length - k).join(' ');
    const fold = personNameFold(tail);
    if (!fold || !persons.has(fold) || !startsLikeName(tail)) continue;
    const head = words.slice(0, words.length - k);
    if (info.type === 'Person' ? head.some(isTitleOrLower) : head.every((w) => CAPITAL_RE.test(w))) setPerson(info, tail);
    return;
  }
}

/** A tail that may open with a given name: a known one, or a word no dictionary has ("Rights Watch" may not). */
function startsLikeName(tail: string): boolean {
  const first = tail.slice(0, tail.indexOf(' '));
  return isCommonFirstName(first) || !isDictionaryWord(first);
}

/**
 * A head word that cannot start a longer name of the same person: a title, lower case ("of"), or
 * an English word that is not a given name ("Staff" of "Chief of the General Staff").
 */
function isTitleOrLower(word: string): boolean {
  if (!CAPITAL_RE.test(word) || TITLE_STRIP_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return true;
  return isDictionaryWord(word) && !isCommonFirstName(word);
}

function setPerson(info: MentionInfo, form: string): void {
  info.form = form;
  info.ownKey = personKey(form);
  info.key = info.ownKey;
  info.type = 'Person';
  info.generic = false;
  info.demonym = false;
  delete info.ledBy;
}

/**
 * "(head of the Velto James)" → "Velto": an org or place span ending a parenthetical description,
 * whose last word is a common given name and whose other words are a name the corpus has on its
 * own twice or more (the tagger ran on into a name cut by the bracket). Company names built from
 * names ("Velto Anna" outside brackets), known places and short heads ("St James") stay.
 */
function trimStrayFirstNames(perArticle: readonly (MentionInfo | null)[][], texts: readonly string[], places: PlaceIndex): void {
  const known = new Map<string, number>();
  for (const infos of perArticle) for (const i of infos) if (i && i.type !== 'Person') known.set(i.ownKey, (known.get(i.ownKey) ?? 0) + 1);
  perArticle.forEach((infos, doc) => {
    for (const info of infos) {
      if (!info || info.type === 'Person' || info.generic || info.canonical) continue;
      const space = info.form.lastIndexOf(' ');
      if (space < 0 || !isCommonFirstName(info.form.slice(space + 1)) || places.lookupPlace(info.form)) continue;
      const head = info.form.slice(0, space);
      if ((known.get(nameKey(head)) ?? 0) < MIN_KNOWN_HEAD || head.replace(/[^\p{L}]/gu, '').length < MIN_HEAD_LETTERS) continue;
      if (!endsDescription(texts[doc]!, info.start, info.end)) continue;
      info.form = head;
      info.ownKey = nameKey(head);
      info.key = info.ownKey;
    }
  });
}

/** True when [start, end) closes a bracket opened by lower-case words ("(head of the X Y)"). */
function endsDescription(text: string, start: number, end: number): boolean {
  if (!CLOSE_RE.test(text.slice(end, end + 3))) return false;
  const before = text.slice(Math.max(0, start - MAX_DESCRIPTION), start);
  const open = before.lastIndexOf('(');
  return open >= 0 && !before.slice(open).includes(')') && LOWER_WORD_RE.test(before.slice(open + 1));
}

/**
 * Drops one-word org/place spans that are English words and, everywhere in the corpus, stand right
 * before a capitalized title ("the Supreme Commander", "the Foreign Minister"): a title's modifier,
 * not a name. Org roles ("Velto CEO") do not count: companies stand before them.
 */
function dropTitleModifiers(perArticle: readonly (MentionInfo | null)[][], texts: readonly string[], places: PlaceIndex): void {
  const onlyBeforeTitle = new Map<string, boolean>();
  const candidates: MentionInfo[] = [];
  perArticle.forEach((infos, doc) => {
    for (const info of infos) {
      if (!info || info.type === 'Person' || info.canonical || info.generic || info.form.includes(' ')) continue;
      if (isAcronym(info.form) || !isDictionaryWord(info.form) || places.lookupPlace(info.form)) continue;
      const next = NEXT_WORD_RE.exec(texts[doc]!.slice(info.end, info.end + 40))?.[1]?.toLowerCase();
      const title = next !== undefined && !ROLES.has(next) && (TITLE_STRIP_WORDS.has(next) || next.endsWith('-in-chief'));
      onlyBeforeTitle.set(info.ownKey, (onlyBeforeTitle.get(info.ownKey) ?? true) && title);
      candidates.push(info);
    }
  });
  for (const info of candidates) if (onlyBeforeTitle.get(info.ownKey)) info.key = '';
}
