// Names the tagger missed that the relation rules need: country adjectives and capitalised unit names.
import type { Mention, Sentence, Token } from '../../types.js';
import { countryOfDemonym } from '../gazetteer/index.js';
import { LEX } from './lexicon.js';
import { normalizeWord } from './units.js';

/** Longest capitalised unit name looked for ("Main Operational Directorate"), in tokens. */
const MAX_NAME = 5;
/** Capitalised words that never start such a name. */
const NOT_FIRST = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/**
 * Adds Location mentions for capitalised country adjectives no mention covers ("the Ruritanian
 * army"), and Organization mentions for capitalised names ending in a unit word ("Budget Committee").
 * Returns a new sorted list, or the input when nothing was added.
 */
export function addMissedNames(sentences: readonly Sentence[], tokens: readonly Token[][], mentions: readonly Mention[]): readonly Mention[] {
  const added: Mention[] = [];
  let m = 0;
  for (let s = 0; s < sentences.length; s++) {
    const toks = tokens[s]!;
    const covered = toks.map((tok) => {
      while (m < mentions.length && mentions[m]!.end <= tok.start) m++;
      const hit = mentions[m];
      return hit !== undefined && hit.start < tok.end;
    });
    for (let i = 0; i < toks.length; i++) {
      if (covered[i] || !isCapitalized(toks[i]!.text)) continue;
      const name = unitNameEnd(toks, covered, i);
      if (name > i) {
        added.push(mentionOf(sentences[s]!, toks, i, name, s, 'Organization'));
        i = name;
        continue;
      }
      const country = countryOfDemonym(toks[i]!.text);
      if (country && !namesPerson(toks, i)) added.push({ ...mentionOf(sentences[s]!, toks, i, i, s, 'Location'), canonical: country });
    }
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the last token of "Cap Cap … UnitWord" starting at i, or -1. */
function unitNameEnd(toks: readonly Token[], covered: readonly boolean[], i: number): number {
  if (NOT_FIRST.has(toks[i]!.text.toLowerCase())) return -1;
  for (let k = i + 1; k < toks.length && k < i + MAX_NAME; k++) {
    if (covered[k] || !isCapitalized(toks[k]!.text)) return -1;
    if (LEX.unitHeads.has(normalizeWord(toks[k]!.text))) return k;
  }
  return -1;
}

/** "The Chilean will meet …": an adjective used as a noun for a person, not the country. */
function namesPerson(toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1]?.text.toLowerCase();
  const next = toks[i + 1]?.text.toLowerCase() ?? '';
  return (prev === 'the' || prev === 'a' || prev === 'an') && (LEX.verbContext.has(next) || LEX.passiveAux.has(next) || LEX.speechVerbs.has(next));
}

function mentionOf(sentence: Sentence, toks: readonly Token[], i: number, j: number, s: number, type: Mention['type']): Mention {
  const start = toks[i]!.start;
  const end = toks[j]!.end;
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start), type, sentence: s };
}

function isCapitalized(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c > 127 && word[0] !== word[0]!.toLowerCase());
}
