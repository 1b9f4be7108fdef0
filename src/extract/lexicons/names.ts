// Name vocabulary: particles inside personal and place names, honorifics, suffixes, spelling folds, words never a name, heads of names of things. Lowercase.
import { MONTH_NAMES, WEEKDAY_NAMES } from './dates.js';

/** The Arabic article as written before a name ("al-Velto", "el-Zenda"). */
export const ARABIC_ARTICLES: readonly string[] = ['al', 'el'];

/** The Arabic article assimilated to the next consonant ("ad-Din", "ash-Velto", "ez-Zenda"). */
export const ASSIMILATED_ARTICLES: readonly string[] = [
  'ad', 'ag', 'ar', 'as', 'ash', 'at', 'az', 'ed', 'er', 'es', 'ez', 'en', 'et', 'ul', 'ud', 'ur', 'us',
];

/** Kinship words inside Arabic names: son, daughter, father, sons of ("Ali bin Hamad", "Abu Omar"). */
export const KINSHIP_PARTICLES: readonly string[] = ['bin', 'ibn', 'bint', 'abu', 'bani', 'beni'];

/** Particles of European surnames ("Ana de Souza", "Jan van Velde", "Karl von Zenda"). */
export const EUROPEAN_PARTICLES: readonly string[] = [
  'de', 'da', 'di', 'du', 'del', 'della', 'des', 'van', 'von', 'der', 'den', 'la', 'le', 'dos', 'das', 'ter', 'ten',
];

/** Lowercase particles the tagger's span joiner lets run inside a person's name ("Ali bin Hamad", "Ana de Souza"). */
export const NAME_PARTICLES: readonly string[] = [
  ...ARABIC_ARTICLES, 'bin', 'ibn', 'bint', 'abu', ...EUROPEAN_PARTICLES,
];

/**
 * Particles left out of resolution's person-matching keys ("Omar al-Rashid" ≈ "Omar Rashid"). Not "abu",
 * which opens a name of its own ("Abu Omar" is not "Omar").
 * NOTE: kept as found: it also holds five assimilated articles and lacks "des"; unify after a measured run.
 */
export const KEY_PARTICLES: ReadonlySet<string> = new Set([
  ...ARABIC_ARTICLES, 'ad', 'as', 'ash', 'at', 'az', 'bin', 'ibn', 'bint',
  ...EUROPEAN_PARTICLES.filter((p) => p !== 'des'),
]);

/**
 * Particles that may stand between a first name and a surname the tagger split apart ("Omar| al-Rashid",
 * "Jan| van Velde"): resolution joins the two halves over them.
 */
export const SPLIT_PARTICLES: readonly string[] = ['al', 'el', 'bin', 'ibn', 'van', 'von', 'de', 'da', 'di', 'del', 'der', 'den', 'la', 'le'];

/** Prefixes glued by a hyphen to the next part of a place or body name ("Wadi al-Velto", "Tell ez-Zenda"). */
export const ARTICLE_PREFIXES: readonly string[] = [...ARABIC_ARTICLES, ...ASSIMILATED_ARTICLES, ...KINSHIP_PARTICLES];

/** Honorifics: a span opening with one is a person, whatever the tagger said ("Mr Brandt"). */
export const HONORIFICS: readonly string[] = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'messrs', 'mme', 'mlle'];

/** Academic titles written before a name like an honorific ("Professor X"). */
export const ACADEMIC_TITLES: readonly string[] = ['professor', 'prof'];

/** Titles of the peerage, written before a name that often keeps them ("Lord Velde"): honorifics between a title and its holder. */
export const PEERAGE_TITLES: readonly string[] = ['lord', 'lady', 'baroness', 'baron', 'viscount', 'earl'];

/** Generational suffixes that are not the surname ("Martin Velde Jr."). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'junior', 'senior']);

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

/** Personal and possessive pronouns: never a name, though a tagger may take a capitalised one for one ("We" after a quote). */
export const PERSONAL_PRONOUNS: readonly string[] = [
  'i', 'he', 'she', 'it', 'we', 'they', 'you', 'him', 'her', 'them', 'us', 'his', 'its', 'their',
  'me', 'my', 'our', 'your', 'mine', 'yours', 'ours', 'hers', 'theirs',
];

/**
 * Media, formats and styles of music that are no body on their own ("TV presenter X", "a DVD format backed by Y",
 * "R&B star X"), though written with capitals.
 */
export const MEDIA_WORDS: readonly string[] = [
  'tv', 'radio', 'television', 'dj', 'web', 'internet', 'net', 'dvd', 'dvds', 'cd', 'cds', 'pc', 'pcs', 'mp3', 'sms',
  'r&b', 'rnb', 'hip-hop', 'hip hop', 'britpop', 'reggae', 'soul', 'rap', 'grime', 'garage', 'punk', 'indie',
];

/**
 * Spans that are never entities on their own: pronouns, determiners, weekdays, months, holidays, bare titles.
 * Compared lower-case after stripping "the" and possessives.
 */
export const JUNK_NAMES: ReadonlySet<string> = new Set([
  ...PERSONAL_PRONOUNS,
  'this', 'that', 'these', 'those', 'there', 'here', 'a', 'an', 'the', 'and', 'or', 'but', 'if',
  ...WEEKDAY_NAMES, ...MONTH_NAMES, 'today', 'yesterday', 'tomorrow', 'mr', 'mrs', 'ms', 'dr',
  'messrs', 'mmes', 'drs', 'profs', 'sen', 'sens', 'rep', 'reps', 'gov', 'govs', 'gen', 'gens',
  'president', 'minister', 'government', 'ministry', 'army', 'police', 'city', 'province', 'country',
  'state', 'news', 'said', 'says', 'according', 'can', 'will', 'shall', 'should', 'would', 'could',
  'might', 'must', 'pope', 'christmas', 'easter', 'thanksgiving', 'ramadan', 'hanukkah',
]);

/**
 * Last words of the names of schemes, laws and measures ("the Velto Growth Initiative", "the Zenda Price
 * Index", "the Velto Accord"): a name they end is no person, body or place. Not "programme": agencies are
 * named so ("the Zenda Food Programme").
 */
export const THING_HEADS: readonly string[] = ['initiative', 'index', 'scheme', 'act', 'treaty', 'accord', 'pact', 'doctrine'];

/** Last words of the names of contests and events ("the Champions Race", "the Velto Open"): nobody holds a post in one. */
export const EVENT_NAME_HEADS: readonly string[] = [
  'race', 'cup', 'championship', 'championships', 'open', 'games', 'olympics', 'tournament', 'tour', 'rally', 'marathon', 'classic', 'trophy',
];

/**
 * Kinds of works written right before a work's title ("the comedy Nighty Velt", "hit film Velto"): what such a
 * noun introduces is a title, not a person, body or place, wherever the article repeats it.
 */
export const WORK_NOUNS: readonly string[] = [
  'film', 'films', 'movie', 'biopic', 'documentary', 'comedy', 'sitcom', 'drama', 'thriller', 'series', 'show',
  'programme', 'program', 'soap', 'musical', 'play', 'opera', 'ballet', 'novel', 'book', 'album', 'song',
  'sequel', 'remake', 'epic', 'cartoon', 'videogame',
];

/** Of those, the ones that are verbs too ("Westville play Velto", "Acme book X"): a work only after a determiner. */
export const VERBAL_WORK_NOUNS: readonly string[] = ['play', 'show', 'book'];

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
