// Links inside one article: surnames to full names, acronyms to expansions, short org names to long ones.
import type { Expansion } from './definitions.js';
import { SPLIT_PARTICLES } from '../extract/lexicons/names.js';
import { INITIALS_SKIP, NAME_TAIL_WORDS } from '../extract/lexicons/organizations.js';
import { isClubName, type MentionInfo } from './mentions.js';
import { acronymLetters, cleanSurface, initialsOf, isAcronym, memberTail, nameKey, personKey, personWords, stripTitles } from './normalize.js';
import { foldWord, foldWords } from './phonetic.js';
import type { PlaceIndex } from './places.js';
import { isHeadAt, longestOfChain } from './heads.js';
import { countryOf, homeCountry } from './qualify.js';
import { isDictionaryWord, isSurnameOnly } from './words.js';

const ADJACENT_RE = /^(?:['’][sS])?\s+$/;
/** Between two halves of one name: a line break or spaces, or a particle ("al-", " van "). */
const SPLIT_GAP_RE = new RegExp(`^(?:[ \\t]*\\r?\\n[ \\t]*|\\s+(?:${SPLIT_PARTICLES.join('|')})(?:-|\\s+))$`);
/** A particle and a capitalized surname right after a first name ("Omar| al-Rashid"). */
const PARTICLE_TAIL_RE = new RegExp(`^\\s(?:${SPLIT_PARTICLES.join('|')})(?:-|\\s)\\p{Lu}[\\p{L}'’-]+`, 'u');
/** "Alden and Brill" may be two names run together: never the long form of either. */
const CONJUNCTION_RE = / (?:and|&) /;
const AND_WORDS = new Set(['and', '&']);
/** A full name ends in a surname with a capital ("Anna Ortega", "Leo deVries"; not "Ortega for"). */
const CAPITAL_END_RE = /\p{Lu}\S*$/u;
/** The word after a mention, past closing brackets and quotes ("Anna) Ortega"). */
const NEXT_NAME_RE = /^[\s)\]”"'’]*(\p{Lu}[\p{L}'’-]+)/u;

/** What linking found in one article beyond the rewritten keys. */
export interface ArticleLinks {
  /** One-word org keys linked to a longer org key: [short, long]. */
  orgLinks: [string, string][];
}

/** A full person name of the article, folded for matching. */
interface FullName {
  key: string;
  first: string;
  last: string;
  /** The folded words of the name's last written word ("Kilroy-Velde" → "kilroy velde"): a hyphenated surname whole. */
  tail: string;
  start: number;
}

/** An organization of the article with more than one word. */
interface LongOrg {
  key: string;
  words: string[];
  start: number;
  /** A club named after a known town ("Northwich Rovers"). */
  club: boolean;
}

/** Per-article lookup tables, computed once. */
interface ArticleIndex {
  persons: FullName[];
  orgs: LongOrg[];
  /** Initials → keys of the non-person names having them. */
  initials: Map<string, Map<string, string>>;
  /** Own key → earliest start. */
  firstStart: Map<string, number>;
  /** Own keys some mention of the article types as an organization or place. */
  nonPerson: Set<string>;
  /** Own key → number of mentions in the article. */
  counts: Map<string, number>;
  /** Words right after "and" in the article's organizations that a title is held at ("heritage" of "Culture and Heritage"). */
  conjuncts: Set<string>;
}

/** What linking an article needs besides its mentions. */
export interface ArticleContext {
  text: string;
  /** Article id, scoping names that mean nothing outside it ("the Foreign Ministry"). */
  scope: string;
  /** Acronyms defined in the article. */
  defs: ReadonlyMap<string, Expansion>;
  /** Own keys of every mention in the corpus. */
  known: ReadonlySet<string>;
  places: PlaceIndex;
}

/**
 * Rewrites `key` of the article's mentions that are short forms of a longer name in the same
 * article (mutates the infos, which must be sorted by start).
 */
export function linkInArticle(infos: MentionInfo[], cx: ArticleContext): ArticleLinks {
  const { text, defs, places } = cx;
  const orgLinks: [string, string][] = [];
  joinSplitNames(infos, text, places);
  linkGenerics(infos, text, cx.scope, places);
  const wordsOf = infos.map((o) => personWords(o.ownKey));
  const index = indexArticle(infos, wordsOf, places);
  infos.forEach((info, i) => {
    if (info.canonical || info.generic) return;
    if (isAcronym(info.form)) {
      const target = defs.get(acronymLetters(info.form)) ?? onlyExpansion(index.initials.get(acronymLetters(info.form)));
      if (target) info.key = target.key;
      return;
    }
    const words = wordsOf[i]!;
    // One written word: a one-word name, or a hyphenated surname of several key words ("Mr Kilroy-Velde" after
    // "Anna Kilroy-Velde"), which can only stand for a person.
    const hyphenated = words.length > 1;
    if (words.length === 0 || info.key !== info.ownKey || (hyphenated && info.form.includes(' '))) return;
    const full = personTarget(info, foldWords(words), index, cx);
    if (full) {
      info.key = full;
      info.type = 'Person';
    } else if (!hyphenated && (info.type === 'Organization' || info.type === 'Location')) {
      const long = orgTarget(info, index, cx);
      if (long) {
        info.key = long;
        info.type = 'Organization';
        orgLinks.push([info.ownKey, long]);
      } else if (isInnerWord(info, index, places)) info.key = '';
    }
  });
  return { orgLinks };
}

function indexArticle(infos: readonly MentionInfo[], wordsOf: readonly string[][], places: PlaceIndex): ArticleIndex {
  const index: ArticleIndex = { persons: [], orgs: [], initials: new Map(), firstStart: new Map(), nonPerson: new Set(), counts: new Map(), conjuncts: new Set() };
  const wanted = new Set(infos.filter((o) => !o.canonical && isAcronym(o.form)).map((o) => acronymLetters(o.form)));
  infos.forEach((o, i) => {
    if (!index.firstStart.has(o.ownKey)) index.firstStart.set(o.ownKey, o.start);
    index.counts.set(o.ownKey, (index.counts.get(o.ownKey) ?? 0) + 1);
    if (o.type !== 'Person') index.nonPerson.add(o.ownKey);
    if (o.canonical || o.generic) return;
    const words = wordsOf[i]!;
    if (o.type === 'Person') {
      if (words.length >= 2 && o.form.includes(' ') && CAPITAL_END_RE.test(o.form)) {
        const tail = foldWords(personWords(nameKey(o.form.slice(o.form.lastIndexOf(' ') + 1))));
        index.persons.push({ key: o.ownKey, first: foldWord(words[0]!), last: foldWord(words[words.length - 1]!), tail, start: o.start });
      }
      return;
    }
    if (isAcronym(o.form) || !properName(o.form)) return;
    const own = wanted.size > 0 ? o.form.toUpperCase().split(/[\s-]+/) : [];
    for (const ini of wanted.size > 0 ? initialsOf(o.form) : []) {
      if (!wanted.has(ini) || own.includes(ini)) continue;
      const slot = index.initials.get(ini) ?? new Map<string, string>();
      slot.set(o.ownKey, o.form);
      index.initials.set(ini, slot);
    }
    // A coordinated name a title is held at is one body ("Culture and Heritage Secretary"), not two names run together.
    if (o.type === 'Organization' && o.titleOrg && CONJUNCTION_RE.test(o.form)) addConjuncts(o.ownKey, index.conjuncts);
    if (o.type === 'Organization' && o.ownKey.includes(' ') && !CONJUNCTION_RE.test(o.form) && !memberTail(o.form)) {
      index.orgs.push({ key: o.ownKey, words: o.ownKey.split(' '), start: o.start, club: isClubName(o.form, places) });
    }
  });
  return index;
}

/**
 * A person name cut in two by a line break or a particle ("Ivo" + "Lenz", "Omar" + " al-" +
 * "Rashid"): both halves become the whole name when the first is a person and the second one word
 * that is not a known place, written in the same case. A particle and surname the tagger left out are taken from the text.
 */
function joinSplitNames(infos: MentionInfo[], text: string, places: PlaceIndex): void {
  for (let i = 0; i < infos.length; i++) {
    const a = infos[i]!;
    if (a.type !== 'Person' || a.canonical || a.form.split(' ').length > 3) continue;
    const b = infos[i + 1];
    const joinable = b && !b.canonical && !b.form.includes(' ') && sameCase(a.form, b.form) && SPLIT_GAP_RE.test(text.slice(a.end, b.start));
    if (joinable && (b.type === 'Person' || !places.lookupPlace(b.form))) {
      setWhole([a, b], text.slice(a.start, b.end));
      i++;
      continue;
    }
    const tail = PARTICLE_TAIL_RE.exec(text.slice(a.end, a.end + 40))?.[0];
    if (tail && (!b || b.start >= a.end + tail.length)) setWhole([a], text.slice(a.start, a.end + tail.length));
  }
}

/** Both written in capitals, or neither: a name in capitals on the next line ("AL-ZENDA , Velto") is a dateline, not a surname. */
function sameCase(a: string, b: string): boolean {
  return /\p{Ll}/u.test(a) === /\p{Ll}/u.test(b);
}

function setWhole(parts: readonly MentionInfo[], span: string): void {
  const whole = stripTitles(cleanSurface(span), () => false);
  const key = personKey(whole);
  for (const m of parts) {
    m.form = whole;
    m.ownKey = key;
    m.key = key;
    m.type = 'Person';
  }
}

/**
 * Gives each generic org head its country: a country mention right before it ("Ruritania's" +
 * "Foreign Ministry"), else the only org of the article ending with that head ("Ruritanian army"
 * … "the army"), else the country the article is about (homeCountry: "the Senate" of an article
 * about Ruritania is the Ruritania Senate). Unresolved heads stay local to the article, or are
 * dropped (key '') when written in lower case.
 */
function linkGenerics(infos: readonly MentionInfo[], text: string, scope: string, places: PlaceIndex): void {
  infos.forEach((info, i) => {
    const prev = infos[i - 1];
    if (!info.generic || !prev || !ADJACENT_RE.test(text.slice(prev.end, info.start))) return;
    const country = countryOfMention(prev, places);
    if (!country) return;
    info.form = `${prev.form} ${info.form}`;
    info.ownKey = nameKey(`${country} ${info.ownKey}`);
    info.key = info.ownKey;
    info.generic = false;
  });
  const home = homeCountry(infos, places);
  for (const info of infos) {
    if (!info.generic) continue;
    const tail = ` ${info.ownKey}`;
    const owners = new Set(infos.filter((o) => o.type === 'Organization' && !o.generic && o.ownKey.endsWith(tail)).map((o) => o.ownKey));
    if (owners.size === 1) info.key = [...owners][0]!;
    else if (!/\p{Lu}/u.test(info.form)) info.key = '';
    else if (home) [info.form, info.ownKey, info.key] = [`${home} ${info.form}`, nameKey(`${home} ${info.ownKey}`), nameKey(`${home} ${info.ownKey}`)];
    else info.ownKey = info.key = `${info.ownKey} @${scope}`;
  }
}

function countryOfMention(m: MentionInfo, places: PlaceIndex): string | undefined {
  if (m.type !== 'Location') return undefined;
  if (m.canonical) return places.lookupPlace(m.canonical)?.kind === 'country' ? m.canonical : undefined;
  return countryOf(m.form, places);
}

/**
 * The full name a lone word stands for: by surname, the only full name here with it, else the
 * nearest one before it; else by first name, the only full name here with it that comes first (or
 * later, when the surname follows the word: the tagger cut "(President Anna) Ortega"), when the word
 * is never an org or place in this article. None when the word is a known place
 * (unless typed Person).
 */
function personTarget(info: MentionInfo, word: string, index: ArticleIndex, cx: ArticleContext): string | undefined {
  const persons = index.persons;
  if (persons.length === 0 || (info.type !== 'Person' && cx.places.lookupPlace(info.form))) return undefined;
  const bySurname = new Set<string>();
  const byFirst = new Set<string>();
  let nearest: FullName | undefined;
  for (const p of persons) {
    if (p.last === word || p.tail === word) {
      bySurname.add(p.key);
      if (p.start < info.start && (!nearest || p.start > nearest.start)) nearest = p;
    } else if (p.first === word && info.type === 'Person' && (p.start < info.start || cutFrom(info, p, cx.text))) {
      byFirst.add(p.key);
    }
  }
  if (bySurname.size === 1) return [...bySurname][0];
  if (bySurname.size > 1) return nearest?.key;
  const onlyPerson = !index.nonPerson.has(info.ownKey);
  return byFirst.size === 1 && onlyPerson ? [...byFirst][0] : undefined;
}

/**
 * The longer organization a one-word org name abbreviates, when the long name comes first in the
 * article: the only such org starting with that word ("Velto Industries" … "Velto") unless the rest
 * is a name of its own in the corpus ("Velto Zentra" when "Zentra" is one: a product), else the only
 * one having it as a head word ("Northern Alliance" … "Alliance", "Commons" of "House of Commons";
 * not "Air" of "Northern Air Force"; "General Staff" inside "Northland General Staff" counts as
 * one). A town name stands for the article's only club named after it, wherever it comes
 * ("Northwich" for "Northwich Rovers"). Never for a country or its adjective.
 */
function orgTarget(info: MentionInfo, index: ArticleIndex, cx: ArticleContext): string | undefined {
  // A country or its adjective ("Welsh") is never the short form of a body named with it ("Welsh Health").
  if (index.orgs.length === 0 || cx.places.lookupPlace(info.form)?.kind === 'country' || cx.places.countryOfDemonym(info.form)) return undefined;
  const word = info.ownKey;
  const clubs = new Set(index.orgs.filter((o) => o.club && o.words[0] === word).map((o) => o.key));
  if (clubs.size === 1) return [...clubs][0];
  if (info.type !== 'Organization') return undefined;
  const prefixed = new Set<string>();
  const containing = new Set<string>();
  for (const o of index.orgs) {
    if (o.words[0] !== word) {
      if (isHeadAt(o.words, o.words.indexOf(word))) containing.add(o.key);
    } else if (!isSeparateThing(o.words.slice(1).join(' '), cx)) prefixed.add(o.key);
  }
  const only = onlyOne(prefixed.size > 0 ? prefixed : longestOfChain(containing));
  if (only === undefined) return undefined;
  return index.firstStart.get(only)! < index.firstStart.get(word)! ? only : undefined;
}

/** Adds the words right after "and" or "&" in an organization's key. */
function addConjuncts(key: string, out: Set<string>): void {
  const words = key.split(' ');
  words.forEach((w, i) => {
    if (i > 0 && AND_WORDS.has(words[i - 1]!)) out.add(w);
  });
}

/**
 * An English word standing alone that is an inner word of a longer org of the article ("Air" of
 * "Northland Air Force"), or a field after "and" in a body a title is held at ("Heritage" of "Culture and Heritage
 * Secretary", never short for the whole): a fragment the tagger cut out, not a name. Unknown to the gazetteer.
 */
function isInnerWord(info: MentionInfo, index: ArticleIndex, places: PlaceIndex): boolean {
  if (!isDictionaryWord(info.form) || places.lookupPlace(info.form)) return false;
  if ((index.counts.get(info.ownKey) ?? 0) > 1) return false;
  if (index.conjuncts.has(info.ownKey)) return true;
  return index.orgs.some((o) => {
    const at = o.words.indexOf(info.ownKey);
    return at > 0 && !isHeadAt(o.words, at);
  });
}

/** The rest of "Velto Zentra" names a thing of its own: seen alone in the corpus, not a place or company word. */
function isSeparateThing(rest: string, cx: ArticleContext): boolean {
  return cx.known.has(rest) && !NAME_TAIL_WORDS.has(rest) && cx.places.lookupPlace(rest) === undefined;
}

/** A given name (not a common surname: "Owens") cut by the tagger from the surname right after it. */
function cutFrom(info: MentionInfo, p: FullName, text: string): boolean {
  return !isSurnameOnly(info.form) && surnameFollows(text, info.end, p.last);
}

/** True when the next word after `end`, past closing brackets and quotes, is the (folded) surname. */
function surnameFollows(text: string, end: number, last: string): boolean {
  const next = NEXT_NAME_RE.exec(text.slice(end, end + 60))?.[1];
  return next !== undefined && foldWord(personKey(next)) === last;
}

/** The single member of a set, else undefined. */
function onlyOne(set: ReadonlySet<string>): string | undefined {
  return set.size === 1 ? [...set][0] : undefined;
}

/** The single name with some initials, as an expansion, else undefined. */
function onlyExpansion(names: ReadonlyMap<string, string> | undefined): Expansion | undefined {
  if (names?.size !== 1) return undefined;
  const [key, form] = [...names][0]!;
  return { key, form };
}

/** Every word capitalized, or a function word ("Bank of Northland"): not a headline fragment. */
function properName(form: string): boolean {
  return form.split(' ').every((w) => /^[\p{Lu}\d]/u.test(w) || INITIALS_SKIP.has(w));
}
