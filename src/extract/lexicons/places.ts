// Place vocabulary: nouns for kinds of places, words that end place names, region suffixes, compass words, endings of residents' nouns. Lowercase.

/** Nouns for kinds of places ("the city of Y", "Y, a town in Z"). */
export const PLACE_NOUNS: readonly string[] = [
  'city', 'town', 'village', 'settlement', 'capital', 'port', 'port city', 'province', 'region',
  'district', 'governorate', 'state', 'county', 'oblast', 'republic', 'area', 'suburb', 'neighbourhood',
  'neighborhood', 'municipality', 'island', 'peninsula', 'enclave', 'base', 'airbase', 'air base',
  'desert city', 'oasis', 'stronghold', 'hub', 'metropolis', 'territory', 'heartland', 'border town',
];

/** Last words that make a multi-word name a place, whatever the tagger said ("Velto Peninsula"). */
export const PLACE_TYPE_HEADS: readonly string[] = [
  'peninsula', 'island', 'islands', 'province', 'region', 'county', 'district', 'township', 'oblast',
  'governorate', 'prefecture', 'municipality', 'valley', 'river', 'mountains', 'sea', 'gulf', 'bay', 'strait',
  'lake', 'desert', 'coast', 'village',
];

/** Words after a region's own name that still name the region ("Velto Province" = "Velto"). */
export const REGION_SUFFIXES: readonly string[] = ['province', 'region', 'oblast', 'prefecture', 'governorate', 'state', 'county'];

/** Compass words: a lone one ("the East") may stand for the article's only country named with it ("East Velto"). */
export const COMPASS_WORDS: readonly string[] = ['north', 'south', 'east', 'west'];

/** Endings a nationality noun lacks against its country's adjective ("Zendan" + "ian" → "Zendanian", "Velt" + "ish" → "Veltish"). */
export const NATIONALITY_NOUN_ENDINGS: readonly string[] = ['ian', 'ish'];

/** Endings that make a place's name the noun of its residents ("Veltoland" + "er" → "Veltolander"). */
export const RESIDENT_ENDINGS: readonly string[] = ['er', 'ers'];

/** Endings that make a person of a country adjective ("Dutchman", "Frenchwomen"). */
export const NATIONALITY_COMPOUND_ENDINGS: readonly string[] = ['man', 'woman', 'men', 'women'];
