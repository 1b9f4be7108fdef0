// Titles of office (HOLDS_POSITION) and non-title roles (AFFILIATED_WITH): general vocabulary, lowercase.

/**
 * Heads of a title phrase. Multi-word entries are matched as one phrase, longest first.
 * A title is `TITLE_MODIFIERS* head` ("first deputy prime minister", "foreign minister").
 */
export const TITLE_HEADS: readonly string[] = [
  // government and politics
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'minister', 'secretary',
  'secretary of state', 'secretary-general', 'secretary general', 'undersecretary', 'under-secretary',
  'under secretary',
  'chancellor', 'king', 'queen', 'emir', 'sheikh', 'crown prince', 'prince', 'monarch', 'sultan',
  'ambassador', 'envoy', 'special envoy', 'consul', 'senator', 'congressman', 'congresswoman',
  'governor', 'mayor', 'speaker', 'counterpart', 'sen.', 'sens.', 'rep.', 'reps.', 'gov.', 'lt. gov.',
  'senators', 'governors', 'mayors', 'congressmen', 'congresswomen', 'deputy', 'leader', 'head', 'chief', 'chairman',
  'chairwoman', 'chairperson', 'chair', 'vice-chairman', 'vice chairman', 'co-chairman', 'co-chair', 'president-elect',
  'spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'press officer', 'representative',
  'commissioner', 'attorney general', 'prosecutor', 'prosecutor general', 'judge', 'justice',
  'chief of staff', 'chief of the general staff', 'aide', 'adviser', 'advisor', 'counsellor', 'counselor',
  // organizations and companies
  'director', 'director-general', 'director general', 'executive director', 'managing director',
  'ceo', 'chief executive', 'chief executive officer', 'cfo', 'coo', 'cto', 'chief financial officer',
  'chief operating officer', 'chief technology officer', 'founder', 'co-founder', 'cofounder', 'owner',
  'chairman of the board', 'board member', 'editor', 'editor-in-chief', 'publisher', 'rector', 'dean', 'controller',
  // military and security
  'commander', 'commander-in-chief', 'general', 'army general', 'colonel general', 'col. gen.',
  'major general', 'major-general', 'maj. gen.', 'lieutenant general', 'lieutenant-general', 'lt. gen.',
  'brigadier general', 'brigadier', 'colonel', 'col.', 'lieutenant colonel', 'major', 'captain',
  'admiral', 'vice admiral', 'rear admiral', 'marshal', 'field marshal', 'gen.', 'adm.',
  'constable', 'chief constable', 'superintendent',
  // sports
  'manager', 'coach', 'head coach', 'boss',
];

/**
 * Titles held "to" a body ("adviser to Acme", "Chief Secretary to the Treasury", "an aide to the Velto Party"); after
 * any other title "to" names where the holder goes ("ambassador to Ruritania", "a former minister, to Labour").
 */
export const TO_TITLES: readonly string[] = ['adviser', 'advisor', 'secretary', 'counsel', 'consultant', 'aide', 'assistant', 'chaplain', 'physician', 'solicitor'];

/**
 * Titles held in an organization, not in a state: with a country or its adjective before them
 * ("Ruritanian director X") they state nationality, so they give AFFILIATED_WITH instead.
 */
export const ORGANIZATION_TITLES: readonly string[] = [
  'director', 'executive director', 'managing director', 'ceo', 'chief executive', 'chief executive officer',
  'cfo', 'coo', 'cto', 'chief financial officer', 'chief operating officer', 'chief technology officer',
  'founder', 'co-founder', 'cofounder', 'owner', 'editor', 'editor-in-chief', 'publisher', 'manager',
  'coach', 'head coach', 'boss', 'board member', 'rector', 'dean', 'chairman of the board', 'captain', 'controller',
];

/**
 * Seats and memberships a party or other body gives its people ("Westland Party MP X", "Blue senators"):
 * with an organization before them they state membership, not an office held in that organization.
 */
export const MEMBER_TITLES: readonly string[] = [
  'mp', 'mps', 'mep', 'meps', 'msp', 'msps', 'senator', 'senators', 'congressman', 'congresswoman', 'congressmen',
  'lawmaker', 'lawmakers', 'legislator', 'legislators', 'councillor', 'councillors', 'peer', 'peers', 'activist',
  'activists', 'candidate', 'candidates', 'politician', 'politicians', 'backbencher', 'backbenchers',
  'sen.', 'sens.', 'rep.', 'reps.', 'assemblyman', 'assemblywoman',
];

/**
 * Seats in a parliament written as capitals ("MP", "MEPs"): the tagger may read them into a party's name, and
 * a place named with one ("MP for Westville", "the Westville MP") is the constituency, not a body of the member.
 */
export const PARLIAMENT_SEATS: readonly string[] = ['mp', 'mps', 'mep', 'meps', 'msp', 'msps'];

/** Offices a party gives ("Blue leader X", "Blue home affairs spokesman X"): with MEMBER_TITLES, the political titles. */
export const PARTY_OFFICES: readonly string[] = [
  'leader', 'leaders', 'deputy leader', 'chairman', 'chairwoman', 'chair', 'co-chairman', 'co-chair', 'spokesman', 'spokeswoman', 'spokesperson',
  'whip', 'chief whip', 'treasurer', 'shadow chancellor', 'shadow secretary', 'shadow minister',
];

/** Titles that, bare before a name in an article about one company, are that company's ("said chief executive X"). */
export const COMPANY_OFFICES: readonly string[] = [
  'chief executive', 'chief executive officer', 'ceo', 'cfo', 'coo', 'cto', 'chief financial officer', 'chief operating officer',
  'chief technology officer', 'managing director', 'executive director', 'finance director', 'chairman', 'chairwoman',
  'founder', 'co-founder',
];

/** Words that may precede a title head and belong to the title ("deputy", "foreign", "acting"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'deputy', 'first', 'vice', 'acting', 'interim', 'former', 'ex', 'senior', 'chief', 'assistant',
  'associate', 'executive', 'general', 'supreme', 'top', 'current', 'new', 'outgoing', 'incoming',
  'foreign', 'defense', 'defence', 'interior', 'finance', 'economy', 'economic', 'trade', 'energy',
  'justice', 'health', 'education', 'culture', 'agriculture', 'transport', 'labor', 'labour',
  'emergencies', 'emergency', 'information', 'communications', 'environment', 'industry', 'sports',
  'security', 'intelligence', 'military', 'army', 'navy', 'naval', 'air', 'force', 'press', 'state',
  'prime', 'national', 'regional', 'federal', 'presidential', 'parliamentary', 'party', 'opposition',
  'group', 'team', 'club', 'company', 'ministry', 'government', 'official', 'majority', 'minority',
  'home', 'affairs', 'commerce', 'treasury', 'development', 'technology', 'science', 'housing', 'social',
  'employment', 'tourism', 'media', 'legal', 'founding', 'joint', 'honorary', 'life', 'shadow',
  // portfolios ('farm commissioner', 'fisheries minister')
  'farm', 'fisheries', 'competition', 'budget', 'enlargement', 'immigration', 'planning', 'telecommunications',
  'consumer', 'mining', 'oil', 'petroleum', 'water', 'veterans', 'sport', 'welfare', 'pensions', 'aviation',
  'financial', 'fiscal', 'monetary', 'revenue', 'customs', 'tax', 'investment', 'privatisation', 'privatization',
  'arts', 'heritage', 'digital', 'cabinet', 'public', 'works', 'infrastructure', 'transportation', 'roads',
  'railways', 'shipping', 'maritime', 'forestry', 'lands', 'land', 'rural', 'urban', 'environmental',
  'climate', 'nuclear', 'power', 'electricity', 'gas', 'coal', 'food', 'youth', 'women', 'children', 'families',
  'equalities', 'refugees', 'humanitarian', 'reconstruction', 'reform', 'constitutional', 'religious', 'prisons',
  'police', 'disarmament', 'integration', 'statistics', 'postal',
];

/** Adverbs that may open an apposition after a name without changing what it states ("X, now a Velto Party MEP,"). */
export const APPOSITION_ADVERBS: readonly string[] = ['now', 'currently', 'also', 'still'];

/** Modifiers that say when a title is held, not what it is: left out of the title's text ("the new chairman"). */
export const TENURE_MODIFIERS: readonly string[] = ['new', 'current', 'incoming', 'newly-appointed', 'newly-elected', 'present'];

/**
 * Roles of players and athletes: with a town's name before them they name a club or team called after the
 * town ("Westville striker X"), which other roles do not ("a Westville teacher" lives there).
 */
export const PLAYER_ROLES: readonly string[] = [
  'international', 'midfielder', 'striker', 'forward', 'defender', 'goalkeeper', 'winger', 'full-back',
  'centre-back', 'center-back', 'player', 'star', 'batsman', 'bowler', 'driver', 'rider', 'flanker', 'prop',
  'hooker', 'fly-half', 'scrum-half', 'wing', 'centre', 'keeper', 'goalie', 'skipper', 'all-rounder',
  'wicketkeeper', 'spinner', 'pitcher', 'quarterback', 'playmaker', 'right-back', 'left-back', 'sweeper', 'lock',
  'athlete', 'champion', 'sprinter', 'runner', 'hurdler', 'swimmer', 'cyclist', 'boxer', 'golfer', 'jockey', 'rower',
  'skier', 'gymnast', 'seed', 'medallist', 'medalist', 'team-mate', 'teammate',
];

/**
 * Roles of performers: a name before them is mostly a show or a film ("a soap actress"), and only a body
 * named as one ("Velto Theatre Company actor", "the VBC actress") is where they work.
 */
export const PERFORMER_ROLES: readonly string[] = ['actor', 'actress', 'actors', 'actresses'];

/** Last words of the names of companies that employ performers (with the named organization heads). */
export const PERFORMING_BODY_HEADS: readonly string[] = [
  'company', 'theatre', 'theater', 'studios', 'studio', 'pictures', 'films', 'productions', 'opera', 'ballet',
  'orchestra', 'entertainment', 'records',
];

/**
 * Role nouns that tie a person to an organization or country without a title of office
 * ("Westmark international X", "Ruritanian military expert X").
 */
export const ROLE_NOUNS: readonly string[] = [
  ...PLAYER_ROLES,
  'expert', 'analyst', 'lawmaker', 'legislator', 'politician', 'member', 'mp', 'mep', 'msp', 'official',
  'diplomat', 'journalist', 'reporter', 'correspondent', 'commentator', 'columnist', 'writer',
  'activist', 'businessman', 'businesswoman', 'billionaire', 'tycoon', 'entrepreneur', 'economist',
  'scientist', 'researcher', 'professor', 'scholar', 'historian', 'political scientist', 'observer',
  'soldier', 'officer', 'pilot', 'fighter', 'militant', 'veteran', 'agent', 'employee', 'worker', 'aid worker', 'volunteer',
  'engineer', 'lawyer', 'singer', 'actor', 'actress', 'artist', 'blogger', 'candidate', 'nominee',
  'executive', 'strategist', 'staffer', 'trader', 'banker', 'investor', 'shareholder',
  'lecturer', 'consultant', 'peer', 'partner', 'frontman', 'frontwoman', 'presenter', 'host', 'producer', 'referee',
  'author', 'novelist', 'poet', 'playwright', 'composer', 'comedian', 'drummer', 'guitarist', 'bassist', 'rapper',
  'filmmaker', 'film-maker', 'photographer', 'designer', 'architect', 'campaigner', 'student', 'pupil', 'graduate',
  'teacher', 'doctor', 'surgeon', 'nurse', 'colleague', 'compatriot',
];

/**
 * Nouns that describe a person by a body without making them its member ("his Acme character X", "Velto fan X",
 * "Acme critic X"): no membership is read from them.
 */
export const OUTSIDER_NOUNS: readonly string[] = [
  'character', 'characters', 'role', 'alter-ego', 'namesake', 'lookalike', 'impersonator', 'fan', 'fans', 'supporter',
  'supporters', 'critic', 'critics', 'rival', 'rivals', 'opponent', 'opponents', 'victim', 'victims', 'customer', 'customers',
];

/**
 * Role nouns of employment or office ("a senior Acme official", "an analyst at Acme", "a member of the
 * board"): with an organization they state a position held, not only membership.
 */
export const OFFICE_ROLES: readonly string[] = [
  'official', 'member', 'analyst', 'economist', 'strategist', 'researcher', 'engineer', 'lawyer', 'employee',
  'executive', 'officer', 'staffer', 'aide', 'adviser', 'advisor', 'trader', 'banker', 'scientist', 'professor',
  'correspondent', 'reporter', 'editor', 'diplomat', 'mp', 'lawmaker', 'legislator', 'lecturer', 'consultant',
];

/** Words that may precede a role noun inside the role phrase ("military expert", "former player"). */
export const ROLE_MODIFIERS: readonly string[] = [
  'military', 'political', 'security', 'economic', 'defense', 'defence', 'energy', 'foreign', 'policy',
  'former', 'ex', 'veteran', 'senior', 'junior', 'young', 'leading', 'prominent', 'well-known',
  'famous', 'opposition', 'party', 'government', 'team', 'club', 'national', 'under-21', 'under-23',
  'youth', 'star', 'football', 'soccer', 'tennis', 'chess', 'hockey', 'rugby', 'cricket', 'basketball',
  'retired', 'independent', 'influential', 'staff', 'field', 'rank-and-file', 'parliament', 'duma',
];

/**
 * Titles, ranks and roles that precede a person's name: the tagger's PERSON_TITLE feature and its
 * "Title Name" span split. Frozen with the committed model (ner.bin.gz): changing it means retraining,
 * and tests/extract/lexicons.test.ts fingerprints it.
 */
export const TAGGER_TITLE_WORDS: readonly string[] = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'professor', 'sir', 'lord', 'lady', 'president', 'vice', 'prime', 'minister',
  'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy',
  'governor', 'mayor', 'senator', 'rep', 'sen', 'gov', 'king', 'queen', 'prince', 'princess', 'pope', 'sheikh',
  'emir', 'general', 'gen', 'col', 'colonel', 'lt', 'lieutenant', 'maj', 'major', 'capt', 'captain', 'sgt',
  'sergeant', 'admiral', 'adm', 'commander', 'chief', 'director', 'chairman', 'chairwoman', 'ceo', 'coach',
  'manager', 'judge', 'justice', 'deputy', 'head', 'leader', 'expert', 'analyst', 'correspondent', 'reporter',
  'editor', 'father', 'rev', 'bishop', 'archbishop', 'imam', 'rabbi', 'officer', 'commissioner',
];

/** Words that often precede a name without being a title ("said Anna Ortega"): the tagger's name-cue feature. */
export const TAGGER_NAME_CUES: readonly string[] = ['said', 'says', 'told', 'according', 'by'];

/** Words of office and portfolio stripped before a name on top of the tagger's titles ("Defence Secretary", "Rep.-elect"). */
const STRIP_OFFICE_WORDS = [
  'foreign', 'defence', 'defense', 'interior', 'finance', 'health', 'culture', 'education', 'trade', 'home',
  'state', 'attorney', 'acting', 'former', 'ex', 'late', 'chair', 'press', 'special', 'sens', 'reps', 'messrs',
  'representative', 'congressman', 'congresswoman', 'speaker', 'opposition', 'mp', 'mep', 'lawmaker', 'elect',
  'designate', 'executive', 'chief-executive', 'cfo', 'boss', 'military',
];

/** Nobility, clergy and forms of address ("Duke", "Cardinal", "Dame"). */
const STRIP_RANK_WORDS = [
  'crown', 'emperor', 'empress', 'sultan', 'sheik', 'cardinal', 'reverend', 'ayatollah', 'dame', 'miss', 'doctor',
  'baron', 'baroness', 'earl', 'duke', 'duchess', 'viscount',
  'cmdr', 'cpl', 'corporal', 'pvt', 'private', 'marshal', 'field', 'brig', 'brigadier', 'pilot',
];

/** Descriptors of trade, art and sport used as a title before a name ("rapper", "striker", "referee"). */
const STRIP_DESCRIPTOR_WORDS = [
  'anchor', 'rapper', 'singer', 'actor', 'actress', 'comedian', 'presenter', 'author', 'writer', 'novelist',
  'designer', 'producer', 'filmmaker', 'film-maker', 'musician', 'guitarist', 'drummer', 'star', 'veteran',
  'champion', 'winner', 'rival', 'economist', 'businessman', 'businesswoman', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'skipper', 'forward', 'winger', 'full-back', 'batsman', 'bowler', 'jockey',
  'trainer', 'referee', 'umpire',
];

/**
 * Words resolution strips from the front of person names ("President Anna Ortega" → "Anna Ortega"), word by
 * word, without a final period: the tagger's titles plus descriptors the tagger does not need as a feature.
 * NOTE: it lacks some single-word title heads ("adviser", "founder", "prosecutor"); kept as found.
 */
export const TITLE_STRIP_WORDS: ReadonlySet<string> = new Set([
  ...TAGGER_TITLE_WORDS, ...STRIP_OFFICE_WORDS, ...STRIP_RANK_WORDS, ...STRIP_DESCRIPTOR_WORDS,
]);

/**
 * Role words that end an organization span but name a person of it ("Acme CEO" → "Acme"), or sit
 * between the organization and the person's name ("Acme CEO Lena Brandt" → Lena Brandt).
 */
export const ORG_TRAILING_ROLES: readonly string[] = [
  'ceo', 'chief executive', 'boss', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'spokesperson',
  'founder', 'co-founder', 'president', 'director', 'manager', 'coach', 'captain', 'chief', 'mp', 'mep',
  'msp', 'member', 'official', 'leader',
];

/** Titles of a country's leader, whose name may stand for its government ("the Ortega regime"). */
export const LEADER_TITLES: ReadonlySet<string> = new Set([
  'president', 'prime minister', 'premier', 'king', 'queen', 'emir', 'sultan', 'leader', 'chancellor',
  'supreme leader', 'head of state', 'dictator', 'ruler', 'monarch', 'emperor',
]);

/**
 * Offices a country has one of at a time: a bare "President X" in an article that speaks of "the
 * Ruritanian president" (with no other name) is Ruritania's president.
 */
export const NATIONAL_OFFICES: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'chancellor', 'king', 'queen',
  'emir', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'interior minister',
  'health minister', 'education minister', 'trade minister', 'justice minister', 'energy minister', 'economy minister',
  'culture minister', 'agriculture minister', 'transport minister', 'environment minister', 'oil minister',
  'home minister', 'labour minister', 'labor minister', 'industry minister', 'information minister',
];
