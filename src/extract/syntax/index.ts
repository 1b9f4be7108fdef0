// Syntax layer: UPOS tags, lemmas and labelled dependency trees (UD, as in English EWT) for tokenized sentences.
// Averaged-perceptron tagger (joint UPOS|XPOS) and greedy arc-hybrid parser trained by scripts/train-ud.ts.
// NOTE: EWT splits "Paris-based" into three words; training re-joins them (conllu.ts), so our tokens parse as one
// word. Non-projective training trees are projectivized by lifting arcs (oracle.ts).
import { analyze, loadSyntaxModels, type SyntaxModels } from './models.js';
import { hashWords } from './words.js';
import { tagWithModel } from './tagger.js';

export interface Parse {
  /** UD UPOS per token (NOUN, PROPN, VERB, AUX, ADP, DET, ADJ, ADV, PRON, NUM, PUNCT, CCONJ, SCONJ, PART, SYM, INTJ, X). */
  upos: string[];
  /** Lower-case lemma per token ("captured" → "capture", "forces" → "force", "'s" → "'s", "was" → "be"). */
  lemmas: string[];
  /** Index of each token's head (0-based), -1 for the root. */
  heads: Int32Array;
  /** UD relation per token, with subtypes as in EWT ("nsubj", "nsubj:pass", "obl:agent", "nmod:poss", …). Root token gets "root". */
  deprels: string[];
}

let models: SyntaxModels | undefined;

function loaded(): SyntaxModels {
  models ??= loadSyntaxModels();
  return models;
}

/**
 * Parses of recent sentences by their words and name marks: news repeats sentences verbatim (7.5% of the parsed BBC
 * sentences), and a parse depends on nothing else. Cleared when it reaches MAX_PARSES sentences.
 */
const parses = new Map<string, Parse>();
const MAX_PARSES = 20_000;

/** Empties the parse cache (benchmarks use it to time cold passes; results never depend on it). */
export function clearParseCache(): void {
  parses.clear();
}

/**
 * Tags and parses one sentence given its token texts. `names` marks words of named entities found by the
 * entity tagger: they are tagged proper nouns, so a name never parses as a verb ("Soares joined …").
 * Pure, deterministic, loads models lazily once. Each call returns its own arrays.
 */
export function parseWords(words: readonly string[], names?: readonly boolean[]): Parse {
  if (words.length === 0) return { upos: [], lemmas: [], heads: new Int32Array(0), deprels: [] };
  const key = parseKey(words, names);
  let p = parses.get(key);
  if (!p) {
    const a = analyze(loaded(), words, names);
    p = { upos: a.upos, lemmas: a.lemmas, heads: a.heads, deprels: a.deprels };
    if (parses.size >= MAX_PARSES) parses.clear();
    parses.set(key, p);
  }
  return { upos: p.upos.slice(), lemmas: p.lemmas.slice(), heads: p.heads.slice(), deprels: p.deprels.slice() };
}

/** The words as a JSON array (one key per list of words, whatever they hold), then one mark per word: a name or not. */
function parseKey(words: readonly string[], names: readonly boolean[] | undefined): string {
  let marks = '';
  if (names) for (let i = 0; i < words.length; i++) marks += names[i] ? '1' : '0';
  return JSON.stringify(words) + marks;
}

/** UPOS tags only (the tagger without the parser). */
export function tagWords(words: readonly string[]): string[] {
  if (words.length === 0) return [];
  const m = loaded();
  return Array.from(tagWithModel(hashWords(words), m.tagModel, m.classes.length, m.dictionary), (t) => m.upos[t]!);
}
