// Frames read off a dependency parse: which lemmas state which predicate, and the words that
// cancel an assertion (negation, modality, conditions). General vocabulary, lowercase.
import type { Predicate } from '../../types.js';

/**
 * A verb that states a position, membership or location ("X heads Y", "X joined Y", "Y is based in Z").
 * The event verbs (CAPTURED, ATTACKED, SUPPORTED, CONTACTED) live in verbs.ts and are read as frames too.
 */
export interface RoleVerb {
  predicate: Predicate;
  lemma: string;
  /** Prepositions that introduce the object ("work for Y"); when absent the object is the direct object. */
  preps?: readonly string[];
  /** HOLDS_POSITION: the title the verb implies ("chair" → "Chair"). */
  title?: string;
  /** True when the fact is stated in the passive only ("Y is based in Z": Y LOCATED_IN Z). */
  passiveOnly?: boolean;
  /** Prepositions naming the body the subject belonged to before ("joined Y from Z": Z, marked former). */
  formerPreps?: readonly string[];
}

/** Verbs of position, membership and location. */
export const ROLE_VERBS: readonly RoleVerb[] = [
  { predicate: 'HOLDS_POSITION', lemma: 'lead', title: 'Leader' },
  { predicate: 'HOLDS_POSITION', lemma: 'head', title: 'Head' },
  { predicate: 'HOLDS_POSITION', lemma: 'chair', title: 'Chair' },
  { predicate: 'HOLDS_POSITION', lemma: 'run', title: 'Head' },
  { predicate: 'HOLDS_POSITION', lemma: 'command', title: 'Commander' },
  { predicate: 'HOLDS_POSITION', lemma: 'govern', title: 'Governor' },
  { predicate: 'HOLDS_POSITION', lemma: 'found', title: 'Founder' },
  { predicate: 'HOLDS_POSITION', lemma: 'co-found', title: 'Co-Founder' },
  { predicate: 'HOLDS_POSITION', lemma: 'establish', title: 'Founder' },
  { predicate: 'HOLDS_POSITION', lemma: 'captain', title: 'Captain' },
  { predicate: 'HOLDS_POSITION', lemma: 'coach', title: 'Coach' },
  { predicate: 'HOLDS_POSITION', lemma: 'manage', title: 'Manager' },
  { predicate: 'HOLDS_POSITION', lemma: 'represent', title: 'Representative' },
  { predicate: 'AFFILIATED_WITH', lemma: 'join', formerPreps: ['from'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'rejoin', formerPreps: ['from'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'work', preps: ['for', 'at'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'play', preps: ['for'] },
  // the side an athlete appears for ("appeared 40 times for Y", "was capped 42 times for Y")
  { predicate: 'AFFILIATED_WITH', lemma: 'appear', preps: ['for'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'cap', preps: ['for'], passiveOnly: true },
  { predicate: 'AFFILIATED_WITH', lemma: 'serve', preps: ['in', 'with', 'on'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'sign', preps: ['for'], formerPreps: ['from'] },
  { predicate: 'AFFILIATED_WITH', lemma: 'represent', preps: [] },
  { predicate: 'LOCATED_IN', lemma: 'base', preps: ['in', 'at'], passiveOnly: true },
  { predicate: 'LOCATED_IN', lemma: 'headquarter', preps: ['in', 'at'], passiveOnly: true },
  { predicate: 'LOCATED_IN', lemma: 'locate', preps: ['in', 'at', 'near'], passiveOnly: true },
  { predicate: 'LOCATED_IN', lemma: 'situate', preps: ['in', 'at', 'near'], passiveOnly: true },
  { predicate: 'LOCATED_IN', lemma: 'station', preps: ['in', 'at'], passiveOnly: true },
];

/**
 * Nouns that state a relation as a state of affairs ("X is in control of Y", "Y under the control of X").
 * `holderCase`: the preposition before the noun when its holder is the clause subject.
 */
export const STATE_NOUNS: readonly { predicate: Predicate; lemma: string; holderCase: string; objectCase: string }[] = [
  { predicate: 'CAPTURED', lemma: 'control', holderCase: 'in', objectCase: 'of' },
  { predicate: 'CAPTURED', lemma: 'hand', holderCase: 'in', objectCase: 'of' },
];

/** Auxiliaries that make a clause a possibility, plan or wish rather than a fact. */
export const MODAL_AUXILIARIES: readonly string[] = [
  'will', 'would', 'could', 'can', 'may', 'might', 'should', 'shall', 'must', 'ought', "'ll", 'wo', 'ca', "'d",
];

/** Words that negate their head ("has not met", "never attacked", "no longer supports"). */
export const NEGATORS: readonly string[] = ['not', "n't", 'never', 'no', 'neither', 'nor', 'hardly'];

/** Verbs whose infinitive complement is asserted ("continued to shell Y", "managed to retake Y"). */
export const ASSERTING_CONTROL_VERBS: readonly string[] = [
  'continue', 'begin', 'start', 'manage', 'keep', 'resume', 'go', 'succeed', 'help', 'use', 'come',
];

/** Subordinators that make a clause hypothetical or open ("if X attacks", "whether X met Y"). */
export const CONDITIONAL_MARKERS: readonly string[] = ['if', 'unless', 'whether', 'lest', 'until', 'once'];

/** Verbs of denial, doubt or accusation whose clause is not asserted by the writer ("denied attacking Y"). */
export const NON_ASSERTING_VERBS: readonly string[] = [
  'deny', 'doubt', 'fear', 'hope', 'want', 'plan', 'threaten', 'vow', 'pledge', 'promise', 'intend', 'seek',
  'try', 'aim', 'expect', 'refuse', 'prepare', 'propose', 'wish', 'decline', 'fail', 'attempt', 'consider',
  'offer', 'demand', 'urge', 'ask', 'call', 'need', 'agree', 'plot', 'hesitate', 'predict', 'dare', 'warn', 'accuse', 'allege', 'rumour', 'rumor', 'speculate', 'deserve',
  // adjectives of readiness and intent heading the same complement ("is ready to meet Y", "keen to sign")
  'ready', 'willing', 'unwilling', 'eager', 'keen', 'prepared', 'determined', 'likely', 'unlikely', 'due', 'poised',
];

/** Words marking a title or membership as past ("former chairman", "ex-minister", "the then president"). */
export const PAST_MARKERS: readonly string[] = ['former', 'ex', 'outgoing', 'then', 'erstwhile', 'onetime', 'one-time', 'late'];

/**
 * Verbs that make an event noun in their object a plan, request or refusal, not a fact
 * ("scheduled a meeting with Y", "called for talks with Y", "rejected an offer of aid").
 */
export const PLANNING_VERBS: readonly string[] = [
  'schedule', 'plan', 'propose', 'seek', 'want', 'request', 'demand', 'urge', 'ask', 'consider', 'expect',
  'reject', 'refuse', 'deny', 'postpone', 'cancel', 'call', 'hope', 'need', 'prepare', 'discuss', 'threaten',
];

/**
 * Verbs that give a person a title in their complement ("was named chairman", "appointed X as head"),
 * and those that take it away ("removed X as chairman": the title is then held no more).
 */
export const NAMING_VERBS: readonly string[] = [
  'become', 'remain', 'name', 'appoint', 'elect', 'make', 'serve', 'stay', 'be', 'hire', 'promote', 'reappoint',
  're-elect', 'install', 'choose', 'select', 'confirm', 'nominate', 'unveil',
];
/** Naming verbs whose title the parse may read as an object ("became ambassador", "remains chairman"). */
export const PREDICATIVE_OBJECT_VERBS: readonly string[] = ['become', 'remain'];
export const REMOVING_VERBS: readonly string[] = ['remove', 'oust', 'dismiss', 'fire', 'sack', 'depose', 'unseat', 'strip', 'suspend'];
/**
 * Verbs whose subject holds the title in an "as" phrase ("returned as manager", "worked as an adviser to Y", "joined
 * Acme as director"), and those whose subject gives it up ("resigned as chairman": held no more; "is to step down as
 * an MP" still holds). A verb with its particle is written with it ("step down"); the body may be the
 * object ("joined Acme", "quit Acme"). NOTE: "leave" is not one: "left Westville as the star of Y" leaves a place.
 */
export const TITLE_TAKING_VERBS: readonly string[] = ['work', 'return', 'join', 'rejoin', 'continue', 'act', 'start', 'begin', 'stand', 'sit', 'arrive'];
export const TITLE_LEAVING_VERBS: readonly string[] = ['quit', 'resign', 'retire', 'step down', 'stand down', 'bow out'];
/** Verbs that hand a title from one person to another: "X replaced Y as chairman" (Y held it before). */
export const REPLACING_VERBS: readonly string[] = ['replace', 'succeed'];

/**
 * Verbs whose organization subject takes a person on or lets them go ("Acme hired X", "Westville signed X
 * from Eastham", "Acme sacked X"): the person is a member of the body; `ends` marks the membership as past.
 */
export const EMPLOYER_VERBS: readonly { lemma: string; ends?: boolean }[] = [
  { lemma: 'hire' },
  { lemma: 'sign' },
  { lemma: 're-sign' },
  { lemma: 'recruit' },
  { lemma: 'employ' },
  { lemma: 'appoint' },
  { lemma: 'poach' },
  { lemma: 'draft' },
  { lemma: 'sack', ends: true },
  { lemma: 'fire', ends: true },
  { lemma: 'dismiss', ends: true },
  { lemma: 'axe', ends: true },
];

/** Prefixes of one-token past titles ("ex-president", "then-governor"). */
export const PAST_PREFIXES: readonly string[] = ['ex-', 'then-', 'former-'];

/**
 * Words of physical violence: between two persons "attack" is nearly always criticism in news, so a
 * person-on-person ATTACKED needs one of these in its sentence.
 */
export const VIOLENCE_WORDS: readonly string[] = [
  'shot', 'shoot', 'shoots', 'shooting', 'killed', 'kill', 'kills', 'killing', 'stabbed', 'stab', 'stabbing', 'murdered',
  'murder', 'assassinated', 'assassination', 'wounded', 'injured', 'beaten', 'punched', 'assaulted', 'kidnapped',
  'abducted', 'gunman', 'gunmen', 'gun', 'knife', 'bomb', 'bombed', 'explosion', 'strangled', 'executed', 'tortured',
];

/** Relative pronouns that stand for the noun a relative clause modifies ("X, who heads Y"). */
export const RELATIVE_PRONOUNS: readonly string[] = ['who', 'which', 'that', 'whom'];

/** Verbs of sporting contest that are ATTACKED only outside sport ("X beat Y 3-1"). */
export const CONTEST_VERBS: readonly string[] = ['beat', 'defeat', 'thrash', 'edge', 'rout', 'crush', 'overcome', 'outplay', 'hammer'];

/**
 * Words that make "X meets Y" a fixture between players or teams ("top seed X now meets titleholder Y"), not a
 * meeting; a score ("15-7") does too.
 */
export const FIXTURE_WORDS: readonly string[] = [
  'seed', 'seeded', 'top-seeded', 'titleholder', 'title-holder', 'holder', 'champion', 'round', 'final', 'semi-final',
  'quarter-final', 'semi-finals', 'quarter-finals', 'match', 'fixture', 'tie', 'game', 'play-off', 'knockout',
];

/** Subordinators of a reason a body is blamed for ("attacked Y for failing to act"): such an attack is criticism. */
export const BLAME_MARKERS: readonly string[] = ['for'];

/** Words after a team that make "headed X ahead", "led X level", "put X in front" a goal, not a post. */
export const SCORING_ADVERBS: readonly string[] = ['ahead', 'level', 'front'];

/** Complements that make "backed X to win" a prediction, not support. */
export const PREDICTION_COMPLEMENTS: readonly string[] = ['win', 'beat', 'lift', 'qualify', 'reach', 'finish', 'top', 'claim', 'take', 'clinch', 'go'];

/**
 * Nouns of a transfer: a body takes a person on ("Acme completed the signing of X", "Acme's signing of X",
 * "the arrival of X at Acme"), or a person moves to a body ("X's move to Acme", "completed his switch to Acme").
 * The body after "from" is the one the person left.
 */
export const TRANSFER_NOUNS: { readonly taking: readonly string[]; readonly moving: readonly string[] } = {
  taking: ['signing', 'arrival', 'addition', 'recruitment'],
  moving: ['move', 'transfer', 'switch'],
};

/** Prepositions after "on loan" that name a club: where the player is lent ("at", "with", "to") or by whom ("from"). */
export const LOAN_PREPOSITIONS: readonly string[] = ['at', 'with', 'to', 'from'];

/**
 * Things of an actor that an attack hits ("shelled Velto Front positions", "struck rebel camps in X"): the
 * owner is the one attacked, or else the place they are in.
 */
export const TARGET_NOUNS: readonly string[] = [
  'position', 'positions', 'target', 'targets', 'camp', 'camps', 'stronghold', 'strongholds', 'outpost', 'outposts',
  'convoy', 'convoys', 'checkpoint', 'checkpoints', 'hideout', 'hideouts', 'headquarters', 'installations', 'depot', 'depots',
];

/** Nouns of number that stand for what they count ("thousands of Velto Front fighters", "dozens of Acme staff"). */
export const QUANTITY_NOUNS: readonly string[] = ['hundreds', 'thousands', 'tens', 'dozens', 'scores', 'millions', 'handful'];

/** Nouns heading an actor's force or body that stand for the actor ("Ruritanian air power", "Acme's lawyers"). */
export const ACTOR_HEADS: readonly string[] = [
  'forces', 'force', 'troops', 'army', 'military', 'jets', 'warplanes', 'aircraft', 'planes', 'drones', 'militants',
  'fighters', 'soldiers', 'police', 'navy', 'government', 'rebels', 'units', 'artillery', 'gunmen', 'power',
  'warships', 'authorities', 'regime', 'administration', 'officials', 'diplomats', 'negotiators', 'delegation',
  'militia', 'militias', 'insurgents', 'guards', 'commandos', 'paratroopers', 'marines', 'tanks', 'helicopters',
];
