// A parsed sentence seen by the frames: tokens, the parse, children lists and which mention each token is in.
import type { Mention, Token } from '../../../types.js';
import { countryOfDemonym } from '../../gazetteer/index.js';
import { type Parse, parseWords } from '../../syntax/index.js';
import type { MentionKind } from '../kinds.js';

/** One sentence with its parse and mention alignment. */
export interface DepSentence {
  /** Index of the sentence in the article. */
  index: number;
  tokens: readonly Token[];
  /** Lowercased token texts with straight apostrophes. */
  lower: string[];
  parse: Parse;
  /** Children of each token, in order. */
  children: number[][];
  /** Mention index of each token (-1 when none); a token holding a mention plus an affix ("Acme-backed") has it too. */
  mentionOf: Int32Array;
  mentions: readonly Mention[];
  kinds: readonly MentionKind[];
  /** The mention a pronoun token stands for (-1 when unknown); absent when pronouns are not resolved. */
  antecedent?: (t: number) => number;
}

/**
 * Parses a sentence and aligns it with the article's mentions (sorted by start).
 * `first` is the index of the first mention that may lie in the sentence.
 */
export function depSentence(index: number, tokens: readonly Token[], mentions: readonly Mention[], kinds: readonly MentionKind[], first = 0): DepSentence {
  const lower = tokens.map((t) => t.text.toLowerCase().replace(/[‘’`]/g, "'"));
  const mentionOf = new Int32Array(tokens.length).fill(-1);
  let m = first;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < mentions.length && mentions[m]!.end <= t.start) m++;
    const mention = mentions[m];
    if (mention && mention.start < t.end && mention.end > t.start) mentionOf[i] = m;
  }
  const parse = parseWords(
    tokens.map((t) => t.text),
    tokens.map((t, i) => isNameWord(t.text, mentionOf[i]!, kinds)),
  );
  const children: number[][] = tokens.map(() => []);
  for (let i = 0; i < tokens.length; i++) {
    const h = parse.heads[i]!;
    if (h >= 0 && h < tokens.length) children[h]!.push(i);
  }
  return { index, tokens, lower, parse, children, mentionOf, mentions, kinds };
}

/**
 * A capitalised word of a person, organization or place name (not a country adjective such as "Ruritanian",
 * alone or inside a name, which the treebank tags as an adjective): the parse takes it as a proper noun.
 */
function isNameWord(text: string, mention: number, kinds: readonly MentionKind[]): boolean {
  // "Ruritanian" inside "Ruritanian authorities" stays an adjective too.
  return mention >= 0 && !kinds[mention]!.demonym && /^\p{Lu}/u.test(text) && countryOfDemonym(text) === undefined;
}

/** Children of `t` whose relation is one of `rels` (a relation matches with or without its subtype). */
export function childrenWith(d: DepSentence, t: number, rels: readonly string[]): number[] {
  return d.children[t]!.filter((c) => hasRel(d, c, rels));
}

/** True when token `t`'s relation is one of `rels`, compared with and without its subtype ("obl:agent" ~ "obl"). */
export function hasRel(d: DepSentence, t: number, rels: readonly string[]): boolean {
  const rel = d.parse.deprels[t]!;
  if (rels.includes(rel)) return true;
  const colon = rel.indexOf(':');
  return colon > 0 && rels.includes(rel.slice(0, colon));
}

/** The preposition or case marker of a nominal ("by" in "by Y", "of" in "of Y"), '' when none. */
export function caseOf(d: DepSentence, t: number): string {
  for (const c of d.children[t]!) if (d.parse.deprels[c] === 'case' && c < t) return d.lower[c]!;
  // The parser sometimes hangs the preposition on the first word of a name ("at [Northwind] Bank").
  for (const c of d.children[t]!) {
    if (c > t || !hasRel(d, c, ['compound', 'flat', 'amod', 'nmod:desc'])) continue;
    for (const g of d.children[c]!) if (d.parse.deprels[g] === 'case' && g < c) return d.lower[g]!;
  }
  return '';
}

/** The mention a token stands in when the whole token lies inside it (not "Acme-backed" for Acme). */
export function wholeMention(d: DepSentence, t: number): number {
  const m = d.mentionOf[t]!;
  if (m < 0) return -1;
  const tok = d.tokens[t]!;
  const mention = d.mentions[m]!;
  return tok.start >= mention.start && tok.end <= mention.end ? m : -1;
}

/** True when `a` is `b` or lies below it in the tree. */
export function dominates(d: DepSentence, b: number, a: number): boolean {
  for (let t = a, steps = 0; t >= 0 && steps < d.tokens.length; t = d.parse.heads[t]!, steps++) if (t === b) return true;
  return false;
}
