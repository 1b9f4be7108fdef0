// The place lookups resolution needs, defaulting to the project gazetteer (injectable for tests).
import { countryOfCode, countryOfDemonym, lookupPlace } from '../extract/gazetteer/index.js';
import type { GeoInfo } from '../types.js';

/** A known place as the gazetteer describes it. */
export interface PlaceHit {
  canonical: string;
  kind: 'country' | 'region' | 'city';
  geo: GeoInfo;
}

/** The two gazetteer questions resolution asks. */
export interface PlaceIndex {
  /** The place a name denotes, if known ("Old Ruritania" → Ruritania). */
  lookupPlace(name: string): PlaceHit | undefined;
  /** The country a demonym refers to ("Peruvian" → "Peru"), if it is one. */
  countryOfDemonym(word: string): string | undefined;
  /** The country of an ISO 3166-1 alpha-2 code ("PE" → "Peru"), when the index knows codes. */
  countryOfCode?(code: string): string | undefined;
}

/** The project gazetteer (src/extract/gazetteer). */
export const GAZETTEER: PlaceIndex = { lookupPlace, countryOfDemonym, countryOfCode };

/** Wraps a PlaceIndex with per-run memo tables: resolution asks about the same names many times. */
export function memoPlaces(places: PlaceIndex): PlaceIndex {
  const hits = new Map<string, PlaceHit | undefined>();
  const demonyms = new Map<string, string | undefined>();
  return {
    lookupPlace(name) {
      if (!hits.has(name)) hits.set(name, places.lookupPlace(name));
      return hits.get(name);
    },
    countryOfDemonym(word) {
      if (!demonyms.has(word)) demonyms.set(word, places.countryOfDemonym(word));
      return demonyms.get(word);
    },
    countryOfCode: (code) => places.countryOfCode?.(code),
  };
}
