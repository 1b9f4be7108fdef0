// Relations read off the dependency parse of one sentence: verb frames, state nouns, titles, locatives,
// and the assertion check that the token-window events must also pass.
import type { Mention, Token } from '../../../types.js';
import type { MentionKind } from '../kinds.js';
import { LEX } from '../lexicon.js';
import { Antecedents } from './antecedents.js';
import { isAsserted, isPlanVerb } from './assert.js';
import { type DepSentence, depSentence, hasRel, wholeMention } from './dep.js';
import { loanRelations, nounEventRelations, transferRelations } from './nouns.js';
import { isActorNoun } from './nps.js';
import { ownerRelations } from './owners.js';
import { placeRelations } from './places.js';
import { quotedSpeaker } from './speech.js';
import { titleRelations } from './titles.js';
import type { FrameRelation } from './types.js';
import { eventInContext, inTitle, isEventVerb, stateRelations, verbRelations } from './verbs.js';

export { Antecedents } from './antecedents.js';
export { speechRelations } from './speech.js';
export type { DepSentence } from './dep.js';
export type { FrameRelation } from './types.js';

/** Sentences longer than this are not parsed (their relations come from the token constructions only). */
export const MAX_PARSED_TOKENS = 120;

const NOT_VERB = new Set(['NOUN', 'ADJ', 'DET', 'NUM', 'ADV']);

/** Steps walked up from a mention to the verb that governs it. */
const MAX_CLIMB = 6;

/**
 * Parses a sentence for the frames when it can hold a relation (two or more mentions, not too long).
 * `first` is the index of the sentence's first mention.
 */
export function parseSentence(sentence: number, tokens: readonly Token[], mentions: readonly Mention[], kinds: readonly MentionKind[], first: number, antecedents?: Antecedents): DepSentence | undefined {
  if (tokens.length < 3 || tokens.length > MAX_PARSED_TOKENS) return undefined;
  const d = depSentence(sentence, tokens, mentions, kinds, first);
  if (antecedents) {
    // "“We took the town,” the Velto Front said": "we" in a quote is the body that says it.
    const speaker = d.lower.includes('we') ? quotedSpeaker(d) : () => -1;
    d.antecedent = (t) => {
      if (d.lower[t] === 'we') return speaker(t);
      return Antecedents.handles(d.lower[t]!) && !thingNamedBefore(d, t) ? antecedents.resolve(d.lower[t]!, sentence, d.tokens[t]!.start) : -1;
    };
  }
  return d;
}

/**
 * "The drama … was ruled too American as it was backed by Acme": a thing the sentence's subject names with
 * a common noun, before "it", is what "it" stands for; no entity of an earlier sentence is. A noun for an
 * actor or a business ("the group", "the exchange") may stand for one, and does not block.
 */
function thingNamedBefore(d: DepSentence, t: number): boolean {
  if (d.lower[t] !== 'it') return false;
  for (let i = 0; i < t; i++) {
    const lemma = d.parse.lemmas[i]!;
    if (d.parse.upos[i] === 'NOUN' && d.mentionOf[i]! < 0 && hasRel(d, i, ['nsubj']) && !isActorNoun(lemma) && !LEX.firmKinds.has(lemma)) return true;
  }
  return false;
}

/** True when the token at character `start` is the subject of its clause ("he" in "he was named …"). */
export function isSubjectAt(d: DepSentence, start: number): boolean {
  const t = tokenAt(d, start);
  return t >= 0 && hasRel(d, t, ['nsubj']);
}

/** The token that starts at character `start`, or -1. */
function tokenAt(d: DepSentence, start: number): number {
  return d.tokens.findIndex((tok) => tok.start === start);
}

/** True when the sentence holds a pronoun the frames can resolve ("he", "she", "it", "they"). */
export function hasPronoun(tokens: readonly Token[]): boolean {
  return tokens.some((t) => Antecedents.handles(t.text.toLowerCase()));
}

/** The relations a parsed sentence states by its syntax. Deterministic. */
export function syntaxRelations(d: DepSentence): FrameRelation[] {
  return [...verbRelations(d), ...stateRelations(d), ...nounEventRelations(d), ...loanRelations(d), ...transferRelations(d), ...titleRelations(d), ...placeRelations(d), ...ownerRelations(d)];
}

/**
 * True when the parse confirms an event the token window read at character `start`: the word is a
 * verb there ("Brive back X" is a noun), its clause asserts the fact, and it is no sport result or
 * prediction. Words the parse cannot find count as confirmed.
 */
export function verbEventHolds(d: DepSentence, start: number): boolean {
  const t = tokenAt(d, start);
  if (t < 0) return true;
  const upos = d.parse.upos[t]!;
  // The tagger may call a rare verb a proper noun, a preposition or an adjective ("Red Brigade overran X");
  // only a common-noun reading is trusted ("Brive back X"), and an adjective one for a word that can be an
  // adjective at all: a participle ("the captured town"), not a simple past ("overran").
  if (NOT_VERB.has(upos) && (upos !== 'ADJ' || /(?:ed|en|ing)$/.test(d.lower[t]!))) return false;
  if (inTitle(d, t)) return false;
  return upos !== 'VERB' || (isAsserted(d, t, true) && eventInContext(d, t));
}

/**
 * True when the clause that governs the mention asserts its fact ("has not met Y", "will attack Y",
 * "if X attacks Y" do not). Mentions the parse cannot place count as asserted.
 */
export function assertedAt(d: DepSentence, mention: number): boolean {
  let t = -1;
  for (let i = 0; i < d.tokens.length; i++) {
    if (wholeMention(d, i) !== mention) continue;
    const h = d.parse.heads[i]!;
    if (h < 0 || wholeMention(d, h) !== mention) {
      t = i;
      break;
    }
  }
  for (let steps = 0, below = -1; t >= 0 && steps < MAX_CLIMB; steps++, below = t, t = d.parse.heads[t]!) {
    if (d.parse.upos[t] !== 'VERB') continue;
    const lemma = d.parse.lemmas[t]!;
    // A plan governing an event noun in its object ("scheduled a meeting with Y") cancels it; otherwise
    // only the event's own verb can ("you can see … U.S.-led bombing" stays).
    if (isPlanVerb(lemma) && below >= 0 && hasRel(d, below, ['obj', 'xcomp'])) return false;
    return !isEventVerb(lemma) || (isAsserted(d, t, true) && eventInContext(d, t));
  }
  return true;
}
