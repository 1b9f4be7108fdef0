// Mention kinds for argument checks: person, organization, country (incl. demonyms), other place.
import type { Mention } from '../../types.js';
import { countryOfDemonym, lookupPlace } from '../gazetteer/index.js';
import type { PlaceKind } from '../gazetteer/index.js';
import { LEX } from './lexicon.js';
import { endsWith } from './pattern.js';

/** What the relation rules need to know about a mention. */
export interface MentionKind {
  type: Mention['type'];
  /** A country, by name or by adjective ("Ruritanian"). */
  country: boolean;
  /** Written as an adjective or demonym ("Ruritanian"), not as a name. */
  demonym: boolean;
  /** Gazetteer kind for places; undefined when unknown. */
  place?: PlaceKind;
  /** ISO country code of a known place. */
  countryCode?: string;
}

/** An organization or a country named as such (not by its adjective): what "it", "its" or a clause subject may stand for. */
export function isBody(k: MentionKind): boolean {
  return (k.type === 'Organization' || k.country) && !k.demonym;
}

const cache = new Map<string, MentionKind>();

/** Classifies every mention (cached by type and surface). */
export function classifyMentions(mentions: readonly Mention[]): MentionKind[] {
  return mentions.map(classify);
}

function classify(m: Mention): MentionKind {
  const key = `${m.type}\u0000${m.text}\u0000${m.canonical ?? ''}`;
  let kind = cache.get(key);
  if (!kind) {
    kind = compute(m);
    cache.set(key, kind);
  }
  return kind;
}

function compute(m: Mention): MentionKind {
  if (m.type !== 'Location') {
    // An organization named like a town ("Westville" tagged as a club) may still be a captured place.
    const place = m.type === 'Organization' ? lookupPlace(m.text)?.kind : undefined;
    return place && place !== 'country' ? { type: m.type, country: false, demonym: false, place } : { type: m.type, country: false, demonym: false };
  }
  const own = lookupPlace(m.text);
  const demonym = countryOfDemonym(m.text) !== undefined || (m.canonical !== undefined && m.canonical !== m.text && !own);
  const info = lookupPlace(m.canonical ?? m.text) ?? (demonym ? undefined : own);
  // A canonical name set by the tagger marks a country or its adjective, even when the gazetteer lacks it.
  const country = demonym || (info ? info.kind === 'country' : m.canonical !== undefined);
  const kind: MentionKind = { type: m.type, country, demonym };
  if (info) {
    kind.place = info.kind;
    kind.countryCode = info.geo.country;
  } else if (m.geo) {
    kind.countryCode = m.geo.country;
  }
  return kind;
}

/**
 * "a vice president at Union Bank of Ruritania in Westville": a body whose name holds a country ("of
 * Ruritania", "Ruritanian …") is based there; an office in a town of another country is a branch. Troops,
 * embassies and other stationed bodies are where they are sent.
 */
export function otherCountryInName(name: string, o: MentionKind): boolean {
  if (!o.countryCode || !name.includes(' ') || endsWith(name.toLowerCase(), LEX.stationedHeads)) return false;
  const words = name.split(' ');
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const span = words.slice(i, i + n).join(' ');
      const place = lookupPlace(span);
      const adjectiveOf = place?.kind === 'country' ? undefined : countryOfDemonym(span);
      const country = place?.kind === 'country' ? place : adjectiveOf ? lookupPlace(adjectiveOf) : undefined;
      if (country) return country.geo.country !== o.countryCode;
    }
  }
  return false;
}

/**
 * "MP for Westville", "the Westville MP", "a Tyrol MEP": the place of a parliament seat is its constituency,
 * nothing the member belongs to. A name the tagger took for a body counts when it is a known region (a town's
 * name may be a party's: "Green MP").
 */
export function isConstituency(titleLower: string, k: MentionKind): boolean {
  const place = k.type === 'Location' ? !k.country : k.place === 'region';
  return place && LEX.parliamentSeats.has(titleLower.split(' ').at(-1)!);
}

/** A seat a party or other body gives ("Blue MP", "Blue senators"): with that organization it states membership, not an office. */
export function isSeatWith(titleLower: string, k: MentionKind): boolean {
  return k.type === 'Organization' && !k.place && endsWith(titleLower, LEX.memberTitles);
}
