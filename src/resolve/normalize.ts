// Surface clean-up, matching keys, initials and slugs for entity names.
import { KEY_PARTICLES, LEADING_NOISE, NAME_SUFFIXES } from '../extract/lexicons/names.js';
import { INITIALS_SKIP, MEMBER_DESCRIPTORS } from '../extract/lexicons/organizations.js';
import { TITLE_STRIP_WORDS } from '../extract/lexicons/titles.js';

const MARKS_RE = /\p{M}+/gu;
const OUTER_PUNCT_RE = /^[\s"'“”‘’«»()[\]{},;:*•/|\\-]+|[\s"“”«»()[\]{},;:!?*•/|\\-]+$/g;
/** A final period after a word of four letters or more is the sentence's, not an abbreviation's. */
const FINAL_PERIOD_RE = /(?<=\p{Ll}{3})\.$/u;
const LEADING_THE_RE = /^the\s+/i;
const POSSESSIVE_RE = /(?:['’][sS]|(?<=[sS])['’])$/;
/** "al-Rashid", "El-Rashid", "al Rashid": the Arabic article, not a first name. */
const LEADING_ARTICLE_RE = /^(?:[aAeE]l[-‐]|al\s+)(?=\p{L})/u;
const FIRST_NAME_PARTICLES: ReadonlySet<string> = new Set(['al']);
/** Longest first, so "terror group" wins over "group". */
const DESCRIPTORS = [...MEMBER_DESCRIPTORS].sort((a, b) => b.length - a.length);
const ACRONYM_RE = /^(?:[A-Z]\.){2,}$|^[A-Z][A-Z&]+$/;

/** Fold accents, curly quotes and dashes to plain characters (case kept). */
export function foldChars(s: string): string {
  let out = s;
  if (!/^[\x00-\x7f]*$/.test(out)) out = out.normalize('NFKD').replace(MARKS_RE, '');
  return out.replace(/[‘’ʼ`´]/g, "'").replace(/[‐-―−]/g, '-');
}

/**
 * A mention's display form: whitespace collapsed, outer quotes and punctuation, a leading "the" and a
 * trailing possessive removed ("the Alliance's" → "Alliance").
 */
export function cleanSurface(text: string): string {
  let s = text.replace(/\s+/g, ' ').replace(OUTER_PUNCT_RE, '').replace(FINAL_PERIOD_RE, '');
  s = s.replace(LEADING_THE_RE, '').replace(POSSESSIVE_RE, '');
  return dropLeadingNoise(s.replace(OUTER_PUNCT_RE, ''));
}

/** "When Alden" → "Alden"; keeps "AS Velto" (capitals) and one-word spans. */
function dropLeadingNoise(form: string): string {
  let s = form;
  for (let space = s.indexOf(' '); space > 0; space = s.indexOf(' ')) {
    const first = s.slice(0, space);
    if (!/^\p{Lu}\p{Ll}*$/u.test(first) || !LEADING_NOISE.has(first.toLowerCase())) break;
    s = s.slice(space + 1).replace(LEADING_THE_RE, '');
  }
  return s;
}

/**
 * Matching key of a name: no accents, lower case, no periods, inner possessives dropped, any other
 * punctuation as a space ("U.S." → "us", "Northland's Foreign Ministry" → "northland foreign ministry").
 */
export function nameKey(name: string): string {
  return foldChars(name)
    .toLowerCase()
    .replace(/'s\b/g, '')
    .replace(/[.']/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .trim();
}

/**
 * Words of a key that matter for person matching: particles ("al", "van", "de") and generational
 * suffixes left out. A leading "al" stays: it is the first name in "Al Brandt" (personKey drops the
 * particle of "al-Rashid" before this sees it).
 */
export function personWords(key: string): string[] {
  const words = key.split(' ').filter((w, i) => w !== '' && !(KEY_PARTICLES.has(w) && !(i === 0 && FIRST_NAME_PARTICLES.has(w))));
  while (words.length > 2 && NAME_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  return words;
}

/** The matching key of a person's name: as nameKey, without a leading "al-"/"el-" or lower-case "al ". */
export function personKey(form: string): string {
  return nameKey(form.replace(LEADING_ARTICLE_RE, ''));
}

/**
 * Strips leading titles and honorifics from a person name ("President Anna Ortega" → "Anna Ortega";
 * "Northland Defence Minister Ivo Bran" → "Ivo Bran" when `isDemonym` knows "Northland"), keeping
 * at least one word.
 */
export function stripTitles(form: string, isDemonym: (word: string) => boolean): string {
  const words = form.split(' ');
  let i = 0;
  while (i < words.length - 1) {
    const w = words[i]!.toLowerCase().replace(/\.$/, '');
    const next = words[i + 1]!.toLowerCase().replace(/\.$/, '');
    if (TITLE_STRIP_WORDS.has(w) || w.endsWith('-in-chief')) i++;
    else if (isDemonym(words[i]!) && TITLE_STRIP_WORDS.has(next)) i++;
    else break;
  }
  return words.slice(i).join(' ');
}

/** True for a form written as an acronym: "NDF", "U.N.", "AT&T". */
export function isAcronym(form: string): boolean {
  return ACRONYM_RE.test(form);
}

/** The letters of an acronym, upper-case ("U.N." → "UN"). */
export function acronymLetters(form: string): string {
  return form.replace(/[^A-Za-z]/g, '').toUpperCase();
}

/**
 * The acronyms a multi-word name may be abbreviated to: initials of every word, and of the words
 * left after function words ("Ministry of Defence" → "MOD", "MD"). Empty for one-word names and for
 * names with an acronym or numeral inside, whose initials mislead ("US Navy" is not "UN", "Velto
 * IV" not "VIV").
 */
export function initialsOf(form: string): string[] {
  const words = foldChars(form)
    .split(/[\s-]+/)
    .map((w) => w.replace(/^[^\p{L}]+/u, ''))
    .filter((w) => w !== '');
  if (words.length < 2 || words.some(isAcronym)) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join('');
  const content = words
    .filter((w) => !INITIALS_SKIP.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return all === content ? [all] : [all, content];
}

/** True when a form has letters and none of them is lower case ("STRELSAU", "NDF"). */
export function isAllCaps(form: string): boolean {
  return /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);
}

/** URL-safe slug of a name: "Anna Ortega" → "anna-ortega". */
export function slug(name: string): string {
  const s = foldChars(name)
    .toLowerCase()
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s;
}

/** The member descriptor ending a name ("Northland Militants" → "militants"), if any. */
export function memberTail(form: string): string | undefined {
  const lower = form.toLowerCase();
  return DESCRIPTORS.find((d) => lower.endsWith(` ${d}`));
}
