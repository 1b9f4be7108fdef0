// General vocabulary used by entity resolution: titles, name particles, descriptors, junk words.

/**
 * Titles and honorifics stripped from the front of person names ("President Anna Ortega" → "Anna Ortega").
 * Lower-case, without a trailing period; multi-word titles are stripped word by word.
 */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'deputy', 'foreign', 'defence', 'defense', 'interior',
  'finance', 'health', 'culture', 'education', 'trade', 'home', 'chancellor', 'secretary', 'general',
  'state', 'attorney', 'acting', 'former', 'ex', 'late', 'chief', 'head', 'chairman', 'chairwoman',
  'chair', 'spokesman', 'spokeswoman', 'spokesperson', 'press', 'ambassador', 'envoy', 'special',
  'senator', 'sen', 'sens', 'rep', 'reps', 'messrs', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'mayor',
  'judge', 'justice', 'king', 'queen', 'prince', 'princess', 'crown', 'emperor', 'empress', 'sultan',
  'emir', 'sheikh', 'sheik', 'pope', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev', 'father',
  'imam', 'ayatollah', 'rabbi', 'lord', 'lady', 'sir', 'dame', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'doctor', 'prof', 'professor', 'col', 'colonel', 'lt', 'lieutenant', 'gen', 'maj', 'major', 'capt',
  'captain', 'cmdr', 'commander', 'sgt', 'sergeant', 'cpl', 'corporal', 'pvt', 'private', 'adm',
  'admiral', 'marshal', 'field', 'brig', 'brigadier', 'commissioner', 'director', 'executive',
  'officer', 'ceo', 'cfo', 'coach', 'manager', 'boss', 'striker', 'midfielder', 'defender',
  'goalkeeper', 'captain', 'skipper', 'premier', 'leader', 'opposition', 'mp', 'mep', 'lawmaker',
  'deputy', 'speaker', 'expert', 'analyst', 'correspondent', 'reporter', 'editor', 'anchor',
  'military', 'elect', 'designate', 'baron', 'baroness', 'earl', 'duke', 'duchess', 'viscount', 'rapper',
  'singer', 'actor', 'actress', 'comedian', 'presenter', 'author', 'writer', 'novelist', 'designer',
  'producer', 'filmmaker', 'film-maker', 'musician', 'guitarist', 'drummer', 'star', 'veteran',
  'champion', 'winner', 'rival', 'chief-executive', 'coach', 'forward', 'winger', 'full-back', 'batsman',
  'bowler', 'jockey', 'trainer', 'referee', 'umpire', 'pilot', 'economist', 'businessman', 'businesswoman',
]);

/**
 * Words that open a span by accident of sentence position ("When Alden", "Your Vote"), stripped
 * from the front of any name when written with a capital first letter only.
 */
export const LEADING_NOISE: ReadonlySet<string> = new Set([
  'when', 'if', 'but', 'and', 'or', 'as', 'after', 'before', 'while', 'since', 'your', 'our', 'my',
  'his', 'her', 'their', 'its', 'says', 'said', 'meanwhile', 'however', 'although', 'though',
  'because', 'despite', 'unlike', 'like', 'with', 'without', 'for', 'from', 'at', 'in', 'on', 'by',
  'of', 'to', 'into', 'about', 'against', 'under', 'over', 'between', 'during', 'until', 'where',
]);

/** Particles inside surnames, left out of matching keys ("Omar al-Rashid" ≈ "Omar Rashid"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'ad', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint', 'van', 'von', 'der',
  'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'la', 'le', 'ter', 'ten',
]);

/** Generational suffixes that are not the surname ("Martin Luther King Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

/**
 * Words that, trailing an organization name, name its members or its kind rather than a different
 * body ("Northland militants" → "Northland", "Vox news agency" → "Vox"); matched in any case.
 * NOTE: "forces", "troops" and "army" are left out on purpose: "X government forces" is not "X government".
 */
export const MEMBER_DESCRIPTORS: readonly string[] = [
  'news agency', 'agency', 'militants', 'fighters', 'terrorists', 'jihadists', 'insurgents', 'militia',
  'group', 'terror group', 'terrorist group', 'movement', 'members', 'supporters', 'newspaper',
  'broadcaster', 'channel', 'website', 'company', 'firm', 'formations', 'units', 'cells', 'gunmen',
  'extremists', 'radicals', 'operatives', 'loyalists', 'mps', 'members', 'officials', 'leaders',
  'activists', 'voters', 'fans', 'staff', 'workers', 'employees', 'shareholders', 'executives',
];

/**
 * Role words that end an organization span but name a person of it ("Vextor CEO" → "Vextor"), or
 * sit between the organization and the person's name ("Vextor CEO Lena Brandt" → Lena Brandt).
 */
export const ORG_TRAILING_ROLES: readonly string[] = [
  'ceo', 'chief executive', 'boss', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson',
  'founder', 'co-founder', 'president', 'director', 'manager', 'coach', 'captain', 'chief', 'mp', 'mep',
  'msp', 'member', 'official', 'leader',
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

/** Titles of a country's leader, whose name may stand for its government ("the Ortega regime"). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'premier', 'king', 'queen', 'emir', 'sultan', 'leader', 'chancellor',
  'supreme leader', 'head of state', 'dictator', 'ruler', 'monarch', 'emperor',
]);

/**
 * Words ending company and body names that never name a separate thing: "Velto International" is
 * Velto even when "International" appears alone somewhere.
 */
export const NAME_TAIL_WORDS: ReadonlySet<string> = new Set([
  'international', 'group', 'holdings', 'inc', 'corp', 'corporation', 'company', 'co', 'ltd', 'plc',
  'llc', 'ag', 'sa', 'networks', 'systems', 'technologies', 'technology', 'industries', 'airways',
  'airlines', 'motors', 'bank', 'awards', 'games', 'association', 'foundation', 'institute', 'trust',
  'partners', 'capital', 'media', 'entertainment', 'records', 'studios', 'pictures', 'communications',
  'telecom', 'energy', 'oil', 'petroleum', 'pharmaceuticals', 'labs', 'software', 'electronics',
  'party', 'union', 'league', 'federation', 'committee', 'council', 'club', 'society', 'authority',
  'commission', 'service', 'board', 'university', 'college', 'movement', 'front', 'alliance', 'army',
]);

/** Function words skipped when forming initials ("Ministry of Defence" → "MD" and "MOD"). */
export const INITIALS_SKIP: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'et', '&', 'at', 'a',
]);

/**
 * Spans that are never entities on their own: pronouns, determiners, weekdays, months, bare titles.
 * Compared lower-case after stripping "the" and possessives.
 */
export const JUNK_NAMES: ReadonlySet<string> = new Set([
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their',
  'me', 'my', 'our', 'your', 'mine', 'yours', 'ours', 'hers', 'theirs',
  'this', 'that', 'these', 'those', 'there', 'here', 'a', 'an', 'the', 'and', 'or', 'but', 'if',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms', 'dr',
  'messrs', 'mmes', 'drs', 'profs', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'gens',
  'president', 'minister', 'government', 'ministry', 'army', 'police', 'city', 'province', 'country',
  'state', 'news', 'said', 'says', 'according', 'can', 'will', 'shall', 'should', 'would', 'could',
  'might', 'must',
]);

/**
 * Transliteration folds applied in order to person-name words, so spelling variants share a key
 * (Arkady/Arkadiy, Anatoly/Anatoli, Yegor/Egor, Grigory/Grigori, Alexei/Aleksey).
 */
export const TRANSLIT_FOLDS: readonly (readonly [RegExp, string])[] = [
  [/^ye/, 'e'],
  [/^yu/, 'iu'],
  [/^ya/, 'ia'],
  [/kh/g, 'h'],
  [/ck/g, 'k'],
  [/c/g, 'k'],
  [/q/g, 'k'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/x/g, 'ks'],
  [/(iy|yi|ey|ei|ij|y)$/, 'i'],
  [/y/g, 'i'],
  [/(.)\1+/g, '$1'],
];
