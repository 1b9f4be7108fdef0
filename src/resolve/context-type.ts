// Types from the article around a mention: a name that speaks or has officials is a body; a full name whose surname stands alone as a person is a person.
import { COMPASS_WORDS } from '../extract/lexicons/places.js';
import { SPEAKER_INTRODUCERS, SPEECH_VERBS } from '../extract/lexicons/speech.js';
import { TITLE_HEADS } from '../extract/lexicons/titles.js';
import { headType } from './heads-type.js';
import type { MentionInfo } from './mentions.js';
import { isAcronym, nameKey, personKey } from './normalize.js';
import type { PlaceIndex } from './places.js';
import { isCommonFirstName, isDictionaryWord } from './words.js';

/** Verbs of reporting beyond the speech verbs ("Velto Daily reported"). */
const REPORT_VERBS = ['reported', 'reports', 'revealed', 'confirmed', 'denied', 'published'];
const ACTS_AFTER = new Set([...SPEECH_VERBS, ...REPORT_VERBS, ...TITLE_HEADS.filter((t) => !t.includes(' ')), 'official', 'officials']);
const NEXT_WORD_RE = /^['’]?s?\s+([\p{Ll}-]+)/u;
const BEFORE_RE = new RegExp(`\\b(?:${SPEAKER_INTRODUCERS.join('|')}|told|interview\\s+with)\\s+(?:the\\s+)?$`, 'i');

/**
 * True when the text around a mention says it acts as a body: a speech or reporting verb or a
 * title right after it ("the Bluehouse said", "Velto Daily reported", "the Bluehouse spokesman"),
 * or "according to", "told" or "an interview with" before it (a place is never told anything).
 */
export function actsAsBody(text: string, start: number, end: number): boolean {
  const next = NEXT_WORD_RE.exec(text.slice(end, end + 40))?.[1];
  if (next !== undefined && ACTS_AFTER.has(next)) return true;
  return BEFORE_RE.test(text.slice(Math.max(0, start - 30), start));
}

/**
 * Retypes (in place) Location mentions the gazetteer does not know that act as a body (see
 * actsAsBody): they become Organization votes that count double, since the construction says what
 * they are. Known places keep their type ("Ruritania said" is the country).
 */
export function applyContextTypes(infos: readonly (MentionInfo | null)[], text: string, places: PlaceIndex): void {
  for (const info of infos) {
    if (info?.type !== 'Location' || info.canonical || info.geo || places.lookupPlace(info.form)) continue;
    if (!actsAsBody(text, info.start, info.end)) continue;
    info.type = 'Organization';
    info.titleOrg = true;
  }
}

const CAPITAL_WORD_RE = /^\p{Lu}[\p{L}'’.-]*$/u;
const MAX_NAME_WORDS = 4;

/**
 * Retypes (in place) an organization or place span shaped like a full name (2–4 capitalized
 * words, not a known place, no body or place word at the end, not only English words before the
 * last) as a Person when its last word stands alone as a Person in the same
 * article ("Tomas Ivo Brandt" … "Brandt said"; not "Open Rights Watch" … "Watch said").
 */
export function applySurnameTypes(infos: readonly (MentionInfo | null)[], places: PlaceIndex): void {
  const surnames = new Set<string>();
  for (const info of infos) if (info?.type === 'Person' && !info.ownKey.includes(' ')) surnames.add(info.ownKey);
  if (surnames.size === 0) return;
  for (const info of infos) {
    if (!info || info.type === 'Person' || info.canonical || info.generic) continue;
    const words = info.form.split(' ');
    if (words.length < 2 || words.length > MAX_NAME_WORDS || !words.every((w) => CAPITAL_WORD_RE.test(w))) continue;
    const last = nameKey(words[words.length - 1]!);
    if (!surnames.has(last) || headType(info.form, 'Person', places) !== 'Person' || places.lookupPlace(info.form)) continue;
    // "Open Rights Watch" … "Watch said": only English words before the "surname" make a body's name, not a person's.
    if (isAcronym(words[words.length - 1]!) || words.slice(0, -1).every((w) => isDictionaryWord(w) && !isCommonFirstName(w))) continue;
    info.type = 'Person';
    info.ownKey = personKey(info.form);
    info.key = info.ownKey;
  }
}

const COMPASS = new Set(COMPASS_WORDS);

/**
 * Points (in place) a lone compass word ("the East") at the article's only country named with it
 * ("East Velto"); it stays as it is when no such country, or two, are named.
 */
export function applyCompassForms(infos: readonly (MentionInfo | null)[], places: PlaceIndex): void {
  const lone = infos.filter((i): i is MentionInfo => i !== null && i.type === 'Location' && COMPASS.has(i.ownKey));
  for (const info of lone) {
    const countries = new Set<string>();
    for (const o of infos) if (o?.key.startsWith(`${info.ownKey} `) && places.lookupPlace(o.form)?.kind === 'country') countries.add(o.key);
    if (countries.size !== 1) continue;
    info.key = [...countries][0]!;
    delete info.geo;
    delete info.canonical;
  }
}
