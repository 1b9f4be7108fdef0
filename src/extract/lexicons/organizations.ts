// Organization and place vocabulary: generic heads that make a country's adjective an organization, unit words, place nouns.

/**
 * Heads of generic organization phrases that a country or its adjective turns into a named
 * organization ("Ruritanian army", "Freedonia's armed forces", "the Ruritanian government").
 */
export const ORG_HEADS: readonly string[] = [
  'army', 'armed forces', 'forces', 'military', 'troops', 'navy', 'air force', 'air forces',
  'aerospace forces', 'military contingent', 'contingent', 'government', 'regime', 'authorities',
  'cabinet', 'parliament', 'senate', 'congress', 'police', 'coast guard', 'border guard', 'national guard',
  'special forces', 'government forces', 'regime forces', 'opposition', 'rebels', 'opposition forces',
  'foreign ministry', 'defense ministry', 'defence ministry', 'interior ministry', 'finance ministry',
  'ministry of defense', 'ministry of defence', 'ministry of foreign affairs', 'general staff',
  'state television', 'state tv', 'television', 'state media', 'news agency', 'central bank',
  'embassy', 'intelligence', 'security service', 'security services', 'navy fleet', 'coalition',
];

/**
 * Capitalised head words of named bodies that a country adjective may open ("the Ruritanian
 * Observatory for Press Freedom", "the Freedonian Medical Association").
 */
export const NAMED_ORG_HEADS: readonly string[] = [
  'observatory', 'institute', 'foundation', 'association', 'union', 'league', 'society', 'centre', 'center',
  'network', 'federation', 'university', 'party', 'movement', 'front', 'alliance', 'council', 'commission',
  'committee', 'organisation', 'organization', 'agency', 'authority', 'bank', 'corporation', 'trust',
  'fund', 'coalition', 'congress', 'assembly', 'academy', 'brigade', 'brigades', 'forces', 'army', 'guard',
];

/** Words between the country and the head that belong to the organization's name. */
export const ORG_MODIFIERS: readonly string[] = [
  'government', 'regime', 'armed', 'air', 'ground', 'land', 'naval', 'military', 'special', 'security',
  'state', 'federal', 'national', 'official', 'elite', 'opposition', 'rebel', 'pro-government',
];

/**
 * Last words of an organization that is a unit of a larger one
 * ("the Budget Committee", "the Third Brigade", "the Main Directorate").
 */
export const UNIT_HEADS: readonly string[] = [
  'committee', 'subcommittee', 'commission', 'directorate', 'department', 'division', 'brigade',
  'battalion', 'regiment', 'corps', 'unit', 'squadron', 'fleet', 'office', 'bureau', 'service',
  'press service', 'staff', 'general staff', 'board', 'council', 'secretariat', 'branch', 'wing',
  'faction', 'academy', 'institute', 'team', 'group', 'section', 'ministry', 'agency', 'command',
  'lab', 'laboratory', 'subsidiary', 'arm',
];

/** Heads of organizations that sit somewhere ("the Ruritanian military contingent in Freedonia"). */
export const STATIONED_HEADS: readonly string[] = [
  'contingent', 'forces', 'troops', 'army', 'military', 'base', 'garrison', 'embassy', 'consulate',
  'mission', 'office', 'headquarters', 'fleet', 'task force', 'group', 'units', 'unit',
];

/** Nouns for kinds of places ("the city of Y", "Y, a town in Z"). */
export const PLACE_NOUNS: readonly string[] = [
  'city', 'town', 'village', 'settlement', 'capital', 'port', 'port city', 'province', 'region',
  'district', 'governorate', 'state', 'county', 'oblast', 'republic', 'area', 'suburb', 'neighbourhood',
  'neighborhood', 'municipality', 'island', 'peninsula', 'enclave', 'base', 'airbase', 'air base',
  'desert city', 'oasis', 'stronghold', 'hub', 'metropolis', 'territory', 'heartland', 'border town',
];

/**
 * Suffixes of hyphenated compounds whose first part names an actor or place:
 * "Ruritania-backed", "Freedonian-led", "Capital-based".
 */
export const COMPOUND_SUFFIXES: readonly string[] = [
  'backed', 'led', 'based', 'supported', 'sponsored', 'funded', 'armed', 'allied', 'controlled',
  'held', 'run', 'owned', 'headquartered', 'brokered', 'born',
];
