// Relation verbs and nouns (CAPTURED, ATTACKED, SUPPORTED, CONTACTED) as data: forms, particles, frames.
import type { Predicate } from '../../types.js';

/** How a verb links its arguments. */
export type VerbFrame =
  /** subject PRED object */
  | 'direct'
  /** "drove X out of Y": subject ATTACKED X and CAPTURED Y */
  | 'expel'
  /** "Y fell to X": X CAPTURED Y */
  | 'fall';

/** A relation verb: its inflected forms and how it takes its object. */
export interface VerbEntry {
  predicate: Predicate;
  /** Space-separated inflected forms, lowercase: base, 3rd person, past, participle, gerund. */
  forms: string;
  /** Phrases that may stand between the verb and its object ("control of", "against"). */
  particles?: readonly string[];
  /** True when the object must come after one of `particles` ("talked to X", not "talked X"). */
  particleRequired?: boolean;
  /** @default 'direct' */
  frame?: VerbFrame;
  /** True when both arguments must be persons ("X called Y", "X told Y"). */
  personObject?: boolean;
  /** True when the object must follow within two words ("helped X", not "helped buy X"). */
  nearObject?: boolean;
  /**
   * True when the object is always a place ("retook Y", "overran Y"): a one-word name the tagger
   * read as a person is taken to be the place.
   */
  placeObject?: boolean;
}

const CONTROL = ['control of', 'full control of', 'back control of', 'back full control of', 'back', 'over'];

/** Relation verbs. */
export const RELATION_VERBS: readonly VerbEntry[] = [
  { predicate: 'CAPTURED', forms: 'capture captures captured capturing' },
  { predicate: 'CAPTURED', forms: 'recapture recaptures recaptured recapturing', placeObject: true },
  { predicate: 'CAPTURED', forms: 'take takes took taken taking', particles: CONTROL },
  { predicate: 'CAPTURED', forms: 'retake retakes retook retaken retaking', particles: CONTROL, placeObject: true },
  { predicate: 'CAPTURED', forms: 'seize seizes seized seizing', particles: CONTROL },
  { predicate: 'CAPTURED', forms: 'gain gains gained gaining', particles: CONTROL, particleRequired: true },
  { predicate: 'CAPTURED', forms: 'regain regains regained regaining', particles: CONTROL },
  { predicate: 'CAPTURED', forms: 'liberate liberates liberated liberating' },
  { predicate: 'CAPTURED', forms: 'conquer conquers conquered conquering', placeObject: true },
  { predicate: 'CAPTURED', forms: 'overrun overruns overran overrunning', placeObject: true },
  { predicate: 'CAPTURED', forms: 'reclaim reclaims reclaimed reclaiming', placeObject: true },
  { predicate: 'CAPTURED', forms: 'occupy occupies occupied occupying', placeObject: true },
  { predicate: 'CAPTURED', forms: 'annex annexes annexed annexing', placeObject: true },
  { predicate: 'CAPTURED', forms: 'win wins won winning', particles: ['back', 'control of'], particleRequired: true },
  { predicate: 'CAPTURED', forms: 'fall falls fell fallen', particles: ['to'], particleRequired: true, frame: 'fall' },
  { predicate: 'CAPTURED', forms: 'drive drives drove driven driving', frame: 'expel' },
  { predicate: 'CAPTURED', forms: 'push pushes pushed pushing', frame: 'expel' },
  { predicate: 'CAPTURED', forms: 'expel expels expelled expelling', frame: 'expel' },
  { predicate: 'CAPTURED', forms: 'oust ousts ousted ousting', frame: 'expel' },
  { predicate: 'CAPTURED', forms: 'force forces forced forcing', frame: 'expel' },
  { predicate: 'CAPTURED', forms: 'chase chases chased chasing', frame: 'expel' },
  { predicate: 'ATTACKED', forms: 'attack attacks attacked attacking' },
  { predicate: 'ATTACKED', forms: 'strike strikes struck striking' },
  { predicate: 'ATTACKED', forms: 'bomb bombs bombed bombing' },
  { predicate: 'ATTACKED', forms: 'shell shells shelled shelling' },
  { predicate: 'ATTACKED', forms: 'bombard bombards bombarded bombarding' },
  { predicate: 'ATTACKED', forms: 'fight fights fought fighting', particles: ['against', 'with'] },
  { predicate: 'ATTACKED', forms: 'defeat defeats defeated defeating' },
  { predicate: 'ATTACKED', forms: 'beat beats beaten beating' },
  { predicate: 'ATTACKED', forms: 'kill kills killed killing' },
  { predicate: 'ATTACKED', forms: 'target targets targeted targeting' },
  { predicate: 'ATTACKED', forms: 'raid raids raided raiding' },
  { predicate: 'ATTACKED', forms: 'assault assaults assaulted assaulting' },
  { predicate: 'ATTACKED', forms: 'ambush ambushes ambushed ambushing' },
  { predicate: 'ATTACKED', forms: 'invade invades invaded invading' },
  { predicate: 'ATTACKED', forms: 'besiege besieges besieged besieging' },
  { predicate: 'ATTACKED', forms: 'pound pounds pounded pounding' },
  { predicate: 'ATTACKED', forms: 'storm storms stormed storming' },
  { predicate: 'ATTACKED', forms: 'battle battles battled battling', particles: ['against', 'with'] },
  { predicate: 'ATTACKED', forms: 'clash clashes clashed clashing', particles: ['with'], particleRequired: true },
  { predicate: 'ATTACKED', forms: 'shoot shoots shot shooting', particles: ['down', 'at'] },
  { predicate: 'SUPPORTED', forms: 'back backs backed backing' },
  { predicate: 'SUPPORTED', forms: 'support supports supported supporting' },
  { predicate: 'SUPPORTED', forms: 'help helps helped helping', nearObject: true },
  { predicate: 'SUPPORTED', forms: 'arm arms armed arming' },
  { predicate: 'SUPPORTED', forms: 'assist assists assisted assisting' },
  { predicate: 'SUPPORTED', forms: 'aid aids aided aiding', nearObject: true },
  { predicate: 'SUPPORTED', forms: 'fund funds funded funding' },
  { predicate: 'SUPPORTED', forms: 'finance finances financed financing' },
  { predicate: 'SUPPORTED', forms: 'equip equips equipped equipping' },
  { predicate: 'SUPPORTED', forms: 'endorse endorses endorsed endorsing' },
  { predicate: 'SUPPORTED', forms: 'side sides sided siding', particles: ['with'], particleRequired: true },
  { predicate: 'SUPPORTED', forms: 'supply supplies supplied supplying', particles: ['to'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'meet meets met meeting', particles: ['with'] },
  { predicate: 'CONTACTED', forms: 'phone phones phoned phoning' },
  { predicate: 'CONTACTED', forms: 'telephone telephones telephoned telephoning' },
  { predicate: 'CONTACTED', forms: 'call calls called calling', personObject: true },
  { predicate: 'CONTACTED', forms: 'congratulate congratulates congratulated congratulating' },
  { predicate: 'CONTACTED', forms: 'thank thanks thanked thanking', personObject: true },
  { predicate: 'CONTACTED', forms: 'tell tells told telling', personObject: true },
  { predicate: 'CONTACTED', forms: 'host hosts hosted hosting', personObject: true },
  { predicate: 'CONTACTED', forms: 'receive receives received receiving', personObject: true },
  { predicate: 'CONTACTED', forms: 'talk talks talked talking', particles: ['to', 'with'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'speak speaks spoke spoken speaking', particles: ['to', 'with'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'negotiate negotiates negotiated negotiating', particles: ['with'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'confer confers conferred conferring', particles: ['with'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'reach reaches reached reaching', particles: ['out to'], particleRequired: true },
  { predicate: 'CONTACTED', forms: 'sign signs signed signing', particles: ['with'], particleRequired: true },
];

/**
 * Verb forms that are also common nouns ("air support", "the attack"): read as verbs only after
 * a subject, a pronoun or an auxiliary (see VERB_CONTEXT).
 */
export const NOUN_LIKE_FORMS: readonly string[] = [
  'support', 'supports', 'help', 'helps', 'attack', 'attacks', 'strike', 'strikes', 'bomb', 'bombs',
  'shell', 'shells', 'raid', 'raids', 'call', 'calls', 'aid', 'aids', 'target', 'targets', 'fight',
  'fights', 'back', 'capture', 'captures', 'recapture', 'fall', 'falls', 'force', 'forces', 'fund',
  'funds', 'finance', 'arm', 'arms', 'assault', 'meeting', 'talks', 'talk', 'phone', 'telephone',
  'thanks', 'bombing', 'shelling', 'fighting', 'storm', 'ambush', 'push', 'side', 'sides', 'host',
  'beat', 'finances', 'backing', 'funding', 'financing', 'killing', 'beating', 'shooting', 'striking',
  'armed', 'aided', 'occupied', 'held',
];

/** Words after which a noun-like form reads as a verb ("to support", "will help", "they attack"). */
export const VERB_CONTEXT: readonly string[] = [
  'to', 'will', 'would', 'can', 'could', 'shall', 'should', 'may', 'might', 'must', 'did', 'does', 'do',
  'not', "n't", 'never', 'also', 'then', 'jointly', 'continue', 'he', 'she', 'it', 'they', 'we', 'i',
  'who', 'which', 'that', 'reportedly', 'repeatedly', 'allegedly', 'has', 'have', 'had',
];

/** Nouns that state a relation: "the liberation of Y by X", "X's air strikes on Y", "talks with Y". */
export interface NounEntry {
  predicate: Predicate;
  /** Nouns (lowercase, multi-word allowed). */
  nouns: readonly string[];
  /** Prepositions introducing the object ("of", "on"). */
  objectPreps: readonly string[];
  /** Prepositions introducing the agent ("by", "from"). */
  agentPreps: readonly string[];
  /** True when the subject of the governing clause may stand in for a missing agent. */
  clauseSubject: boolean;
}

/** Relation nouns. */
export const RELATION_NOUNS: readonly NounEntry[] = [
  {
    predicate: 'CAPTURED',
    nouns: ['capture', 'recapture', 'liberation', 'seizure', 'takeover', 'retaking', 'conquest', 'fall'],
    objectPreps: ['of'],
    agentPreps: ['by', 'to'],
    clauseSubject: true,
  },
  {
    predicate: 'ATTACKED',
    nouns: ['air strikes', 'airstrikes', 'air strike', 'airstrike', 'strikes', 'attack', 'attacks', 'assault',
      'offensive', 'raid', 'raids', 'air raids', 'campaign', 'fight', 'war', 'victory', 'operation', 'battle',
      'battles', 'counteroffensive', 'counter-offensive', 'crackdown', 'military operation', 'ground offensive'],
    objectPreps: ['on', 'against', 'over'],
    agentPreps: ['by'],
    clauseSubject: true,
  },
  {
    predicate: 'ATTACKED',
    nouns: ['bombing', 'bombings', 'shelling', 'bombardment', 'invasion', 'defeat', 'siege', 'blockade'],
    objectPreps: ['of'],
    agentPreps: ['by'],
    clauseSubject: true,
  },
  {
    predicate: 'SUPPORTED',
    nouns: ['support', 'air support', 'help', 'backing', 'assistance', 'aid', 'military aid', 'military support'],
    objectPreps: ['for', 'to'],
    agentPreps: ['of', 'from', 'by'],
    clauseSubject: false,
  },
  {
    predicate: 'CONTACTED',
    nouns: ['talks', 'telephone conversation', 'phone conversation', 'conversation', 'phone call',
      'telephone call', 'call', 'meeting', 'phone talks', 'telephone talks', 'negotiations', 'summit'],
    objectPreps: ['with'],
    agentPreps: [],
    clauseSubject: true,
  },
];

/** Verbs whose subject is the target of the attack they take as object ("X repelled an attack by Y": Y attacked X). */
export const REPELLING_VERBS: readonly string[] = ['repel', 'repulse', 'thwart', 'foil', 'withstand', 'survive'];

/**
 * Suffixes of hyphen compounds that state an event of the actor named before them: "Ruritania-backed X"
 * (SUPPORTED), "the Velto Front-held town of X", "Ruritanian-occupied X" (CAPTURED: the place is under its control).
 */
export const COMPOUND_EVENTS: Readonly<Record<string, Predicate>> = {
  backed: 'SUPPORTED', supported: 'SUPPORTED', sponsored: 'SUPPORTED', funded: 'SUPPORTED', armed: 'SUPPORTED', led: 'SUPPORTED',
  held: 'CAPTURED', controlled: 'CAPTURED', occupied: 'CAPTURED',
};

/** What military strikes are aimed at ("strikes at facilities of X"), telling them from labour strikes. */
export const STRIKE_TARGET_NOUNS: readonly string[] = [
  'facilities', 'positions', 'targets', 'bases', 'strongholds', 'hideouts', 'depots', 'camps', 'infrastructure',
];

/**
 * Nouns of physical attack that, with an agent but no stated target ("months of Freedonia-led air
 * strikes"), hit the one town the sentence names.
 */
export const STRIKE_NOUNS: readonly string[] = [
  'air strikes', 'airstrikes', 'air strike', 'airstrike', 'bombing', 'bombings', 'shelling', 'bombardment',
  'air raids', 'air raid', 'bombing campaign', 'air campaign', 'drone strikes', 'missile strikes', 'rocket fire',
];

/**
 * Words that state an attack in war but usually a win in a contest ("X beat Y 3-1", "victory over Y
 * in the final"): their ATTACKED relations need a sentence free of CONTEST_WORDS and persons.
 */
export const CONTEST_FORMS: readonly string[] = [
  'beat', 'beats', 'beaten', 'beating', 'defeat', 'defeats', 'defeated', 'defeating', 'victory', 'victories',
];

/** Words of sport, awards, elections and business rivalry that make "beat" and "victory" a contest. */
export const CONTEST_WORDS: readonly string[] = [
  'match', 'matches', 'game', 'games', 'final', 'finals', 'semi-final', 'semi-finals', 'quarter-final', 'cup',
  'title', 'trophy', 'championship', 'championships', 'league', 'tournament', 'round', 'seed', 'set', 'sets',
  'award', 'awards', 'prize', 'prizes', 'oscar', 'oscars', 'nomination', 'election', 'elections', 'vote',
  'votes', 'poll', 'polls', 'race', 'contest', 'derby', 'penalty', 'penalties', 'shootout', 'goal', 'goals',
  'points', 'deal', 'bid', 'chart', 'charts', 'season', 'fixture', 'tie', 'rubber', 'doubles', 'singles',
  'scored', 'score', 'seat', 'seats', 'contract', 'competition', 'olympic', 'olympics', 'medal', 'slam',
  'meeting', 'meetings', 'category', 'categories', 'best', 'film', 'album', 'song', 'single', 'musical',
  // margins and the names of sports ("beat Y by 46 runs", "Cricket - X beat Y")
  'runs', 'wickets', 'innings', 'strokes', 'lengths', 'frames', 'tries', 'cricket', 'rugby', 'football', 'soccer',
  'tennis', 'golf', 'hockey', 'basketball', 'baseball',
];

/** Words that make a coordinated subject meet each other ("A, B and C signed a memorandum"). */
export const GROUP_CONTACT_VERBS: readonly string[] = [
  'signed', 'sign', 'signs', 'agreed', 'agree', 'agrees', 'met', 'meet', 'meets', 'discussed', 'negotiated',
  'held', 'reached', 'sealed', 'concluded', 'talked', 'spoke',
];

/**
 * Of those, the ones that need what the parties made together as their object ("A and B reached a
 * deal", not "A and B reached the semi-finals"; "A and B held talks", not "held the lead").
 */
export const GROUP_OUTCOME_VERBS: readonly string[] = ['signed', 'sign', 'signs', 'held', 'reached', 'sealed', 'concluded'];

/** What parties make or hold together: the object a GROUP_OUTCOME_VERBS verb needs. */
export const JOINT_OUTCOMES: readonly string[] = [
  'agreement', 'agreements', 'deal', 'deals', 'accord', 'accords', 'memorandum', 'treaty', 'pact', 'talks',
  'meeting', 'meetings', 'ceasefire', 'truce', 'contract', 'compromise', 'understanding', 'declaration',
  'settlement', 'consensus', 'partnership', 'alliance', 'negotiations', 'discussions', 'summit', 'protocol',
];

/**
 * Light verbs between an agent and a relation noun ("X provided air support to Y", "X launched
 * strikes on Y"): the agent of the noun is the verb's subject.
 */
export const LIGHT_VERBS: readonly string[] = [
  'provide', 'provides', 'provided', 'providing', 'give', 'gives', 'gave', 'given', 'offer', 'offers', 'offered',
  'lend', 'lends', 'lent', 'send', 'sends', 'sent', 'launch', 'launches', 'launched', 'carry', 'carries',
  'carried', 'out', 'conduct', 'conducts', 'conducted', 'deliver', 'delivers', 'delivered', 'stage', 'staged',
  'mount', 'mounted', 'hold', 'holds', 'held', 'begin', 'began', 'begun', 'start', 'started', 'continue',
  'continued', 'continues', 'resume', 'resumed', 'intensify', 'intensified', 'step', 'stepped', 'up',
  'pledge', 'pledged', 'pledges', 'promise', 'promised', 'express', 'expressed', 'voice', 'voiced',
  'reaffirm', 'reaffirmed', 'announce', 'announced', 'increase', 'increased', 'boost', 'boosted',
];

/** Nouns for an actor's armed or governing body: "Ruritania's warplanes bombed Y" makes Ruritania the actor. */
export const ACTOR_NOUNS: readonly string[] = [
  'forces', 'troops', 'army', 'military', 'jets', 'warplanes', 'aircraft', 'planes', 'drones', 'militants',
  'fighters', 'soldiers', 'police', 'navy', 'government', 'rebels', 'units', 'artillery', 'air force', 'gunmen',
];

/** Auxiliaries marking a passive participle ("was liberated"). */
export const PASSIVE_AUXILIARIES: readonly string[] = [
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets', 'getting',
];
