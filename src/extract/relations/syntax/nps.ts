// The mentions a noun phrase stands for: the name itself, "the town of Y", "Ruritanian forces",
// "Acme's lawyers", and every conjunct ("X and Y").
import { isBody } from '../kinds.js';
import { LEX } from '../lexicon.js';
import { ACTOR_HEADS, QUANTITY_NOUNS, TARGET_NOUNS } from '../../lexicons/frames.js';
import { UNIT_HEADS } from '../../lexicons/organizations.js';
import { PLACE_NOUNS } from '../../lexicons/places.js';
import { ROLE_NOUNS, TITLE_HEADS } from '../../lexicons/titles.js';
import { caseOf, childrenWith, type DepSentence, hasRel, wholeMention } from './dep.js';

/** Last words of place nouns ("town", "district", "base"): a phrase headed by one names a place beside it. */
export const PLACE_HEADS: ReadonlySet<string> = new Set(PLACE_NOUNS.map((p) => p.split(' ').at(-1)!));
/** Heads that stand for the actor or organization named before them ("Ruritanian forces", "the Acme board"). */
const ACTORS = new Set([...ACTOR_HEADS, ...UNIT_HEADS.map((u) => u.split(' ').at(-1)!)]);
const TARGETS: ReadonlySet<string> = new Set(TARGET_NOUNS);
const QUANTITIES: ReadonlySet<string> = new Set(QUANTITY_NOUNS);

/** True for a noun that names an actor by its kind ("the group", "the army"): it may stand for a named body. */
export function isActorNoun(lemma: string): boolean {
  return ACTORS.has(lemma);
}

/** Most conjuncts followed from one argument; a longer list is read as its first few. */
export const MAX_CONJUNCTS = 6;

/** How a phrase came to stand for a mention: the name itself, or through a head noun (less sure). */
export interface ArgMention {
  mention: number;
  /** True when read through "the town of", "Ruritanian forces" or a conjunct. */
  indirect: boolean;
}

/**
 * The mentions the phrase headed by `t` names, with its conjuncts ("X, Y and Z").
 * @example "Ruritanian forces and Acme" → [Ruritanian, Acme]
 */
export function argMentions(d: DepSentence, t: number): ArgMention[] {
  const out = nounMentions(d, t);
  const conj = childrenWith(d, t, ['conj']).slice(0, MAX_CONJUNCTS);
  for (const c of conj) for (const m of nounMentions(d, c)) out.push({ mention: m.mention, indirect: true });
  // "X, Y and others" parsed as apposition: a name in apposition to a name of the same type is a conjunct.
  const own = out[0];
  if (own && !own.indirect) {
    for (const c of childrenWith(d, t, ['appos']).slice(0, MAX_CONJUNCTS)) {
      const m = headMention(d, c);
      if (m >= 0 && m !== own.mention && d.kinds[m]!.type === d.kinds[own.mention]!.type) out.push({ mention: m, indirect: true });
    }
  }
  return dedupe(out);
}

/** The mentions one phrase (without conjuncts) stands for. */
export function nounMentions(d: DepSentence, t: number): ArgMention[] {
  const own = headMention(d, t);
  // A country adjective is a modifier ("Freedonian Prime Minister X"), never an argument by itself.
  if (own >= 0) return d.kinds[own]!.demonym ? [] : [{ mention: own, indirect: false }];
  const lemma = d.parse.lemmas[t]!;
  if (d.parse.upos[t] === 'PRON' && d.antecedent && hasRel(d, t, ['nsubj'])) {
    const m = d.antecedent(t);
    return m >= 0 ? [{ mention: m, indirect: true }] : [];
  }
  // The lemma or, when the lemmatizer strays ("villages" → "villege"), the plural's regular singular.
  if (PLACE_HEADS.has(lemma) || PLACE_HEADS.has(d.lower[t]!.replace(/s$/, ''))) return placeNoun(d, t);
  // "the spokesman, X,", "his Ruritanian counterpart, X": a title or role noun with the person's name beside it.
  if (PERSON_NOUNS.has(lemma) || PERSON_NOUNS.has(d.lower[t]!)) {
    const named = namedPerson(d, t);
    if (named >= 0) return [{ mention: named, indirect: false }];
  }
  if (ACTORS.has(lemma) || ACTORS.has(d.lower[t]!)) return actorNoun(d, t);
  // "thousands of Velto Front fighters": a number stands for what it counts.
  if (QUANTITIES.has(d.lower[t]!)) {
    const counted = childrenWith(d, t, ['nmod']).find((c) => caseOf(d, c) === 'of');
    return counted === undefined ? [] : nounMentions(d, counted).map((m) => ({ mention: m.mention, indirect: true }));
  }
  if (TARGETS.has(d.lower[t]!)) {
    const owner = actorNoun(d, t);
    const inside = owner.length === 0 ? placeIn(d, t) : -1;
    return inside >= 0 ? [{ mention: inside, indirect: true }] : owner;
  }
  return [];
}

/** One-word titles and roles that stand for the person named in apposition to them. */
const PERSON_NOUNS = new Set([...TITLE_HEADS, ...ROLE_NOUNS].filter((w) => !w.includes(' ')));

/** The person named in apposition to a title noun ("spokesman, X"), or -1. */
function namedPerson(d: DepSentence, t: number): number {
  for (const c of childrenWith(d, t, ['appos'])) {
    const m = headMention(d, c);
    if (m >= 0 && d.kinds[m]!.type === 'Person') return m;
  }
  return -1;
}

/** The mention whose head token is `t` (a name of several tokens counts at its head only). */
export function headMention(d: DepSentence, t: number): number {
  const m = wholeMention(d, t);
  // "sacked Mr Sand": the parse may head the name with the honorific the tagger left out of it (not a peer's
  // title, whose "of Westville" belongs to the peerage).
  if (m < 0) {
    const word = d.lower[t]!.replace(/\.$/, '');
    return LEX.honorifics.has(word) && !LEX.peerages.has(word) ? honoredPerson(d, t) : -1;
  }
  const h = d.parse.heads[t]!;
  // Inside the same name: only the token whose head leaves the name speaks for it.
  if (h >= 0 && wholeMention(d, h) === m) return -1;
  return m;
}

/** The person named right after an honorific and hung on it ("Mr" → "Sand"), or -1. */
function honoredPerson(d: DepSentence, t: number): number {
  const next = t + 1;
  const m = wholeMention(d, next);
  return m >= 0 && d.parse.heads[next] === t && d.kinds[m]!.type === 'Person' ? m : -1;
}

/**
 * "the town of Y", "the Y district", "Y, a town": the place named beside a place noun. With both
 * ("the Y district of Z", "the Z town of Y") an area noun names its compound, a settlement noun its "of".
 */
function placeNoun(d: DepSentence, t: number): ArgMention[] {
  let of = -1;
  let beside = -1;
  let inside = -1;
  for (const c of d.children[t]!) {
    const rel = d.parse.deprels[c]!;
    const m = wholeMention(d, c);
    // "the bases of the Velto Army in Westville": the owner's phrase may carry the place (an army the
    // tagger took for a place is still an owner).
    const owner = m >= 0 && (d.kinds[m]!.type !== 'Location' || isForceName(d.mentions[m]!.text));
    if (rel === 'nmod' && caseIs(d, c, 'of') && owner) inside = placeIn(d, c);
    if (m < 0 || owner || d.kinds[m]!.type !== 'Location' || d.kinds[m]!.country) continue;
    if (rel === 'nmod' && caseIs(d, c, 'of') && of < 0) of = m;
    else if (rel === 'nmod' && caseIs(d, c, 'in')) inside = m;
    else if ((rel === 'compound' || rel === 'appos' || rel === 'flat' || rel === 'amod') && beside < 0) beside = m;
  }
  // "all bases in Westville", "three villages in Y": unnamed places inside a named one stand for it.
  if (of < 0 && beside < 0 && inside >= 0) return [{ mention: inside, indirect: true }];
  // "the Y district of Z", "the Y village of Z": the word before names it; "the Z State town of Y": a
  // region or country before a settlement noun is its container.
  const container = beside >= 0 && (d.kinds[beside]!.place === 'region' || d.kinds[beside]!.place === 'country') && !AREA_NOUNS.has(d.parse.lemmas[t]!);
  const pick = beside >= 0 && (of < 0 || !container) ? beside : of;
  return pick >= 0 ? [{ mention: pick, indirect: true }] : [];
}

/** A name ending in a force or unit word ("… Army", "… Brigade"). */
function isForceName(text: string): boolean {
  return ACTORS.has(text.toLowerCase().split(' ').at(-1)!);
}

/** A place (no country) the phrase at `t` is said to be in ("… in Westville"), or -1. */
function placeIn(d: DepSentence, t: number): number {
  for (const c of d.children[t]!) {
    const m = wholeMention(d, c);
    if (m >= 0 && d.parse.deprels[c] === 'nmod' && caseIs(d, c, 'in') && d.kinds[m]!.type === 'Location' && !d.kinds[m]!.country) return m;
  }
  return -1;
}

/** Place nouns for administrative areas, which name the word before them ("the Y district of Z"). */
const AREA_NOUNS = new Set(['district', 'province', 'region', 'state', 'county', 'governorate', 'oblast', 'municipality', 'area', 'territory', 'prefecture', 'department']);

/** "Ruritanian forces", "Acme's lawyers", "the forces of Ruritania": the actor behind a force noun. */
function actorNoun(d: DepSentence, t: number): ArgMention[] {
  for (const c of d.children[t]!) {
    // "Acme shut its office in Y": a possessive pronoun stands for the clause's subject.
    if (d.parse.deprels[c] === 'nmod:poss' && OWNER_PRONOUNS.has(d.lower[c]!)) return clauseSubject(d, t);
    if (!hasRel(d, c, ['amod', 'compound', 'nmod:poss', 'nmod'])) continue;
    if (hasRel(d, c, ['nmod']) && d.parse.deprels[c] !== 'nmod:poss' && !caseIs(d, c, 'of')) continue;
    const m = d.mentionOf[c]!;
    if (m < 0) continue;
    const k = d.kinds[m]!;
    if (k.type === 'Organization' || k.country) return [{ mention: m, indirect: true }];
  }
  return [];
}

const OWNER_PRONOUNS = new Set(['its', 'their']);

/** The organization or country named as subject of the clause a noun sits in. */
export function clauseSubject(d: DepSentence, t: number): ArgMention[] {
  let v = d.parse.heads[t]!;
  for (let steps = 0; v >= 0 && d.parse.upos[v] !== 'VERB' && steps < 4; steps++) v = d.parse.heads[v]!;
  // "Acme claims that it is punished for the ambitions of its founder": a pronoun subject stands for its
  // antecedent, and a clause with no subject of its own takes that of the clause it depends on.
  for (let up = 0; v >= 0 && up < 2; up++) {
    for (const c of childrenWith(d, v, ['nsubj'])) {
      const m = d.parse.upos[c] === 'PRON' && d.antecedent ? d.antecedent(c) : headMention(d, c);
      if (m >= 0 && isBody(d.kinds[m]!)) return [{ mention: m, indirect: true }];
    }
    if (!hasRel(d, v, ['ccomp', 'advcl', 'xcomp', 'conj'])) break;
    v = d.parse.heads[v]!;
  }
  return [];
}

function caseIs(d: DepSentence, t: number, word: string): boolean {
  return d.children[t]!.some((c) => d.parse.deprels[c] === 'case' && d.lower[c] === word);
}

export function dedupe(args: ArgMention[]): ArgMention[] {
  const seen = new Set<number>();
  return args.filter((a) => !seen.has(a.mention) && seen.add(a.mention));
}
