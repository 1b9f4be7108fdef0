// Scores the syntax models on gold CoNLL-U sentences: UPOS accuracy, UAS and LAS (punctuation included).
import type { UdSentence } from './conllu.js';
import { analyze, type SyntaxModels } from './models.js';

/** Accuracy figures over all words. */
export interface SyntaxScores {
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  las: number;
}

/** Runs the full analysis on each gold sentence's words and compares. */
export function evaluateSyntax(m: SyntaxModels, sents: UdSentence[]): SyntaxScores {
  let words = 0;
  let upos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  for (const s of sents) {
    const a = analyze(m, s.words);
    for (let i = 0; i < s.words.length; i++) {
      words++;
      if (a.upos[i] === s.upos[i]) upos++;
      if (a.lemmas[i] === s.lemmas[i]!.toLowerCase()) lemma++;
      if (a.heads[i] === s.heads[i]) {
        uas++;
        if (a.deprels[i] === s.deprels[i]) las++;
      }
    }
  }
  const r = (x: number) => (words === 0 ? 0 : x / words);
  return { words, upos: r(upos), lemma: r(lemma), uas: r(uas), las: r(las) };
}
