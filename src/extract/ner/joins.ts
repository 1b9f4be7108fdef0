// Span joins and cuts the tagger misses: names over inner function words or broken without a gap, organizations cut short, org spans running into a titled person, award names.
import { WEEKDAY_NAMES } from '../lexicons/dates.js';
import { ARTICLE_PREFIXES, LEADING_NOISE } from '../lexicons/names.js';
import { CORPORATE_FORMS, LEADING_CORPORATE_FORMS } from '../lexicons/organizations.js';
import { PARLIAMENT_SEATS, TITLE_HEADS } from '../lexicons/titles.js';
import { countryOfDemonym, lookupPlace } from '../gazetteer/index.js';
import type { Token } from '../../types.js';
import joins from './lexicon/name-joins.json' with { type: 'json' };
import { isMonth, isNameParticle, isOrgWord, isTitleWord } from './lexicon.js';
import { WC_COMMON_FIRST, WC_DICT, wordClasses } from './word-classes.js';

/** A tagged span: [type, fromToken, toToken). */
export type Span = [string, number, number];

const ORG_LINKS = joins.orgLinks.map((l) => l.split(' '));
const LETTERS = new Set(joins.letters);
const LINKS = new Set(joins.links);
const SINGLE_TITLES = new Set(TITLE_HEADS.filter((t) => !/[\s.]/.test(t)));
const CAPITAL_RE = /^\p{Lu}/u;
/** A year of foundation inside a club's name ("Velto 1899 Zenda"). */
const YEAR_RE = /^(?:18|19|20)\d\d$/;

/** The words between two spans, lower-cased. */
function gap(ts: readonly Token[], a: Span, b: Span): string[] {
  return ts.slice(a[2], b[1]).map((t) => t.text.toLowerCase());
}

function same(words: readonly string[], link: readonly string[]): boolean {
  return words.length === link.length && words.every((w, i) => w === link[i]);
}

/**
 * The type of the one name `a` and `b` form across the words between them, or undefined:
 * two organization pieces over "of" ("House" + "of" + "Velto Lords"); an organization
 * word, then "of/for (the)" and a capitalized name that is not a known place
 * ("Institute" + "for the" + "Velto Studies"); two non-person pieces over a name particle
 * ("Banco" + "de" + "Velto"), two organization pieces over a year of foundation ("Velto" + "1899" + "Zenda"),
 * a lone linking letter ("Tanzeem" + "e" + "Velto") or a preposition of names
 * ("Velto" + "sans" + "Zenda"); an organization
 * piece makes the whole an organization.
 */
export function joinedType(ts: readonly Token[], a: Span, b: Span): string | undefined {
  const words = gap(ts, a, b);
  if (words.length === 0 || words.length > 2 || a[0] === 'PER' || b[0] === 'PER') return undefined;
  if (words.length === 1 && YEAR_RE.test(words[0]!) && a[0] === 'ORG' && b[0] === 'ORG') return 'ORG';
  if (words.length === 1 && ts[a[2]]!.text === words[0] && (isNameParticle(words[0]!) || LETTERS.has(words[0]!) || LINKS.has(words[0]!))) return pieceType(a[0], b[0]);
  if (!ORG_LINKS.some((l) => same(words, l))) return undefined;
  if (a[0] === 'ORG' && b[0] === 'ORG' && same(words, ['of'])) return 'ORG';
  const head = ts[a[2] - 1]!.text;
  if (!isOrgWord(head) || !CAPITAL_RE.test(head)) return undefined;
  const tail = ts.slice(b[1], b[2]).map((t) => t.text).join(' ');
  return lookupPlace(tail) ? undefined : 'ORG';
}

/** The type of a name joined from two pieces: an organization piece makes it one, else the first piece's own type. */
function pieceType(a: string, b: string): string {
  if (a === 'ORG' || b === 'ORG') return 'ORG';
  return a === 'MISC' ? b : a;
}

const ARTICLE_PREFIXED_RE = new RegExp(`^(?:${ARTICLE_PREFIXES.join('|')})[-‐]\\p{Lu}`, 'u');

/** A name part glued to an Arabic article by a hyphen ("al-Velto", "ez-Velto"). */
function isArticlePrefixed(token: string | undefined): boolean {
  return token !== undefined && ARTICLE_PREFIXED_RE.test(token);
}

/**
 * Joins consecutive spans that form one name (see joinedType), and lets a place or body name run
 * on over an article-prefixed part right after it, tagged or not ("Tell" + "ez-Velto").
 */
export function joinNames(ts: readonly Token[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of found) {
    const prev = out[out.length - 1];
    const glued = prev && prev[0] !== 'PER' && span[0] !== 'PER' && prev[2] === span[1] && isArticlePrefixed(ts[span[1]]?.text);
    const type = glued ? pieceType(prev[0], span[0]) : prev ? joinedType(ts, prev, span) : undefined;
    if (prev && type) out[out.length - 1] = [type, prev[1], span[2]];
    else out.push([...span]);
    const last = out[out.length - 1]!;
    while (last[0] !== 'PER' && isArticlePrefixed(ts[last[2]]?.text) && !found.some((f) => f[1] === last[2])) last[2]++;
  }
  return out;
}

function isTitle(token: string): boolean {
  const lower = token.toLowerCase();
  return isTitleWord(token) || SINGLE_TITLES.has(lower);
}

/** Most words of a name read after a seat. */
const MAX_NAME_AFTER_SEAT = 3;
const SEATS = new Set(PARLIAMENT_SEATS);

/** A seat written in capitals ("MP", "MEPs"), which the tagger may take for part of a name. */
function isCapitalSeat(token: string): boolean {
  return /^\p{Lu}{2,3}s?$/u.test(token) && SEATS.has(token.toLowerCase());
}

/**
 * "Velto MP Ivo Sand", "Velto MEP Ada Brill": the tagger may read a seat as part of the party's name, and the
 * person after it as nothing or as more of the name. The party keeps its name, the seat goes back to the text,
 * and up to three capitalized words after it (closed by a lower-case word or punctuation) are the person.
 * A span that is the seat alone ("MPs") is no name.
 */
export function personsAfterSeats(ts: readonly Token[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  let taken = -1;
  found.forEach((span, i) => {
    if (i === taken) return;
    const [type, from, to] = span;
    const inside = ts.slice(from, to).findIndex((t) => isCapitalSeat(t.text));
    // "Velto MPs Ivo Sand": the seat right after a one-word span (a person's name before a seat is the member: "Ivo Sand MP").
    const after = inside < 0 && to - from === 1 && found[i + 1]?.[1] !== to && isCapitalSeat(ts[to]?.text ?? '') && ts[to]!.text.endsWith('s');
    const seat = inside >= 0 ? from + inside : after ? to : -1;
    if (seat < 0 || (type === 'PER' && !after)) {
      out.push(span);
      return;
    }
    if (to - from === 1 && !after) return;
    const limit = Math.min(found[i + 1]?.[1] ?? ts.length, seat + MAX_NAME_AFTER_SEAT + 1);
    let end = seat + 1;
    while (end < limit && /^\p{Lu}\p{Ll}/u.test(ts[end]!.text) && !isOrgWord(ts[end]!.text) && !isTitle(ts[end]!.text)) end++;
    // The tagger's own person right after the words read ("MEP Ivo [Sand-Velto]") is the rest of the name.
    const next = found[i + 1];
    if (end > seat + 1 && next?.[0] === 'PER' && next[1] === end && end >= to) {
      end = next[2];
      taken = i + 1;
    }
    const closed = end >= to && (end >= ts.length || !CAPITAL_RE.test(ts[end]!.text));
    if (seat > from) out.push([after ? 'ORG' : type, from, seat]);
    if (closed && end > seat + 1) out.push(['PER', seat + 1, end]);
    else if (seat + 1 < to) out.push([type, seat + 1, to]);
  });
  return out;
}

/**
 * An organization span that runs on into a titled person ("Freedonia Trade Envoy Anna Ortega"):
 * the org with its title ("Freedonia Trade Envoy") and the person, when two or three capitalized
 * words follow the last title word.
 */
export function splitOrgPerson(ts: readonly Token[], span: Span): Span[] {
  const [type, from, to] = span;
  if (type !== 'ORG') return [span];
  for (let t = to - 3; t >= from && t >= to - 4; t--) {
    if (!isTitle(ts[t]!.text)) continue;
    const rest = ts.slice(t + 1, to);
    if (!rest.every((x) => CAPITAL_RE.test(x.text) && !isOrgWord(x.text) && !isTitle(x.text))) return [span];
    return t > from ? [['ORG', from, t + 1], ['PER', t + 1, to]] : [['PER', t + 1, to]];
  }
  return [span];
}

const AWARD_PERIODS = new Set(joins.awardPeriods);

/** A capitalized ordinary word of an award's name ("Players'", "Team"), or a stray apostrophe. */
function isAwardWord(token: string): boolean {
  if (/^['’]s?$/.test(token)) return true;
  return CAPITAL_RE.test(token) && (wordClasses(token.toLowerCase().replace(/['’]s?$/, '')) & WC_DICT) !== 0;
}

function isAwardTail(ts: readonly Token[], at: number): boolean {
  return ts[at]?.text.toLowerCase() === 'of' && ts[at + 1]?.text.toLowerCase() === 'the' && AWARD_PERIODS.has(ts[at + 2]?.text.toLowerCase() ?? '');
}

const AWARD_NOUNS = new Set(joins.awardNouns);

/**
 * An award's name is not a body: "Velto Players' Player of the Season", "Velto Team" (of the Year),
 * "Velto Clean" (Sport award) → the body that gives it ("Velto"), cut before the ordinary words naming the
 * award (before a lower-case award noun, not before an organization word: "Velto Foundation prize");
 * nothing when only those words remain.
 */
export function cutAward(ts: readonly Token[], span: Span): Span[] {
  const [type, from, to] = span;
  let end = to;
  let next = to;
  while (next < ts.length && CAPITAL_RE.test(ts[next]!.text) && isAwardWord(ts[next]!.text)) next++;
  const noun = AWARD_NOUNS.has(ts[next]?.text ?? '');
  if (to - from > 3 && isAwardTail(ts, to - 3)) end = to - 3;
  else if (!isAwardTail(ts, to) && !noun) return [span];
  while (end > from && isAwardWord(ts[end - 1]!.text) && !(noun && isOrgWord(ts[end - 1]!.text))) end--;
  return end > from ? [[type, from, end]] : [];
}

const DATELINE_NEXT = new Set(['(', '--', '-', '—', '–', ',', '/']);

/**
 * A known place in capitals opening a sentence before a bracket, dash, comma or month is a
 * dateline ("STRELSAU (Agency) -", "STRELSAU --", "STRELSAU Dec 13"): a Location, whatever the tagger said.
 */
export function datelineType(ts: readonly Token[], span: Span): Span {
  const [type, from, to] = span;
  const next = ts[to]?.text ?? '';
  if (type === 'LOC' || from !== 0 || !(DATELINE_NEXT.has(next) || isMonth(next))) return span;
  const surface = ts.slice(from, to).map((t) => t.text).join(' ');
  return !/\p{Ll}/u.test(surface) && lookupPlace(surface) ? ['LOC', from, to] : span;
}

const BREAKS = new Set(joins.breaks);

const WEEKDAYS = new Set(WEEKDAY_NAMES);

/**
 * A span cut before the first token a name never runs over ("Zenda via Velto" → "Zenda", "Zenda (VZ"
 * → "Zenda") or before "on <weekday>" ("Velto Ministry on Friday" → "Velto Ministry").
 */
export function cutAtBreaks(ts: readonly Token[], span: Span): Span {
  const [type, from, to] = span;
  for (let i = from + 1; i < to; i++) {
    if (BREAKS.has(ts[i]!.text)) return [type, from, i];
    if (ts[i]!.text === 'on' && WEEKDAYS.has(ts[i + 1]?.text.toLowerCase() ?? '')) return [type, from, i];
  }
  return span;
}

/** A span that is one name written twice over, as in results tables ("Velto City Velto City"): two spans. */
export function splitRepeat(ts: readonly Token[], span: Span): Span[] {
  const [type, from, to] = span;
  const half = (to - from) / 2;
  if (!Number.isInteger(half) || half < 1) return [span];
  for (let i = 0; i < half; i++) if (ts[from + i]!.text !== ts[from + half + i]!.text) return [span];
  return [
    [type, from, from + half],
    [type, from + half, to],
  ];
}

/** A capitalized word of two capitalized parts joined by a hyphen, the first half of a name that goes on ("Velto-Fort" Zenda). */
const HYPHENED_RE = /^\p{Lu}[\p{L}.']*-\p{Lu}[\p{L}.']*$/u;

function isPlaceWord(token: string): boolean {
  return lookupPlace(token) !== undefined || countryOfDemonym(token) !== undefined;
}

/** The type of the one name two spans with nothing between them form, or undefined (see joinAdjacent). */
function adjacentType(ts: readonly Token[], a: Span, b: Span): string | undefined {
  const single = (s: Span) => s[2] - s[1] === 1;
  const word = (s: Span) => ts[s[1]]!.text;
  if (a[0] === 'PER' && b[0] !== 'PER' && single(b) && !isPlaceWord(word(b)) && !isOrgWord(word(b))) return 'PER';
  if (a[0] === 'MISC' && b[0] === 'PER' && single(a) && (wordClasses(word(a).toLowerCase()) & WC_COMMON_FIRST) !== 0) return 'PER';
  if (a[0] === b[0] && a[0] !== 'PER' && HYPHENED_RE.test(ts[a[2] - 1]!.text)) return a[0];
  if (a[0] !== 'PER' && b[0] !== 'PER' && lookupPlace(ts.slice(a[1], b[2]).map((t) => t.text).join(' '))) return 'LOC';
  return undefined;
}

/**
 * Spans the tagger broke inside one name, with nothing between them: a person and one more word
 * that is no place, demonym or organization word ("Ana Velde" + "Zenda"), a common first name taken
 * for something else and the person after it ("Ana" + "Del Velde"), two pieces of a place or body
 * over a hyphenated word ("Velto-Fort" + "Zenda"), two pieces that together spell a known place ("Ponta" +
 * "Grossa" in a list of towns); and a place or body that a hyphenated capitalized
 * word right before it opens ("Velto-Santa" + "Fe").
 */
export function joinAdjacent(ts: readonly Token[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of found) {
    const prev = out[out.length - 1];
    const type = prev && prev[2] === span[1] ? adjacentType(ts, prev, span) : undefined;
    if (prev && type) out[out.length - 1] = [type, prev[1], span[2]];
    else out.push([...span]);
  }
  for (const s of out) {
    const before = s[1] - 1;
    if (s[0] !== 'PER' && before >= 0 && HYPHENED_RE.test(ts[before]!.text) && !out.some((o) => o[2] > before && o[1] <= before)) s[1] = before;
  }
  return out;
}

const CORPORATE = new Set(CORPORATE_FORMS);
const LEADING_FORMS = new Set(LEADING_CORPORATE_FORMS);
const AND = new Set(['and', '&']);

/** A span of two words or more ending with a company form ("Velto Jaya AG"). */
function endsWithCorporateForm(ts: readonly Token[], [, from, to]: Span): boolean {
  const last = ts[to - 1]!.text;
  return to - from > 1 && CAPITAL_RE.test(last) && CORPORATE.has(last.toLowerCase().replace(/\.$/, ''));
}

/** A company form in capitals that opens a company's name ("PT"). */
function isLeadingForm(token: Token | undefined): boolean {
  return token !== undefined && token.text === token.text.toUpperCase() && LEADING_FORMS.has(token.text.toLowerCase());
}

/**
 * Whether the capitalized word at `at`, "and", and the organization ending before `to` name one body
 * ("Trade and Industry Ministry", "Trade and Industry Secretary"): the organization ends with an
 * organization word or a title follows it, and the word is no place, title, month or weekday.
 */
function isLinkedBody(ts: readonly Token[], at: number, to: number): boolean {
  const word = ts[at]!.text;
  if (isPlaceWord(word) || isTitle(word) || isMonth(word) || WEEKDAYS.has(word.toLowerCase()) || AND.has(ts[at - 1]?.text ?? '')) return false;
  return isOrgWord(ts[to - 1]!.text) || isTitle(ts[to]?.text ?? '');
}

/** Whether every word of a span is a company form ("Co", "Inc."). */
function onlyCorporate(ts: readonly Token[], s: Span): boolean {
  return ts.slice(s[1], s[2]).every((t) => CORPORATE.has(t.text.toLowerCase().replace(/\.$/, '')));
}

/** A span of one organization word, perhaps with a stray apostrophe ("Board", "Bank '"). */
function isOneOrgWord(ts: readonly Token[], [, from, to]: Span): boolean {
  const words = ts.slice(from, to).filter((t) => /\p{L}/u.test(t.text));
  return words.length === 1 && isOrgWord(words[0]!.text);
}

/**
 * Organization names the tagger cut short or mistyped: a name after a leading company form, or ending
 * with one, is a company ("PT" + "Velto Jaya", "Velto Jaya AG"); a company form after "and" belongs to
 * the name before it ("Ana Velde" + "and" + "Co Inc"); a capitalized word and "and" before an
 * organization mid-sentence ("the" "Trade and" + "Industry Ministry"); capitalized words, and a place
 * or demonym, before a span that is one organization word ("Velto Wheat" + "Board").
 */
export function extendOrgs(ts: readonly Token[], found: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const span of found) {
    const prev = out[out.length - 1];
    const [type, from, to] = span;
    const form = isLeadingForm(ts[from]) ? from : from - 1;
    if (isLeadingForm(ts[form]) && form < to - 1 && (!prev || prev[2] <= form)) {
      out.push(['ORG', form, to]);
      continue;
    }
    if (type !== 'ORG' && !endsWithCorporateForm(ts, span)) {
      out.push([...span]);
      continue;
    }
    if (prev && prev[0] !== 'MISC' && prev[2] === from - 1 && AND.has(ts[from - 1]!.text) && onlyCorporate(ts, span)) {
      out[out.length - 1] = ['ORG', prev[1], to];
      continue;
    }
    let start = from;
    const free = (i: number) => i >= 0 && (!prev || prev[2] <= i) && CAPITAL_RE.test(ts[i]!.text) && !(i === 0 && LEADING_NOISE.has(ts[i]!.text.toLowerCase()));
    const linked = from - 2;
    // Sentence-initial capitals say little: there, only before a title ("Trade and Industry Secretary").
    if (AND.has(ts[from - 1]?.text ?? '') && free(linked) && isLinkedBody(ts, linked, to) && (linked > 0 || isTitle(ts[to]?.text ?? ''))) start = linked;
    else if (isOneOrgWord(ts, span)) {
      while (free(start - 1) && !isTitle(ts[start - 1]!.text)) start--;
      if (prev && prev[2] === start && prev[2] - prev[1] === 1 && (prev[0] === 'MISC' || prev[0] === 'LOC')) start = prev[1];
    }
    if (prev && prev[2] > start) out.pop();
    out.push(['ORG', start, to]);
  }
  return out;
}
