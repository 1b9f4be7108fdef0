// Country-qualified organizations: "Ruritanian army" = "Ruritania's army"; bare generic heads ("the Foreign Ministry").
import { ORG_HEADS, ORG_MODIFIERS } from '../extract/lexicons/organizations.js';
import { HEAD_SYNONYMS } from './lexicon.js';
import { nameKey } from './normalize.js';
import type { PlaceIndex } from './places.js';

const HEADS: ReadonlySet<string> = new Set(ORG_HEADS.map(nameKey));
const MODIFIERS: ReadonlySet<string> = new Set(ORG_MODIFIERS.map(nameKey));
const HEAD_OF = new Map<string, string>(HEAD_SYNONYMS.flatMap((group) => group.map((h) => [nameKey(h), nameKey(group[0]!)] as const)));
const POSSESSIVE_RE = /['’][sS]?$/;
const MAX_COUNTRY_WORDS = 3;
const LEADING_THE_RE = /^the /i;

/**
 * True when a key is a generic organization head that names nothing without its country:
 * "foreign ministry", "armed forces", "government forces", "army".
 */
export function isGenericHead(key: string): boolean {
  const words = key.split(' ');
  for (let i = 0; i < words.length; i++) {
    if (HEADS.has(words.slice(i).join(' '))) return true;
    if (!MODIFIERS.has(words[i]!)) return false;
  }
  return false;
}

/** The key head of a generic head's synonym set ("troops" → "armed forces"); other keys as they are. */
export function canonicalHead(key: string): string {
  return HEAD_OF.get(key) ?? key;
}

/** The country an adjective or name stands for ("Ruritanian", "Ruritania's" → "Ruritania"). */
export function countryOf(word: string, places: PlaceIndex): string | undefined {
  const bare = word.replace(POSSESSIVE_RE, '');
  const demonym = places.countryOfDemonym(bare);
  if (demonym) return demonym;
  const hit = places.lookupPlace(bare);
  return hit?.kind === 'country' ? hit.canonical : undefined;
}

/**
 * The matching key of an organization named after its country, with the country in one spelling
 * and generic heads by synonym set: "Ruritanian Army", "Ruritania's troops" → "ruritania armed forces". A plain country name qualifies only a
 * generic head ("Ruritania Foreign Ministry" but not "Ruritania Airways"), and so does a trailing
 * "of [the] Ruritania" ("Ministry of Defence of Ruritania"). Undefined otherwise.
 */
export function qualifiedKey(form: string, places: PlaceIndex): string | undefined {
  for (let at = form.lastIndexOf(' of '); at > 0; at = form.lastIndexOf(' of ', at - 1)) {
    const country = countryOf(form.slice(at + 4).replace(LEADING_THE_RE, ''), places);
    const rest = nameKey(form.slice(0, at));
    if (country && isGenericHead(rest)) return nameKey(`${country} ${canonicalHead(rest)}`);
  }
  const words = form.split(' ');
  for (let k = Math.min(MAX_COUNTRY_WORDS, words.length - 1); k >= 1; k--) {
    const lead = words.slice(0, k).join(' ');
    const country = countryOf(lead, places);
    if (!country) continue;
    const rest = nameKey(words.slice(k).join(' '));
    const marked = POSSESSIVE_RE.test(lead) || (k === 1 && places.countryOfDemonym(lead) !== undefined);
    if (rest !== '' && (marked || isGenericHead(rest))) return nameKey(`${country} ${canonicalHead(rest)}`);
  }
  return undefined;
}
