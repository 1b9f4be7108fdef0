// Possessives and descriptors that place an organization in a country or a place in a larger one:
// "Ruritania's electoral commission (REC)", "Ruritania's economic capital Westville",
// "the Ruritanian carmaker Acme".
import { childrenWith, type DepSentence, hasRel, wholeMention } from './dep.js';
import { headMention, MAX_CONJUNCTS } from './nps.js';
import type { FrameRelation } from './types.js';

/** Relations a name's possessor or descriptor states. */
export function ownerRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let t = 0; t < d.tokens.length; t++) {
    const m = headMention(d, t);
    if (m < 0 || d.kinds[m]!.country) continue;
    for (const g of possessors(d, t)) {
      if (g.mention === m) continue;
      // "Ruritania's A and B": a possessor covers every conjunct; a descriptor only its own name.
      for (const s of g.shared ? [m, ...conjuncts(d, t)] : [m]) {
        const fact = ownerFact(d, s, g.mention, g.confidence);
        if (fact) out.push(fact);
      }
    }
  }
  return out;
}

function conjuncts(d: DepSentence, t: number): number[] {
  const kind = d.kinds[headMention(d, t)]!.type;
  // "A's X, B's Y and C's Z": when any conjunct has a possessor of its own, each has its own.
  const conj = childrenWith(d, t, ['conj']);
  if (conj.some((c) => childrenWith(d, c, ['nmod:poss']).length > 0)) return [];
  return conj
    .map((c) => headMention(d, c))
    .filter((c) => c >= 0 && d.kinds[c]!.type === kind)
    .slice(0, MAX_CONJUNCTS);
}

function ownerFact(d: DepSentence, m: number, g: number, confidence: number): FrameRelation | undefined {
  const owner = d.kinds[g]!;
  // "Acme's X", "Ruritania's X": a person belongs to the organization or country that possesses the name.
  if (d.kinds[m]!.type === 'Person') {
    return owner.type === 'Organization' || owner.country ? { predicate: 'AFFILIATED_WITH', subject: m, object: g, confidence: confidence - 0.05 } : undefined;
  }
  if (d.kinds[m]!.type === 'Organization') {
    return owner.country ? { predicate: 'AFFILIATED_WITH', subject: m, object: g, confidence } : undefined;
  }
  return owner.type === 'Location' ? { predicate: 'LOCATED_IN', subject: m, object: g, confidence } : undefined;
}

/** "G's X", and "G's <noun> X" / "the G <noun> X" through a descriptor noun beside the name. */
function possessors(d: DepSentence, t: number): { mention: number; confidence: number; shared?: true }[] {
  const found: { mention: number; confidence: number; shared?: true }[] = [];
  for (const c of d.children[t]!) {
    if (d.parse.deprels[c] === 'nmod:poss') {
      const g = d.mentionOf[c]!;
      if (g >= 0 && sameNounPhrase(d, c, t)) found.push({ mention: g, confidence: 0.75, shared: true });
    } else if (hasRel(d, c, ['compound', 'appos', 'nmod']) && c < t && wholeMention(d, c) < 0 && d.parse.upos[c] === 'NOUN') {
      for (const g of descriptorOwners(d, c)) found.push({ mention: g, confidence: 0.7 });
    }
  }
  const h = d.parse.heads[t]!;
  // "the Ruritanian carmaker, Acme": the name is in apposition to the descriptor.
  if (hasRel(d, t, ['appos']) && h >= 0 && h < t && wholeMention(d, h) < 0 && d.parse.upos[h] === 'NOUN') {
    for (const g of descriptorOwners(d, h)) found.push({ mention: g, confidence: 0.7 });
  }
  return found;
}

/** No comma and no other name between a possessor and its name: "A's X, B's Y" never gives X to B. */
function sameNounPhrase(d: DepSentence, from: number, to: number): boolean {
  const own = d.mentionOf[from]!;
  const name = d.mentionOf[to]!;
  for (let k = from + 1; k < to; k++) {
    const m = d.mentionOf[k]!;
    if (d.lower[k] === ',' || (m >= 0 && m !== own && m !== name)) return false;
  }
  return true;
}

/** Countries or places modifying a descriptor noun ("Ruritania's capital", "the Ruritanian company"). */
function descriptorOwners(d: DepSentence, noun: number): number[] {
  const out: number[] = [];
  for (const c of d.children[noun]!) {
    if (!hasRel(d, c, ['nmod:poss', 'amod', 'compound']) || c > noun) continue;
    const g = d.mentionOf[c]!;
    if (g >= 0 && d.kinds[g]!.type === 'Location') out.push(g);
  }
  return out;
}
