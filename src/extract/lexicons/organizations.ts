// Organization vocabulary: generic heads that make a country's adjective an organization, unit words, name-ending words.

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

/**
 * Suffixes of hyphenated compounds whose first part names an actor or place:
 * "Ruritania-backed", "Freedonian-led", "Capital-based".
 */
export const COMPOUND_SUFFIXES: readonly string[] = [
  'backed', 'led', 'based', 'supported', 'sponsored', 'funded', 'armed', 'allied', 'controlled',
  'held', 'run', 'owned', 'headquartered', 'brokered', 'born', 'occupied',
];

/** Words that end the names of bodies, by kind ("Velto Army", "Acme Holdings", "Zenda Times"): the base of the lists below. */
const ORG_NAME_WORDS: readonly string[] = [
  // armed forces
  'army', 'navy', 'forces', 'force', 'militia', 'brigade', 'brigades', 'battalion', 'regiment', 'corps',
  // government
  'ministry', 'department', 'council', 'committee', 'commission', 'agency', 'authority', 'bureau',
  'parliament', 'assembly', 'congress', 'senate', 'government', 'cabinet', 'secretariat', 'directorate',
  'administration',
  // parties, unions, associations
  'party', 'union', 'league', 'federation', 'association', 'alliance', 'coalition', 'movement', 'organization',
  'organisation', 'observatory',
  // learning and clubs
  'university', 'college', 'institute', 'academy', 'foundation', 'society', 'club', 'fc',
  // companies
  'inc', 'inc.', 'corp', 'corp.', 'corporation', 'co.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'holdings',
  'company', 'bank', 'fund', 'airlines', 'airways', 'motors', 'industries', 'technologies',
  // media
  'news', 'times', 'post', 'press', 'radio', 'television', 'tv', 'network', 'journal', 'herald',
];

/**
 * Words that end (or head) organization names: the tagger's ORG_WORD feature. Frozen with the committed
 * model (ner.bin.gz): changing it means retraining, and tests/extract/lexicons.test.ts fingerprints it.
 */
export const TAGGER_ORG_WORDS: readonly string[] = [
  ...ORG_NAME_WORDS,
  'co', 'trust', 'partners', 'associates', 'systems', 'office', 'service', 'services', 'front', 'guard',
  'division', 'command', 'staff', 'police', 'court', 'school', 'center', 'centre', 'channel', 'exchange',
  'board', 'mission', 'hospital', 'church',
];

/**
 * Last words that make a multi-word name an organization in resolution, whatever the tagger said
 * ("Northland Army", "Asia Trade Cooperation"). NOTE: the differences from TAGGER_ORG_WORDS are kept as found.
 */
export const ORG_TYPE_HEADS: readonly string[] = [
  ...ORG_NAME_WORDS, 'cooperation', 'gazette', 'tribune', 'daily', 'broadcasting', 'institution', 'trust', 'board',
  'records', 'studios', 'partners', 'associates', 'systems',
];

/** Company-form words after a company's own name, dropped from its key ("Acme Motor Co." = "Acme"). */
export const CORPORATE_FORMS: readonly string[] = [
  'co', 'inc', 'corp', 'corporation', 'ltd', 'limited', 'plc', 'llc', 'ag', 'sa', 'nv', 'gmbh', 'motor',
  'motors', 'holdings', 'group', 'company',
];

/** Company forms written in capitals before the company's own name ("PT Velto Mining", "OAO Zenda"). */
export const LEADING_CORPORATE_FORMS: readonly string[] = ['pt', 'oao', 'zao', 'pao', 'ooo', 'jsc', 'pjsc', 'ojsc', 'cjsc'];

/**
 * Words that, trailing an organization name, name its members or its kind rather than a different
 * body ("Northland militants" → "Northland", "Vox news agency" → "Vox"); matched in any case.
 * NOTE: "forces", "troops" and "army" are left out on purpose: "X government forces" is not "X government".
 */
export const MEMBER_DESCRIPTORS: readonly string[] = [
  'news agency', 'agency', 'militants', 'fighters', 'terrorists', 'jihadists', 'insurgents', 'militia',
  'group', 'terror group', 'terrorist group', 'movement', 'members', 'supporters', 'newspaper',
  'broadcaster', 'channel', 'website', 'company', 'firm', 'formations', 'units', 'cells', 'gunmen',
  'extremists', 'radicals', 'operatives', 'loyalists', 'mps', 'officials', 'leaders',
  'activists', 'voters', 'fans', 'staff', 'workers', 'employees', 'shareholders', 'executives',
];

/**
 * Last words of sports club names built on a town's name ("Northwich Rovers"). A place-typed
 * "Town + suffix" the gazetteer does not know is a club, and the bare town name in the same
 * article stands for the club.
 */
export const CLUB_SUFFIXES: ReadonlySet<string> = new Set([
  'City', 'United', 'Town', 'Rovers', 'Athletic', 'Albion', 'Wanderers', 'Rangers', 'FC', 'AFC',
]);

/**
 * Generic organization heads that name the same body once the country is known: the key head
 * first, then its synonyms ("Ruritania's armed forces" = "Ruritanian army" = "Ruritanian troops").
 * A branch is not the whole: "ground forces" are part of the armed forces, not another name for them.
 */
export const HEAD_SYNONYMS: readonly (readonly string[])[] = [
  ['armed forces', 'army', 'military', 'forces', 'troops', 'government forces', 'government troops',
    'regime forces', 'military contingent', 'contingent', 'army troops'],
  ['government', 'regime', 'authorities', 'administration'],
  ['air force', 'air forces', 'aerospace forces', 'air forces command'],
  ['navy', 'naval forces', 'fleet'],
  ['state television', 'state tv', 'television', 'state media'],
  ['foreign ministry', 'ministry of foreign affairs'],
  ['defence ministry', 'defense ministry', 'ministry of defence', 'ministry of defense'],
];

/**
 * Tail words a body's short name drops ("Velto Party" is "Velto", "Velto Airlines" is "Velto"): company forms
 * and trades, not the names of events, leagues or councils named after a body ("Velto Awards", "Velto League").
 */
export const SHORT_NAME_TAILS: readonly string[] = [
  'party', 'group', 'holdings', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'plc', 'llc', 'ag', 'sa',
  'networks', 'systems', 'technologies', 'technology', 'industries', 'airways', 'airlines', 'motors', 'bank',
  'communications', 'telecom', 'software', 'electronics', 'records', 'entertainment', 'media', 'foundation',
  'international', 'pharmaceuticals',
];

/**
 * Words ending company and body names that never name a separate thing: "Velto International" is
 * Velto even when "International" appears alone somewhere.
 */
export const NAME_TAIL_WORDS: ReadonlySet<string> = new Set([
  ...SHORT_NAME_TAILS, 'awards', 'games', 'association', 'institute', 'trust', 'partners', 'capital', 'studios',
  'pictures', 'energy', 'oil', 'petroleum', 'labs', 'union', 'league', 'federation', 'committee', 'council', 'club',
  'society', 'authority', 'commission', 'service', 'board', 'university', 'college', 'movement', 'front', 'alliance', 'army',
]);

/** Function words skipped when forming initials ("Ministry of Defence" → "MD" and "MOD"). */
export const INITIALS_SKIP: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'et', '&', 'at', 'a',
]);

/**
 * Nouns that only ever describe a company or body, never a person ("the carmaker Acme", "oil giant
 * Acme"): a name right after one is an organization, whatever the tagger said.
 */
export const COMPANY_NOUNS: readonly string[] = [
  'company', 'firm', 'giant', 'carmaker', 'automaker', 'bank', 'lender', 'insurer', 'retailer', 'airline',
  'conglomerate', 'manufacturer', 'broadcaster', 'startup', 'start-up', 'multinational', 'shipbuilder',
  'drugmaker', 'chipmaker', 'steelmaker', 'planemaker', 'utility', 'newspaper', 'news agency', 'shipping line',
  'think tank', 'watchdog', 'regulator', 'charity', 'rights group', 'consultancy', 'refiner',
];

/**
 * Nouns that say what kind of business or body a named organization is, between its country and its
 * name ("the Ruritanian carmaker Acme", "U.S. seeds and chemicals company Acme"): the country is its home.
 * Besides the company nouns, some that may also describe a person ("producer", "investor").
 */
export const FIRM_KINDS: readonly string[] = [
  ...COMPANY_NOUNS, 'group', 'maker', 'carrier', 'producer', 'operator', 'publisher', 'chain', 'brewer', 'miner',
  'supplier', 'developer', 'distributor', 'exporter', 'investor', 'fund', 'asset manager', 'contractor', 'employer',
  'website', 'magazine', 'label', 'band', 'studio', 'exchange', 'bourse', 'club', 'side', 'team',
  'fund manager', 'broker', 'stockbroker', 'brokerage', 'union', 'think-tank', 'pressure group', 'lobby group',
  'weekly', 'daily', 'paper', 'tabloid', 'journal', 'network', 'channel', 'agency',
];

/** Nouns that make a body part of another ("X, a unit of Acme"): said of bodies only. */
export const SUBSIDIARY_NOUNS: readonly string[] = ['subsidiary', 'unit', 'division', 'arm', 'affiliate'];

/** Common nouns for a body's unnamed part that its possessor owns ("Acme's security group", "Acme's private client business"). */
export const OWNED_PART_NOUNS: readonly string[] = [...new Set([...UNIT_HEADS, ...SUBSIDIARY_NOUNS, 'business', 'studio', 'operation'])];

/**
 * Kinds that stand for a body the article has named when they come with "the" and a home but no name
 * ("The Ruritanian carmaker said …"): the company nouns and the firm kinds no person or national side shares.
 */
export const DESCRIBED_BODY_KINDS: readonly string[] = [
  ...COMPANY_NOUNS, 'group', 'maker', 'carrier', 'producer', 'operator', 'publisher', 'chain', 'brewer', 'miner',
  'supplier', 'distributor', 'exporter', 'club',
];

/**
 * Last words of bodies that sit in one place ("the Northwind Institute in Westville", "Westville
 * University"): a place named right after them with "in" is where they are.
 */
export const SITE_HEADS: readonly string[] = [
  'university', 'institute', 'centre', 'center', 'college', 'school', 'hospital', 'clinic', 'museum',
  'academy', 'observatory', 'library', 'theatre', 'theater', 'gallery', 'laboratory', 'lab', 'zoo',
  'cathedral', 'church', 'mosque', 'temple', 'stadium', 'arena', 'prison', 'polytechnic', 'conservatory',
  'hotel', 'airport', 'port', 'station', 'plant', 'factory', 'refinery', 'mine',
];
