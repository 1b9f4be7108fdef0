// Country-qualified organizations: "Ruritanian army" = "Ruritania's army"; bare generic heads ("the Foreign Ministry").
import { HEAD_SYNONYMS, ORG_HEADS, ORG_MODIFIERS } from '../extract/lexicons/organizations.js';
import type { MentionInfo } from './mentions.js';
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

/** The country of a generic body named with it ("Ruritanian Armed Forces", "Ruritania's army" → "Ruritania"). */
function countryOfBody(form: string, places: PlaceIndex): string | undefined {
  const words = form.split(' ');
  for (let k = Math.min(MAX_COUNTRY_WORDS, words.length - 1); k >= 1; k--) {
    const country = countryOf(words.slice(0, k).join(' '), places);
    if (country && isGenericHead(nameKey(words.slice(k).join(' ')))) return country;
  }
  return undefined;
}

/**
 * The matching key of an organization named after its country, with the country in one spelling
 * and generic heads by synonym set: "Ruritanian Army", "Ruritania's troops" → "ruritania armed forces". A plain country name qualifies only a
 * generic head ("Ruritania Foreign Ministry" but not "Ruritania Airways"), and so does a trailing
 * "of [the] Ruritania" or "of [the] Ruritanian Armed Forces" ("Ministry of Defence of Ruritania",
 * "General Staff of the Ruritanian Armed Forces" = "Ruritanian General Staff"). Undefined otherwise.
 */
export function qualifiedKey(form: string, places: PlaceIndex): string | undefined {
  for (let at = form.lastIndexOf(' of '); at > 0; at = form.lastIndexOf(' of ', at - 1)) {
    const tail = form.slice(at + 4).replace(LEADING_THE_RE, '');
    const country = countryOf(tail, places) ?? countryOfBody(tail, places);
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

/** An article is about one country when this many of its placed mentions lie in it, and this share. */
const MIN_HOME_MENTIONS = 3;
const MIN_HOME_SHARE = 2 / 3;

/**
 * The country an article is about: the one most of its placed mentions (cities, regions, the
 * country itself) lie in, at least three and two thirds of them; undefined otherwise.
 */
export function homeCountry(infos: readonly MentionInfo[], places: PlaceIndex): string | undefined {
  const counts = new Map<string, number>();
  let placed = 0;
  for (const info of infos) {
    if (info.type !== 'Location' || !info.geo) continue;
    placed++;
    counts.set(info.geo.country, (counts.get(info.geo.country) ?? 0) + 1);
  }
  const [code, n] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
  if (n < MIN_HOME_MENTIONS || n < placed * MIN_HOME_SHARE) return undefined;
  return places.countryOfCode?.(code);
}
