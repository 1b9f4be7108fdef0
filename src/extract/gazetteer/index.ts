// Gazetteer API: countries, demonyms, cities and regions from general npm data packages.
import { gazetteer, nameKey, placeInfo, PLACE_CITY, PLACE_COUNTRY, PLACE_DEMONYM, PLACE_REGION } from './load.js';
import { NATIONALITY_COMPOUND_ENDINGS, NATIONALITY_NOUN_ENDINGS, RESIDENT_ENDINGS } from '../lexicons/places.js';
import extraNames from './extra-names.json' with { type: 'json' };
import { isCaseSensitiveName, placeKey } from './normalize.js';

export type { PlaceInfo, PlaceKind } from './load.js';
export { PLACE_CITY, PLACE_COUNTRY, PLACE_DEMONYM, PLACE_REGION };

import type { PlaceInfo } from './load.js';

/** Bit set on the first token of a gazetteer match in placeFlags(). */
export const PLACE_BEGIN = 16;

const LEADING_THE_RE = /^the\s+/i;
const ACRONYM_RE = /^[A-Z]{2,3}$/;
const POSSESSIVE_RE = /\s*['’]s?$/;

/**
 * The place a name denotes: countries by common/official name and alternative spellings
 * ("U.S.", "Britain" → canonical "United States", "United Kingdom"), cities (the most populous
 * of that name, at least 15,000 people), first-level regions. Case-insensitive except short codes.
 * NOTE: a city whose name is mostly a lowercase word in running English ("Nice", "Reading") needs
 * a million people; local spellings the tables lack ("Kiev" for Kyiv) are not found.
 * @example lookupPlace('U.S.') // { canonical: 'United States', kind: 'country', geo: {...} }
 */
export function lookupPlace(name: string): PlaceInfo | undefined {
  const g = gazetteer();
  const trimmed = name.trim().replace(LEADING_THE_RE, '').replace(POSSESSIVE_RE, '');
  if (trimmed === '') return undefined;
  if (isCaseSensitiveName(trimmed)) {
    const code = g.codes.get(trimmed);
    if (code !== undefined) return placeInfo(g, code);
    // An unknown acronym ("ILO") is not the town of the same letters.
    if (ACRONYM_RE.test(trimmed)) return undefined;
  }
  const ref = g.places.get(nameKey(trimmed.toLowerCase())) ?? g.places.get(nameKey(withoutRegionSuffix(trimmed).toLowerCase()));
  return ref === undefined ? undefined : placeInfo(g, ref);
}

const REGION_SUFFIX_RE = new RegExp(`\\s+(?:${extraNames.regionSuffixes.join('|')})$`, 'i');

const DIRECTION_RE = new RegExp(`^(?:${extraNames.directionPrefixes.join('|')})\\s+`, 'i');

/**
 * The place a part of a place lies in: "Northern Italy" → Italy, "East Kordovia" → undefined.
 * For names that lookupPlace() does not know as a whole.
 */
export function enclosingPlace(name: string): PlaceInfo | undefined {
  const rest = name.trim().replace(DIRECTION_RE, '');
  return rest !== name.trim() ? lookupPlace(rest) : undefined;
}

/** "Kirkuk Governorate" → "Kirkuk" (the admin1 tables mostly hold bare names). */
function withoutRegionSuffix(name: string): string {
  return name.replace(REGION_SUFFIX_RE, '');
}

/**
 * The country a demonym or country adjective refers to ("French" → "France",
 * "Americans" → "United States"), from world-countries plus a small list of extra forms.
 */
export function countryOfDemonym(word: string): string | undefined {
  return gazetteer().demonyms.get(nameKey(word.toLowerCase()));
}

const COMPOUND_RE = new RegExp(`^(\\p{Lu}\\p{Ll}+?)(?:${NATIONALITY_COMPOUND_ENDINGS.join('|')})$`, 'u');

/** The country of a person named by its adjective and "-man"/"-woman" ("Dutchman" → Netherlands), or undefined. */
export function countryOfNationalityCompound(word: string): string | undefined {
  const stem = COMPOUND_RE.exec(word)?.[1];
  return stem ? countryOfDemonym(stem) : undefined;
}

const RESIDENT_RE = new RegExp(`^(\\p{Lu}\\p{L}+?)(?:${RESIDENT_ENDINGS.join('|')})$`, 'u');

/**
 * The place a noun for its people names: a nationality noun whose country adjective adds an ending ("Zendan"
 * when "Zendanian" is a demonym), or a place's name with a residents' ending ("Veltolander" of "Veltoland").
 * Capitalized single words only; undefined for anything else.
 */
export function placeOfResident(word: string): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
  for (const ending of NATIONALITY_NOUN_ENDINGS) {
    const country = countryOfDemonym(word + ending);
    if (country) return country;
  }
  const stem = RESIDENT_RE.exec(word)?.[1];
  return stem ? lookupPlace(stem)?.canonical : undefined;
}

let byCode: Map<string, string> | undefined;

/** The canonical name of the country with an ISO 3166-1 alpha-2 code ("FR" → "France"). */
export function countryOfCode(code: string): string | undefined {
  byCode ??= new Map(gazetteer().file.countries.map(([cc, name]) => [cc, name]));
  return byCode.get(code);
}

/** Whether `name` is a known country, city, region or demonym (any case, whole name). */
export function isKnownPlaceToken(name: string): boolean {
  const g = gazetteer();
  return g.nameFlags.has(nameKey(name)) || g.nameFlags.has(nameKey(name.toLowerCase()));
}

/**
 * Per-token gazetteer flags for a token sequence: the longest match starting at each
 * capitalized token gets PLACE_* bits of its kinds on all its tokens, plus PLACE_BEGIN on the first.
 * Used as tagger features; `tokenKeys` may pass precomputed placeKey()s of the tokens.
 */
export function placeFlags(tokens: readonly string[], tokenKeys?: readonly string[]): Uint8Array {
  const g = gazetteer();
  const flags = new Uint8Array(tokens.length);
  const keys = tokenKeys ?? tokens.map((t) => placeKey(t));
  for (let i = 0; i < tokens.length; ) {
    const len = capitalized(tokens[i]!) ? longestMatch(g.nameFlags, g.firstTokens, tokens, keys, i) : 0;
    if (len === 0) {
      i++;
      continue;
    }
    const bits = matchBits(g.nameFlags, tokens, keys, i, len);
    flags[i] = bits | PLACE_BEGIN;
    for (let k = 1; k < len; k++) flags[i + k] = bits;
    i += len;
  }
  return flags;
}

function capitalized(token: string): boolean {
  const c = token.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && token[0] !== token[0]!.toLowerCase());
}

function longestMatch(names: Map<string, number>, first: Map<string, number>, tokens: readonly string[], keys: readonly string[], i: number): number {
  const max = Math.max(first.get(keys[i]!) ?? 0, first.get(tokens[i]!) ?? 0);
  for (let len = Math.min(max, tokens.length - i); len >= 1; len--) {
    if (matchBits(names, tokens, keys, i, len) !== 0) return len;
  }
  return 0;
}

function matchBits(names: Map<string, number>, tokens: readonly string[], keys: readonly string[], i: number, len: number): number {
  if (len === 1) return (names.get(keys[i]!) ?? 0) | (isCaseSensitiveName(tokens[i]!) ? (names.get(tokens[i]!) ?? 0) : 0);
  return names.get(keys.slice(i, i + len).join(' ')) ?? 0;
}

/** Milliseconds the gazetteer took to load (loads it if needed). */
export function gazetteerLoadMs(): number {
  return gazetteer().loadMs;
}
