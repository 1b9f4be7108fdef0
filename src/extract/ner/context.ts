// Sentence and document preparation: word infos, gazetteer flags, case and repetition evidence.
import { placeFlags } from '../gazetteer/index.js';
import { IntBlocks } from '../int-blocks.js';
import { hashString } from './hash.js';
import { typeOfLabel } from './labels.js';
import { type WordInfo, wordInfo } from './word-info.js';

/** Hashes standing for the words before the start and after the end of a sentence. */
export const PAD_START = hashString('<S>');
export const PAD_END = hashString('</S>');

/** A sentence prepared for feature extraction. */
export interface SentenceContext {
  infos: WordInfo[];
  gaz: Uint8Array;
  allCaps: boolean;
  title: boolean;
  /** For each token, [start, end) of its run of capitalized tokens (start = end = -1 when not capitalized). */
  chunkStart: Int32Array;
  chunkEnd: Int32Array;
  /** Document case evidence, see documentCase(). */
  docCase: Map<string, number>;
  /** Index of this sentence's first token among the document's tokens. */
  docOffset: number;
  /** Neighbour words of every occurrence of each capitalized word in the document, see documentContexts(). */
  docContexts: Map<string, number[]>;
  /** Runtime cache of contextFeatures() of every token: ids, and offsets per token (n + 1). */
  contextIds: Int32Array | undefined;
  contextOffsets: Int32Array | undefined;
  /** Runtime cache of the static scores of every token under one model stage (NerModel.sentenceScores). */
  staticScores: Int32Array | undefined;
  staticOf: object | undefined;
  /** Second stage only: the first stage's labels of this sentence. */
  stage1: Uint8Array | undefined;
  /** Second stage only: type counts (O, PER, ORG, LOC, MISC) of the first stage's labels of each capitalized word in the document. */
  docPred: Map<string, Int32Array> | undefined;
}

/** Gives each sentence the first stage's labels and the document's label counts per capitalized word. */
export function attachFirstStage(sents: SentenceContext[], labels: readonly Uint8Array[]): void {
  const docPred = new Map<string, Int32Array>();
  sents.forEach((s, si) => {
    s.stage1 = labels[si]!;
    s.docPred = docPred;
    // The second stage's static scores read these labels.
    s.staticOf = undefined;
    s.infos.forEach((w, i) => {
      if (!w.cap || !w.alpha) return;
      let counts = docPred.get(w.lower);
      if (!counts) {
        counts = new Int32Array(5);
        docPred.set(w.lower, counts);
      }
      counts[typeOfLabel(labels[si]![i]!)]!++;
    });
  });
}

/** Bits of documentCase(): the word was seen lowercase / capitalized inside a normal sentence. */
export const SEEN_LOWER = 1;
export const SEEN_CAP_MID = 2;

/** Prepares each sentence of a document (tokens as in the text; normalized here). */
export function prepareDocument(doc: readonly (readonly string[])[]): SentenceContext[] {
  const sents = doc.map((tokens) => {
    const infos = tokens.map(wordInfo);
    const gaz = placeFlags(
      infos.map((w) => w.norm),
      infos.map((w) => w.gazKey),
    );
    return { infos, gaz, ...sentenceFlags(infos) };
  });
  const docCase = documentCase(sents);
  const docContexts = documentContexts(sents);
  let docOffset = 0;
  // One object shape for every sentence (all fields set up front) keeps the hot loops monomorphic.
  return sents.map(({ infos, gaz, allCaps, title }) => {
    const { chunkStart, chunkEnd } = capitalRuns(infos);
    const s: SentenceContext = { infos, gaz, allCaps, title, chunkStart, chunkEnd, docCase, docOffset, docContexts,
      contextIds: undefined, contextOffsets: undefined, staticScores: undefined, staticOf: undefined, stage1: undefined, docPred: undefined };
    docOffset += infos.length;
    return s;
  });
}

function sentenceFlags(infos: WordInfo[]): { allCaps: boolean; title: boolean } {
  let alpha = 0;
  let caps = 0;
  let long = 0;
  let longCap = 0;
  for (const w of infos) {
    if (!w.alpha) continue;
    alpha++;
    if (w.allCaps) caps++;
    if (w.lower.length > 3) {
      long++;
      if (w.cap) longCap++;
    }
  }
  const allCaps = alpha >= 2 && caps >= alpha * 0.9;
  return { allCaps, title: !allCaps && long >= 3 && longCap >= long * 0.75 };
}

function documentCase(sents: { infos: WordInfo[]; allCaps: boolean; title: boolean }[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const s of sents) {
    if (s.allCaps || s.title) continue;
    s.infos.forEach((w, i) => {
      if (!w.alpha) return;
      const bit = !w.cap ? SEEN_LOWER : i > 0 ? SEEN_CAP_MID : 0;
      if (bit) seen.set(w.lower, (seen.get(w.lower) ?? 0) | bit);
    });
  }
  return seen;
}

/** Occurrences to read per word in context aggregation. */
export const MAX_CONTEXTS = 6;

/**
 * For each capitalized word: [token index, previous word hash, next word hash] of each of its
 * occurrences in the document (flat triples), for the context-aggregation features.
 */
function documentContexts(sents: { infos: WordInfo[] }[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let pos = 0;
  for (const { infos } of sents) {
    infos.forEach((w, i) => {
      if (w.cap && w.alpha) {
        let list = out.get(w.lower);
        if (!list) {
          list = [];
          out.set(w.lower, list);
        }
        if (list.length < 3 * (MAX_CONTEXTS + 1)) list.push(pos + i, i > 0 ? infos[i - 1]!.lw : PAD_START, i + 1 < infos.length ? infos[i + 1]!.lw : PAD_END);
      }
    });
    pos += infos.length;
  }
  return out;
}

/** Storage of the sentences' capitalized runs. */
const blocks = new IntBlocks();

function capitalRuns(infos: WordInfo[]): { chunkStart: Int32Array; chunkEnd: Int32Array } {
  const n = infos.length;
  const chunkStart = blocks.alloc(n).fill(-1);
  const chunkEnd = blocks.alloc(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (!infos[i]!.cap) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && infos[j]!.cap) j++;
    chunkStart.fill(i, i, j);
    chunkEnd.fill(j, i, j);
    i = j;
  }
  return { chunkStart, chunkEnd };
}
