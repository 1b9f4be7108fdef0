// Titles and roles read off the parse: "X, chairman of Y", "Y's chief executive, X", "X is the head of Y",
// "X became chairman of Y", "Y Chairman X", "X, a senior Y official".
import type { FactStatus } from '../../../predicates.js';
import { NAMING_VERBS, PAST_MARKERS, PREDICATIVE_OBJECT_VERBS, REMOVING_VERBS, REPLACING_VERBS, TITLE_LEAVING_VERBS, TITLE_TAKING_VERBS } from '../../lexicons/frames.js';
import { OFFICE_ROLES, ORGANIZATION_TITLES, OUTSIDER_NOUNS, ROLE_NOUNS, TITLE_HEADS, TITLE_MODIFIERS, TO_TITLES } from '../../lexicons/titles.js';
import { OWNED_PART_NOUNS } from '../../lexicons/organizations.js';
import { EVENT_NAME_HEADS } from '../../lexicons/names.js';
import { isBody, isConstituency, isSeatWith, type MentionKind } from '../kinds.js';
import { isAsserted, isPassive } from './assert.js';
import { caseOf, childrenWith, type DepSentence, hasRel, wholeMention } from './dep.js';
import { type ArgMention, argMentions, clauseSubject, headMention } from './nps.js';
import { titleCase, withoutPastPrefix } from '../title-text.js';
import { YEAR_SPAN_RE } from '../../lexicons/dates.js';
import { LEX } from '../lexicon.js';
import { performsFor, rolesTown } from '../roles.js';
import type { FrameRelation } from './types.js';
import { relativeAntecedent } from './verbs.js';
import joins from '../../ner/lexicon/name-joins.json' with { type: 'json' };

const HEADS = new Set(TITLE_HEADS.map(lastWord));
const ROLES = new Set(ROLE_NOUNS.map(lastWord));
// Function words inside titles ("chief of the general staff") modify nothing.
const MODIFIERS = new Set([...TITLE_MODIFIERS, ...TITLE_HEADS.flatMap((t) => t.split(/[\s-]/))].filter((w) => w !== 'of' && w !== 'the'));
const ORG_TITLES = new Set(ORGANIZATION_TITLES);
const OFFICES = new Set(OFFICE_ROLES);
const OUTSIDERS = new Set(OUTSIDER_NOUNS);
const PAST = new Set(PAST_MARKERS);
const ORG_CASES = ['of', 'at', 'for', 'with', 'in', 'from', 'on', 'to'];
const NAMING = new Set(NAMING_VERBS);
const REMOVING = new Set(REMOVING_VERBS);
const REPLACING = new Set(REPLACING_VERBS);
const PREDICATIVE = new Set(PREDICATIVE_OBJECT_VERBS);
const TAKING = new Set(TITLE_TAKING_VERBS);
const LEAVING = new Set(TITLE_LEAVING_VERBS);
const TO_HEADS = new Set(TO_TITLES);
const OWNED_PARTS = new Set(OWNED_PART_NOUNS);
const EVENTS = new Set(EVENT_NAME_HEADS);
const AWARD_PERIODS = new Set(joins.awardPeriods);
/** Endings of abstract nouns ("investigation", "performance"), which name no person ("replacement" may). */
const ABSTRACT_NOUN = /(?:tion|sion|ance|ence)s?$/;

function isTitleWord(lower: string): boolean {
  const word = bareTitle(lower);
  return HEADS.has(word) || ROLES.has(word);
}

function lastWord(phrase: string): string {
  return phrase.split(' ').at(-1)!;
}

/** Relations stated by titles and role nouns in one parsed sentence. */
export function titleRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let n = 0; n < d.tokens.length; n++) {
    const lower = bareTitle(d.lower[n]!);
    // Plural titles ("two senators, X of Lowmark and Y of Eastmark") count by their lemma.
    const word = HEADS.has(lower) || OFFICES.has(lower) || ROLES.has(lower) ? lower : d.parse.lemmas[n]!;
    const isTitle = HEADS.has(word) || OFFICES.has(word);
    if (!isTitle && !ROLES.has(word)) {
      if (d.parse.upos[n] === 'NOUN') out.push(...descriptorRelations(d, n));
      continue;
    }
    if (wholeMention(d, n) >= 0 || d.parse.upos[n] === 'VERB' || isAwardCategory(d, n)) continue;
    const holder = holderOf(d, n);
    const predecessor = predecessorOf(d, n);
    const first = holder ?? predecessor;
    if (!first) continue;
    // A town's name before a role names a club only for its players ("Westville striker X", not "a Westville teacher").
    const orgs = organizationsOf(d, n, first.token).filter(
      (o) =>
        !isConstituency(word, d.kinds[o.mention]!) &&
        !(LEX.parliamentSeats.has(word) && afterFor(d, o.mention)) &&
        (isTitle || (rolesTown(word, d.kinds[o.mention]!) && performsFor(word, d.kinds[o.mention]!, d.mentions[o.mention]!.text))),
    );
    if (orgs.length === 0) continue;
    const title = titlePhrase(d, n);
    for (const o of orgs) {
      if (holder) out.push(titleFact(d, holder, o, title, isTitle, holder.removed ? 'former' : pastStatus(d, n, holder.token)));
      // "will succeed X as chairman": X holds it still; "replaced X as chairman": no more.
      if (predecessor && predecessor.mention !== holder?.mention) out.push(titleFact(d, predecessor, o, title, isTitle, predecessor.removed ? 'former' : undefined));
    }
  }
  return out;
}

/**
 * "X was best actress for Y", "best supporting actor": an award category names a prize for a work, not a
 * role in a body.
 */
function isAwardCategory(d: DepSentence, n: number): boolean {
  // "Technology Leader of the Year": an award named by its period.
  if (d.lower[n + 1] === 'of' && d.lower[n + 2] === 'the' && AWARD_PERIODS.has(d.lower[n + 3] ?? '')) return true;
  for (let p = n - 1; p >= 0 && p >= n - 3; p--) {
    const w = d.lower[p]!;
    if (w === 'best' || w === 'outstanding') return true;
    if (d.parse.upos[p] !== 'ADJ' && d.parse.upos[p] !== 'NOUN' && d.parse.upos[p] !== 'VERB') return false;
  }
  return false;
}

function titleFact(d: DepSentence, holder: Holder, o: ArgMention, title: string, isTitle: boolean, status?: FactStatus): FrameRelation {
  const kind = d.kinds[o.mention]!;
  const titleLower = title.toLowerCase();
  // A nationality before a company title ("the Ruritanian director"), and any plain role ("party candidate",
  // "Ruritanian expert"), state membership; titles and offices ("a senior Acme official") a position.
  const nationality = kind.country && kind.demonym && (OFFICES.has(lastWord(titleLower)) || ORG_TITLES.has(titleLower) || ORG_TITLES.has(lastWord(titleLower)));
  // A seat with a party ("Blue senators", "a Blue MP") is membership too.
  const member = isSeatWith(titleLower, kind);
  // "Ruritania's youngest store manager", "Ruritania's best-paid actor": a rank within the country, not its office.
  const ranked = kind.country && superlative(d, o.mention);
  const affiliation = !isTitle || nationality || member || ranked;
  const r: FrameRelation = { predicate: affiliation ? 'AFFILIATED_WITH' : 'HOLDS_POSITION', subject: holder.mention, object: o.mention, confidence: holder.confidence };
  if (!affiliation) r.title = titleCase(title);
  if (status) r.status = status;
  return r;
}

/** True when a superlative follows the country's possessive ("Ruritania's youngest …", "… best-paid …", "… most senior …"). */
function superlative(d: DepSentence, country: number): boolean {
  const t = d.mentionOf.lastIndexOf(country);
  if (t < 0 || d.lower[t + 1] !== "'s") return false;
  const w = d.lower[t + 2] ?? '';
  return w === 'most' || w.startsWith('best') || w.startsWith('worst') || (d.parse.upos[t + 2] === 'ADJ' && /.{2}est$/.test(w));
}

/**
 * A common noun that describes a person by an organization or nationality, whatever the noun: "BT's
 * futurologist, X", "the Dutch film maker X", "Acme's X" — membership, less sure than a title.
 */
function descriptorRelations(d: DepSentence, n: number): FrameRelation[] {
  // "the SEC's investigation - X, Y and Z": an abstract noun describes no one.
  if (OUTSIDERS.has(d.lower[n]!) || ABSTRACT_NOUN.test(d.lower[n]!)) return [];
  const h = d.parse.heads[n]!;
  const person = (t: number) => personAt(d, t);
  let holder = -1;
  if (hasRel(d, n, ['appos']) && person(h) >= 0) holder = person(h);
  else if (hasRel(d, n, ['compound', 'nmod:desc']) && n < h && person(h) >= 0) holder = person(h);
  else for (const c of d.children[n]!) if (hasRel(d, c, ['appos']) && person(c) >= 0) holder = person(c);
  if (holder < 0) return [];
  const out: FrameRelation[] = [];
  for (const c of d.children[n]!) {
    if (c > n || !hasRel(d, c, ['nmod:poss', 'amod', 'compound'])) continue;
    const m = d.mentionOf[c]!;
    if (m < 0 || m === holder) continue;
    const k = d.kinds[m]!;
    if (k.type === 'Organization' || k.country) out.push({ predicate: 'AFFILIATED_WITH', subject: holder, object: m, confidence: 0.7 });
  }
  return out;
}

interface Holder {
  mention: number;
  token: number;
  confidence: number;
  /** Named by a verb that takes the title away ("removed X as chairman"). */
  removed?: boolean;
}

/** The person holding the title at `n`: apposition either way, copula subject, naming verb, or the name it precedes. */
function holderOf(d: DepSentence, n: number): Holder | undefined {
  const h = d.parse.heads[n]!;
  const person = (t: number) => personAt(d, t);
  if (hasRel(d, n, ['appos']) && person(h) >= 0 && !namesNext(d, n)) return { mention: person(h), token: h, confidence: 0.8 };
  if (hasRel(d, n, ['compound', 'flat', 'nmod:desc']) && person(h) >= 0 && n < h) return { mention: person(h), token: h, confidence: 0.85 };
  for (const c of d.children[n]!) {
    // A name with a title of its own ("… candidate X and Labor candidate Y") is not this title's holder.
    if (hasRel(d, c, ['appos']) && person(c) >= 0 && !ownTitle(d, c)) return { mention: person(c), token: c, confidence: 0.8 };
    if (hasRel(d, c, ['nsubj']) && person(c) >= 0) return { mention: person(c), token: c, confidence: 0.8 };
  }
  // "appointed [X] as chief executive": the parse may hang the "as" phrase on the person a naming verb names.
  if (namedAs(d, n) && person(h) >= 0) {
    return { mention: person(h), token: h, confidence: 0.75 };
  }
  // "appointed [X manager]": the parse may make the person a naming verb names a compound of the title it gives.
  const named = namedCompound(d, n);
  if (named >= 0) return { mention: person(named), token: named, confidence: 0.7 };
  // "X, chairman and chief executive of Y": a coordinated title shares the first one's holder.
  if (hasRel(d, n, ['conj']) && h >= 0 && h < n && isTitleWord(d.lower[h]!)) return holderOf(d, h);
  // A title right before a name holds for it, whatever the parse made of the two ("… director Edu said").
  const next = d.mentionOf[n + 1] ?? -1;
  if (next >= 0 && d.kinds[next]!.type === 'Person' && d.mentions[next]!.start === d.tokens[n + 1]!.start && !hasRel(d, n, ['appos'])) {
    return { mention: next, token: n + 1, confidence: 0.8 };
  }
  // "X returned as manager", "X resigned as chairman" (held no more once asserted; "is to step down as" still holds).
  if (hasRel(d, n, ['obl']) && caseOf(d, n) === 'as' && holdsAs(d, h)) {
    const subject = subjectOf(d, h);
    const leaves = LEAVING.has(verbPhrase(d, h)) && isAsserted(d, h) && !childrenWith(d, h, ['mark']).some((c) => d.lower[c] === 'to');
    return subject >= 0 && person(subject) >= 0 ? { mention: person(subject), token: subject, confidence: 0.75, removed: leaves } : undefined;
  }
  const lemma = h >= 0 ? d.parse.lemmas[h]! : '';
  // The parse may read the title after "become" as its object ("before becoming ambassador").
  const predicative = hasRel(d, n, ['xcomp', 'obl']) || (hasRel(d, n, ['obj']) && PREDICATIVE.has(lemma));
  if (predicative && (NAMING.has(lemma) || REMOVING.has(lemma) || REPLACING.has(lemma) || takesOver(d, h))) {
    // "named X as chairman", and the bare "was named Acme chairman" the parse may read as an oblique.
    const prep = caseOf(d, n);
    if (hasRel(d, n, ['obl']) && prep !== 'as' && (prep !== '' || takesOver(d, h))) return undefined;
    // "X replaced Y as chairman", "Y was replaced by X as chairman": the successor holds it now.
    if (REPLACING.has(lemma)) {
      const successor = isPassive(d, h) ? childrenWith(d, h, ['obl']).find((c) => caseOf(d, c) === 'by') : childrenWith(d, h, ['nsubj'])[0];
      return successor !== undefined && person(successor) >= 0 ? { mention: person(successor), token: successor, confidence: 0.75 } : undefined;
    }
    // "made him deputy leader", "named X chairman": the object holds the title when there is one, else the subject.
    // The parse may hang the named person on the verb as a complement ("named [X] as chairman").
    const object = childrenWith(d, h, ['obj']).filter((c) => c !== n)[0] ?? childrenWith(d, h, ['xcomp']).find((c) => c !== n && person(c) >= 0);
    if (object !== undefined) return person(object) >= 0 ? { mention: person(object), token: object, confidence: 0.75, removed: REMOVING.has(lemma) } : undefined;
    const subject = subjectOf(d, h);
    if (subject >= 0 && person(subject) >= 0) return { mention: person(subject), token: subject, confidence: 0.75, removed: REMOVING.has(lemma) };
  }
  return undefined;
}

/** The subject of the clause at `v`, or, for an adverbial clause without one ("X lectured before becoming chairman"), its head's; -1 when none. */
function subjectOf(d: DepSentence, v: number): number {
  for (let t = v, steps = 0; t >= 0 && steps < 3; steps++) {
    const own = childrenWith(d, t, ['nsubj'])[0];
    // "X, who stepped down … to stand as a candidate": "who" stands for the name the clause modifies.
    if (own !== undefined) {
      if (d.lower[own] !== 'who') return own;
      if (d.parse.deprels[t] === 'acl:relcl') return d.parse.heads[t]!;
      const named = relativeAntecedent(d, own)[0];
      return named ? d.mentionOf.indexOf(named.mention) : -1;
    }
    // "lectured before becoming chairman", "studied and lectured …": up through an adverbial clause and coordination.
    if (!hasRel(d, t, ['advcl', 'conj'])) return -1;
    t = d.parse.heads[t]!;
  }
  return -1;
}

/** "appointed [X] [as chief executive]": an "as" phrase the parse hangs on the person a naming verb names. */
function namedAs(d: DepSentence, n: number): boolean {
  const h = d.parse.heads[n]!;
  if (h < 0 || !hasRel(d, n, ['nmod']) || caseOf(d, n) !== 'as' || !hasRel(d, h, ['obj', 'xcomp'])) return false;
  const v = d.parse.heads[h]!;
  return v >= 0 && NAMING.has(d.parse.lemmas[v]!);
}

/** "appointed [Ivo Sand manager]": the person named right before a title that is a naming verb's object, or -1. */
function namedCompound(d: DepSentence, n: number): number {
  const v = d.parse.heads[n]!;
  if (v < 0 || !hasRel(d, n, ['obj']) || !NAMING.has(d.parse.lemmas[v]!)) return -1;
  const before = d.mentionOf[n - 1]!;
  if (before < 0) return -1;
  return childrenWith(d, n, ['compound']).find((k) => k < n && personAt(d, k) === before) ?? -1;
}

/** "X replaced Y as chairman", "Y was succeeded as chairman by X": Y, who held the title before. */
function predecessorOf(d: DepSentence, n: number): Holder | undefined {
  const h = d.parse.heads[n]!;
  if (h < 0 || !REPLACING.has(d.parse.lemmas[h]!) || !hasRel(d, n, ['xcomp', 'obl']) || (hasRel(d, n, ['obl']) && caseOf(d, n) !== 'as')) return undefined;
  const before = isPassive(d, h) ? childrenWith(d, h, ['nsubj'])[0] : childrenWith(d, h, ['obj'])[0];
  const m = before === undefined ? -1 : personAt(d, before);
  return m >= 0 ? { mention: m, token: before!, confidence: 0.7, removed: isAsserted(d, h) } : undefined;
}

/** A verb whose subject holds or gives up the title of its "as" phrase ("returned as", "stepped down as"). */
function holdsAs(d: DepSentence, v: number): boolean {
  if (v < 0) return false;
  const phrase = verbPhrase(d, v);
  return TAKING.has(phrase) || LEAVING.has(phrase);
}

/** The verb's lemma with its particle when it has one ("step down"). */
function verbPhrase(d: DepSentence, v: number): string {
  const particle = childrenWith(d, v, ['compound:prt'])[0];
  return particle === undefined ? d.parse.lemmas[v]! : `${d.parse.lemmas[v]} ${d.lower[particle]}`;
}

/** "X took over as chairman": a verb of taking over an office (its particle read off the parse). */
function takesOver(d: DepSentence, v: number): boolean {
  return v >= 0 && d.parse.lemmas[v] === 'take' && d.children[v]!.some((c) => d.lower[c] === 'over' && c === v + 1);
}

/**
 * "X, Velto Union Secretary General Y": a title whose words run straight into a person's name is that
 * person's, whatever the parse attached it to.
 */
function namesNext(d: DepSentence, n: number): boolean {
  let k = n + 1;
  while (k < d.tokens.length && k <= n + 2 && d.mentionOf[k]! < 0 && isTitleWord(d.lower[k]!)) k++;
  const m = d.mentionOf[k] ?? -1;
  return m >= 0 && d.kinds[m]!.type === 'Person' && d.mentions[m]!.start === d.tokens[k]!.start;
}

/** The person whose name has its head at token `t`, or -1. */
function personAt(d: DepSentence, t: number): number {
  const m = t >= 0 ? headMention(d, t) : -1;
  return m >= 0 && d.kinds[m]!.type === 'Person' ? m : -1;
}

/** True when a name carries its own title word before it ("Labor Party candidate Y"). */
function ownTitle(d: DepSentence, name: number): boolean {
  return d.children[name]!.some((c) => c < name && hasRel(d, c, ['compound', 'nmod:desc', 'amod']) && isTitleWord(d.lower[c]!));
}

/** Where the title is held: "of/at/for Y", "Y's", "Y chairman", "Ruritanian minister" — never the holder. */
function organizationsOf(d: DepSentence, n: number, holder: number): ArgMention[] {
  const found: ArgMention[] = [];
  const scan = (t: number, leftOf: number) => {
    for (const c of d.children[t]!) {
      if (c === holder || c === n) continue;
      const rel = d.parse.deprels[c]!;
      const prep = rel === 'nmod' ? caseOf(d, c) : '';
      // "of Ruritania", "from Lowmark" may name a country or region; "at/for/with/in" only an organization.
      // "from" a town is where the holder comes from, not where the title is held ("… from Westville").
      // "adviser to Acme" holds a post there; "ambassador to Ruritania" is sent there.
      if (prep === 'to' && !TO_HEADS.has(bareTitle(d.lower[n]!))) continue;
      if (ORG_CASES.includes(prep)) {
        const named = argMentions(d, c);
        found.push(...named.filter((o) => prep === 'of' || (prep === 'from' && !isTown(d.kinds[o.mention]!)) || d.kinds[o.mention]!.type === 'Organization'));
        // "manager in Acme's security group", "chief executive for Acme's broadband arm": the body owning the unit.
        if (named.length === 0 && d.parse.upos[c] === 'NOUN') found.push(...unitOwner(d, c));
      }
      else if ((rel === 'nmod:poss' || rel === 'compound' || rel === 'amod') && c < leftOf) {
        // "Acme said its founder X …", "Acme and its chief executive X": the body "its" stands for in this clause.
        const m = d.mentionOf[c]! >= 0 || rel !== 'nmod:poss' || d.lower[c] !== 'its' ? d.mentionOf[c]! : ownerOfIts(d, n, c);
        // "the Tyrol-born head of Acme", "a Westville-based analyst": where the holder is from, not whose title.
        if (m >= 0 && m === d.mentionOf[c] && compoundAffix(d, c)) continue;
        // "the French Open champion": a country's adjective inside the name of an event or prize.
        if (m >= 0 && d.kinds[m]!.demonym && nameGoesOn(d, c, n)) continue;
        if (m >= 0 && d.kinds[m]!.type !== 'Person' && !placeAfterPreposition(d, m)) found.push({ mention: m, indirect: false });
      }
    }
  };
  scan(n, n);
  // "chairman and chief executive of Y": the organization hangs on the last of coordinated titles.
  if (found.length === 0) for (const c of d.children[n]!) if (hasRel(d, c, ['conj']) && isTitleWord(d.lower[c]!)) scan(c, c);
  // "Acme's chairman X": the possessive may hang on the name rather than the title; "senators — X of
  // Lowmark": the place the holder serves hangs on the name.
  if (found.length === 0 && d.parse.heads[n] === holder) scan(holder, n);
  if (found.length === 0) for (const c of childrenWith(d, holder, ['nmod'])) if (caseOf(d, c) === 'of') found.push(...argMentions(d, c));
  // "Acme's board removed X as chairman", "Acme named X as its chief": the body that names or removes.
  if (found.length === 0 && hasRel(d, n, ['obl', 'xcomp'])) found.push(...namingBody(d, d.parse.heads[n]!));
  if (found.length === 0 && namedAs(d, n)) found.push(...namingBody(d, d.parse.heads[d.parse.heads[n]!]!));
  if (found.length === 0 && namedCompound(d, n) === holder) found.push(...namingBody(d, d.parse.heads[n]!));
  // "joined Acme as director", "left Acme as chairman": the body is the verb's object.
  if (found.length === 0 && hasRel(d, n, ['obl']) && holdsAs(d, d.parse.heads[n]!)) {
    for (const c of childrenWith(d, d.parse.heads[n]!, ['obj'])) found.push(...argMentions(d, c).filter((o) => d.kinds[o.mention]!.type === 'Organization'));
  }
  const seen = new Set<number>();
  // "the new leader of the Champions Race": a contest is no body.
  const isEvent = (m: number) => d.kinds[m]!.type === 'Organization' && EVENTS.has(lastWord(d.mentions[m]!.text.toLowerCase()));
  return found.filter((o) => o.mention !== d.mentionOf[holder] && !isEvent(o.mention) && !seen.has(o.mention) && seen.add(o.mention));
}

/** The organization named as the possessor of a unit noun ("Acme's security group"), if any. */
function unitOwner(d: DepSentence, unit: number): ArgMention[] {
  const out: ArgMention[] = [];
  if (!OWNED_PARTS.has(d.parse.lemmas[unit]!)) return out;
  for (const c of childrenWith(d, unit, ['nmod:poss'])) {
    const m = d.mentionOf[c]!;
    if (m >= 0 && d.kinds[m]!.type === 'Organization') out.push({ mention: m, indirect: false });
  }
  return out;
}

/** The organization or country "its" stands for beside the title at `n`: the body it is coordinated with, or the clause's subject. */
function ownerOfIts(d: DepSentence, n: number, its: number): number {
  const body = (m: number) => m >= 0 && isBody(d.kinds[m]!);
  // "… against Acme, its chief executive X": the body named right before.
  // "X, its chief executive": the name before the comma is the holder, and "its" looks further.
  if (d.lower[its - 1] === ',' || d.lower[its - 1] === 'and') {
    const m = d.mentionOf[its - 2] ?? -1;
    if (body(m)) return m;
    if (m < 0 || d.kinds[m]!.type !== 'Person') return -1;
  }
  const h = d.parse.heads[n]!;
  if (hasRel(d, n, ['conj']) && h >= 0) {
    const m = headMention(d, h);
    if (body(m)) return m;
  }
  return clauseSubject(d, n)[0]?.mention ?? -1;
}

/** True when a capitalized word that is neither a name nor part of the title follows token `t` ("French Open"). */
function nameGoesOn(d: DepSentence, t: number, title: number): boolean {
  const next = t + 1;
  if (next === title || d.mentionOf[next] !== -1 || !/^\p{Lu}\p{Ll}/u.test(d.tokens[next]?.text ?? '')) return false;
  return !isTitleWord(d.lower[next]!) && !MODIFIERS.has(d.lower[next]!);
}

/** "MP for Westville": the mention comes right after "for" (or "for the"). */
function afterFor(d: DepSentence, m: number): boolean {
  const t = d.mentionOf.indexOf(m);
  return d.lower[t - 1] === 'for' || (d.lower[t - 1] === 'the' && d.lower[t - 2] === 'for');
}

/** True for a name token with a compound suffix after the name ("Tyrol-born", "Westville-based"). */
function compoundAffix(d: DepSentence, t: number): boolean {
  const tail = d.lower[t]!.slice(d.mentions[d.mentionOf[t]!]!.end - d.tokens[t]!.start);
  return tail.startsWith('-') && LEX.compoundSuffixes.has(tail.slice(1));
}

/** A place that is neither a country nor a region (a town, or a place the gazetteer does not know). */
function isTown(k: MentionKind): boolean {
  return k.type === 'Location' && !k.country && k.place !== 'region';
}

/** "Speaking in Westville President X": a town right after a preposition is where, not whose, the title is. */
function placeAfterPreposition(d: DepSentence, m: number): boolean {
  const k = d.kinds[m]!;
  if (k.type !== 'Location' || k.country) return false;
  const first = d.tokens.findIndex((t) => t.start >= d.mentions[m]!.start);
  return first > 0 && d.parse.upos[first - 1] === 'ADP';
}

/** The organization or country that is the subject of a naming verb, or of the clause it hangs on. */
function namingBody(d: DepSentence, verb: number): ArgMention[] {
  for (let v = verb, steps = 0; v >= 0 && steps < 3; steps++, v = d.parse.heads[v]!) {
    const subj = childrenWith(d, v, ['nsubj']);
    if (subj.length > 0) return argMentions(d, subj[0]!).filter((m) => d.kinds[m.mention]!.type === 'Organization' || d.kinds[m.mention]!.country);
    if (!hasRel(d, v, ['advcl', 'xcomp', 'conj'])) break;
  }
  return [];
}

/** The title words: the head and the title modifiers right before it ("Foreign Minister", "chief executive"). */
function titlePhrase(d: DepSentence, n: number): string {
  let start = n;
  while (start > 0) {
    const p = start - 1;
    const w = d.lower[p]!;
    // A modifier of the title, or of the name both words modify ("chief executive X" parsed as two modifiers of X).
    const head = d.parse.heads[p];
    if (d.mentionOf[p]! >= 0 || !MODIFIERS.has(w) || PAST.has(w) || (head !== n && head !== start && head !== d.parse.heads[n])) break;
    start = p;
  }
  const words = d.tokens.slice(start, n + 1).map((t) => t.text);
  words[words.length - 1] = bareTitle(words.at(-1)!);
  return words.join(' ');
}

/** The subject of the title's clause is its holder, or "who" standing for it. */
function subjectIsHolder(d: DepSentence, n: number, holder: number): boolean {
  return childrenWith(d, n, ['nsubj']).some((c) => c === holder || d.lower[c] === 'who');
}

/** 'former' when the title is marked as past ("former chairman", "ex-minister", "the then president"). */
function pastStatus(d: DepSentence, n: number, holder: number): FactStatus | undefined {
  if (withoutPastPrefix(d.lower[n]!).past) return 'former';
  for (const c of d.children[n]!) {
    if (c < n && PAST.has(d.lower[c]!.replace(/-$/, ''))) return 'former';
    // "X was chairman of Y", "who was head of Y": a title its holder is said to have had (not "Their
    // scorers were Ruritanian defender X", whose subject is something else).
    if (hasRel(d, c, ['cop']) && (d.lower[c] === 'was' || d.lower[c] === 'were') && subjectIsHolder(d, n, holder)) return 'former';
    // "a president of Y in 1989-90": a term that has ended.
    if (c > n && hasRel(d, c, ['nmod', 'obl']) && YEAR_SPAN_RE.test(d.lower[c]!)) return 'former';
  }
  for (let p = n - 1; p >= 0 && p >= n - 4; p--) {
    // "former chief adviser", "ex-chief economic adviser": the past marker may sit on the first modifier.
    const { word, past } = withoutPastPrefix(d.lower[p]!);
    if (past || PAST.has(d.lower[p]!.replace(/-$/, ''))) return 'former';
    if (!MODIFIERS.has(word)) break;
  }
  return undefined;
}

function bareTitle(word: string): string {
  return withoutPastPrefix(word).word;
}
