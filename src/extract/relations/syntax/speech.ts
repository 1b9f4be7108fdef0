// Reported speech read off the parse: a person who is the subject of a reporting verb with a clause
// complement is quoted ("X and Y stressed that…", "…, telling reporters he would vote no").
import { LEX } from '../lexicon.js';
import { isAsserted } from './assert.js';
import { childrenWith, type DepSentence, hasRel } from './dep.js';
import { type ArgMention, argMentions } from './nps.js';
import { isBody } from '../kinds.js';
import type { FrameRelation } from './types.js';

/** Relations of a complement that carries what was said. */
const CLAUSES = ['ccomp', 'parataxis', 'xcomp'];

/** A quote: the speaker and the token span of what they said. */
export interface SpeechFact extends FrameRelation {
  quoteStart: number;
  quoteEnd: number;
}

/** QUOTED_IN facts stated by reporting verbs (object -1: the article). */
export function speechRelations(d: DepSentence): SpeechFact[] {
  const out: SpeechFact[] = [];
  for (let v = 0; v < d.tokens.length; v++) {
    if (d.parse.upos[v] !== 'VERB' || !LEX.speechLemmas.has(d.parse.lemmas[v]!)) continue;
    // "X did not say what …", "X will say …": nothing said yet.
    if (!isAsserted(d, v)) continue;
    const clause = childrenWith(d, v, CLAUSES)[0] ?? statedObject(d, v);
    if (clause === undefined) continue;
    const [start, end] = span(d, clause);
    for (const s of speakers(d, v)) {
      if (d.kinds[s.mention]!.type !== 'Person') continue;
      out.push({ predicate: 'QUOTED_IN', subject: s.mention, object: -1, confidence: s.indirect ? 0.7 : 0.8, quoteStart: start, quoteEnd: end });
    }
  }
  return out;
}

/** "stressed the need to cooperate", "announced a plan to cut jobs": an object noun carrying a clause. */
function statedObject(d: DepSentence, v: number): number | undefined {
  const toClause = (o: number) => childrenWith(d, o, ['acl']).some((a) => childrenWith(d, a, ['mark']).some((m) => d.lower[m] === 'to'));
  return childrenWith(d, v, ['obj']).find((o) => d.parse.upos[o] === 'NOUN' && toClause(o));
}

/** The subject of the verb, or of the clause it hangs on ("…, telling reporters…"). */
function speakers(d: DepSentence, v: number) {
  const subj = childrenWith(d, v, ['nsubj']).filter((c) => d.parse.deprels[c] !== 'nsubj:pass');
  if (subj.length > 0) {
    const found = d.parse.upos[subj[0]!] === 'ADJ' ? [] : argMentions(d, subj[0]!);
    return found.some((s) => d.kinds[s.mention]!.type === 'Person') ? found : [...titledPersonAfter(d, subj[0]!, v), ...found];
  }
  const h = d.parse.heads[v]!;
  if (h >= 0 && hasRel(d, v, ['advcl', 'conj', 'xcomp']) && d.parse.upos[h] === 'VERB') {
    const up = childrenWith(d, h, ['nsubj']).filter((c) => d.parse.deprels[c] !== 'nsubj:pass');
    if (up.length > 0) return argMentions(d, up[0]!);
  }
  return [];
}

/**
 * "Blue Sen. X of Y said", "Acme chief executive X said": a subject that is no person but modifies a title
 * and the name after it (a parse that took the modifier for the subject); that person speaks.
 */
function titledPersonAfter(d: DepSentence, subject: number, v: number): ArgMention[] {
  const own = d.mentionOf[subject]!;
  let t = subject + 1;
  while (t < v && own >= 0 && d.mentionOf[t] === own) t++;
  let titled = false;
  for (; t < v && d.mentionOf[t]! < 0; t++) {
    const w = d.lower[t]!;
    if (LEX.titleHeads.has(w) || LEX.politicalTitles.has(w) || LEX.honorifics.has(w.replace(/\.$/, ''))) titled = true;
    else if (!/^[a-z-]+$/.test(d.tokens[t]!.text)) return [];
  }
  const m = d.mentionOf[t] ?? -1;
  return titled && t < v && m >= 0 && d.kinds[m]!.type === 'Person' ? [{ mention: m, indirect: false }] : [];
}

/** First and last token of the subtree under `t`, punctuation at the edges left out. */
function span(d: DepSentence, t: number): [number, number] {
  let lo = t;
  let hi = t;
  const stack = [t];
  while (stack.length > 0) {
    const x = stack.pop()!;
    if (x < lo) lo = x;
    if (x > hi) hi = x;
    stack.push(...d.children[x]!);
  }
  while (lo < hi && d.parse.upos[lo] === 'PUNCT') lo++;
  while (hi > lo && d.parse.upos[hi] === 'PUNCT') hi--;
  return [lo, hi];
}

/**
 * The organization or country that speaks a quote of this sentence in the first person plural: the body
 * that is subject of a reporting verb outside the quote ("“We took the town,” the Velto Front said").
 * Returns a function from a token to that body's mention when the token is inside a quote, else -1.
 */
export function quotedSpeaker(d: DepSentence): (t: number) => number {
  const inside = quoteMask(d);
  if (!inside.includes(true)) return () => -1;
  let body = -1;
  for (let v = 0; v < d.tokens.length && body < 0; v++) {
    if (inside[v] || d.parse.upos[v] !== 'VERB' || !LEX.speechLemmas.has(d.parse.lemmas[v]!)) continue;
    const found = speakers(d, v).filter((s) => isBody(d.kinds[s.mention]!));
    if (found.length === 1) body = found[0]!.mention;
  }
  return (t) => (body >= 0 && inside[t] ? body : -1);
}

/** Which tokens stand inside quotation marks (curly quotes open and close; a straight one toggles). */
function quoteMask(d: DepSentence): boolean[] {
  let open = false;
  return d.tokens.map((tok) => {
    const q = tok.text;
    if (q === '“' || q === '‘‘' || q === '``') open = true;
    else if (q === '”' || q === "''") open = false;
    else if (q === '"') open = !open;
    else return open;
    return false;
  });
}
