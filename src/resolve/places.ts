// The place lookups resolution needs, defaulting to the project gazetteer (injectable for tests).
import { countryOfDemonym, lookupPlace } from '../extract/gazetteer/index.js';
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
}

/** The project gazetteer (src/extract/gazetteer). */
export const GAZETTEER: PlaceIndex = { lookupPlace, countryOfDemonym };

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
  };
}
