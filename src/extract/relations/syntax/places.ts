// Locatives read off the parse: "X in Y", "the Y town of X", "Y's western state of X", "the X district of Y".
import { otherCountryInName } from '../kinds.js';
import { caseOf, childrenWith, type DepSentence, hasRel, wholeMention } from './dep.js';
import { argMentions, nounMentions, PLACE_HEADS } from './nps.js';
import type { FrameRelation } from './types.js';

/** Relations stating where places and organizations are. */
export function placeRelations(d: DepSentence): FrameRelation[] {
  const out: FrameRelation[] = [];
  for (let t = 0; t < d.tokens.length; t++) {
    inPhrase(d, t, out);
    if (PLACE_HEADS.has(d.parse.lemmas[t]!)) placeNounContainer(d, t, out);
  }
  return out;
}

/** "X in Y": a place or organization phrase with an "in" modifier naming a place. */
function inPhrase(d: DepSentence, t: number, out: FrameRelation[]): void {
  const inner = nounMentions(d, t);
  if (inner.length === 0) return;
  for (const c of d.children[t]!) {
    if (!hasRel(d, c, ['nmod']) || d.parse.deprels[c] === 'nmod:poss' || caseOf(d, c) !== 'in') continue;
    if (nearerPlace(d, c, inner) && d.children[t]!.some((k) => k < c && hasRel(d, k, ['nmod']) && caseOf(d, k) === 'in')) continue;
    // "A in X and B in Y": B is listed beside X, with its own container, not a second container of A.
    const paired = new Set(childrenWith(d, c, ['conj']).filter((cc) => d.mentionOf[cc]! >= 0 && wordAfter(d, d.mentionOf[cc]!) === 'in').map((cc) => d.mentionOf[cc]!));
    const containers = argMentions(d, c).filter((o) => !paired.has(o.mention));
    for (const o of containers) {
      // The container must be a place the gazetteer knows: "Lost in Translation" names no place.
      const k = d.kinds[o.mention]!;
      if (k.type !== 'Location' || (k.place === undefined && !k.country)) continue;
      for (const s of inner) {
        const subject = d.kinds[s.mention]!;
        // A place lies in one container: "A in X, B in Y and C" does not put A in Y.
        if (subject.type === 'Location' && o !== containers[0]) continue;
        // "sales at Acme in Ruritania", "engines made by Acme in Ruritania": a company works in a country
        // without being based there; a town names its seat.
        if (subject.type === 'Organization' && k.country) continue;
        // "a vice president at Union Bank of Ruritania in Westville": a branch, not the seat.
        if (subject.type === 'Organization' && otherCountryInName(d.mentions[s.mention]!.text, k)) continue;
        out.push({ predicate: 'LOCATED_IN', subject: s.mention, object: o.mention, confidence: 0.7 });
      }
    }
  }
}

/**
 * "Velmar in Tyrol and Minsel in Carinthia": an "in" right after another place's name belongs to that place,
 * wherever the parse hangs it (the caller asks only when the first place has an "in" of its own before).
 */
function nearerPlace(d: DepSentence, c: number, inner: readonly { mention: number }[]): boolean {
  const prep = d.children[c]!.find((k) => d.parse.deprels[k] === 'case' && d.lower[k] === 'in');
  const before = prep === undefined ? -1 : d.mentionOf[prep - 1]!;
  return before >= 0 && d.kinds[before]!.type === 'Location' && !inner.some((x) => x.mention === before);
}

/** The word right after a mention's last token ('' at the sentence end). */
function wordAfter(d: DepSentence, m: number): string {
  return d.lower[d.mentionOf.lastIndexOf(m) + 1] ?? '';
}

/** "the Ruritanian town of X", "Ruritania's western province of X", "the X district of Y": X inside the container. */
function placeNounContainer(d: DepSentence, n: number, out: FrameRelation[]): void {
  const named = nounMentions(d, n);
  if (named.length === 0) return;
  for (const c of d.children[n]!) {
    const rel = d.parse.deprels[c]!;
    const m = wholeMention(d, c) >= 0 ? wholeMention(d, c) : d.mentionOf[c]!;
    if (m < 0 || named.some((x) => x.mention === m) || d.kinds[m]!.type !== 'Location') continue;
    const k = d.kinds[m]!;
    const large = k.country || k.place === 'region' || k.place === 'country';
    // A country adjective or possessive contains the place ("the Ruritanian town of X", "Ruritania's X
    // province"); a name before the noun contains it only when it is a region ("the Lowmark State town of X").
    const container = rel === 'nmod:poss' || (rel === 'amod' && k.country) || ((rel === 'compound' || rel === 'amod') && c < n && large) || (rel === 'nmod' && caseOf(d, c) === 'of');
    if (!container) continue;
    for (const s of named) out.push({ predicate: 'LOCATED_IN', subject: s.mention, object: m, confidence: 0.75 });
  }
}
