// CoNLL-2003 reading and conlleval-style exact-span scoring (used by training and evaluation scripts).
import { readFileSync } from 'node:fs';

/** A CoNLL sentence: tokens and their gold IOB tags. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
}

/** A CoNLL document (between -DOCSTART- lines). */
export type ConllDocument = ConllSentence[];

/** Reads a CoNLL-2003 file (token POS chunk tag per line) into documents; only tokens and tags are kept. */
export function readConll(path: string): ConllDocument[] {
  const docs: ConllDocument[] = [];
  let doc: ConllDocument = [];
  let sent: ConllSentence = { tokens: [], tags: [] };
  const endSentence = () => {
    if (sent.tokens.length > 0) doc.push(sent);
    sent = { tokens: [], tags: [] };
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      if (doc.length > 0) docs.push(doc);
      doc = [];
    } else if (cols.length < 2) {
      endSentence();
    } else {
      sent.tokens.push(cols[0]!);
      sent.tags.push(cols[cols.length - 1]!);
    }
  }
  endSentence();
  if (doc.length > 0) docs.push(doc);
  return docs;
}

/** Chunks "TYPE start end" of an IOB1/IOB2 tag sequence, following conlleval's rules. */
export function chunks(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  for (let i = 0; i <= tags.length; i++) {
    const tag = i < tags.length ? tags[i]! : 'O';
    const prefix = tag[0];
    const t = tag.slice(2);
    const continues = prefix === 'I' && t === type;
    if (start >= 0 && !continues) {
      out.push(`${type} ${start} ${i}`);
      start = -1;
      type = '';
    }
    if (prefix === 'B' || (prefix === 'I' && !continues)) {
      start = i;
      type = t;
    }
  }
  return out;
}

/** Precision, recall and F1 counts for one entity type or overall. */
export interface Prf {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Exact-span P/R/F1 per type in `types` and overall (chunks of other types, e.g. MISC, are ignored). */
export function scoreChunks(gold: string[][], predicted: string[][], types: readonly string[] = ['PER', 'ORG', 'LOC']): Record<string, Prf> {
  const counts: Record<string, [number, number, number]> = { ALL: [0, 0, 0] };
  for (const t of types) counts[t] = [0, 0, 0];
  gold.forEach((g, s) => {
    const gc = chunks(g).filter((c) => types.includes(c.split(' ')[0]!));
    const pc = chunks(predicted[s]!).filter((c) => types.includes(c.split(' ')[0]!));
    const gset = new Set(gc);
    for (const c of gc) bump(counts, c, 0);
    for (const c of pc) {
      bump(counts, c, 1);
      if (gset.has(c)) bump(counts, c, 2);
    }
  });
  const out: Record<string, Prf> = {};
  for (const [t, [g, p, c]] of Object.entries(counts)) {
    const precision = p ? c / p : 0;
    const recall = g ? c / g : 0;
    out[t] = { gold: g, predicted: p, correct: c, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
  return out;
}

function bump(counts: Record<string, [number, number, number]>, chunk: string, k: number): void {
  counts[chunk.split(' ')[0]!]![k]!++;
  counts['ALL']![k]!++;
}
