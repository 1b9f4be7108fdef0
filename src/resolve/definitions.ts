// Acronyms defined in parentheses: "the Northern Defence Forces (NDF)" and "NDF (Northern Defence Forces)".
import type { Mention } from '../types.js';
import type { MentionInfo } from './mentions.js';
import { acronymLetters, cleanSurface, foldChars, initialsOf, isAcronym, nameKey } from './normalize.js';
import type { PlaceIndex } from './places.js';
import { qualifiedKey } from './qualify.js';

/** An acronym's expansion: its matching key and display form. */
export interface Expansion {
  key: string;
  form: string;
}

const AFTER_ACRONYM_RE = /^\s*\(\s*((?:[A-Z]\.){2,}|[A-Z][A-Z&]+)\s*\)/;
const AFTER_PHRASE_RE = /^\s*\(\s*([^()]{3,80}?)\s*\)/;
const BEFORE_PAREN_RE = /\(\s*$/;
const MAX_WORDS = 9;

/**
 * Acronym definitions stated in one article's text, by acronym letters.
 * The first definition of a given acronym wins.
 */
export function findDefinitions(text: string, mentions: readonly Mention[], infos: readonly (MentionInfo | null)[], places: PlaceIndex): Map<string, Expansion> {
  const defs = new Map<string, Expansion>();
  const add = (letters: string, form: string, key = qualifiedKey(form, places) ?? nameKey(form)) => {
    if (!defs.has(letters) && plausible(letters, form)) defs.set(letters, { key, form });
  };
  infos.forEach((info, j) => {
    if (!info || info.canonical) return;
    const m = mentions[j]!;
    const after = text.slice(m.end, m.end + 90);
    if (isAcronym(info.form)) {
      const phrase = AFTER_PHRASE_RE.exec(after)?.[1];
      if (phrase) add(acronymLetters(info.form), cleanSurface(phrase));
      const before = text.slice(Math.max(0, m.start - 160), m.start);
      if (BEFORE_PAREN_RE.test(before)) {
        const expansion = phraseBefore(before.replace(BEFORE_PAREN_RE, ''), acronymLetters(info.form));
        if (expansion) add(acronymLetters(info.form), expansion);
      }
    } else if (info.form.includes(' ')) {
      const acronym = AFTER_ACRONYM_RE.exec(after)?.[1];
      if (acronym) add(acronymLetters(acronym), info.form, info.ownKey);
    }
  });
  return defs;
}

/**
 * The shortest run of words ending the text whose initials spell `letters` and that starts with a
 * capital ("... by the Northern Defence Forces" + "NDF" → "Northern Defence Forces").
 */
function phraseBefore(text: string, letters: string): string | undefined {
  const words = text.trimEnd().split(/\s+/).slice(-MAX_WORDS);
  for (let k = 2; k <= words.length; k++) {
    const phrase = cleanSurface(words.slice(-k).join(' '));
    if (!/^\p{Lu}/u.test(phrase)) continue;
    if (initialsOf(phrase).includes(letters)) return phrase;
  }
  return undefined;
}

/**
 * A stated definition is trusted when the acronym's first letter starts the expansion and its
 * letters appear in order in it ("NDFR" in "Northern Defence Forces of Ruritania").
 */
function plausible(letters: string, form: string): boolean {
  if (letters.length < 2 || !/^\p{Lu}/u.test(form) || !form.includes(' ')) return false;
  const upper = foldChars(form).toUpperCase();
  if (upper[0] !== letters[0]) return false;
  let at = 0;
  for (const ch of letters) {
    at = upper.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}
