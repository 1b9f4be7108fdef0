// Speech vocabulary for QUOTED_IN: reporting verbs, attribution phrases and pronouns.

/** Reporting verbs (all forms that attribute speech, lowercase). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed',
  'stresses', 'explained', 'explains', 'wrote', 'writes', 'stated', 'states', 'concluded', 'announced',
  'announces', 'declared', 'insisted', 'insists', 'warned', 'warns', 'emphasized', 'emphasised',
  'emphasizes', 'underlined', 'underscored', 'argued', 'argues', 'claimed', 'claims', 'commented',
  'remarked', 'recalled', 'acknowledged', 'admitted', 'confirmed', 'confirms', 'asserted', 'observed',
  'pointed', 'suggested', 'predicted', 'believes', 'believed', 'replied', 'responded', 'answered',
  'continued', 'asked', 'urged', 'tweeted', 'posted', 'reiterated', 'assured', 'denied', 'cheered',
  'vowed', 'promised', 'estimated', 'reported',
];

/**
 * Reporting verbs that take the reported clause directly ("said the talks failed"). Other reporting
 * verbs followed by "the"/"a" take a plain object ("wrote a letter") and report nothing.
 */
export const CLAUSE_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stressed', 'stresses',
  'explained', 'explains', 'insisted', 'insists', 'warned', 'warns', 'argued', 'argues', 'believes', 'believed',
  'continued', 'concluded', 'emphasized', 'emphasised', 'underlined', 'underscored', 'asserted', 'claimed',
];

/**
 * Reporting verbs that also mean taking or winning ("claimed the title", "claimed victory", "claimed three for 81"):
 * without a quotation they report speech only when the words after them hold a finite verb of their own before the
 * first comma or subordinator ("claimed the vote was rigged").
 */
export const TAKING_SPEECH_VERBS: readonly string[] = ['claimed', 'claims', 'claim', 'claiming'];

/** Words that end the first clause after a reporting verb ("claimed the award while his side held …"). */
export const CLAUSE_BREAKS: readonly string[] = [',', ';', ':', '-', '—', '–', 'while', 'as', 'after', 'before', 'when', 'but', 'since', 'despite'];

/** Phrases before the speaker: "according to X". */
export const SPEAKER_INTRODUCERS: readonly string[] = ['according to', 'in the words of'];

/** Subject pronouns that continue the last speaker ("he added"). */
export const SPEAKER_PRONOUNS: readonly string[] = ['he', 'she'];

/** Object pronouns after "quoted" ("quoted him as saying"). */
export const OBJECT_PRONOUNS: readonly string[] = ['him', 'her'];

/** Verbs after which an object pronoun is the speaker ("it quoted him as saying"). */
export const QUOTING_VERBS: readonly string[] = ['quoted', 'quotes', 'cited', 'cites'];

/** Honorifics and gendered nouns that tell a person's gender, for pronoun speakers ("she said"). */
export const GENDER_WORDS: Readonly<Record<'male' | 'female', readonly string[]>> = {
  male: ['mr', 'mr.', 'sir', 'lord', 'he', 'him', 'his', 'himself', 'spokesman', 'congressman', 'businessman', 'chairman',
    'king', 'prince', 'duke', 'emperor', 'father', 'brother', 'son', 'husband', 'actor', 'sportsman', 'nephew', 'uncle', 'monsieur', 'señor'],
  female: ['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'madam', 'dame', 'lady', 'she', 'her', 'hers', 'herself', 'spokeswoman',
    'congresswoman', 'businesswoman', 'chairwoman', 'queen', 'princess', 'duchess', 'empress', 'mother', 'sister',
    'daughter', 'wife', 'actress', 'sportswoman', 'niece', 'aunt', 'madame', 'señora', 'widow'],
};

/**
 * Lemmas of reporting verbs, for the parse: a person subject with a clause complement is quoted
 * ("X stressed that…", "telling reporters he…", "alleging that…").
 */
export const SPEECH_LEMMAS: readonly string[] = [
  'say', 'tell', 'add', 'note', 'stress', 'explain', 'write', 'state', 'conclude', 'announce', 'declare', 'insist',
  'warn', 'emphasize', 'emphasise', 'underline', 'underscore', 'argue', 'claim', 'comment', 'remark', 'recall',
  'acknowledge', 'admit', 'confirm', 'assert', 'observe', 'suggest', 'predict', 'reply', 'respond', 'answer',
  'tweet', 'post', 'reiterate', 'assure', 'deny', 'vow', 'promise', 'estimate', 'allege', 'complain', 'contend',
  'maintain', 'concede', 'disclose', 'reveal', 'caution', 'charge', 'indicate', 'report', 'testify',
];
