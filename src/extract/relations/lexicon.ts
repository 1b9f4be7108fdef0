// Compiled lexicons: the vocabulary files turned into phrase sets and lookup maps, built once.
import { COMPANY_NOUNS, COMPOUND_SUFFIXES, DESCRIBED_BODY_KINDS, FIRM_KINDS, NAMED_ORG_HEADS, ORG_HEADS, ORG_MODIFIERS, ORG_TYPE_HEADS, OWNED_PART_NOUNS, SITE_HEADS, STATIONED_HEADS, SUBSIDIARY_NOUNS, UNIT_HEADS } from '../lexicons/organizations.js';
import { FIXTURE_WORDS, LOAN_PREPOSITIONS, PAST_MARKERS } from '../lexicons/frames.js';
import { ACADEMIC_TITLES, HONORIFICS, MEDIA_WORDS, PEERAGE_TITLES, PERSONAL_PRONOUNS, VERBAL_WORK_NOUNS, WORK_NOUNS } from '../lexicons/names.js';
import { PLACE_NOUNS, REGION_SUFFIXES } from '../lexicons/places.js';
import {
  CLAUSE_BREAKS,
  CLAUSE_VERBS,
  OBJECT_PRONOUNS,
  QUOTING_VERBS,
  SPEAKER_INTRODUCERS,
  SPEAKER_PRONOUNS,
  SPEECH_LEMMAS,
  SPEECH_VERBS,
  TAKING_SPEECH_VERBS,
} from '../lexicons/speech.js';
import { COMPANY_OFFICES, MEMBER_TITLES, ORGANIZATION_TITLES, PARLIAMENT_SEATS, PARTY_OFFICES, PERFORMER_ROLES, PERFORMING_BODY_HEADS, PLAYER_ROLES, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicons/titles.js';
import {
  ACTOR_NOUNS,
  CONTEST_FORMS,
  CONTEST_WORDS,
  GROUP_CONTACT_VERBS,
  GROUP_OUTCOME_VERBS,
  JOINT_OUTCOMES,
  LIGHT_VERBS,
  NOUN_LIKE_FORMS,
  PASSIVE_AUXILIARIES,
  RELATION_NOUNS,
  RELATION_VERBS,
  STRIKE_NOUNS,
  VERB_CONTEXT,
  type NounEntry,
  type VerbEntry,
} from '../lexicons/verbs.js';
import { PhraseSet } from './phrases.js';

/** Function words that end a noun phrase or a clause when scanning for arguments. */
const PREPOSITIONS = [
  'by', 'of', 'from', 'with', 'in', 'at', 'on', 'for', 'to', 'against', 'over', 'into', 'onto', 'under',
  'near', 'after', 'before', 'during', 'since', 'across', 'through', 'toward', 'towards', 'without',
  'about', 'between', 'among', 'around', 'behind', 'beyond', 'despite', 'via', 'like', 'as', 'than', 'outside', 'inside',
];
const CLAUSE_WORDS = ['which', 'who', 'whom', 'whose', 'that', 'while', 'whereas', 'but', 'although', 'though',
  'because', 'if', 'when', 'where', 'after', 'before', 'since', 'unless', 'until', 'so', 'yet', 'then'];
const CLAUSE_PUNCT = [';', ':', '"', '(', ')', '[', ']', '—', '–', '--', '?', '!', '.', "'", '/', '|', '©'];
const DETERMINERS = ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'that', 'some', 'all', 'both'];
const TIME_WORDS = ['yesterday', 'today', 'tonight', 'tomorrow', 'overnight', 'earlier', 'later', 'again', 'last',
  'this', 'next', 'early', 'late', 'once', 'now', 'then', 'soon', 'before', 'after', 'back', 'too', 'also', 'but'];
const DIRECTIONS = ['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west',
  'northeastern', 'northwestern', 'southeastern', 'southwestern', 'northeast', 'northwest', 'southeast', 'southwest'];

/** The compiled vocabulary. */
export const LEX = {
  titleHeads: new PhraseSet(TITLE_HEADS),
  titleMods: new PhraseSet(TITLE_MODIFIERS),
  orgTitles: new PhraseSet(ORGANIZATION_TITLES),
  memberTitles: new PhraseSet(MEMBER_TITLES),
  companyTitles: new PhraseSet(COMPANY_OFFICES),
  politicalTitles: new PhraseSet([...MEMBER_TITLES, ...PARTY_OFFICES]),
  /** Roles, singular and plural ("Velto Rovers players X and Y"). */
  roleNouns: new PhraseSet([...ROLE_NOUNS, ...ROLE_NOUNS.map(pluralPhrase)]),
  playerRoles: new Set(PLAYER_ROLES),
  parliamentSeats: new Set(PARLIAMENT_SEATS),
  performerRoles: new Set(PERFORMER_ROLES),
  performingBodies: new Set([...NAMED_ORG_HEADS, ...PERFORMING_BODY_HEADS]),
  roleMods: new PhraseSet(ROLE_MODIFIERS),
  orgHeads: new PhraseSet(ORG_HEADS),
  orgMods: new PhraseSet(ORG_MODIFIERS),
  namedOrgHeads: new Set(NAMED_ORG_HEADS),
  /** Last words that make a name of two or more words a body's ("Velto Institution", "Acme Records"). */
  orgTypeHeads: new Set(ORG_TYPE_HEADS),
  unitHeads: new PhraseSet(UNIT_HEADS),
  stationedHeads: new PhraseSet(STATIONED_HEADS),
  siteHeads: new PhraseSet(SITE_HEADS),
  regionSuffixes: new Set(REGION_SUFFIXES),
  placeNouns: new PhraseSet(PLACE_NOUNS),
  /** Kinds of firm, singular and plural ("Ruritanian banks Acme and Beta"). */
  firmKinds: new PhraseSet([...FIRM_KINDS, ...FIRM_KINDS.map(pluralPhrase)]),
  /** Last words of the plural kinds of firm ("agencies" of "news agencies"). */
  firmPlurals: new Set(FIRM_KINDS.map((k) => pluralPhrase(k).split(' ').at(-1)!)),
  companyNouns: new Set(COMPANY_NOUNS),
  describedBodies: new PhraseSet(DESCRIBED_BODY_KINDS),
  fixtureWords: new Set(FIXTURE_WORDS),
  subsidiaryNouns: new Set(SUBSIDIARY_NOUNS),
  /** A body's unnamed parts, singular and plural ("Acme's security group"). */
  ownedParts: new PhraseSet([...OWNED_PART_NOUNS, ...OWNED_PART_NOUNS.map(pluralPhrase)]),
  compoundSuffixes: new Set(COMPOUND_SUFFIXES),
  speechVerbs: new Set(SPEECH_VERBS),
  speechLemmas: new Set(SPEECH_LEMMAS),
  clauseVerbs: new Set(CLAUSE_VERBS),
  takingSpeechVerbs: new Set(TAKING_SPEECH_VERBS),
  clauseBreaks: new Set(CLAUSE_BREAKS),
  speakerIntroducers: new PhraseSet(SPEAKER_INTRODUCERS),
  speakerPronouns: new Set(SPEAKER_PRONOUNS),
  objectPronouns: new Set(OBJECT_PRONOUNS),
  quotingVerbs: new Set(QUOTING_VERBS),
  verbForms: indexVerbs(RELATION_VERBS),
  nounLike: new Set(NOUN_LIKE_FORMS),
  verbContext: new Set(VERB_CONTEXT),
  passiveAux: new Set(PASSIVE_AUXILIARIES),
  groupContact: new Set(GROUP_CONTACT_VERBS),
  groupOutcome: new Set(GROUP_OUTCOME_VERBS),
  jointOutcomes: new Set(JOINT_OUTCOMES),
  lightVerbs: new Set(LIGHT_VERBS),
  actorNouns: new PhraseSet(ACTOR_NOUNS),
  nouns: indexNouns(RELATION_NOUNS),
  strikeNouns: new PhraseSet(STRIKE_NOUNS),
  contestForms: new Set(CONTEST_FORMS),
  contestWords: new Set(CONTEST_WORDS),
  nounStarts: new PhraseSet(RELATION_NOUNS.flatMap((e) => e.nouns)),
  prepositions: new Set(PREPOSITIONS),
  clauseWords: new Set(CLAUSE_WORDS),
  clausePunct: new Set(CLAUSE_PUNCT),
  determiners: new Set(DETERMINERS),
  directions: new Set(DIRECTIONS),
  honorifics: new Set([...HONORIFICS, ...PEERAGE_TITLES, ...ACADEMIC_TITLES]),
  peerages: new Set(PEERAGE_TITLES),
  personalPronouns: new Set(PERSONAL_PRONOUNS),
  workNouns: new Set(WORK_NOUNS),
  verbalWorkNouns: new Set(VERBAL_WORK_NOUNS),
  mediaWords: new Set(MEDIA_WORDS),
  loanPrepositions: new Set(LOAN_PREPOSITIONS),
  /** Words that mark a past holder ("former", "then"). */
  pastWords: new Set(PAST_MARKERS),
  timeWords: new Set(TIME_WORDS),
};

/** A score written as one word ("3-1", "15–7"). */
export const SCORE_RE = /^\d{1,3}[-–]\d{1,3}$/;

/** "Top seed X now meets titleholder Y 15-7": a fixture word or a score among the sentence's lower-case words. */
export function isFixture(words: readonly string[]): boolean {
  return words.some((w) => LEX.fixtureWords.has(w) || SCORE_RE.test(w));
}

/** The plural of a noun phrase's last word ("news agency" → "news agencies", "bank" → "banks"). */
export function pluralPhrase(phrase: string): string {
  if (/[^aeiou]y$/.test(phrase)) return `${phrase.slice(0, -1)}ies`;
  if (/(?:s|sh|ch|x|z)$/.test(phrase)) return `${phrase}es`;
  return `${phrase}s`;
}

/** Verb form → entries using it (a form may belong to one entry only in practice). */
function indexVerbs(entries: readonly VerbEntry[]): Map<string, VerbEntry> {
  const map = new Map<string, VerbEntry>();
  for (const e of entries) for (const form of e.forms.split(' ')) if (!map.has(form)) map.set(form, e);
  return map;
}

/** A phrase set per noun entry, tried in order. */
function indexNouns(entries: readonly NounEntry[]): { entry: NounEntry; set: PhraseSet }[] {
  return entries.map((entry) => ({ entry, set: new PhraseSet(entry.nouns) }));
}

/** True for a verb's past participle or past tense ("taken", "backed", "struck"): the forms that can be passive. */
export function isParticiple(form: string, entry: VerbEntry): boolean {
  const forms = entry.forms.split(' ');
  if (form === forms[0] || form.endsWith('ing')) return false;
  return form.endsWith('ed') || form.endsWith('en') || form === forms[forms.length === 5 ? 3 : 2];
}

/** A pronoun written as a word ("We", "it"), not a name in capitals that spells one ("US", "IT"). */
export function isPronounWord(text: string): boolean {
  return LEX.personalPronouns.has(text.toLowerCase()) && (text === 'I' || text !== text.toUpperCase());
}
