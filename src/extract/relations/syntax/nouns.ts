// Relation nouns read off the parse: "negotiations with Y", "the liberation of Y by X", "X's strikes on Y",
// with the subject of the governing clause as the agent where the noun allows it ("X went into talks
// with Y", "X launched strikes on Y").
import { CONTEST_FORMS, RELATION_NOUNS, REPELLING_VERBS } from '../../lexicons/verbs.js';
import { isBody } from '../kinds.js';
import { TRANSFER_NOUNS } from '../../lexicons/frames.js';
import { LEX } from '../lexicon.js';
import { hasModal, isAsserted, isPlanVerb } from './assert.js';
import { caseOf, childrenWith, type DepSentence, hasRel } from './dep.js';
import { type ArgMention, argMentions, dedupe } from './nps.js';
import type { FrameRelation } from './types.js';
import { contestSentence, groupContact, subjectsOf } from './verbs.js';

/** One-word relation nouns (by lemma) and what they state; multi-word ones are left to the token window. */
const NOUNS = new Map(RELATION_NOUNS.flatMap((e) => e.nouns.filter((n) => !n.includes(' ')).map((n) => [n, e] as const)));
/** "victory over Y", "defeat of Y": an attack only outside sport, votes and awards, and never on a person. */
const CONTESTS = new Set(CONTEST_FORMS);
const REPELLING = new Set(REPELLING_VERBS);

/** Relations stated by relation nouns in one parsed sentence. */
export function nounEventRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let n = 0; n < d.tokens.length; n++) {
    if (d.parse.upos[n] !== 'NOUN') continue;
    const entry = NOUNS.get(d.lower[n]!) ?? NOUNS.get(d.parse.lemmas[n]!);
    if (!entry) continue;
    const objects: ArgMention[] = [];
    const agents: ArgMention[] = [];
    for (const c of childrenWith(d, n, ['nmod'])) {
      const [prep, arg] = prepPhrase(d, c);
      if (entry.objectPreps.includes(prep)) objects.push(...argMentions(d, arg));
      else if (entry.agentPreps.includes(prep) || prep === "'s") agents.push(...argMentions(d, arg));
    }
    // "a Velto Front offensive on Y": a body named before a noun of force is its agent.
    if (entry.predicate === 'ATTACKED' || entry.predicate === 'CAPTURED') {
      for (const c of childrenWith(d, n, ['compound'])) agents.push(...argMentions(d, c).filter((a) => isBody(d.kinds[a.mention]!)));
    }
    const clause = governingVerb(d, n);
    // "X repelled an attack by Y": the subject of the clause is what was attacked.
    const repelled = objects.length === 0 && entry.predicate === 'ATTACKED' && clause >= 0 && agents.length > 0 && hasRel(d, n, ['obj']) && REPELLING.has(d.parse.lemmas[clause]!);
    if (repelled) objects.push(...subjectsOf(d, clause));
    if (objects.length === 0) {
      if (entry.predicate === 'CONTACTED' && clause >= 0) out.push(...heldTogether(d, n, clause));
      continue;
    }
    if (clause >= 0 && (!isAsserted(d, clause) || isPlanVerb(d.parse.lemmas[clause]!))) continue;
    if (agents.length === 0 && entry.clauseSubject && clause >= 0) agents.push(...subjectsOf(d, clause));
    const contest = CONTESTS.has(d.lower[n]!) && entry.predicate === 'ATTACKED';
    if (contest && contestSentence(d)) continue;
    for (const s of agents) {
      for (const o of objects) {
        if (contest && (d.kinds[s.mention]!.type === 'Person' || d.kinds[o.mention]!.type === 'Person')) continue;
        out.push({ predicate: entry.predicate, subject: s.mention, object: o.mention, confidence: 0.7 });
      }
    }
  }
  return out;
}

/**
 * "He spent a season on loan at Acme", "X, who joined on loan from Beta": a person on loan belongs to the
 * club named, as the subject of the clause the loan hangs on (a pronoun resolved).
 */
export function loanRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let n = 0; n < d.tokens.length; n++) {
    if (d.lower[n] !== 'loan' || caseOf(d, n) !== 'on') continue;
    const clause = governingVerb(d, n);
    if (clause < 0 || !isAsserted(d, clause)) continue;
    // The club hangs on "loan", or on the verb right after it ("spent a year on loan [at] Acme").
    const after = childrenWith(d, clause, ['obl']).filter((c) => d.parse.heads[n + 1] === c);
    const clubs = [...childrenWith(d, n, ['nmod']), ...after]
      .filter((c) => LEX.loanPrepositions.has(caseOf(d, c)))
      .flatMap((c) => argMentions(d, c))
      .filter((o) => d.kinds[o.mention]!.type !== 'Person');
    const players = subjectsOf(d, clause).filter((s) => d.kinds[s.mention]!.type === 'Person');
    for (const s of players) for (const o of clubs) out.push({ predicate: 'AFFILIATED_WITH', subject: s.mention, object: o.mention, confidence: 0.7 });
  }
  return out;
}

const TAKING = new Set(TRANSFER_NOUNS.taking);
const MOVING = new Set(TRANSFER_NOUNS.moving);

/**
 * "Acme completed the signing of X from Beta", "X's move to Acme", "X completed his switch to Acme": a transfer
 * told as a noun. The person belongs to the body that takes them (the clause subject or possessor of a taking
 * noun, or the body after "to"/"at"), and belonged to the one after "from" (marked former).
 */
export function transferRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let n = 0; n < d.tokens.length; n++) {
    const word = d.lower[n]!;
    const taking = TAKING.has(word);
    if ((!taking && !MOVING.has(word)) || d.parse.upos[n] !== 'NOUN') continue;
    const clause = governingVerb(d, n);
    if (clause >= 0 && (!isAsserted(d, clause) || isPlanVerb(d.parse.lemmas[clause]!))) continue;
    const persons: ArgMention[] = [];
    const takers: ArgMention[] = [];
    const left: ArgMention[] = [];
    const body = (a: ArgMention) => d.kinds[a.mention]!.type === 'Organization';
    const modifiers = (t: number) => childrenWith(d, t, ['nmod']).map((c) => prepPhrase(d, c));
    for (const [prep, arg] of modifiers(n)) {
      if (prep === 'of' && taking) persons.push(...argMentions(d, arg).filter((a) => d.kinds[a.mention]!.type === 'Person'));
      else if (prep === "'s") {
        // "completed his move": the possessive pronoun stands for the clause's subject.
        const owner = d.parse.upos[arg] !== 'PRON' ? argMentions(d, arg) : clause >= 0 ? subjectsOf(d, clause) : [];
        (taking ? takers : persons).push(...owner.filter((a) => (taking ? body(a) : d.kinds[a.mention]!.type === 'Person')));
      } else if (prep === 'to' || prep === 'at') takers.push(...argMentions(d, arg).filter(body));
      else if (prep === 'from') left.push(...argMentions(d, arg).filter(body));
    }
    if (taking && takers.length === 0 && clause >= 0 && hasRel(d, n, ['obj'])) takers.push(...subjectsOf(d, clause).filter(body));
    // The parse may hang "from Beta" on the person rather than on the noun.
    const named = new Set(persons.map((p) => p.mention));
    for (let t = 0; t < d.tokens.length; t++) {
      if (!named.has(d.mentionOf[t]!)) continue;
      for (const [prep, arg] of modifiers(t)) if (prep === 'from') left.push(...argMentions(d, arg).filter(body));
    }
    for (const p of dedupe(persons)) {
      for (const o of dedupe(takers)) out.push({ predicate: 'AFFILIATED_WITH', subject: p.mention, object: o.mention, confidence: 0.7 });
      for (const o of dedupe(left)) out.push({ predicate: 'AFFILIATED_WITH', subject: p.mention, object: o.mention, confidence: 0.7, status: 'former' });
    }
  }
  return out;
}

/** Verbs whose coordinated subjects take part in talks together ("X and Y held talks"). */
const JOINT_VERBS = new Set(['hold', 'have', 'conclude', 'begin', 'start', 'resume', 'open']);

/** "X and Y held talks", "X and his counterpart, Y, had a meeting": the subjects met each other. */
function heldTogether(d: DepSentence, n: number, clause: number): FrameRelation[] {
  if (!hasRel(d, n, ['obj']) || !JOINT_VERBS.has(d.parse.lemmas[clause]!) || hasModal(d, clause) || !isAsserted(d, clause)) return [];
  // "X and his counterpart, Y, held": the parser may make the name in apposition a second subject.
  const direct = childrenWith(d, clause, ['nsubj']);
  const subjects = direct.length > 1 ? direct.flatMap((c) => argMentions(d, c)) : subjectsOf(d, clause);
  return groupContact(dedupe(subjects.filter((s) => !d.kinds[s.mention]!.demonym)));
}

/**
 * The preposition and the noun of a modifier. The parser sometimes makes the preposition the modifier
 * with the noun as its object ("talks [with] → [Anna] Ortega"): that reads the same.
 */
function prepPhrase(d: DepSentence, c: number): [string, number] {
  if (d.parse.deprels[c] === 'nmod:poss') return ["'s", c];
  if (d.parse.upos[c] === 'ADP') {
    const obj = childrenWith(d, c, ['obj', 'nmod'])[0];
    if (obj !== undefined) return [d.lower[c]!, obj];
  }
  return [caseOf(d, c), c];
}

/** The verb a noun phrase hangs on ("went into a stretch of negotiations": went), or -1. */
function governingVerb(d: DepSentence, n: number): number {
  let t = n;
  for (let steps = 0; steps < 4; steps++) {
    const h = d.parse.heads[t]!;
    if (h < 0) return -1;
    if (d.parse.upos[h] === 'VERB') return hasRel(d, t, ['obj', 'obl', 'nsubj', 'nsubj:pass']) ? h : -1;
    t = h;
  }
  return -1;
}
