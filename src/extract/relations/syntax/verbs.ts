// Verb frames: a verb lemma with its subject, object, passive agent, participle and relative-clause heads.
import type { Predicate } from '../../../types.js';
import { BLAME_MARKERS, CONTEST_VERBS, EMPLOYER_VERBS, PREDICTION_COMPLEMENTS, RELATIVE_PRONOUNS, ROLE_VERBS, SCORING_ADVERBS, STATE_NOUNS } from '../../lexicons/frames.js';
import { CONTEST_WORDS, RELATION_VERBS, type VerbFrame } from '../../lexicons/verbs.js';
import { isBody } from '../kinds.js';
import { isFixture, LEX, SCORE_RE } from '../lexicon.js';
import { isAsserted, isPassive } from './assert.js';
import { caseOf, childrenWith, type DepSentence, hasRel } from './dep.js';
import { type ArgMention, argMentions, headMention } from './nps.js';
import type { FrameRelation } from './types.js';

/** What a verb lemma states, from the event and role vocabularies. */
interface VerbSense {
  predicate: Predicate;
  /** Prepositions introducing the object; the direct object counts unless `prepRequired`. */
  preps: readonly string[];
  prepRequired: boolean;
  frame: VerbFrame;
  /** Both arguments must be persons ("X called Y", "X told Y"). */
  persons?: boolean;
  title?: string;
  passiveOnly: boolean;
  /** Prepositions naming an earlier membership ("joined Y from Z"). */
  formerPreps?: readonly string[];
  /** The subject is a body that takes the object on ('hires') or lets them go ('ends'): "Acme hired X". */
  employs?: 'hires' | 'ends';
}

const SENSES = indexSenses();
const RELATIVES = new Set(RELATIVE_PRONOUNS);
const CONTESTS = new Set(CONTEST_VERBS);
const CONTEST_CONTEXT = new Set(CONTEST_WORDS);
const PREDICTIONS = new Set(PREDICTION_COMPLEMENTS);
const SCORING = new Set(SCORING_ADVERBS);
const BLAME = new Set(BLAME_MARKERS);
const CONTROL_NOUNS = new Set(['control']);
/** Contact verbs whose coordinated subjects meet each other ("X and Y met"); "X and Y spoke" need not. */
const MUTUAL = new Set(['meet', 'negotiate', 'confer']);
/** Subordinators of a ranking clause after "lead" ("leads the league in rushing"). */
const RANKING_MARKS = new Set(['in']);
/** Words after "lead" that make it a ranking ("leads the league in rushing", "leads the standings"). */
const RANKING_WORDS = new Set(['rushing', 'scoring', 'standings', 'table', 'points', 'goals', 'assists', 'polls', 'race']);

function indexSenses(): Map<string, VerbSense[]> {
  const map = new Map<string, VerbSense[]>();
  const add = (lemma: string, s: VerbSense) => map.set(lemma, [...(map.get(lemma) ?? []), s]);
  for (const v of RELATION_VERBS) {
    const particles = (v.particles ?? []).map((p) => p.split(' ').at(-1)!);
    add(v.forms.split(' ')[0]!, { predicate: v.predicate, preps: particles, prepRequired: v.particleRequired ?? false, frame: v.frame ?? 'direct', passiveOnly: false, persons: v.personObject ?? false });
  }
  for (const v of ROLE_VERBS) {
    add(v.lemma, { predicate: v.predicate, preps: v.preps ?? [], prepRequired: (v.preps ?? []).length > 0, frame: 'direct', title: v.title, passiveOnly: v.passiveOnly ?? false, formerPreps: v.formerPreps });
  }
  for (const v of EMPLOYER_VERBS) {
    add(v.lemma, { predicate: 'AFFILIATED_WITH', preps: [], prepRequired: false, frame: 'direct', passiveOnly: false, formerPreps: ['from'], employs: v.ends ? 'ends' : 'hires' });
  }
  return map;
}

/** True for a lemma that states a relation (event or role verb). */
export function isEventVerb(lemma: string): boolean {
  return SENSES.has(lemma);
}

/** True when the event verb at `v` is not a sport result or prediction in this sentence (see inContext). */
export function eventInContext(d: DepSentence, v: number): boolean {
  return (SENSES.get(d.parse.lemmas[v]!) ?? []).every((sense) => inContext(d, v, sense));
}

/**
 * A capitalised verb inside a sentence of lower-case words belongs to a title ("the comedy Meet The
 * Velts"), not to the sentence, and so does one before a capitalised article anywhere. Sentences in Title
 * Case (headlines) are otherwise left alone.
 */
export function inTitle(d: DepSentence, v: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(d.tokens[v]!.text)) return false;
  // An article written with a capital right after the verb only stands in a title ("Meet The Velts").
  if (/^(The|A|An)$/.test(d.tokens[v + 1]?.text ?? '')) return true;
  if (v === 0 || /^["“‘'(:—–-]$/.test(d.tokens[v - 1]!.text)) return false;
  const words = d.tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.filter((t) => /^\p{Ll}/u.test(t.text)).length * 2 > words.length;
}

/** Relations stated by the verbs of one parsed sentence. */
export function verbRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let v = 0; v < d.tokens.length; v++) {
    const upos = d.parse.upos[v];
    if (upos !== 'VERB') continue;
    const senses = SENSES.get(d.parse.lemmas[v]!);
    if (!senses || inTitle(d, v) || !isAsserted(d, v)) continue;
    for (const sense of senses) out.push(...senseRelations(d, v, sense));
  }
  return out;
}

function senseRelations(d: DepSentence, v: number, sense: VerbSense): FrameRelation[] {
  const passive = isPassive(d, v);
  if (sense.passiveOnly && !passive) return [];
  if (!inContext(d, v, sense) || changedByParticle(d, v, sense)) return [];
  let agents = passive && !sense.passiveOnly ? agentsOf(d, v) : subjectsOf(d, v);
  if (agents.length === 0 && !passive && EVENT_PREDICATES.has(sense.predicate)) agents = reportingBody(d, v);
  const patients = passive && !sense.passiveOnly ? passiveSubjects(d, v) : objectsOf(d, v, sense);
  if (sense.frame === 'fall') return pairs(sense, objectsOf(d, v, sense), subjectsOf(d, v), 0.75);
  if (sense.frame === 'expel') return expelled(d, v, agents, patients);
  if (sense.passiveOnly) return pairs(sense, passiveSubjects(d, v), objectsOf(d, v, sense), 0.75);
  const conf = passive ? 0.75 : 0.8;
  if (sense.employs) return employed(d, v, sense, agents, patients, conf);
  const out = pairs(sense, agents, patients, conf).filter((r) => fitsSense(d, v, sense, r));
  // "X used to work at Y": a past habit, kept and marked former.
  if (hasRel(d, v, ['xcomp']) && d.parse.lemmas[d.parse.heads[v]!] === 'use') for (const r of out) r.status = 'former';
  if (sense.formerPreps && !passive) out.push(...formerMemberships(d, v, sense.formerPreps, agents, conf));
  // "X and Y met" (no object at all: "X and Y met supporters" is no meeting of the two).
  const objectless = childrenWith(d, v, ['obj', 'obl']).every((c) => caseOf(d, c) !== '' && caseOf(d, c) !== 'with');
  if (sense.predicate === 'CONTACTED' && patients.length === 0 && objectless && MUTUAL.has(d.parse.lemmas[v]!) && agents[0] && !agents[0].indirect) {
    out.push(...groupContact(agents));
  }
  return out;
}

/** Predicates an armed body's own troops carry out for it. */
const EVENT_PREDICATES = new Set<Predicate>(['CAPTURED', 'ATTACKED']);

/**
 * "Acme's ground forces said soldiers of a ranger brigade had liberated X": unnamed troops (an actor noun with no
 * name in it) act for the body that reports what they did, when it is an organization or a country.
 */
function reportingBody(d: DepSentence, v: number): ArgMention[] {
  const subject = childrenWith(d, v, ['nsubj']).find((c) => d.parse.deprels[c] !== 'nsubj:pass');
  if (subject === undefined || d.mentionOf[subject]! >= 0 || !LEX.actorNouns.has(d.lower[subject]!)) return [];
  let t = v;
  for (let up = 0; up < 2 && hasRel(d, t, ['ccomp', 'conj']); up++) {
    t = d.parse.heads[t]!;
    if (t < 0) return [];
    if (d.parse.upos[t] !== 'VERB' || !LEX.speechLemmas.has(d.parse.lemmas[t]!)) continue;
    const speaker = childrenWith(d, t, ['nsubj']).map((c) => headMention(d, c)).find((m) => m >= 0 && isBody(d.kinds[m]!));
    return speaker === undefined ? [] : [{ mention: speaker, indirect: true }];
  }
  return [];
}

/** Particles that turn taking or backing into something else: "take on" a rival, "took off", "backed down". */
const TURNING_PARTICLES = new Set(['on', 'off', 'down', 'out', 'away']);

/** "Westville take on Eastham" is a contest, not a capture; "X backed down" supports no one. */
function changedByParticle(d: DepSentence, v: number, sense: VerbSense): boolean {
  if (sense.predicate !== 'CAPTURED' && sense.predicate !== 'SUPPORTED') return false;
  const turns = (t: number) => TURNING_PARTICLES.has(d.lower[t] ?? '') && !sense.preps.includes(d.lower[t]!);
  // The parse attaches "on" to the verb or to the noun after it; right after the verb it is the particle either way.
  return turns(v + 1) || childrenWith(d, v, ['compound:prt']).some(turns);
}

/**
 * "Acme hired X", "X was sacked by Acme", "Westville signed X from Eastham": the person taken on or let go is a
 * member of the body (past when let go), and of the body named after "from" before.
 */
function employed(d: DepSentence, v: number, sense: VerbSense, bodies: ArgMention[], persons: ArgMention[], conf: number): FrameRelation[] {
  const members = persons.filter((p) => d.kinds[p.mention]!.type === 'Person');
  const employers = bodies.filter((b) => d.kinds[b.mention]!.type === 'Organization' && !d.kinds[b.mention]!.demonym);
  const out = pairs(sense, members, employers, conf);
  if (sense.employs === 'ends') for (const r of out) r.status = 'former';
  if (out.length > 0 && sense.employs === 'hires') out.push(...formerMemberships(d, v, sense.formerPreps ?? [], members, conf));
  return out;
}

/** "X joined Y from Z": X belonged to Z before. */
function formerMemberships(d: DepSentence, v: number, preps: readonly string[], agents: ArgMention[], conf: number): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (const c of childrenWith(d, v, ['obl'])) {
    if (!preps.includes(caseOf(d, c))) continue;
    for (const s of agents) {
      // "Westville signed X from Eastham": the club that signs is not the one that came from Eastham.
      if (d.kinds[s.mention]!.type !== 'Person') continue;
      for (const o of argMentions(d, c)) {
        if (d.kinds[o.mention]!.type !== 'Organization') continue;
        out.push({ predicate: 'AFFILIATED_WITH', subject: s.mention, object: o.mention, confidence: conf - 0.05, status: 'former' });
      }
    }
  }
  return out;
}

/** Person-only verbs ("X told Y") need two persons; a contest verb ("defeated") never takes a person. */
function fitsSense(d: DepSentence, v: number, sense: VerbSense, r: FrameRelation): boolean {
  const person = (m: number) => d.kinds[m]!.type === 'Person';
  if (sense.persons) return person(r.subject) && person(r.object);
  if (sense.predicate === 'ATTACKED' && CONTESTS.has(d.parse.lemmas[v]!)) return !person(r.subject) && !person(r.object);
  return true;
}

/** "X drove Y out of Z": X ATTACKED Y and CAPTURED Z. */
function expelled(d: DepSentence, v: number, agents: ArgMention[], patients: ArgMention[]): FrameRelation[] {
  const places = childrenWith(d, v, ['obl']).filter((c) => ['of', 'from'].includes(caseOf(d, c)));
  if (places.length === 0) return [];
  const attacked = pairs({ predicate: 'ATTACKED', preps: [], prepRequired: false, frame: 'direct', passiveOnly: false }, agents, patients, 0.7);
  const captured = pairs({ predicate: 'CAPTURED', preps: [], prepRequired: false, frame: 'direct', passiveOnly: false }, agents, argMentions(d, places[0]!), 0.7);
  return [...attacked, ...captured];
}

/** "X and Y met": coordinated subjects of a contact verb with no object meet each other. */
export function groupContact(agents: ArgMention[]): FrameRelation[] {
  const out: FrameRelation[] = [];
  if (agents.length > 4) return out;
  const direct = agents;
  for (let i = 0; i < direct.length; i++) {
    for (let j = i + 1; j < direct.length; j++) out.push({ predicate: 'CONTACTED', subject: direct[i]!.mention, object: direct[j]!.mention, confidence: 0.7 });
  }
  return out;
}

function pairs(sense: VerbSense, subjects: ArgMention[], objects: ArgMention[], conf: number): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (const s of subjects) {
    for (const o of objects) {
      const c = s.indirect || o.indirect ? conf - 0.05 : conf;
      const r: FrameRelation = { predicate: sense.predicate, subject: s.mention, object: o.mention, confidence: c };
      if (sense.title) r.title = sense.title;
      out.push(r);
    }
  }
  return out;
}

/** True when the verb at `v` has an adverbial clause opened by one of `marks` ("attacked Y for failing to act"). */
function hasMarkedClause(d: DepSentence, v: number, marks: ReadonlySet<string>): boolean {
  return childrenWith(d, v, ['advcl']).some((c) => childrenWith(d, c, ['mark']).some((m) => marks.has(d.lower[m]!)));
}

/** Sport results and predictions are not attacks or support ("beat Y 3-1", "backed X to win"). */
function inContext(d: DepSentence, v: number, sense: VerbSense): boolean {
  const lemma = d.parse.lemmas[v]!;
  if (sense.predicate === 'ATTACKED' && CONTESTS.has(lemma)) return !contestSentence(d);
  // "attacked the government for failing to act": blame, not an attack.
  if (sense.predicate === 'ATTACKED' && hasMarkedClause(d, v, BLAME)) return false;
  // "X leads the league in rushing", "leads the table by two points": a ranking, not a post.
  if (sense.predicate === 'HOLDS_POSITION' && lemma === 'lead') {
    if (hasMarkedClause(d, v, RANKING_MARKS)) return false;
    for (const c of childrenWith(d, v, ['obl'])) if (caseOf(d, c) === 'by' && d.mentionOf[c]! < 0) return false;
    if (d.lower.slice(v + 1, v + 8).some((w) => RANKING_WORDS.has(w))) return false;
  }
  // "X headed Westville ahead", "led Y level": a goal, not a post.
  if (sense.predicate === 'HOLDS_POSITION' && (lemma === 'lead' || lemma === 'head') && d.lower.slice(v + 1, v + 7).some((w) => SCORING.has(w))) return false;
  // "Top seed X now meets titleholder Y": a fixture, not a meeting.
  if (sense.predicate === 'CONTACTED' && lemma === 'meet' && isFixture(d.lower)) return false;
  if (sense.predicate === 'SUPPORTED') {
    for (const c of childrenWith(d, v, ['xcomp', 'ccomp', 'advcl'])) if (PREDICTIONS.has(d.parse.lemmas[c]!)) return false;
    // The tagger may miss the complement verb ("helped Westville United win"): look at the words after.
    for (let t = v + 1; t < d.tokens.length && t <= v + 6; t++) if (PREDICTIONS.has(d.lower[t]!)) return false;
  }
  return true;
}

/** A sentence about sport, awards or votes: a contest word or a score ("3-1"). */
export function contestSentence(d: DepSentence): boolean {
  return d.lower.some((w) => CONTEST_CONTEXT.has(w) || SCORE_RE.test(w));
}

/** The active subject: nsubj, else the subject of the verb it is coordinated with, else the noun a clause modifies. */
export function subjectsOf(d: DepSentence, v: number): ArgMention[] {
  for (let t = v, steps = 0; t >= 0 && steps < 4; steps++) {
    const subj = childrenWith(d, t, ['nsubj']).filter((c) => d.parse.deprels[c] !== 'nsubj:pass');
    const rel = subj.find((c) => RELATIVES.has(d.lower[c]!));
    if (subj.length > 0 && rel === undefined) return argMentions(d, subj[0]!);
    const h = d.parse.heads[t]!;
    if (h < 0) return [];
    // "X, who heads Y" / "forces attacking Y": the modified noun is the subject.
    if (hasRel(d, t, ['acl']) && (rel !== undefined || subj.length === 0)) return argMentions(d, h);
    // The parser may hang a relative clause on the main verb: "who" then stands for the name before it.
    if (rel !== undefined) return relativeAntecedent(d, rel);
    if (subj.length > 0) return [];
    // "X captured Y and attacked Z"; "X vowed to retake Y" (assertion checked elsewhere).
    if (!hasRel(d, t, ['conj', 'xcomp'])) return [];
    t = h;
  }
  return [];
}

/** The name right before a relative pronoun ("X, who …"), when the parse did not attach the clause to it. */
export function relativeAntecedent(d: DepSentence, pronoun: number): ArgMention[] {
  const person = d.lower[pronoun] === 'who' || d.lower[pronoun] === 'whom';
  const thing = d.lower[pronoun] === 'which';
  // "X, an analyst at Y, who …": "who" skips back over names that are not persons.
  for (let t = pronoun - 1; t >= 0 && t >= pronoun - 12; t--) {
    const m = d.mentionOf[t]!;
    if (m < 0 || d.kinds[m]!.demonym) continue;
    const isPerson = d.kinds[m]!.type === 'Person';
    if ((person && !isPerson) || (thing && isPerson)) continue;
    return [{ mention: m, indirect: true }];
  }
  return [];
}

/** Passive agent: "by X" under the verb. */
function agentsOf(d: DepSentence, v: number): ArgMention[] {
  for (const c of childrenWith(d, v, ['obl'])) if (caseOf(d, c) === 'by') return argMentions(d, c);
  return [];
}

/** Passive patient: nsubj:pass, or the noun a participle modifies ("forces backed by Y"). */
function passiveSubjects(d: DepSentence, v: number): ArgMention[] {
  const subj = d.children[v]!.find((c) => d.parse.deprels[c] === 'nsubj:pass');
  if (subj !== undefined) return RELATIVES.has(d.lower[subj]!) ? relativeHead(d, v) : argMentions(d, subj);
  if (hasRel(d, v, ['acl'])) return argMentions(d, d.parse.heads[v]!);
  if (hasRel(d, v, ['conj'])) {
    const h = d.parse.heads[v]!;
    if (isPassive(d, h)) return passiveSubjects(d, h);
  }
  return [];
}

function relativeHead(d: DepSentence, v: number): ArgMention[] {
  return hasRel(d, v, ['acl']) ? argMentions(d, d.parse.heads[v]!) : [];
}

/** The object: the direct object ("took control of Y" → Y), or a nominal under one of the sense's prepositions. */
function objectsOf(d: DepSentence, v: number, sense: VerbSense): ArgMention[] {
  if (!sense.prepRequired) {
    for (const o of childrenWith(d, v, ['obj'])) {
      if (CONTROL_NOUNS.has(d.parse.lemmas[o]!)) return ofObject(d, o);
      return argMentions(d, o);
    }
  }
  for (const c of childrenWith(d, v, ['obl'])) {
    const prep = caseOf(d, c);
    if (prep !== '' && sense.preps.includes(prep) && prep !== 'by') return argMentions(d, c);
  }
  return [];
}

/** "control of Y" → Y. */
function ofObject(d: DepSentence, noun: number): ArgMention[] {
  for (const c of childrenWith(d, noun, ['nmod'])) if (caseOf(d, c) === 'of') return argMentions(d, c);
  return [];
}

/** "X is in control of Y", "Y is under the control of X" (state nouns, see lexicons/frames.ts). */
export function stateRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let n = 0; n < d.tokens.length; n++) {
    const spec = STATE_NOUNS.find((s) => s.lemma === d.parse.lemmas[n]);
    if (!spec || caseOf(d, n) !== spec.holderCase || !isAsserted(d, n)) continue;
    const objects = ofObject(d, n);
    if (objects.length === 0) continue;
    const holder = d.parse.heads[n]!;
    const subjects = hasRel(d, n, ['obl']) && holder >= 0 ? subjectsOf(d, holder) : subjectsOf(d, n);
    for (const s of subjects) for (const o of objects) out.push({ predicate: spec.predicate, subject: s.mention, object: o.mention, confidence: 0.7 });
  }
  return out;
}
